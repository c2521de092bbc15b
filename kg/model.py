"""model: the data classes that flow through kg (documents, mentions, facts).

Imports nothing of kg, so every layer can use them: extraction makes them,
the graph writer and the read side consume them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Span:
    """Text from one source block; ``lines[i]`` is the 1-based source line of text line i."""

    text: str
    lines: tuple[int, ...]
    code: bool = False
    listed: bool = False  # the text of a list item (its marker, "- " or "1. ", is not in ``text``)
    # where inline maths stood ('$Z = WX + B$'): cleaning takes the dollars off so that '$\\text{softmax}$' reads
    # as a name, and these offsets keep what was a formula's symbol ('WX') from being taken for one
    maths: tuple[tuple[int, int], ...] = ()
    # the text of a link alone on its line ('- [How does GBDT differ from XGBoost?](https://…)'): the title of
    # another text, which says what that text claims, not what the notes state
    linked: bool = False

    def line_at(self, offset: int) -> int:
        index = bisect.bisect_right(self._breaks, max(0, offset) - 1)
        return self.lines[min(index, len(self.lines) - 1)]

    @cached_property
    def _breaks(self) -> list[int]:
        """Offsets of the line breaks: a line number by bisection, not by counting from the start."""
        text, breaks = self.text, []
        at = text.find("\n")
        while at >= 0:  # str.find, not a loop over every character: spans are read by the thousand
            breaks.append(at)
            at = text.find("\n", at + 1)
        return breaks

    @property
    def first_line(self) -> int:
        return self.lines[0]

    @property
    def last_line(self) -> int:
        return self.lines[-1]


@dataclass(frozen=True)
class Section:
    """A heading: its text, level, line, and the path of headings above it."""

    title: str
    level: int
    line: int
    path: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A Markdown table: its header cells and each row's cells, with the row's line."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass
class Item:
    """A question with its answer, or another block of the notes."""

    kind: str  # "qa" or "block"
    section: Section | None
    line: int
    end_line: int
    question: Span | None = None
    answer: list[Span] = field(default_factory=list)
    body: list[Span] = field(default_factory=list)
    label: str | None = None
    # the title of an outside work ('**[A Neural Attention Model](https://…)**' alone on its line) the item comes
    # under: the item is about that work, not about its section's topic
    work: str | None = None
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    bold: list[str] = field(default_factory=list)
    code_terms: list[str] = field(default_factory=list)  # `inline code` in prose: sometimes a name
    tables: list[Table] = field(default_factory=list)

    @property
    def spans(self) -> list[Span]:
        head = [self.question] if self.question else []
        return head + self.answer + self.body

    @property
    def answer_text(self) -> str:
        return "\n".join(s.text for s in self.answer)

    @property
    def body_text(self) -> str:
        return "\n".join(s.text for s in self.body)


@dataclass
class Document:
    """One Markdown file: where it is, its headings, and its items in order."""

    path: Path
    source: str  # the path as shown to the user and stored in the graph
    sections: list[Section]
    items: list[Item]


@dataclass(frozen=True, slots=True)
class Mention:
    """A concept named in text: character offsets, the concept, the words used."""

    start: int
    end: int
    concept: str
    surface: str


# how a DiscoveredConcept that is another label of a concept was found: "alias", given as its other name (in
# brackets, a table row, a label); "initials", an acronym whose letters spell a name the same notes write out
ALIAS_HOWS = ("alias", "initials")


@dataclass(frozen=True)
class DiscoveredConcept:
    """A term the lexicon does not know that the notes make a concept."""

    iri: str
    label: str
    lang: str
    # heading, bold, code, acronym, parenthesis; "alias": another label of ``iri`` (maybe a lexicon concept) the
    # notes give it; "initials": an acronym spelling a name of ``iri`` the same notes write out
    how: str
    source: str
    line: int


@dataclass(frozen=True, slots=True)
class Assertion:
    """One fact read from one sentence."""

    subject: str
    relation: str
    object: str
    cue: str
    negated: bool
    sentence: str
    line: int
    item: int  # index of the item in its Document
    evidence: str = "explicit"  # how the subject was found: explicit, pronoun, question, topic, heading
    confidence: float = 1.0  # from the evidence (kg.extraction.confidence), 0..1


@dataclass
class ItemLinks:
    """The concepts an item is about: in its question, and in its answer or body."""

    question: list[str] = field(default_factory=list)
    answer: list[str] = field(default_factory=list)
    topic: str | None = None


def noisy_or(confidences: Iterable[float]) -> float:
    """Several independent readings of one fact: the chance that at least one is right."""
    miss = 1.0
    for c in confidences:
        miss *= 1.0 - c
    return round(1.0 - miss, 3)


@dataclass(frozen=True)
class Correction:
    """One of the user's corrections to the graph, as kept in the corrections file.

    ``kind`` is reject, accept or assert (a fact: ``subject relation object``, IRIs),
    merge (``subject`` merged into ``object``), alias (``labels`` become names of
    ``subject``) or split (the label ``labels[0]`` names the concepts ``into``; ``choose``
    routes it per note file). ``name`` is what the user typed; ``line`` is where the
    entry starts in the file (for provenance and messages).
    """

    kind: str
    subject: str = ""
    relation: str = ""
    object: str = ""
    labels: tuple[str, ...] = ()
    into: tuple[str, ...] = ()
    choose: tuple[tuple[str, str], ...] = ()  # (note file, label of the concept it means there)
    name: str = ""
    note: str = ""
    when: str = ""
    by: str = ""
    line: int = 0

    @property
    def key(self) -> str:
        """What makes two entries the same correction (when and why aside)."""
        return "\x1f".join((self.kind, self.subject, self.relation, self.object, *self.labels, *self.into))


@dataclass
class BuildReport:
    """What a build read and wrote."""

    files: int = 0
    reextracted: int = 0
    items: int = 0
    questions: int = 0
    facts: int = 0
    discovered: int = 0
    seconds: float = 0.0
    store: str = ""
    mode: str = "full"  # full, incremental, unchanged
    facts_by_relation: dict[str, int] = field(default_factory=dict)
    held_back: int = 0  # readings (fact records) whose triple stayed below the confidence threshold
    min_confidence: float = 0.5  # that threshold
    corrections_file: str = ""
    corrections: int = 0  # corrections applied
    unmatched: list[str] = field(default_factory=list)  # corrections that no longer match the notes
    ambiguous: list[str] = field(default_factory=list)  # split labels a file did not settle
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (folder, why) not searched for notes

    per_file: dict[str, dict[str, Any]] = field(default_factory=dict)

    def count(self, source: str, summary: dict[str, Any]) -> None:
        """Add one file's summary (items, questions, facts by relation) to the totals."""
        self.per_file[source] = summary
        self.items += summary["items"]
        self.questions += summary["questions"]
        self.held_back += summary.get("held_back", 0)
        self.ambiguous.extend(summary.get("ambiguous", ()))
        for name, n in summary["relations"].items():
            self.facts += n
            self.facts_by_relation[name] = self.facts_by_relation.get(name, 0) + n


