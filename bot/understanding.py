"""The router's second phase: what a message asks for, with no transaction open.

An answer to the bot's open question, small talk, or `llm.chain.parse_text` — the fast
parser, whose place look-ups are single short reads, then the model only when the
fast parser found nothing (and only when `model` allows it: the router runs the model
on threads of its own). A photo goes to the vision call and, when its caption stores
it, to the photo store; a photo of a whole place's contents to `bot.bin_photos`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from bot import bin_photos, render
from bot.clock import local_today
from bot.conversation import BinPhotoQuestion, ChoiceQuestion, ConfirmQuestion
from bot.follow_ups import (
    adding_to,
    correcting,
    may_point_back,
    named_instead,
    resolve,
    second_half,
    where_to,
    which_one,
)
from bot.here import here_choice, substitute_here
from bot.messages import Reply
from bot.turns import PlacesBetweenTransactions, Plan, Turn
from llm.answers import chosen_option, is_cancel, looks_like_an_answer, yes_or_no
from llm.chain import ChatContext, Parsed, chat_context
from llm.fast.learned import likely_intent
from llm.fast.parser import KnownPlaces
from llm.fast.phrases import looks_like_place
from llm.fast.pointing import named_by_pointing
from llm.small_talk import small_talk
from wms.core.database import unit_of_work
from wms.core.photos import PhotoStore

if TYPE_CHECKING:
    from llm.services import LLMServices

Parser = Callable[..., Parsed]


class Understanding:
    """Turns a `Turn` into a `Plan`.

    Args:
        sessions: makes database sessions (short reads only).
        parser: text to actions (`llm.chain.parse_text`).
        llm: the model services, or None offline.
        photos: where photos sent to the bot are kept.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        parser: Parser,
        llm: LLMServices | None,
        photos: PhotoStore | None,
    ):
        self._sessions = sessions
        self._parse = parser
        self._llm = llm
        self._photos = photos

    def plan(self, turn: Turn, *, model: bool, places: KnownPlaces | None = None) -> Plan | None:
        """What the message asks for; runs with no transaction open.

        Args:
            turn: the message.
            model: whether the model (or vision) may be asked now; without it, None
                means the model is needed.
            places: the household's places for the fast parser, when a transaction is
                open for them (only without the model); else each look-up reads alone.

        Raises:
            LLMError: the model was needed and failed.
        """
        if turn.message.photo is not None:
            if not model:
                return None
            assert self._llm is not None
            if turn.bin_place is not None:  # a photo of a whole place's contents
                step = bin_photos.see(llm=self._llm, photos=self._photos,
                                      household_id=turn.member.household_id,
                                      image=turn.message.photo, caption=turn.text,
                                      place=turn.bin_place, here=turn.here)  # fmt: skip
                if isinstance(step, Reply):
                    return Plan(reply=step)
                return Plan(bin_photo=step, choices=step.choices)
            from bot import photo_flow

            seen = photo_flow.see_photo(llm=self._llm, photos=self._photos,
                                        household_id=turn.member.household_id,
                                        image=turn.message.photo, caption=turn.text)  # fmt: skip
            return Plan(reply=seen) if isinstance(seen, Reply) else Plan(photo=seen)
        question = turn.question
        if isinstance(question, BinPhotoQuestion):
            answered = bin_photos.answer(turn.text, question)
            if isinstance(answered, bin_photos.BinStep):
                return Plan(bin_photo=answered, choices=answered.choices,
                            source_text=question.text or None)  # fmt: skip
            if answered is not None:
                return Plan(reply=answered.reply, keep_question=answered.keep_question)
        elif isinstance(question, ConfirmQuestion):
            answer = yes_or_no(turn.text)
            if answer is True:
                return Plan(actions=question.actions, source_text=question.text)
            if answer is False:
                return Plan(reply=Reply("OK, I changed nothing."))
        elif isinstance(question, ChoiceQuestion):
            chosen = chosen_option(turn.text, question.labels)
            if chosen is not None:
                choices = {**question.choices, question.choice_key: question.candidates[chosen - 1]}
                return Plan(actions=question.actions, choices=choices, source_text=question.text)
            if is_cancel(turn.text):
                return Plan(reply=Reply("OK, never mind."))
        chatter = small_talk(turn.text) if question is None else None
        if chatter is not None:
            return Plan(reply=Reply(chatter))  # "hi", "thanks": no model asked
        answering = isinstance(question, ChoiceQuestion) and looks_like_an_answer(
            turn.text, question.labels
        )  # a try at "which one?": the model is not asked
        chain = self._llm.intents if self._llm is not None and not answering else None
        if chain is not None and not model:
            chain = None  # the fast parser alone; None below hands the turn to the model
        household_id = turn.member.household_id
        text, here = turn.text, {}
        if turn.here is not None:  # "put the drill here" after scanning Bin 4's label
            text, here = substitute_here(turn.text, turn.here.name), here_choice(turn.here)
        if places is None:
            places = PlacesBetweenTransactions(self._sessions, household_id)
        mentioned = turn.mentioned
        unread = mentioned.unread if mentioned is not None and question is None else None
        if isinstance(question, ConfirmQuestion):  # "lent the ladder": "Did you mean …?"
            unread = question.text  # "to Dave": the rest of it
        joined = second_half(unread, text) if unread else None
        if joined:  # "put the drill", then "in bin 4": read as one
            whole = self._parse(joined, chain=None, known_places=places,
                                context=self._context_loader(turn), household_id=household_id,
                                loose=self._llm is None)  # fmt: skip
            if whole.result.actions and not named_by_pointing(whole.result.actions):
                return Plan(actions=whole.result.actions, choices=here, source_text=joined,
                            confirm=whole.result.confirm, second_half=True)  # fmt: skip
        if mentioned is not None and mentioned.names and may_point_back(text):
            # "move it to bin 5" after "where is the drill?"
            text = self._pointed_back(text, turn, places)
        parsed = self._parse(text, chain=chain, known_places=places,
                             context=self._context_loader(turn), household_id=household_id,
                             loose=self._llm is None)  # fmt: skip
        actions = parsed.result.actions
        if answering and all(action.type in ("find", "contents") for action in actions):
            actions = []  # "torch" when asked which torch: a try at the answer, no search
        pointed = named_by_pointing(actions)
        if pointed:  # "put them in crate 8", and nothing said before tells what "them" is
            word, example = named_instead(text) or (pointed, "put the drill in bin 4")
            return Plan(reply=Reply(render.pointing_at_nothing(word, example)))
        if question is not None and [a.type for a in actions] == ["undo"]:
            # the question's message changed nothing: dropping it is the undo
            return Plan(reply=Reply("OK, I dropped my question; that message changed nothing. "
                                    'Say "undo" again to undo your last change.'))  # fmt: skip
        if actions:
            return Plan(
                actions=actions,
                by_model=parsed.by_model,
                choices=here,
                confirm=parsed.result.confirm,
            )
        if not model and self._llm is not None and not answering:
            return None
        if isinstance(question, ChoiceQuestion) and answering:
            count = len(question.candidates)
            return Plan(
                reply=Reply(f'Please answer with a number from 1 to {count}, or say "cancel".'),
                keep_question=True,
            )
        said_before = mentioned is not None and mentioned.names
        pointing = named_instead(text) if not said_before and not answering else None
        if pointing:  # "put them in the drawer" with nothing said before
            return Plan(reply=Reply(render.pointing_at_nothing(*pointing)))
        # With no model, the example closest to what the message seemed to ask for.
        likely = likely_intent(text) if self._llm is None and not answering else None
        reply = where_to(text) or render.not_understood(likely)  # "put the drill": where?
        return Plan(reply=Reply(reply), first_half=text)

    def _pointed_back(self, text: str, turn: Turn, places: KnownPlaces) -> str:
        """The text with "it", "them" or "and X too" read as the last message's things.

        Only when the fast parser cannot read the text as it is ("put it back" is a
        return of what was taken out, whatever was said since) and can read it so; else
        the text stays as it was (the model, if any, reads it with the recent chat).
        """
        assert turn.mentioned is not None and turn.mentioned.names

        def fast(said: str) -> bool:
            parsed = self._parse(said, chain=None, known_places=places,
                                 context=self._context_loader(turn),
                                 household_id=turn.member.household_id, loose=False)  # fmt: skip
            return bool(parsed.result.actions)

        corrected = correcting(text, turn.mentioned, lambda name: looks_like_place(name, places))
        for said in (corrected, adding_to(text, turn.mentioned), which_one(text, turn.mentioned)):
            if said and fast(said):  # "no, bin 5"; "and the rake too" (not a find)
                return said
        if fast(text):
            return text
        resolved = resolve(text, turn.mentioned)
        return resolved if resolved and fast(resolved) else text

    def _context_loader(self, turn: Turn) -> Callable[[], ChatContext]:
        today = local_today()  # where the household is, for "yesterday"

        def load() -> ChatContext:  # one short read, only when the model is asked
            with unit_of_work(self._sessions) as db_session:
                return chat_context(db_session, household_id=turn.member.household_id,
                                    member_id=turn.member.id, today=today)  # fmt: skip

        return load
