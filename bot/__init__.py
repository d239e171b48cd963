"""Chat: the router, replies and the channels (terminal, Telegram, Slack; see `bot.channels`)."""
