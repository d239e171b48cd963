"""Understanding text: the fast parser, the model chain, answers to the bot's own questions.

`llm.chain.parse_text` is the one way text becomes actions (`llm.actions`): the fast
parser (`llm.fast`) first, the model (`parse_intent` through `llm.handler.LLMHandler`)
only when it found nothing. `llm.answers` reads replies to "which one?" and "are you
sure?", and photo captions; `llm.vision` describes photos; `llm.enrich` tags new items.
"""
