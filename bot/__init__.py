"""Chat: the router, replies and the channel adapters (terminal now; Telegram and Slack later)."""
