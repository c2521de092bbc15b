"""mentions: text → concept mentions, with one Aho-Corasick automaton.

Matching is case-insensitive, longest match first, and respects word
boundaries for Latin script (``BN`` does not fire inside ``BNN``, ``ReLU``
not inside ``PReLU``); CJK text has no spaces, so CJK ends need no boundary.
Terms the lexicon does not know enter as *discovered* concepts when the notes
make them one: a section heading, a bold term, an acronym or CamelCase word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from kg.model import DiscoveredConcept, Document, Mention, Section
from kg.terms import CONCEPT_NS, KG
from kg.text import WORD_CHARS, language_of, normalize, slug
from kg.vocab import Vocabulary

_ACRONYM = re.compile(
    r"(?<![A-Za-z0-9_])([A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z]{2,}[0-9]*)(?:-[A-Za-z0-9]+)?(?![A-Za-z0-9_])"
)
_HEADING_NOISE = re.compile(
    r"^\s*(?:(?:第\s*)?[0-9一二三四五六七八九十百]+(?:\.[0-9]+)*\s*(?:[章节]|[.、)）:：,，])?|[A-Za-z]\d*[.:)]|[QqＱ]\d+[.:：]?)\s*"
    r"|\s*[:：?？。.]\s*$"
)
_EDGE = " \t:：-—–_·,，、;；/|()（）[]【】《》<>\"'“”‘’*`"
_SENTENCE_PUNCT = re.compile(r"[。，,;；!?！？]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class Matcher:
    """Finds concept mentions in text; build once, use for every item."""

    def __init__(self, terms: Iterable[tuple[str, str]], common_words: Iterable[str] = ()) -> None:
        self._automaton = ahocorasick.Automaton()
        self.concept_of: dict[str, str] = {}
        self._acronyms: set[str] = set()  # keys of all-capitals aliases ("IN", "BN")
        self._common = {normalize(w) for w in common_words}
        for text, concept in terms:
            text = text.strip()
            key = normalize(text)
            if text.isascii() and text.isupper():
                self._acronyms.add(key)
            if len(key) < 1 or key in self.concept_of:
                continue  # first claim wins: the lexicon is added before discovered terms
            self.concept_of[key] = concept
            self._automaton.add_word(key, (len(key), concept))
        self._empty = not self.concept_of
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, norm: str | None = None) -> list[Mention]:
        """Non-overlapping mentions, longest first, in text order (``norm``: normalize(text), if at hand)."""
        if self._empty or not text:
            return []
        norm = normalize(text) if norm is None else norm
        candidates: list[tuple[int, int, str]] = []
        word, size = WORD_CHARS, len(norm)
        for end_index, (length, concept) in self._automaton.iter(norm):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and norm[start] in word and norm[start - 1] in word:
                continue
            if end < size and norm[end - 1] in word and norm[end] in word:
                # English plurals: "residual connections", "GANs"
                if norm[end] == "s" and norm[end - 1].isalpha() and (end + 1 == size or norm[end + 1] not in word):
                    end += 1
                else:
                    continue
            key = norm[start:end].removesuffix("s") if norm[start:end] not in self.concept_of else norm[start:end]
            if key in self._acronyms and key in self._common and not text[start:end].isupper():
                continue  # "in" is a word, "IN" is instance normalisation
            candidates.append((start, end, concept))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(len(norm))
        chosen: list[Mention] = []
        for start, end, concept in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(Mention(start, end, concept, text[start:end]))
        chosen.sort(key=lambda m: m.start)
        return chosen


def lexicon_matcher(vocab: Vocabulary, extra: Iterable[tuple[str, str]] = ()) -> Matcher:
    """A matcher for the lexicon plus extra (label, IRI) terms, e.g. discovered ones."""
    return Matcher(lexicon_terms(vocab) + list(extra), vocab.cue_set("CommonWord"))


def lexicon_terms(vocab: Vocabulary) -> list[tuple[str, str]]:
    return [(lab.text, c.iri) for c in vocab.concepts.values() for lab in c.all_labels]


def heading_term(section: Section) -> str:
    return _HEADING_NOISE.sub("", section.title).strip()


class HeadingReader:
    """What a heading names: '模型特性' nothing, 'SVM主要缺点' SVM, 'ResNet architecture' ResNet.

    A reader drops the words that name a part of the notes (kg:GenericHeading):
    English ones wherever they stand, Chinese ones from either end, until
    what is left is the name the section is about, or nothing.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        words = {normalize(w).strip() for w in vocab.cue_set("GenericHeading")}
        self.latin = {w for w in words if w.isascii()}
        self.cjk = sorted((w for w in words if not w.isascii()), key=len, reverse=True)
        heads = {normalize(w).strip() for w in vocab.cue_set("HeadNoun")}
        self.head_latin = {w for w in heads if w.isascii()}
        self.head_cjk = sorted((w for w in heads if not w.isascii()), key=len, reverse=True)

    def is_generic_word(self, text: str) -> bool:
        n = normalize(text).strip()
        return n in self.latin or n in self.cjk

    def name(self, title: str) -> str:
        term = _HEADING_NOISE.sub("", title).strip()
        if not term:
            return ""
        # English: drop generic words wherever they stand ("Notes on training" → "")
        words = re.split(r"(\s+)", term)
        kept = [w for w in words if not (w.strip() and normalize(w.strip(_EDGE)) in self.latin)]
        term = "".join(kept).strip(_EDGE)
        changed = True
        while changed and term:
            changed = False
            n = normalize(term)
            for w in self.cjk:
                if n.endswith(w):
                    term, changed = term[: len(term) - len(w)].strip(_EDGE), True
                    break
                if n.startswith(w):
                    term, changed = term[len(w) :].strip(_EDGE), True
                    break
        if self._only_head_nouns(term):
            return ""  # "Classic networks", "网络结构": nothing names a concept
        return term if _balanced(term) else term.strip("()（）[]【】")

    def _only_head_nouns(self, term: str) -> bool:
        rest = " ".join(w for w in re.split(r"\s+", normalize(term)) if w.strip(_EDGE) not in self.head_latin)
        for w in self.head_cjk:
            rest = rest.replace(w, "")
        return not rest.strip(_EDGE)


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("（") == text.count("）")


