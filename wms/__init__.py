"""WMS: keep track of what is in every bin, locker, shed and drawer, through chat."""

__version__ = "0.1.0"
