"""The Slack channel: a slack-bolt (asyncio) app that only translates.

Slash commands, mentions, direct messages, shared photos and button presses become
`IncomingMessage`s for the router; its `Reply`s go back as Block Kit. Modules:

- `channel`: the declaration the registry (`bot.channels`) reads; no SDK imports.
- `app`: the bolt app and its thin listeners.
- `inbound`: Slack payloads and markup to plain, channel-neutral messages.
- `blocks`: every piece of Block Kit the bot sends.
- `files`: downloading a shared photo with the bot token.
- `questions`: telling a live button press from a stale one.
- `photos`: signed links under which Slack fetches item photos.
- `endpoint`: the Starlette routes (`POST /slack/events`, the photo links).
- `socket_mode`: the same app over Socket Mode, for `wms poll`.
- `notify`: direct messages the bot starts itself (reminders).

Only `channel` is imported unless Slack is configured, so a server without Slack
never loads slack-bolt.
"""
