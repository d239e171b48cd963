"""The Telegram channel: python-telegram-bot handlers, HTML rendering, webhook and polling.

Only `channel` (the declaration the registry `bot.channels` reads) is imported unless
`TELEGRAM_BOT_TOKEN` is set, so a web worker without Telegram never loads
python-telegram-bot.
"""
