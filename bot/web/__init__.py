"""The web view: read-only pages of a household's inventory, opened with signed links."""
