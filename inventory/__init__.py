"""The inventory domain: places, items, search, history and undo. Knows nothing of chat or LLMs."""