def section_topics(
    doc: Document, matcher: Matcher, classes: dict[str, str], headings: HeadingReader
) -> dict[int, str | None]:
    """id(section) → the concept its heading names; a generic heading keeps its parent's topic.

    Discovered heading concepts are found by the matcher too: a build adds them to it.
    """
    topics: dict[int, str | None] = {}
    stack: list[tuple[int, str | None]] = []
    for section in doc.sections:
        while stack and stack[-1][0] >= section.level:
            stack.pop()
        topic: str | None = None
        for text in (section.title, headings.name(section.title)):
            found = [
                m.concept
                for m in matcher.find(text)
                if classes.get(m.concept) != KG.Problem and not headings.is_generic_word(m.surface)
            ]
            if found:
                topic = found[0]
                break
        if topic is None and stack:
            topic = stack[-1][1]
        topics[id(section)] = topic
        stack.append((section.level, topic))
    return topics


def discover(doc: Document, matcher: Matcher, vocab: Vocabulary) -> list[DiscoveredConcept]:
    """Terms this document makes concepts although the lexicon does not know them."""
    stop = {normalize(t) for t in vocab.cue_set("NotAConcept")}
    found: dict[str, DiscoveredConcept] = {}

    def add(term: str, how: str, line: int) -> None:
        term = term.strip().strip("*_`'\"“”‘’()（）[]【】")
        key = normalize(term)
        if not term or key in stop or key in matcher.concept_of or key in found:
            return
        found[key] = DiscoveredConcept(CONCEPT_NS + slug(term), term, language_of(term), how, doc.source, line)

    headings = HeadingReader(vocab)
    for section in doc.sections:
        if _is_question(section.title):
            continue  # a heading that asks is a question, not a name
        term = headings.name(section.title)
        if term and _name_like(term) and not matcher.find(term):
            add(term, "heading", section.line)
    for item in doc.items:
        for term in item.bold:
            if _short_term(term) and not matcher.find(term):
                add(term, "bold", item.line)
        for span in item.spans:
            if span.code:
                continue
            for match in _ACRONYM.finditer(span.text):
                add(match.group(0), "acronym", span.line_at(match.start()))
    return list(found.values())


def _is_question(text: str) -> bool:
    return "?" in text or "？" in text


def _name_like(term: str) -> bool:
    """Short, no sentence punctuation: a name, not a sentence."""
    return _short_term(term) and not term[:1].isdigit()


def _short_term(term: str) -> bool:
    if _SENTENCE_PUNCT.search(term):
        return False
    if _CJK.search(term):
        return 2 <= len(term) <= 8
    return 2 <= len(term) <= 40 and len(term.split()) <= 4


def unsure_concepts(found: Iterable[DiscoveredConcept]) -> set[str]:
    """Discovered concepts that no heading names: an acronym or a bold term is less surely a concept."""
    by_heading = {d.iri for d in found if d.how == "heading"}
    return {d.iri for d in found if d.iri not in by_heading}
