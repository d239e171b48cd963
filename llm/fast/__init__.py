"""The fast parser: common phrasings to actions with no model call (`parse_fast`)."""
