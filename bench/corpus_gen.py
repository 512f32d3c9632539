"""Synthetic negotiation articles from templates: the dossier's actors in varied sentences."""

from __future__ import annotations

import random
from datetime import timedelta

from analysis.dossier import Dossier

OPENERS = [
    "Negotiators from Washington and Seoul met again {when} as talks on the trade pact continued.",
    "{place} hosted another session of the trade talks {when}, officials said.",
    "The latest round of discussions on the free trade agreement ended {when} without a breakthrough.",
    "Trade officials gathered in {place} {when} for talks on the bilateral agreement.",
]
REPORTED = [
    "{who} said the {side_noun} wants {demand}.",
    "{who} pressed for {demand}, according to people familiar with the talks.",
    "{who} told reporters that {demand} remained a priority.",
    "{who} rejected calls for {demand} and urged a careful review.",
    "According to {who}, both sides discussed timing for the next meeting.",
    "{who} expressed caution about {demand}.",
    "{who} said any change to the deal must be {adj}.",
]
QUOTES = [
    "“We must achieve {adj} trade for our workers,” {who} said.",
    "“This agreement has to be rebalanced, and we will not wait,” said {who}.",
    "“We will defend our industry and keep the framework as it is,” {who} said. “There is no need to rush.”",
    "{who} added: “Our goals are clear and {demand} is part of them.”",
]
FILLER = [
    "Bilateral trade in goods reached about ${n}bn last year.",
    "The agreement took effect in 2012 and covers autos, textiles and services.",
    "Analysts expect further meetings before the end of the quarter.",
    "Exports of steel and auto parts have grown steadily since then.",
]
DEMANDS = ["changes to rules of origin for autos", "lower tariffs on trucks", "a review of the ISDS mechanism",
           "wider market access for services", "safeguards on washing machines", "a smaller trade deficit",
           "amendments to the textile chapter", "new currency provisions"]
ADJS = ["fair and reciprocal", "balanced", "mutually beneficial", "carefully considered", "limited"]


def article(rng: random.Random, dossier: Dossier, n: int) -> str:
    """One synthetic article with a date, 6-12 paragraphs and several speakers."""
    rnd = rng.choice(dossier.rounds)
    day = rnd.start + timedelta(days=rng.randint(0, 20))
    speakers = [p.name for p in dossier.people] + [f"the {a.name}" for a in dossier.actors.values()]
    paras = [f"{day.strftime('%B')} {day.day}, {day.year} -- " +
             rng.choice(OPENERS).format(when=f"on {day.strftime('%A')}", place=rnd.place or "Seoul")]
    for _ in range(rng.randint(5, 11)):
        kind = rng.random()
        template = rng.choice(QUOTES if kind < 0.35 else REPORTED if kind < 0.8 else FILLER)
        paras.append(template.format(who=rng.choice(speakers), demand=rng.choice(DEMANDS), adj=rng.choice(ADJS),
                                     side_noun=rng.choice(["government", "delegation", "side"]),
                                     n=rng.randint(50, 150)) + f" (ref {n}-{len(paras)})")
    return "\n\n".join(paras) + "\n"


def write_corpus(folder, count: int, dossier: Dossier, seed: int = 1) -> None:
    """Write `count` synthetic articles into folder."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"syn_{i:06d}.txt").write_text(article(rng, dossier, i), encoding="utf-8")
