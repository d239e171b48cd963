"""Fakes of the outside services, on loopback: OpenAI, the Telegram Bot API, Slack's Web API
and Socket Mode (`loopback` holds the HTTP server the first three are built on)."""
