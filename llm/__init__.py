"""Understanding text: the fast parser and the action models (the LLM chain comes later)."""
