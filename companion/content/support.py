"""Real support: which ``[support]`` contact is shown, and the built-in cards that stand in
when no deck in use has a card for a role.

Plain Python, no Qt; used on the GUI thread by the card window.

Supervisors or IT write the contact (``[support]`` in a deck, see
:class:`~companion.content.decks.DeckSupport`). When several decks in use have one, the one
from an IT deck wins (the first in load order), then the agent's own, then any other, then
the bundled one: so IT can hand out the real numbers in a small deck of its own without
touching the bundled deck. With no contact anywhere, :func:`fallback_support` is used. The
built-in texts come in the languages of the bundled deck; the caller passes the agent's
languages (the deck library's ``languages``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from companion.content import care
from companion.content.decks import CueCard, CueDeck, DeckSupport
from companion.content.locales import DEFAULT_LANGUAGES, best_match

#: The deck id of the built-in cards (no file has it; marks on them are kept like any other).
BUILTIN_DECK_ID = "companion"


@dataclass(frozen=True)
class _BuiltinText:
    """The built-in support contact and stand-in cards in one language: (title, body)."""

    support: tuple[str, str]
    support_card: tuple[str, str]
    break_card: tuple[str, str]


#: The built-in texts, by language (the words of docs/glossary.md; ``\u202f`` is French's
#: narrow no-break space before ``:`` and ``;``).
_BUILTIN: dict[str, _BuiltinText] = {
    "en": _BuiltinText(
        ("Someone to talk to",
         "Your team lead or a colleague you trust. Many employers also run a free, private "
         "staff support line: ask your team lead for its number."),
        ("This was a hard one",
         "That call asked a lot of you. Nobody has to carry a call like that alone: talk it "
         "over with someone today."),
        ("Time for a real break",
         "Three tense calls in a row is a lot for anyone. If you can, leave the desk for ten "
         "minutes; ask your team lead to cover you.")),
    "es": _BuiltinText(
        ("Alguien con quien hablar",
         "Tu líder de equipo o alguien de tu equipo de confianza. Muchas empresas ofrecen "
         "además una línea de apoyo gratuita y confidencial: pide el número a tu líder de "
         "equipo."),
        ("Esta fue difícil",
         "Esa llamada te pidió mucho. Una llamada así no se carga sin ayuda: habla de ella "
         "con alguien hoy."),
        ("Hora de un descanso de verdad",
         "Tres llamadas tensas seguidas son mucho para cualquiera. Si puedes, aléjate de tu "
         "puesto diez minutos; pide a tu líder de equipo que te cubra.")),
    "de": _BuiltinText(
        ("Jemand zum Reden",
         "Deine Teamleitung oder jemand aus deinem Team, dem du vertraust. Viele Arbeitgeber "
         "bieten außerdem eine kostenlose, vertrauliche Beratung an: Frag deine Teamleitung "
         "nach der Nummer."),
        ("Das war ein schwerer Anruf",
         "Dieser Anruf hat dir viel abverlangt. So etwas muss niemand allein tragen: Sprich "
         "heute noch mit jemandem darüber."),
        ("Zeit für eine richtige Pause",
         "Drei angespannte Anrufe hintereinander sind für alle viel. Wenn du kannst, geh zehn "
         "Minuten vom Platz weg; bitte deine Teamleitung um Vertretung.")),
    "fr": _BuiltinText(
        ("Quelqu'un à qui parler",
         "Votre responsable d'équipe, ou quelqu'un de votre équipe en qui vous avez "
         "confiance. Beaucoup d'employeurs proposent aussi une ligne d'écoute gratuite et "
         "confidentielle\u202f: demandez le numéro à votre responsable d'équipe."),
        ("C'était un appel difficile",
         "Cet appel vous a beaucoup demandé. Un appel pareil ne se porte pas sans "
         "soutien\u202f: parlez-en à quelqu'un aujourd'hui."),
        ("Le moment d'une vraie pause",
         "Trois appels tendus d'affilée, c'est beaucoup pour tout le monde. Si vous le "
         "pouvez, quittez votre poste dix minutes\u202f; demandez à votre responsable "
         "d'équipe de vous remplacer.")),
    "pt-BR": _BuiltinText(
        ("Alguém para conversar",
         "Quem lidera sua equipe ou alguém da equipe em quem você confia. Muitas empresas "
         "também oferecem um canal de apoio gratuito e sigiloso: peça o número a quem lidera "
         "sua equipe."),
        ("Essa foi difícil",
         "Essa ligação exigiu muito de você. Uma ligação assim não precisa ser carregada sem "
         "apoio: converse com alguém sobre ela hoje."),
        ("Hora de uma pausa de verdade",
         "Três ligações tensas seguidas é muito para qualquer pessoa. Se puder, saia da sua "
         "posição de atendimento por dez minutos; peça a quem lidera sua equipe para cobrir "
         "você.")),
}

#: The id each stand-in card has (the same in every language, like any deck's cards).
_CARD_IDS = {care.SUPPORT_TAG: "this-was-a-hard-one", care.BREAK_TAG: "take-a-real-break"}


def _texts(languages: Sequence[str]) -> _BuiltinText:
    tags = list(_BUILTIN)
    index = best_match(tags, languages)
    return _BUILTIN[tags[0 if index is None else index]]


def fallback_support(languages: Sequence[str] = DEFAULT_LANGUAGES) -> DeckSupport:
    """The contact shown when no deck in use has a ``[support]`` block, in the best of
    ``languages`` (English when none is built in)."""
    title, body = _texts(languages).support
    return DeckSupport(body, title)


def fallback_card(role: str, languages: Sequence[str] = DEFAULT_LANGUAGES) -> CueCard:
    """The stand-in card for ``role`` (``support``, ``break``) when no deck in use has one,
    in the best of ``languages``; its key is the same in every language."""
    if role not in _CARD_IDS:
        raise ValueError(f"unknown card role {role!r}; expected one of {care.ROLES}")
    text = _texts(languages)
    title, body = text.support_card if role == care.SUPPORT_TAG else text.break_card
    return CueCard(_CARD_IDS[role], title, body, (care.RECOVERY_TAG, role), ("after_tense",),
                   deck_id=BUILTIN_DECK_ID)


#: Which deck's support block wins, by origin (lower first).
_ORIGIN_RANK = {"it": 0, "personal": 1, "folder": 2, "bundled": 3}


def support_for(decks: Iterable[CueDeck],
                languages: Sequence[str] = DEFAULT_LANGUAGES) -> DeckSupport:
    """The support contact to show, from the decks in use (in load order); the built-in one
    in the best of ``languages`` when none has one."""
    with_support = [d for d in decks if d.support is not None]
    if not with_support:
        return fallback_support(languages)
    best = min(with_support, key=lambda d: _ORIGIN_RANK.get(d.origin, 2))
    assert best.support is not None
    return best.support


def shows_support(card: CueCard) -> bool:
    """True when the card window shows the support contact under ``card``."""
    return any(role in card.tags for role in care.ROLES)