@dataclass
class ListedCorrection:
    """One entry of the corrections file as `kg corrections` shows it."""

    kind: str
    what: str  # one line a person recognises: `reject “ResNet uses Moving average”`
    line: int
    when: str = ""
    by: str = ""
    note: str = ""


@dataclass
class CorrectionsListing:
    """The corrections file, its entries, and what the last build could not apply."""

    path: Path
    entries: list[ListedCorrection] = field(default_factory=list)
    not_applied: list[str] = field(default_factory=list)


@dataclass
class Recorded:
    """What a correction command did (``kg.render`` prints it as the command's confirmation)."""

    corrections: list[Correction]  # the ones recorded now
    path: Path
    changed: bool  # False: the file held them already
    report: BuildReport | None = None  # the rebuild that applied them (None: not rebuilt)
    notes: list[str] = field(default_factory=list)
    action: str = ""  # what was done: reject, accept, assert, merge, alias or split

    @property
    def names(self) -> list[str]:
        """What each correction is about, as the user would name it."""
        return [c.name or (c.labels[0] if c.labels else c.subject) for c in self.corrections]


@dataclass
class ReviewSummary:
    """What `kg review` did: how many facts were decided which way, and the rebuild."""

    shown: int = 0
    accepted: int = 0
    rejected: int = 0
    skipped: int = 0
    left: int = 0
    report: BuildReport | None = None
