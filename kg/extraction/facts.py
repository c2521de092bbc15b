"""facts: mentions + cue phrases → assertions (subject, relation, object, provenance).

Rules, in the order they are tried within a clause:

1. A relation cue between mentions states the relation (``kg:cue`` forward,
   ``kg:inverseCue`` backward, ``kg:suffixCue`` after both, ``kg:pairCue``
   symmetric). The subject is the first mention before the cue in the clause;
   the objects are the first mention after it and those coordinated with it.
2. No subject in the clause: a clause opening with "这/this" takes the last
   mention of the clause before; otherwise an answer takes its question's
   focus, a question takes the focus of its previous sentence, and everything
   falls back to the section's topic (the paper a ``### ResNet`` section is
   about). Hypothetical clauses ("如果", "because") get no implicit subject.
3. A question whose cue is followed by "什么/which" takes its objects from
   the first sentence of the answer; a yes/no question ("是否") keeps, negates
   or drops its fact according to the answer's first word.
4. Negation just before the cue turns the relation into its ``kg:negatedAs``
   (uses → doesNotUse) or into nothing; "A rather than B" keeps A, negates B
   and records A comparedWith B. Negation never yields a positive fact.
5. A placement cue ("BN 层在 conv 和 relu 之间") with no other cue: the topic
   uses each component of the clause.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import ahocorasick

from kg.extraction.confidence import FAR_CHARS, PROBLEM_UNKNOWN, TOPIC_FOR_PROBLEMS, score
from kg.extraction.mentions import HeadingReader, Matcher, common_words
from kg.model import Assertion, Document, Item, ItemLinks, Mention, Section, Span, Table
from kg.terms import KG, local_name
from kg.text import WORD_CHARS, normalize
from kg.vocab import Cue, Relation, Vocabulary

# A line break ends a sentence only before a list marker: notes wrap long
# sentences ("…效果\n要好的多"), and a soft wrap must not split a fact.
_SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?=\s|$)|\n(?=\s*(?:\d+\s*[.、)）]|[-*•]\s|[(（]\d+[)）]|$))")
_CLAUSE_END = re.compile(r"[，,：:]")
_CLAUSE_MARK = re.compile(r"[，,：:；;。]")
_ENUMERATOR = re.compile(r"^[\s\u200b]*(?:\d{1,2}|[一二三四五六七八九十])\s*[、.．)）]\s*|^[\s\u200b]*[(（]\d{1,2}[)）]\s*")
_POSSESSED = re.compile(r"\s*的\s*([\u3400-\u9fff])")  # "编码器的输出": the name owns the noun after 的
_OF_NOUN = re.compile(r"的\s*([\u3400-\u9fff]{2,6})\s*$")
# "Stone Oven 的 MAR 算法使用 …": after 的, a Latin word kg does not know and the Chinese noun it names
_OF_LATIN_NOUN = re.compile(r"的\s*[A-Za-z][A-Za-z0-9\-]*\s*([\u3400-\u9fff]{1,6})\s*$")
# between a name and its examples: nothing, or the one noun the name modifies ("编码端架构", "ensemble methods"),
# then a comma or an opening bracket ("encoder-only (e.g., BERT)")
_EXAMPLE_GAP = re.compile(r"^[\s*_`]*(?:[A-Za-z][A-Za-z\-]*|[\u3400-\u9fff]{1,4})?[\s*_`]*(?:[,，]\s*)?([(（]?)[\s*_`]*$")
# "5个卷积层", "3 x", "两个": a count right before a name
_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两几]+)\s*[个层组块]?\s*$")
_COUNT_REST = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*[个层组块]?|[\s，,、;；。.+和及与层]")
_BRACKET_TAIL = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9\-_.])([A-Za-z][A-Za-z0-9\-_.]*) ?$")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_OPENING_NAME = re.compile(r"[\s\u200b*`\[]*([A-Z][A-Za-z0-9\-]*)(?:\]\([^)]*\))?\s")
_UNKNOWN_SUBJECT = re.compile(r"^[\s\u200b*`(（]*(?:\d+[.、)）]\s*)?([A-Z][A-Za-z0-9\-]*)(?:\s|[\u3400-\u9fff])")
# "huggingface的berttokenize使用的是…": a lower-case Latin name opening a Chinese clause is a name too
_UNKNOWN_SUBJECT_CJK = re.compile(r"^[\s\u200b*`(（]*(?:\d+[.、)）]\s*)?([a-z][A-Za-z0-9\-]*)(?=[\u3400-\u9fff])")

_LABEL = re.compile(r"^\s*(?:[0-9]+\s*[.、)）]\s*)?([^：:\n，,。]{1,24}?)\s*[：:]")
_HEADING_NUMBER = re.compile(r"^\s*(?:第?[0-9一二三四五六七八九十]+(?:\.[0-9]+)*\s*[章节.、)）,，]?)\s*")
_PROBLEM, _DOES_NOT_USE, _COMPARED_WITH = KG.Problem, KG.doesNotUse, KG.comparedWith
_UNNAMED = ""  # what the sentence before was about when that is a name kg does not know (no pronoun resolves to it)
# "五个卷积块和三个全连接层": numbers and measure words do not break a list
_QUANTIFIER = re.compile(r"[0-9一二三四五六七八九十两几若干多每]+\s*[个种层类组]?")


# Longer than this, a "sentence" is a run nobody punctuated (a table dump, a list pasted into one
# line): it is read in pieces of this size, so every rule's work per sentence stays bounded and a
# build stays linear in the size of the notes.
MAX_SENTENCE = 400


# "…improvement of WDL and FNN.Compared with WDL, DeepFM …": a full stop with no space after it, between a
# word of three letters or more (not part of a dotted path: "torch.optim") and a capitalised word that goes on
# as prose (not "Adam(", "Cell.water", "ToTensor").
_GLUED_END = re.compile(r"(?<![.\w])[A-Za-z]{3,}\.(?=[A-Z][a-z]+(?:[\s,;:]|-[A-Z]))")


def glued_sentence_ends(text: str) -> list[int]:
    """Where a sentence ends at a full stop glued to the next sentence's first word ("FNN.Compared with …").

    Writers (and converters) drop the space after a full stop; read as one sentence, the two sentences' names
    pair up across the stop ("WDL and FNN" + "Compared with WDL" → WDL comparedWith FNN). Not inside inline
    code (an odd number of backticks before the stop), not in a dotted path or a call ("tf.keras.Model(",
    "Board.Cell.apple"), not when the next word has inner capitals ("torch.FloatTensor")."""
    ends = []
    for m in _GLUED_END.finditer(text):
        if text.count("`", 0, m.start()) % 2:
            continue
        ends.append(m.end())
    return ends


def _sentence_bounds(text: str) -> list[int]:
    """Where sentences end; an over-long one is cut at its last clause mark or space before the limit."""
    bounds: list[int] = []
    pos = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    glued = glued_sentence_ends(text)
    if glued:
        ends = sorted(set(ends) | set(glued))
    for end in ends + [len(text)]:
        while end - pos > MAX_SENTENCE:
            window = text[pos : pos + MAX_SENTENCE]
            cut = max(window.rfind(c) for c in "，,：: \t")
            cut = pos + (cut + 1 if cut > MAX_SENTENCE // 4 else MAX_SENTENCE)
            bounds.append(cut)
            pos = cut
        if end > pos:
            bounds.append(end)
            pos = end
    return bounds


class WordPatterns:
    """The patterns of this module that hold words, built from the ontology's word sets once per vocabulary
    (Vocabulary.derived): the words live in ontology/kg.ttl, the shape of each phrase (spaces, emphasis,
    punctuation, boundaries) here."""

    def __init__(self, vocab: Vocabulary) -> None:
        article = vocab.alternation("Article")
        # between an example marker and the first example: spaces, emphasis, a comma, an article
        self.example_lead = re.compile(rf"^[\s*_`,，:：]*(?:(?:{article})\s+)?[\s*_`]*$", re.IGNORECASE)
        # a word (a preposition) right before a name, an article between them
        self.word_before = re.compile(rf"\b([A-Za-z]+)\s+(?:(?:{article})\s+)?[*_`]*$", re.IGNORECASE)
        self.trailing_article = re.compile(rf"(?<=\S) (?:{article})$")  # 'an encoder and a decoder'
        self.article_around = re.compile(rf"^(?:{article})\s+|\s+(?:{article})$")
        # a clause opening with a connective, an article and a capitalised word: 'The Generator is …'
        connective = vocab.alternation("ClauseConnective")
        name_article = vocab.alternation("NameArticle", capital=True)
        self.article_name = re.compile(
            rf"[\s\u200b*_`]*(?:(?:{connective}),?\s+)?(?:{name_article})\s+[*_`]*([A-Z][a-z]{{2,}})\b(?![\-.]\w)"
        )
        # "The model builds on …", "This stage was …": a clause opening with a determiner and a lower-case noun
        determiner = vocab.alternation("NounDeterminer", capital=True)
        self.determiner_noun = re.compile(rf"[\s\u200b*_`>-]*(?:{determiner})\s+([a-z][a-z\-]+)\b")
        # after an item label: the end, punctuation, or a joining word ('Yeast (a) 和 Soda (b)')
        joins_cjk = vocab.alternation("ItemConjunction", script="cjk")
        joins = vocab.alternation("ItemConjunction", script="latin")
        self.after_label = re.compile(rf"\s*(?:$|[、，,。.;；:：!?！？)）]|{joins_cjk}|(?:{joins})\b)")
        self.passive_purpose = re.compile(rf"\s+(?:{vocab.alternation('PassivePurpose')})\b")
        complement_cjk = vocab.alternation("ComparisonComplement", script="cjk")
        complement = vocab.alternation("ComparisonComplement", script="latin")
        self.comparison_complement = re.compile(rf"{complement_cjk}|(?:{complement})\b", re.IGNORECASE)
        comparison_cjk = vocab.alternation("ComparisonWord", script="cjk")
        comparison = vocab.alternation("ComparisonWord", script="latin")
        self.comparison_word = re.compile(rf"{comparison_cjk}|\b(?:{comparison})\b")
        the, of, over = (vocab.alternation(n) for n in ("DefiniteArticle", "Genitive", "AdvantageOver"))
        # "the advantages of A over B": the kg:Advantage word before 'of', then 'over' between the names
        self.advantage_of = re.compile(rf"(\w+)\s+(?:{of})\s+(?:(?:{the})\s+)?$")
        self.advantage_over = re.compile(rf"\s+(?:{over})\s+(?:(?:{the})\s+)?")
        self.of_the = re.compile(rf"\s+(?:{of})\s+(?:(?:{the})\s+)?")  # 'the N of X'
        self.the_before = re.compile(rf"(?:^|\s)(?:{the})\s+$", re.IGNORECASE)
        ranks = vocab.alternation("AdvantageModifier")  # 'A 相比 B 的主要优势'
        self.advantage_after = re.compile(rf"[\s*_`]*的?\s*(?:{ranks})?的?\s*([\u3400-\u9fff]{{2}})")
        self.place_after = re.compile(rf"[\u3400-\u9fff]{{0,4}}(?:{vocab.alternation('PlacePostposition')})")
        self.in_place = re.compile(rf"\s*[\u3400-\u9fff]{{0,3}}?({vocab.alternation('InsideMarker')})\s*")
        # an item marker inside a sentence, after a space, a comma or a joining word ('b) y 和 c) z')
        joined = "".join(rf"|(?<={re.escape(w)})" for w in sorted(t.strip() for t in vocab.cue_set("ItemConjunction") if not t.isascii()))
        lead = rf"(?:(?<=[\s，,；;：:、]){joined}|^)"
        self.inline_item = re.compile(
            rf"{lead}(?:[a-hA-H]|i{{1,3}}|iv|vi{{0,3}}|ix)[)）]"
            rf"|{lead}[(（](?:[a-hA-H]|i{{1,3}}|iv|vi{{0,3}}|ix|\d{{1,2}})[)）]|[①-⑩]"
        )
        self.setting_noun = re.compile(rf"\s*([\u3400-\u9fff]{{1,3}}?)\s*({vocab.alternation('SettingCloser')})")


def inline_item_marks(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The item markers of an enumeration written inside one sentence, as (start, end).

    A reader takes 'a) X, b) Y 和 c) 基于 Z 的 W' as a list of siblings: a cue inside one item ('基于' in c)
    reads only within that item, never with a name of another item ('Y uses Z'). A bare 'i)' inside an open
    bracket is a pair or an argument ('(u, i)'), not a marker."""
    marks = []
    # an item marker inside a running sentence: "a) SFT, b) reward-model tuning and c) RLHF", "（2）", "②"; a bare
    # letter or roman numeral only after a space, a comma or a joining word, never inside brackets ("(u, i)")
    words = vocab.derived("fact-word-patterns", WordPatterns)
    after_label = words.after_label
    for m in words.inline_item.finditer(text):
        if m.group()[0] not in "(（" and text.count("(", 0, m.start()) + text.count("（", 0, m.start()) > text.count(
            ")", 0, m.start()
        ) + text.count("）", 0, m.start()):
            continue
        if after_label.match(text, m.end()):
            continue  # "Yeast Powder (a) 和 Baking Soda (b)": a label after an item, not a marker opening one
        marks.append((m.start(), m.end()))
    return marks


# between 在 and a name: nothing or a count ('单个', '多个', '8 个'); after the name: a short noun, then the closer
_QUANTIFIER_ONLY = re.compile(r"(?:[0-9一二三四五六七八九十两几多单每各]+\s*[个台张块块组]?)?")


_SIZE_SUFFIX = re.compile(r"[\s\-_]*\d+(?:\.\d+)?\s*[BMKbmk]\s*$")


def size_columns(cells: list[str]) -> bool:
    """Header cells that name one model at several parameter counts ('OPT-6.7B | OPT-13B | OPT-30B',
    'Llama 7B | Llama 13B'): the columns are sizes the table measures something at (cost, time), and a
    reader does not take them as models compared with each other. Two cells or more, each a size suffix on
    one and the same name."""
    if len(cells) < 2:
        return False
    stems = set()
    for cell in cells:
        text = cell.strip(" *_`")
        m = _SIZE_SUFFIX.search(text)
        if m is None or not text[: m.start()].strip():
            return False
        stems.add(text[: m.start()].strip().lower())
    return len(stems) == 1


_WORD_CHAR_AFTER = re.compile(r"[A-Za-z]")  # 'you' is not the start of 'young'


_CLAUSE_CHARS = re.compile(r"[(（\[【)）\]】，,：:]")


def _clauses(chunk: str, marks: re.Pattern[str] = _CLAUSE_CHARS) -> list[tuple[int, int]]:
    """Clauses split at commas and colons (and the arrows of a pipeline, when ``marks`` has them), except
    inside brackets ("(fire together, wire together)").

    Only the brackets and marks are visited (a regex finds them), not every character of every sentence.
    """
    clauses, cpos, depth = [], 0, 0
    for found in marks.finditer(chunk):
        ch = found.group()
        if ch in "(（[【":
            depth += 1
        elif ch in ")）]】":
            if depth:
                depth -= 1
        elif depth == 0:  # a comma, colon or arrow outside brackets
            i = found.end()
            clauses.append((cpos, i))
            cpos = i
    clauses.append((cpos, len(chunk) + 1))
    return clauses


_ALIAS_ASIDE = re.compile(r"^\s*[(（][^()（）]{1,40}[)）]")
_LOWER_HYPHEN_PREFIX = re.compile(r"(?<![\w\-])([a-z][a-z0-9]+)-$")


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    cues: tuple[Cue, ...]
    sets: frozenset[str]  # local names of the cue sets the phrase belongs to ("Negation" …)

    def in_set(self, name: str) -> bool:
        return name in self.sets


class CueMatcher:
    """All cue phrases of the ontology in one automaton, longest match first."""

    def __init__(self, cues: Iterable[Cue]) -> None:
        by_text: dict[str, list[Cue]] = {}
        for cue in cues:
            by_text.setdefault(normalize(cue.text), []).append(cue)
        self._automaton = ahocorasick.Automaton()
        for key, group in by_text.items():
            sets = frozenset(local_name(c.target) for c in group if c.role == "set")
            self._automaton.add_word(key, (len(key), tuple(group), sets))
        self._automaton.make_automaton()

    def find(self, text: str, norm: str | None = None) -> list[_Hit]:
        norm = normalize(text) if norm is None else norm
        found = []
        word, size = WORD_CHARS, len(norm)
        for end_index, (length, cues, sets) in self._automaton.iter(norm):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and norm[start] in word and norm[start - 1] in word:
                continue
            if end < size and norm[end - 1] in word and norm[end] in word:
                continue
            found.append((start, end, cues, sets))
        found.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken = bytearray(size)
        hits = []
        for start, end, cues, sets in found:
            if taken.find(1, start, end) >= 0:  # any of it taken
                continue
            taken[start:end] = b"\x01" * (end - start)
            hits.append(_Hit(start, end, cues, sets))
        hits.sort(key=lambda h: h.start)
        return hits


@dataclass
class _Sentence:
    text: str
    start: int  # offset in the span
    span: Span
    mentions: list[Mention]  # offsets relative to the sentence
    hits: list[_Hit]
    clauses: list[tuple[int, int]]

    def clause_of(self, pos: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.clauses, (pos, 1 << 62)) - 1
        if 0 <= index < len(self.clauses) and self.clauses[index][0] <= pos < self.clauses[index][1]:
            return self.clauses[index]
        return self.clauses[-1]

    @property
    def line(self) -> int:
        return self.span.line_at(self.start)


@dataclass
class _Reading:
    """One sentence being read (Relator._read): where it stands and what its passes share."""

    s: _Sentence
    implicit: str | None  # the subject a clause with no name of its own is about (the item's topic)
    index: int  # the item's index in the document
    answer: list[_Sentence]  # the answer's sentences, when the sentence is a question
    question: bool
    topic: str | None
    how: str  # how the implicit subject was found: "topic", "listed", "question" …
    previous: str | None  # the previous sentence's subject, for a pronoun
    out: list[Assertion] = field(default_factory=list)
    fired_clauses: set[tuple[int, int]] = field(default_factory=set)  # clauses a relation cue read
    clause_subject_used: set[tuple[int, int]] = field(default_factory=set)  # clauses whose implied subject is taken


@dataclass
class _CueClause:
    """A relation cue in its clause, once the guards let it through (Relator._cue_clause)."""

    hit: _Hit
    cue: Cue
    relation: Relation
    clause: tuple[int, int]
    cend: int  # the clause's end, or the next clause's when a contrast opens it ("使用 BN，而不是 LRN")
    negated: bool
    rel_iri: str | None  # the relation stated: the negated relation, or None when a negation states nothing
    contrast: _Hit | None  # 'instead of', '而不是' after the cue
    obj_limit: int  # objects stand before this offset: the contrast, the next cue or the clause's end


class Relator:
    """Holds the vocabulary's matchers; ``relate(doc)`` reads one document."""

    def __init__(
        self,
        vocab: Vocabulary,
        matcher: Matcher,
        classes: dict[str, str],
        unsure: Iterable[str] = (),
        local: dict[str, frozenset[str]] | None = None,
        senses: dict[str, dict[str, str]] | None = None,
        titles: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.vocab = vocab
        self.matcher: Matcher | LocalMatcher = matcher
        self._all_files_matcher = matcher
        # discovered concepts named by an everyday word: names only in the files that made them (local_concepts)
        self.local = local or {}
        self.senses = senses or {}  # file → abbreviations the file defines as another concept (mentions.file_senses)
        self.titles = titles or {}  # title-case names of everyday words → their files (mentions.title_case_names)
        self.classes = classes  # concept IRI → class IRI, lexicon and discovered
        self.unsure = frozenset(unsure)  # discovered only as an acronym or a bold term: less sure they are concepts
        self.broad = frozenset(c.iri for c in vocab.concepts.values() if c.broad)  # "gradient", "neural network"
        self._broader = {c.iri: frozenset(c.broader) for c in vocab.concepts.values() if c.broader}
        # sets compared as text at one place only (what stands between two names): kept out of the automaton,
        # so their words do not end names or shadow shorter cues elsewhere ('为', 'is a' over 'is')
        text_only = {
            KG.MeansFollower, KG.Definition, KG.BareDefinition, KG.VerbCoordination, KG.Quantifier, KG.KindFollower,
            KG.InstanceCopula, KG.Occurrence, KG.Advantage, KG.Cause, KG.Whereas, KG.AuthorPossessive, KG.AnalogyMarker,
            KG.MeasureUnit, KG.FolderWord, KG.ClauseVerb, KG.GroupModifier,
            KG.BeVerb, KG.PassiveAdverb, KG.InstrumentMarker, KG.FamilyWord,
            KG.Article, KG.NameArticle, KG.ClauseConnective, KG.NounDeterminer, KG.ItemConjunction, KG.PassivePurpose,
            KG.ComparisonComplement, KG.ComparisonWord, KG.DefiniteArticle, KG.Genitive, KG.AdvantageOver,
            KG.AdvantageModifier, KG.WhereasBlocker, KG.ContrastSideLead, KG.TaskLead, KG.PhraseEndParticle,
            KG.PlacePostposition, KG.UseVerb, KG.AdverbSuffix, KG.ParticipleSuffix, KG.ParticipleModifier,
            KG.RelativePronoun, KG.IndefiniteArticle, KG.SharedTailJoin, KG.LongFormWord, KG.CitationMark,
            KG.CitationVerb, KG.AlternativeWord, KG.NameBreakParticle, KG.ValueCopula, KG.GerundSuffix,
            KG.QuestionLabel, KG.AnswerLabel, KG.InsideMarker, KG.InsideCloser, KG.SequenceConnective,
            KG.AttributeNoun,
        }  # fmt: skip
        self._words = vocab.derived("fact-word-patterns", WordPatterns)  # the patterns that hold words
        self._definite = {t.strip() for t in vocab.cue_set("DefiniteArticle")}
        self._inside_closers = {t.strip() for t in vocab.cue_set("InsideCloser")}
        self._whereas_blockers = {t.strip() for t in vocab.cue_set("WhereasBlocker")}
        self._contrast_side_lead = {""} | {t.strip() for t in vocab.cue_set("ContrastSideLead")}
        self._task_lead = {t.strip() for t in vocab.cue_set("TaskLead")}
        self._phrase_end = {t.strip() for t in vocab.cue_set("PhraseEndParticle")}
        self._frame_chars = "".join(sorted(w for w in (t.strip() for t in vocab.cue_set("ComparisonFrame")) if len(w) == 1)) + " "
        self._adverb_suffixes = tuple(t.strip() for t in vocab.cue_set("AdverbSuffix"))
        self._participle_suffixes = tuple(t.strip() for t in vocab.cue_set("ParticipleSuffix"))
        self._participle_modifiers = {t.strip() for t in vocab.cue_set("ParticipleModifier")}
        self._nominal_prefix = {w for w in (t.strip() for t in vocab.cue_set("NominalPrefix")) if w.isascii()}
        self._relative_pronouns = {t.strip() for t in vocab.cue_set("RelativePronoun")}
        indefinite = [t.strip() for t in vocab.cue_set("IndefiniteArticle")]
        self._kind_openers = tuple(f"{w} " for w in indefinite) + tuple(f"is {w} " for w in indefinite)
        self._whereas = sorted((normalize(t).strip() for t in vocab.cue_set("Whereas")), key=len, reverse=True)
        self._cause_words = sorted((normalize(t).strip() for t in vocab.cue_set("Cause")), key=len, reverse=True)
        self._advantage = {normalize(t).strip() for t in vocab.cue_set("Advantage")}
        self._occurrence = {normalize(t).strip() for t in vocab.cue_set("Occurrence")}
        self.cues = CueMatcher(c for c in vocab.cues if not (c.role == "set" and c.target in text_only))
        definitions = sorted((normalize(t).strip() for t in vocab.cue_set("Definition")), key=len, reverse=True)
        self._definition = re.compile(
            "|".join(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])" if w.isascii() else re.escape(w) for w in definitions)
            or "(?!)",
            re.IGNORECASE,
        )
        bare = sorted((normalize(t).strip() for t in vocab.cue_set("BareDefinition")), key=len, reverse=True)
        self._bare_definition = re.compile(
            "|".join(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])" if w.isascii() else re.escape(w) for w in bare)
            or "(?!)",
            re.IGNORECASE,
        )
        self.relations = vocab.relations
        self._quantifiers = {" ".join(normalize(t).split()) for t in vocab.cue_set("Quantifier")}
        self._clause_openers = {
            normalize(t).strip() for name in ("Anaphora", "VerbCoordination", "Cause", "Hypothetical") for t in vocab.cue_set(name)
        }
        self._verb_coordination = {" ".join(normalize(t).split()) for t in vocab.cue_set("VerbCoordination")}
        self._instrument_markers = tuple(normalize(t).strip() for t in vocab.cue_set("InstrumentMarker"))
        self._family_words = tuple(normalize(t).strip() for t in vocab.cue_set("FamilyWord"))
        # a form of 'be' (kg:BeVerb) and one or two kg:PassiveAdverb words right before a participle: 'are not used'
        be = "|".join(re.escape(w.strip()) for w in vocab.cue_set("BeVerb")) or "(?!)"
        adverbs = "|".join(re.escape(w.strip()) for w in vocab.cue_set("PassiveAdverb")) or "(?!)"
        self._passive_lead = re.compile(rf"\b(?:{be})\s+(?:(?:{adverbs})\s+){{1,2}}$", re.IGNORECASE)
        self._bare_passive_lead = re.compile(rf"\b(?:{be})\s+$", re.IGNORECASE)
        self._coordination = {normalize(t).strip() for t in vocab.cue_set("Coordination")}
        self._demonstrative = {normalize(t).strip() for t in vocab.cue_set("Demonstrative")}
        self._locative = {normalize(t).strip() for t in vocab.cue_set("Locative")}
        self._reference = {normalize(t).strip() for t in vocab.cue_set("ReferenceHeading")}
        self._component_headers = {normalize(t).strip() for t in vocab.cue_set("ComponentHeader")}
        self._instance_headers = {normalize(t).strip() for t in vocab.cue_set("InstanceHeader")}
        self._used_in_headers = {normalize(t).strip() for t in vocab.cue_set("UsedInHeader")}
        self._model_headers = {normalize(t).strip() for t in vocab.cue_set("ModelInstanceHeader")}
        self._means_followers = sorted((t.strip() for t in vocab.cue_set("MeansFollower")), key=len, reverse=True)
        self._problem_nouns = {t.strip() for t in vocab.cue_set("ProblemNoun")}
        self._method_nouns = sorted((t.strip() for t in vocab.cue_set("MethodNoun")), key=len, reverse=True)
        self._ba = {normalize(t).strip() for t in vocab.cue_set("ObjectMarker")}
        self._target_markers = {normalize(t).strip() for t in vocab.cue_set("TargetMarker")}
        self._not_target_words = tuple(normalize(t).strip() for t in vocab.cue_set("NotTargetMarker"))
        self._degree_words = {normalize(t).strip() for t in vocab.cue_set("DegreeAdverb")}
        self._alternatives_words = sorted(normalize(t).strip() for t in vocab.cue_set("AlternativesIntro"))
        self._substitute = {normalize(t).strip() for t in vocab.cue_set("Substitute")}
        self._reduced = {normalize(t).strip() for t in vocab.cue_set("ReducedRelative")}
        self._auxiliary = {normalize(t).strip() for t in vocab.cue_set("AuxiliaryWord")}
        self._means_participle = {normalize(t).strip() for t in vocab.cue_set("MeansParticiple")}
        # "quantize 3D → voxel grid → … → a detector similar to SSD": each step of a pipeline is a clause of its own
        arrows = sorted((re.escape(t.strip()) for t in vocab.cue_set("SequenceArrow")), key=len, reverse=True)
        self._clause_marks = re.compile("|".join([_CLAUSE_CHARS.pattern, *arrows]))
        determiners = "|".join(sorted((re.escape(t.strip()) for t in vocab.cue_set("Determiner")), key=len, reverse=True))
        # a lower-case word, a determiner and at most two modifiers right before a name: 'maximizing the',
        # 'quantize a', 'optimizes the auto-encoding' — the name is that verb's (or preposition's) object
        self._worked_on = re.compile(rf"\b[a-z]{{2,}}\s+(?:{determiners})\s+(?:[\w-]+\s+){{0,2}}$")
        self._frame_open = sorted((normalize(t).strip() for t in vocab.cue_set("ComparisonFrame")), key=len, reverse=True)
        self._frame_end = sorted((normalize(t).strip() for t in vocab.cue_set("ComparisonFrameEnd")), key=len, reverse=True)
        self._example_markers = {normalize(t).strip() for t in vocab.cue_set("ExampleMarker")}
        self._comparison_markers = {normalize(t).strip() for t in vocab.cue_set("ComparisonMarker")}
        self._comparatives = sorted((t.strip() for t in vocab.cue_set("Comparative")), key=len, reverse=True)
        self._head_nouns = {normalize(t).strip() for t in vocab.cue_set("HeadNoun")}
        self._part_nouns = {normalize(t).strip() for t in vocab.cue_set("PartNoun")}
        followers = {normalize(t).strip() for t in vocab.cue_set("KindFollower")}
        self._kind_followers = {w for w in followers if w.isascii()}
        self._kind_followers_cjk = sorted((w for w in followers if not w.isascii()), key=len, reverse=True)
        self._instance_copulas = {" ".join(normalize(t).split()) for t in vocab.cue_set("InstanceCopula")}
        self._head_nouns_cjk = sorted((w for w in self._head_nouns if not w.isascii()), key=len, reverse=True)
        self._headings = vocab.derived("headings", HeadingReader)
        self._function_chars = {w for w in (t.strip() for t in vocab.cue_set("FunctionWord")) if len(w) == 1}
        prepositions = {normalize(t).strip() for t in vocab.cue_set("Preposition")}
        self._prepositions = {w for w in prepositions if w.isascii()}
        self._prepositions_cjk = [w for w in prepositions if not w.isascii()]
        self._participle = sorted((t.strip() for t in vocab.cue_set("Participle")), key=len, reverse=True)
        degree = {normalize(t).strip() for t in vocab.cue_set("Degree")}
        self._degree = {w for w in degree if w.isascii()}
        self._degree_cjk = [w for w in degree if not w.isascii()]
        self._attributive = sorted((t.strip() for t in vocab.cue_set("AttributiveMarker")), key=len, reverse=True)
        self._problem_relations = {KG.causes, KG.mitigates}
        self._instruments = {normalize(c.text).strip() for c in vocab.cues if c.role == "cue" and c.target == KG.uses}
        self._instruments |= {normalize(t).strip() for t in vocab.cue_set("Means")}
        posts = sorted((w.strip() for w in vocab.cue_set("Postposition")), key=len, reverse=True)
        # a two-character postposition stands alone ("卷积层之后都…"); a one-character one only before
        # punctuation, a Latin word or a use verb ("实例前使用"), since 前/后 also begin words (前馈)
        # (a use cue after 后 makes it a place too: '多头注意力后加入了一层 LN' adds LN after the attention)
        verbs = sorted((w for w in self._instruments if _CJK_CHAR.match(w[:1]) and len(w) > 1), key=len, reverse=True)
        follow = "|".join(["[^\u3400-\u9fff]", vocab.alternation("UseVerb"), *(re.escape(w) for w in verbs)])
        alternatives = [re.escape(w) for w in posts if len(w) > 1] + [
            re.escape(w) + f"(?={follow})" for w in posts if len(w) == 1
        ]
        closers = sorted((normalize(w).strip() for w in vocab.cue_set("BasisCloser")), key=len, reverse=True)
        self._basis_closer = re.compile(
            r"\s*的?\s*(?:" + "|".join(re.escape(w) for w in closers) + ")" if closers else "(?!)"
        )
        self._postposition = re.compile(
            r"\s*[\u3400-\u9fff]{0,2}?(?:" + "|".join(alternatives) + ")" if alternatives else "(?!)"
        )
        self._source_markers = tuple(w.strip() for w in vocab.cue_set("SourceMarker"))
        self._setting_open = tuple(w.strip() for w in vocab.cue_set("SettingOpener"))
        self._sequence_connectives = tuple(
            sorted((normalize(t).strip() for t in vocab.cue_set("SequenceConnective")), key=len, reverse=True)
        )
        self._attribute_nouns = tuple(normalize(t).strip() for t in vocab.cue_set("AttributeNoun"))
        self._setting_close = tuple(w.strip() for w in vocab.cue_set("SettingCloser"))
        arrows = sorted((t.strip() for t in vocab.cue_set("SequenceArrow")), key=len, reverse=True)
        self._arrows = re.compile("|".join(re.escape(a) for a in arrows) or "(?!)")
        self._sentence_cache: dict[int, tuple[Span, list[_Sentence]]] = {}
        self._reference_paths: dict[tuple[str, ...], bool] = {}  # _in_references' answers, for one document
        self._heading_names_seen: dict[tuple[str, str], str] = {}
        self._pros_cons_labels = {normalize(t).strip() for t in vocab.cue_set("ProsConsLabel")}
        self._pros_cons = False

    # ------------------------------------------------------------------ helpers

    def _is_problem(self, concept: str) -> bool:
        return self.classes.get(concept) == _PROBLEM

    def _coordinated(self, text: str, a: Mention, b: Mention) -> bool:
        # an aside in brackets after the first name ('编码器（Encoder）和解码器') and an article after the joining
        # word ('an encoder and a decoder') leave the two names coordinated
        gap = _QUANTIFIER.sub("", normalize(_ALIAS_ASIDE.sub("", text[a.end : b.start])))
        gap = self._words.trailing_article.sub("", " ".join(gap.split()))
        if gap == "":
            # "conv relu" in Chinese notes is a list; "1x1 卷积降维" and, in English, "Transformer decoder"
            # are compounds (the second name is the head)
            return a.surface.isascii() and b.surface.isascii() and b.start > a.end and bool(_CJK_CHAR.search(text))
        return gap in self._coordination

    def _compound(self, text: str, a: Mention, b: Mention) -> bool:
        """Two English names with only a space between ('Transformer decoder'): one name, headed by the second.

        Not when the second only says what kind of thing the first is ('ReLU activation function',
        'Adam optimizer'): a broad concept, or a kg:HeadNoun word, leaves the first as the name.
        """
        if not (
            b.start > a.end
            and not text[a.end : b.start].strip()
            and a.surface.isascii()
            and b.surface.isascii()
            and not _CJK_CHAR.search(text)
        ):
            return False
        last = normalize(b.surface).split()[-1] if b.surface.split() else ""
        return b.concept not in self.broad and last not in self._head_nouns

    def _hyphen_modifier(self, text: str, m: Mention) -> bool:
        """'pretrained with a next-token objective', 'a masked-token loss': a name hyphenated after an
        unknown lower-case word, with a noun after it, is the tail of a compound modifier of that noun;
        the sentence speaks of the objective, not of tokens. A known prefix ('encoder-decoder') joins two
        names, and a verb or cue after it ('cross-attention uses …') leaves the name as the sentence's."""
        prefix = _LOWER_HYPHEN_PREFIX.search(text, max(0, m.start - 20), m.start)
        if prefix is None or normalize(prefix.group(1)) in self.matcher.concept_of:
            return False
        after = re.match(r" ([a-z]+)\b", text[m.end : m.end + 30])
        if after is None or common_words().zipf_en(after.group(1)) >= 6.0:
            return False
        hits = self.cues.find(after.group(1), normalize(after.group(1)))
        return not any(c.role != "set" for h in hits for c in h.cues)

    def _sentences(self, span: Span) -> list[_Sentence]:
        """Sentences with their mentions and cue hits; the span is matched once, then split."""
        cached = self._sentence_cache.get(id(span))
        if cached is not None and cached[0] is span:
            return cached[1]
        out: list[_Sentence] = []
        text = span.text
        norm = normalize(text)
        all_mentions = [
            m for m in self.matcher.find(text, norm) if not self._hyphen_modifier(text, m) and not formula_symbol(text, m)
        ]
        covered = bytearray(len(text) + 1)
        for m in all_mentions:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        # a cue inside a name is part of the name: "别" (don't) in 判别器, "is" in "Attention Is All You Need"
        all_hits = [h for h in self.cues.find(text, norm) if not all(covered[h.start : h.end])]
        pos = 0
        mi = hi = 0  # mentions and hits are sorted by start: one pass over each for all sentences
        for end in _sentence_bounds(text):
            if end <= pos:
                continue
            chunk = text[pos:end]
            while mi < len(all_mentions) and all_mentions[mi].start < pos:
                mi += 1
            while hi < len(all_hits) and all_hits[hi].start < pos:
                hi += 1
            mentions, hits = [], []
            while mi < len(all_mentions) and all_mentions[mi].start < end:
                m = all_mentions[mi]
                if m.end <= end:
                    mentions.append(Mention(m.start - pos, m.end - pos, m.concept, m.surface))
                mi += 1
            while hi < len(all_hits) and all_hits[hi].start < end:
                h = all_hits[hi]
                if h.end <= end:
                    hits.append(_Hit(h.start - pos, h.end - pos, h.cues, h.sets))
                hi += 1
            if chunk.strip():
                out.append(_Sentence(chunk, pos, span, mentions, hits, _clauses(chunk, self._clause_marks)))
            pos = end
        self._sentence_cache[id(span)] = (span, out)
        return out

    def focus(self, sentence: _Sentence) -> str | None:
        """What a sentence is about: its first mention that is not a problem ('X 中的 Y' → Y)."""
        ms = [m for m in sentence.mentions if not self._is_problem(m.concept)]
        if not ms:
            return None
        for a, b in zip(ms, ms[1:]):
            if a is ms[0]:
                gap = normalize(sentence.text[a.end : b.start]).strip()
                if gap in self._locative:
                    return b.concept
        if self._inside_unknown(sentence, ms[0]):
            return None  # "Attention 计算中 Scaled 操作的目的是什么": about the Scaled step, not Attention
        return ms[0].concept

    def denied_focus(self, s: _Sentence) -> bool:
        """'模型中并没有采用 BN 层，因为 BN 层会减慢推理。', 'The model does not use Dropout.': a sentence whose first
        name is what its clause denies (a kg:Negation before it) is about something else, here a model kg does
        not know, so a pronoun opening the next sentence ('其主要采用…', 'It …') does not stand for that name."""
        ms = [m for m in s.mentions if not self._is_problem(m.concept)]
        if not ms:
            return False
        cstart, _ = s.clause_of(ms[0].start)
        return any(
            cstart <= h.start and h.end <= ms[0].start
            and (h.in_set("Negation") or any(c.target.endswith("doesNotUse") for c in h.cues))
            for h in s.hits
        )

    def _inside_unknown(self, s: _Sentence, m: Mention) -> bool:
        """'X 计算中 Y…' / 'X 中的 Y…' with a Y kg does not know: the phrase is about Y, X only places it."""
        after = s.text[m.end : m.end + 12]
        hit = self._words.in_place.match(after)
        if hit is None or normalize(hit.group(1)) not in self._locative:
            return False
        at = m.end + hit.end()
        if at >= len(s.text) or not s.text[at].strip():
            return False
        return not any(x.start == at for x in s.mentions) and not any(h.start == at for h in s.hits)

    def _group_after(self, s: _Sentence, pos: int, limit: int, head: bool = True) -> list[Mention]:
        after = [m for m in s.mentions if pos <= m.start < limit]
        if not after:
            return []
        group = [after[0]]
        for m in after[1:]:
            if m.concept == group[-1].concept and re.fullmatch(r"\s*[(（]\s*", s.text[group[-1].end : m.start]):
                continue  # the name again in brackets ('编码器（Encoder）'): an aside, the list goes on after it
            gap = normalize(s.text[group[-1].end : m.start]).strip()
            if head and len(group) == 1 and (
                self._locative_gap(gap) or _modifier_gap(gap) or self._compound(s.text, group[-1], m)
            ):
                group[-1] = m  # "3*3 的计算量", "AlexNet 中第一层卷积核", "窗口为3×3、步幅为2的最大池化层"
            elif self._coordinated(s.text, group[-1], m):
                group.append(m)
            else:
                break
        return group

    def _comparison_opener(
        self, s: _Sentence, hit: _Hit, clause: tuple[int, int]
    ) -> tuple[Mention, list[Mention]] | None:
        """'与 BPE 和 WordPiece 相比，Unigram 是…', 'Compared with BN, LN …', 'Unlike ViT, Swin …': a clause that
        only names what is compared, then the next clause's opening name, which it is compared with.

        The comparison clause holds the cue and the compared names and nothing else but coordination
        words; the next clause must open with its name (its subject), else the rule says nothing.
        """
        cstart, cend = clause
        compared = [m for m in s.mentions if cstart <= m.start and m.end <= cend]
        if not compared or any(hit.start < m.end and m.start < hit.end for m in compared):
            return None
        if compared[0].start < hit.start and not s.text[cstart : compared[0].start].strip(" \t\u200b*`_"):
            return None  # 'BN 与 LN 相比，…' opens with a name: the two named are what is compared
        rest = s.text[cstart:cend]
        for start, end in sorted([(m.start, m.end) for m in compared] + [(hit.start, hit.end)], reverse=True):
            rest = rest[: start - cstart] + " " + rest[end - cstart :]
        words = [w for w in re.split(r"[\s,，:：*`]+", normalize(rest)) if w]
        if any(w not in self._coordination for w in words):
            return None
        following = next((c for c in s.clauses if c[0] == cend), None)
        if following is None:
            return None
        main = next((m for m in s.mentions if following[0] <= m.start < following[1]), None)
        if main is None or s.text[following[0] : main.start].strip(" \t*`_"):
            return None
        if self._is_problem(main.concept) or any(main.concept == m.concept for m in compared):
            return None
        return main, compared

    def _list_continues(self, s: _Sentence, cend: int) -> int:
        """'the difference between BN, and LN': a clause that ends at a comma whose next clause opens with a
        coordination word and a name continues the list; the limit moves to the end of that clause."""
        following = next((c for c in s.clauses if c[0] == cend), None)
        if following is None:
            return cend
        first = next((m for m in s.mentions if following[0] <= m.start < following[1]), None)
        if first is None:
            return cend
        gap = normalize(s.text[cend - 1 : first.start]).strip()
        return following[1] if gap.strip(",，") and gap in self._coordination else cend

    def _locative_gap(self, gap: str) -> bool:
        """'的', '中的', '中第一层': the words between a whole and the part a sentence is about."""
        if gap in self._locative:
            return True
        lead = next((w for w in sorted(self._locative, key=len, reverse=True) if gap.startswith(w)), None)
        return lead is not None and len(gap) - len(lead) <= 4 and not any(ch in gap for ch in "，,。；;")

    def _group_before(self, s: _Sentence, pos: int, floor: int) -> list[Mention]:
        before = [m for m in s.mentions if floor <= m.start and m.end <= pos]
        if not before:
            return []
        group = [before[-1]]
        for m in reversed(before[:-1]):
            if not self._coordinated(s.text, m, group[0]):
                break
            group.insert(0, m)
        return group

    def _negated_before(self, s: _Sentence, hit: _Hit, floor: int) -> bool:
        for h in s.hits:
            # "不需要使用卷积", "no need to use X": a word calling the use unneeded (kg:NotNeeded) negates it too
            if h.end <= hit.start and h.start >= floor and (h.in_set("Negation") or h.in_set("NotNeeded")):
                gap = s.text[h.end : hit.start]
                if len(gap.strip()) <= 3:
                    return True
        return False

    def _starts_with(self, s: _Sentence, start: int, name: str, whole_word: bool = False) -> bool:
        lead = s.text[start:]
        stripped = len(lead) - len(lead.lstrip(" \t0123456789.、)）(（-*•"))
        for h in s.hits:
            if h.start == start + stripped and h.in_set(name):
                # whole_word: "不。" is an answer, "不确定" is not
                return not whole_word or h.end >= len(s.text) or not s.text[h.end].isalnum()
        return False

    # ------------------------------------------------------------------ reading

    def file_matcher(self, source: str) -> Matcher | LocalMatcher:
        """The build's matcher as one file reads it: other files' everyday-word concepts hidden, the abbreviations
        the file defines read as it defines them."""
        foreign = frozenset(iri for iri, files in self.local.items() if source not in files)
        senses = self.senses.get(source, {})
        titles = frozenset(iri for iri, files in self.titles.items() if source not in files)
        if not foreign and not senses and not titles:
            return self._all_files_matcher
        return LocalMatcher(self._all_files_matcher, foreign, senses, titles)

    def relate(self, doc: Document, topics: dict[int, str | None]) -> tuple[list[Assertion], list[ItemLinks]]:
        """Facts and item links for every item of a document; ``topics`` maps id(section) → concept."""
        facts: list[Assertion] = []
        links: list[ItemLinks] = []
        # one sentence cache for the whole document: the section rules read the items' spans again
        # (their last sentences, their headings), and matching a span is most of the work
        self._sentence_cache.clear()
        self.matcher = self.file_matcher(doc.source)
        introduced: str | None = None  # what the paragraph before a list said the list is about
        section = None
        for index, item in enumerate(doc.items):
            topic = topics.get(id(item.section)) if item.section is not None else None
            if item.section is not section:
                section, introduced = item.section, None
            listed = bool(item.spans) and self._enumerated(item.spans[0])
            item_facts, item_links = self._relate_item(item, index, topic, introduced if listed else None)
            if not listed:
                introduced = self._item_intro(item, topic)
            if not self._in_references(item):
                facts.extend(item_facts)
            links.append(item_links)
        facts.extend(self._read_headings(doc))
        facts.extend(self._remedy_sections(doc))
        facts.extend(self._read_name_lists(doc))
        facts.extend(self._read_open_cue_lists(doc))
        self._sentence_cache.clear()  # the document's spans go with it
        self._reference_paths.clear()
        return _dedupe(self._kinds_not_parts(facts)), links

    def _kinds_not_parts(self, facts: list[Assertion]) -> list[Assertion]:
        """'常见的池化操作包括最大池化和平均池化': a 'contains / 包括' reading that lists two or more kinds of the whole
        (skos:broader: max pooling and average pooling are kinds of pooling) enumerates its kinds, a weaker
        link (relatedTo, the relation of 'is a kind of'), not its components. One narrower name alone ('the
        convolution layer contains filters') is left a part: the lexicon files some parts under their whole."""

        def kind_of(f: Assertion) -> bool:
            return f.relation == KG.partOf and f.object in self._broader.get(f.subject, ())

        listed: dict[tuple[str, int, str], int] = {}
        for f in facts:
            if kind_of(f):
                key = (f.sentence, f.line, f.object)
                listed[key] = listed.get(key, 0) + 1
        return [
            replace(f, relation=KG.relatedTo) if kind_of(f) and listed[(f.sentence, f.line, f.object)] >= 2 else f
            for f in facts
        ]

    def _remedy_sections(self, doc: Document) -> list[Assertion]:
        """'To address overfitting, several techniques can be employed:' then list items that each open a
        nested list ('1. **Dropout:**' + details): each such item names a remedy of the problem.

        Such items are sections of their own (level above 6, made by structure); they follow the intro
        without a real heading between. The name must open the item's title.
        """
        out: list[Assertion] = []
        problems: list[str] = []
        seen: set[int] = set()
        for index, item in enumerate(doc.items):
            section = item.section
            if section is None or section.level <= 6:
                problems = []  # a real heading (or none) ends the list
            elif problems and id(section) not in seen:
                seen.add(id(section))
                span = Span(section.title, (section.line,))
                first = next(iter(self._sentences(span)), None)
                for name in self._leading_names(first) if first is not None else []:
                    for problem in problems:
                        if name != problem and self._allowed(name, KG.mitigates, problem):
                            out.append(self._fact(name, KG.mitigates, problem, "list item", section.title, section.line, index, "list"))
            spans = [sp for sp in item.answer + item.body if not sp.code]
            last = [s for s in self._sentences(spans[-1])][-1:] if spans else []
            intro = self._asked_problems(last, colon=True)
            if intro:
                problems = intro
        return out

    def _read_headings(self, doc: Document) -> list[Assertion]:
        """A heading that states a relation between names it holds ('批归一化和群组归一化比较', 'MLA 和 RoPE
        不兼容', 'Generative vs discriminative') states it: read as a sentence with no implicit subject.

        Headings that ask are questions already (their answers are read with them). The fact is recorded
        as derived from the first item under the heading; a heading with nothing under it states nothing.
        """
        out: list[Assertion] = []
        first_item: dict[int, int] = {}
        for index, item in enumerate(doc.items):
            for section in _sections_of(item):
                first_item.setdefault(id(section), index)
        asked = {item.line for item in doc.items if item.kind == "qa"}
        for k, section in enumerate(doc.sections):
            under = first_item.get(id(section))
            if under is None:
                # items only under its sub-headings ("- Post-LN: …" opening a section of its own) are under it too
                for later in doc.sections[k + 1 :]:
                    if later.level <= section.level:
                        break
                    if id(later) in first_item:
                        under = first_item[id(later)]
                        break
            if under is None or section.line in asked or self._in_references(doc.items[under]):
                continue  # a heading that asks is a question, read with its answer
            span = Span(section.title, (section.line,))
            for s in self._sentences(span):
                out.extend(self._read(s, None, under, [], question=False, how="heading"))
        return out

    def _relate_item(
        self, item: Item, index: int, topic: str | None, introduced: str | None = None
    ) -> tuple[list[Assertion], ItemLinks]:
        links = ItemLinks(topic=topic)
        facts: list[Assertion] = []
        # "优点：" then a list: what the topic eases or causes is stated of the topic
        self._pros_cons = item.label is not None and normalize(item.label).strip() in self._pros_cons_labels
        answer_sentences = [s for span in item.answer if not span.code for s in self._sentences(span)]
        for span in item.answer + item.body:
            if span.code:
                links.answer += [m.concept for m in self.matcher.find(span.text)]
            else:
                links.answer += [m.concept for s in self._sentences(span) for m in s.mentions]
        focus: str | None = None
        if item.question is not None:
            q_sentences = self._sentences(item.question)
            links.question = [m.concept for s in q_sentences for m in s.mentions]
            previous_focus: str | None = None
            polarity = self._answer_polarity(answer_sentences)
            for s in q_sentences:
                implicit = previous_focus or topic
                how = "question" if previous_focus else "topic"
                got = self._read(s, implicit, index, answer_sentences, question=True, how=how)
                if self._is_yes_no([s]):
                    got = _apply_polarity(got, polarity, self.relations)
                facts.extend(got)
                if got:
                    focus = got[0].subject
                previous_focus = self.focus(s) or previous_focus
            if focus is None:
                focus = next((f for f in (self.focus(s) for s in q_sentences) if f), None)
            first = answer_sentences[0] if answer_sentences else None
            if (
                focus is None
                and first is not None
                and len(first.text.strip()) <= 20
                and not any(c.role != "set" for h in first.hits for c in h.cues)
            ):
                # "有哪些…不同的层？" "BN 层。…": a short answer that only names something is what the rest is about
                focus = self.focus(first)
            facts.extend(self._section_rule(item, index, topic, q_sentences))
            facts.extend(self._read_counts(answer_sentences, focus, index))
        if focus is None and item.question is None:
            focus = self._label_focus(item)  # "3、剪枝：决策树容易过拟合…": the item is about its label
        body_sentences = [s for span in item.body if not span.code for s in self._sentences(span)]
        previous: str | None = None  # what the sentence before was about: "它/it/这" at the start refers to it
        labels: dict[int, tuple[str, str | None]] = {}
        own = self._heading_names(item.section, topic)
        named_before: set[int] = set()  # spans whose earlier sentence names something: "4. SK-Net 通过…。…利用 Softmax"
        implied: dict[int, tuple[str | None, str]] = {}  # sentence → the subject it states facts about when it names none
        antecedents: dict[int, str | None] = {}  # sentence → what the sentence before it was about ('It is a …')
        partners = self._focus_partners(self._sentences(item.question), focus) if item.question is not None else []
        for s in answer_sentences + body_sentences:
            implicit, how = focus or topic, "question" if focus else "topic"
            listed = self._enumerated(s.span)
            if listed and introduced is not None and not focus:
                # "Traditional RLHF … involves:" then "- Using RL algorithms like PPO…": about RLHF, not the heading's DPO
                implicit, how = introduced or None, "listed"
            if how == "topic" and own and listed and id(s.span) not in named_before and (own == "own" or self._opens_with_verb(s)):
                # "## AlexNet" then "- It used the ReLU activation function."; "## AlexNet" › "### 模型特性" then
                # "- 使用LRN…": under generic headings only an item that opens with its verb speaks of the topic
                how = "listed"
            if s.mentions:
                named_before.add(id(s.span))
            if id(s.span) not in labels:
                labels[id(s.span)] = self._span_label(s.span)
            kind, named = labels[id(s.span)]
            if kind == "known":
                implicit, how = named, "label"  # "- Dropout：随机丢弃…": the list item speaks about its label
            elif kind == "unknown":
                implicit, how = None, "label"  # "特征选择：从众多特征中…": about the label, a name kg does not know
            implied[id(s)] = (implicit, how)
            antecedents[id(s)] = previous
            got = self._read(
                s,
                implicit,
                index,
                [],
                question=False,
                topic=topic,
                how=how,
                previous=previous,
            )
            facts.extend(got)
            if partners and s in answer_sentences:
                facts.extend(self._shared_answer(got, focus, partners))
            if got:
                previous = got[0].subject
            elif self._opens_with_unknown_name(s):
                previous = _UNNAMED  # "[Donut](…) is a … model. It uses …": 'it' is the name kg does not know
            elif self._opens_with_comparison(s) or self._opens_comparison_frame(s):
                previous = self._compared_away(s)
            elif self.denied_focus(s):
                previous = _UNNAMED  # "模型中并没有采用 BN 层…。其…": 其 is the model, not the BN it does without
            else:
                previous = self.focus(s) or previous
        facts.extend(self._read_tables(item, index))
        prose = [s for span in item.spans if not span.code for s in self._sentences(span)]
        facts.extend(self._read_examples(prose, index))
        facts.extend(self._read_means(prose, index))
        facts.extend(self._read_definitions(prose, index, antecedents))
        facts.extend(self._read_kind_values(prose, index))
        facts.extend(self._read_advantages(prose, index))
        facts.extend(self._read_contrasts(prose, index))
        facts.extend(self._read_comparatives(prose, index, implied))
        facts.extend(self._read_sequences(item, index, topic))
        facts.extend(self._remedy_lists(item, index))
        links.question = _unique(links.question)
        links.answer = _unique(links.answer)
        return facts, links

    def _focus_partners(self, sentences: list[_Sentence], focus: str | None) -> list[str]:
        """'如何理解 Xavier 和 Kaiming 的初始化思路？': names coordinated with the question's focus share its answer.
        Not in a question that compares them ('BN 和 LN 的区别'): there the answer tells them apart."""
        if focus is None:
            return []
        for s in sentences:
            if any(c.role == "pairCue" for h in s.hits for c in h.cues):
                return []
            at = next((m for m in s.mentions if m.concept == focus), None)
            if at is None:
                continue
            group = self._group_after(s, at.start, len(s.text) + 1, head=False)
            if group and group[0] is at:
                return [m.concept for m in group[1:] if m.concept != focus and not self._is_problem(m.concept)]
        return []

    def _shared_answer(self, got: list[Assertion], focus: str | None, partners: list[str]) -> list[Assertion]:
        """The answer's facts about the focus, read against the question, hold for each coordinated partner."""
        out = []
        for f in got:
            if f.subject != focus or f.evidence != "question":
                continue
            for other in partners:
                if other != f.object and self._allowed(other, f.relation, f.object):
                    out.append(
                        Assertion(other, f.relation, f.object, f.cue, f.negated, f.sentence, f.line, f.item, f.evidence, f.confidence)
                    )
        return out

    def _heading_names(self, section: Section | None, topic: str | None) -> str:
        """The item's heading names its topic ('## AlexNet'), or only generic headings stand between the item
        and the heading that does ('## AlexNet' › '### 模型特性'): a list there is a list of what the named
        thing does. A heading between that names anything else ('## AlexNet' › '### 激活函数的选择') ends it.
        Returns "own" when the item's own heading names the topic, "above" when generic headings stand
        between, "" otherwise.
        """
        if section is None or topic is None:
            return ""
        key = (" › ".join(section.path), topic)  # asked for every item under the heading: read each heading once
        cached = self._heading_names_seen.get(key)
        if cached is None:
            cached = ""
            for depth, title in enumerate(reversed(section.path or (section.title,))):
                name = _BRACKET_TAIL.sub("", self._headings.name(title) or "").strip()
                if not name:
                    # '## 4.4 Network in Network': a name made of words the reader also drops is still a name
                    whole = _BRACKET_TAIL.sub("", _HEADING_NUMBER.sub("", title)).strip()
                    found = self.matcher.find(whole) if whole else []
                    if not (len(found) == 1 and found[0].start == 0 and found[0].end == len(whole)):
                        continue  # a generic heading ('### 模型特性', '### Details') between: the name above is the topic's
                    name = whole
                found = self.matcher.find(name)
                # the heading is the name ('### 5. DCGAN'), not a title that holds it ('Rethinking the Inception …')
                if len(found) == 1 and found[0].concept == topic and found[0].start == 0 and self._only_head_nouns(name[found[0].end :]):
                    cached = "above" if depth else "own"
                break
            self._heading_names_seen[key] = cached
        return cached

    def _only_head_nouns(self, text: str) -> bool:
        """Nothing, or only kg:HeadNoun words ('MobileNetV2 网络模块', 'ResNet model'): the heading still is the name."""
        rest = normalize(text)
        for w in self._head_nouns_cjk:
            rest = rest.replace(w, " ")
        return all(w in self._head_nouns for w in re.split(r"[\s\-_:：()（）]+", rest) if w)

    def _opens_with_verb(self, s: _Sentence) -> bool:
        """The sentence opens with a relation cue, after a list number or markup at most ('- 使用 LRN…', '2. Uses
        dropout'): it names no subject of its own ('过去的语言模型大多采用…' has one kg does not know)."""
        lead = len(s.text) - len(_ENUMERATOR.sub("", s.text, count=1).lstrip(" \t\u200b*_`-•"))
        return any(h.start == lead and any(c.role in ("cue", "inverseCue") for c in h.cues) for h in s.hits)

    def _span_label(self, span: Span) -> tuple[str, str | None]:
        """What a paragraph or list item opening with 'Label：' is about.

        ("known", concept) when the label is one name kg knows; ("generic", None) for a label of the notes'
        own (优点, 目的, Example, Ans); ("unknown", None) for any other label: the item is about a thing
        kg does not know, so its clauses without a subject take none; ("", None) without a label.
        """
        m = _LABEL.match(span.text.lstrip("\u200b\t "))
        if m is None:
            return "", None
        label = _BRACKET_TAIL.sub("", m.group(1)).strip().strip("*_`")
        if not label or self._is_generic_label(label):
            return "generic", None
        found = self.matcher.find(label)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(label):
            return "known", found[0].concept
        return "unknown", None

    def _is_generic_label(self, label: str) -> bool:
        return not self._headings.name(label)

    def _label_focus(self, item: Item) -> str | None:
        """A block that opens 'Term：' or '**Term**:' speaks about the term."""
        first = next((span for span in item.body if not span.code), None)
        if first is None:
            return None
        m = _LABEL.match(first.text)
        if m is None:
            return None
        found = self.matcher.find(m.group(1))
        label = m.group(1).strip()
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(label):
            return found[0].concept
        return None

    def _remedy_lists(self, item: Item, index: int) -> list[Assertion]:
        """'过拟合问题怎么解决' / 'To address overfitting, several techniques can be employed:' then a list:
        each list item that opens with a name states that the name mitigates the problem.

        The problem is the object of a kg:mitigates cue, a concept of class Problem, in the question or in
        a sentence ending with a colon, and that clause names no subject of its own (it asks for one).
        The items are the list items (or numbered paragraphs) after it, in the same answer or block; an
        item counts only when the name stands first (after an optional uses verb: '加入BN层').
        """
        out: list[Assertion] = []
        spans = [sp for sp in item.answer + item.body if not sp.code]
        problems: list[str] = []
        start = 0
        if item.question is not None:
            problems = self._asked_problems(self._sentences(item.question), colon=False)
        for pos, span in enumerate(spans):
            if not self._enumerated(span):
                intro = self._asked_problems(self._sentences(span), colon=True)
                if intro:
                    problems, start = intro, pos + 1
                elif pos > start and not problems:
                    continue
                continue
            if not problems or pos < start:
                continue
            first = next(iter(self._sentences(span)), None)
            remedy = self._leading_names(first) if first is not None else []
            for name in remedy:
                for problem in problems:
                    if name != problem and self._allowed(name, KG.mitigates, problem):
                        out.append(self._fact(name, KG.mitigates, problem, "list item", first.text.strip(), first.line, index, "list"))  # type: ignore[union-attr]
        return out

    def _read_open_cue_lists(self, doc: Document) -> list[Assertion]:
        """'BERT 使用了两个预训练任务：', 'The encoder consists of:' then a list: the cue's objects are the list's items.

        The sentence ends in a colon; its last clause names its subject before a uses or partOf cue and nothing
        after it but a short phrase ('两个预训练任务', 'the following'). Each list item right after (in the same
        answer or block, or the list items that follow it in its section) that opens with a name gives that
        name as an object (see ``_leading_names``). Any other paragraph, a new question or a new section ends it.
        """
        out: list[Assertion] = []
        opened: tuple[list[str], str, bool, str] | None = None
        section = None
        for index, item in enumerate(doc.items):
            if item.section is not section or item.question is not None or self._in_references(item):
                section, opened = item.section, None
            for span in item.answer + item.body:
                if span.code:
                    continue
                sentences = self._sentences(span)
                if not sentences:
                    continue
                if not self._enumerated(span):
                    opened = self._open_cue(sentences[-1])
                    continue
                if opened is None:
                    continue
                subjects, relation, inverse, cue = opened
                first = sentences[0]
                for name in self._leading_names(first):
                    for subject in subjects:
                        a, b = (name, subject) if inverse else (subject, name)
                        if a != b and self._allowed(a, relation, b):
                            out.append(self._fact(a, relation, b, cue, first.text.strip(), first.line, index, "list"))
        return out

    def _open_cue(self, s: _Sentence) -> tuple[list[str], str, bool, str] | None:
        """(subjects, relation, inverse?, cue) of a sentence that ends in a colon right after a uses or partOf cue
        with no object of its own ('X 使用了两个预训练任务：', 'X consists of the following:'); None otherwise."""
        text = s.text.rstrip()
        if not text.endswith((":", "：")):
            return None
        cstart, _ = s.clause_of(len(text) - 1)
        for hit in reversed(s.hits):
            if hit.start < cstart:
                return None
            cues = [c for c in hit.cues if c.role in ("cue", "inverseCue") and c.target in (KG.uses, KG.partOf)]
            if not cues:
                continue
            tail = s.text[hit.end : len(text) - 1]
            later = [h for h in s.hits if h.start >= hit.end]
            if any(m.start >= hit.end for m in s.mentions) or any(
                h.in_set("Negation") or any(c.role != "set" for c in h.cues) for h in later
            ):
                return None  # the cue has an object of its own, or another cue or a negation follows
            if len(normalize(tail).split()) > 4 or len(_CJK_CHAR.findall(tail)) > 10:
                return None  # more than a short phrase ('两个预训练任务', 'the following') before the colon
            if self._negated_before(s, hit, cstart) or self._scoped_before(s, hit, cstart, ("Hedge", "Negation", "Hypothetical")):
                return None
            subjects = self._group_before(s, hit.start, cstart)
            if not subjects or any(self._is_problem(m.concept) for m in subjects):
                return None  # 'Other pooling techniques include:' names no subject kg knows: no fact
            if self._unknown_head(s, subjects[-1], hit.start) or len(s.text[subjects[-1].end : hit.start].strip()) > 8:
                return None  # 'MLA所需的前置知识包括：': the subject is a noun after the name (what MLA needs), not MLA
            relation = self.relations[cues[0].target].iri
            return [m.concept for m in subjects], relation, cues[0].role == "inverseCue", s.text[hit.start : hit.end]
        return None

    def _asked_problems(self, sentences: list[_Sentence], colon: bool) -> list[str]:
        """The problems a clause asks remedies for: a mitigates cue, no subject before it, Problem objects."""
        for s in sentences:
            if colon and not s.text.rstrip().endswith((":", "：")):
                continue
            for hit in s.hits:
                if not any(c.role == "cue" and c.target == KG.mitigates for c in hit.cues):
                    continue
                cstart, cend = s.clause_of(hit.start)
                if any(cstart <= m.start and m.end <= hit.start and not self._is_problem(m.concept) for m in s.mentions):
                    continue  # "为什么 BN 能解决过拟合": the question names what solves it
                if self._negated_before(s, hit, cstart):
                    continue
                # the problem after the cue, or before it ("过拟合问题怎么解决")
                found = [m.concept for m in s.mentions if cstart <= m.start < cend and self._is_problem(m.concept)]
                if found:
                    return _unique(found)
        return []

    def _enumerated(self, span: Span) -> bool:
        return span.listed or bool(_ENUMERATOR.match(span.text))

    def _leading_names(self, s: _Sentence) -> list[str]:
        """The names an item opens with ('`relu、leakrelu` 等激活函数', '加入BN层', '**Dropout**: …')."""
        if not s.mentions:
            return []
        first = s.mentions[0]
        lead = normalize(_ENUMERATOR.sub("", s.text[: first.start])).strip(" \t\u200b`*_([（")
        if lead and lead not in self._instruments:
            return []
        if self._is_problem(first.concept):
            return []
        group = self._group_after(s, first.start, len(s.text) + 1)
        return [m.concept for m in group if not self._is_problem(m.concept)]

    def _read_tables(self, item: Item, index: int) -> list[Assertion]:
        """A table states facts two ways.

        Rows: the concept in a row's first cell uses the concepts in a column whose
        header names parts or methods (kg:ComponentHeader: 结构, architecture,
        optimizer …). Header: two or more concepts across the header are compared.
        """
        out: list[Assertion] = []
        for table in item.tables:
            line = table.rows[0][0] - 1 if table.rows else item.line
            header = [self._cell_concepts(c) for c in table.header]
            named = [c[0] for c in header[1:] if len(c) == 1]
            text = " | ".join(table.header)
            if size_columns([c for c, h in zip(table.header[1:], header[1:]) if len(h) == 1]):
                named = []  # '| GPUs | OPT-6.7B | OPT-13B | OPT-30B |': one model's sizes, columns of a cost table
            for i, a in enumerate(named):
                # '| 模型 | YOLOv5 | FLOPs | YOLOv8 |': a model is compared with the next model, never with a measure
                b = next((b for b in named[i + 1 :] if b != a and self._allowed(a, _COMPARED_WITH, b)), None)
                if b is not None:
                    out.append(self._fact(a, _COMPARED_WITH, b, "table header", text, line, index, "table header"))
            columns = [j for j, h in enumerate(table.header[1:], 1) if self._component_header(h)]
            out.extend(self._read_instance_columns(table, index))
            out.extend(self._read_instance_rows(table, header, index))
            for row_line, cells, subject, j, obj in self._column_cells(table, columns):
                if obj != subject and self._allowed(subject, KG.uses, obj):
                    out.append(self._fact(subject, KG.uses, obj, table.header[j], " | ".join(cells), row_line, index, "table"))
        return out

    def _column_cells(self, table: Table, columns: list[int]) -> Iterator[tuple[int, tuple[str, ...], str, int, str]]:
        """(line, cells, the row's concept, column, a concept of that column's cell) for every row whose first
        cell names exactly one concept: what a table says about the thing its row is about."""
        for row_line, cells in table.rows:
            heads = self._cell_concepts(cells[0]) if cells else []
            if len(heads) != 1:
                continue
            for j in columns:
                for concept in self._cell_concepts(cells[j]) if j < len(cells) else []:
                    yield row_line, cells, heads[0], j, concept

    def _read_instance_columns(self, table: Table, index: int) -> list[Assertion]:
        """'| 方法 | 思路 | 代表 |' then '| 低秩分解 | … | LoRA、DoRA |': under a header that says it lists examples
        (kg:InstanceHeader, the whole cell), each concept of the column is an instance of the row's first cell."""
        out: list[Assertion] = []
        columns = [
            j for j, h in enumerate(table.header[1:], 1) if normalize(h).strip(" *_`:：") in self._instance_headers
        ]
        for row_line, cells, kind, j, example in self._column_cells(table, columns):
            if example == kind or not self._allowed(example, KG.relatedTo, kind):
                continue
            model = self.classes.get(example) == KG.Model and self.classes.get(kind) not in (
                KG.Model, KG.Problem, KG.Dataset, KG.Task,
            )
            relation = KG.uses if model else KG.relatedTo
            if self._allowed(example, relation, kind):
                out.append(self._fact(example, relation, kind, table.header[j], " | ".join(cells), row_line, index, "table"))
        return out

    def _read_instance_rows(self, table: Table, header: list[list[str]], index: int) -> list[Assertion]:
        """A comparison table whose columns are concepts ('| 维度 | RoPE | ALiBi |'), read along a row labelled (the
        whole first cell) with a kg:InstanceHeader ('| 典型模型 | LLaMA, Mistral | BLOOM |'): each cell lists
        instances of its column's concept, read as in ``_read_instance_columns`` (a model uses the method it
        exemplifies, anything else is related to it); with a kg:UsedInHeader ('| 适用 | CNN | Transformer、RNN |'):
        each cell names what uses its column's concept (related to it when it cannot use: a task, a problem).
        Every header cell after the first must name exactly one concept, each a different one."""
        kinds = [cell[0] if len(cell) == 1 else None for cell in header[1:]]
        if len(kinds) < 2 or None in kinds or len(set(kinds)) != len(kinds):
            return []
        out: list[Assertion] = []
        for row_line, cells in table.rows:
            label = normalize(cells[0]).strip(" *_`:：") if cells else ""
            if label not in self._instance_headers and label not in self._used_in_headers:
                continue
            for j, kind in enumerate(kinds, 1):
                assert kind is not None
                for example in self._cell_concepts(cells[j]) if j < len(cells) else []:
                    if example in kinds or not self._allowed(example, KG.relatedTo, kind):
                        continue
                    if label in self._used_in_headers:
                        uses = self._allowed(example, KG.uses, kind)
                    else:
                        # '典型模型' (kg:ModelInstanceHeader) says the instances are models, whatever class kg gave them
                        model = self.classes.get(example) == KG.Model or label in self._model_headers
                        uses = model and self.classes.get(kind) not in (KG.Model, KG.Problem, KG.Dataset, KG.Task)
                    relation = KG.uses if uses else KG.relatedTo
                    if self._allowed(example, relation, kind):
                        out.append(self._fact(example, relation, kind, cells[0], " | ".join(cells), row_line, index, "table"))
        return out

    def _read_counts(self, sentences: list[_Sentence], subject: str | None, index: int) -> list[Assertion]:
        """'AlexNet 的结构是怎么样的？' answered '5个卷积层，3个全连接层': an answer that only counts names
        lists the parts of the model the question is about."""
        if subject is None or self.classes.get(subject) != KG.Model:
            return []
        out: list[Assertion] = []
        for s in sentences:
            ms = [m for m in s.mentions if m.concept != subject]
            if len(ms) < 2 or len(ms) != len(s.mentions):
                continue
            if not all(_COUNT.search(s.text[max(0, m.start - 6) : m.start]) for m in ms):
                continue
            rest, pos = [], 0
            for m in ms:
                rest.append(s.text[pos : m.start])
                pos = m.end
            rest.append(s.text[pos:])
            if _COUNT_REST.sub("", "".join(rest)):
                continue  # anything but counts and names: the answer says more than what the parts are
            for m in ms:
                if self._allowed(m.concept, KG.partOf, subject):
                    out.append(self._fact(m.concept, KG.partOf, subject, "count", s.text.strip(), s.line, index, "question"))
        return out

    def _read_examples(self, sentences: list[_Sentence], index: int) -> list[Assertion]:
        """'encoder-only (e.g., BERT)', '编码端架构（如 BERT, RoBERTa）', 'ensemble methods such as bagging':
        each example is an instance of the name before the marker. A model uses the architecture or method
        it exemplifies; any other example is related to it (a weaker reading)."""
        out: list[Assertion] = []
        for s in sentences:
            for hit in s.hits:
                marker = normalize(s.text[hit.start : hit.end]).strip()
                if marker not in self._example_markers:
                    continue
                before = [m for m in s.mentions if m.end <= hit.start]
                if not before:
                    continue
                name = before[-1]
                gap = _EXAMPLE_GAP.match(s.text[name.end : hit.start])
                if gap is None:
                    continue
                bracketed = bool(gap.group(1))
                if len(marker) == 1 and not marker.isascii() and not bracketed:
                    continue  # 如 alone begins words (如果, 如何): only "X（如 A）" is an example
                limit = self._example_limit(s, hit.end, bracketed)
                examples = self._group_after(s, hit.end, limit, head=False)
                if not examples or not self._words.example_lead.match(s.text[hit.end : examples[0].start]):
                    continue
                for example in examples:
                    out.extend(self._example_fact(s, example.concept, name.concept, marker, index))
        return out

    def _read_means(self, sentences: list[_Sentence], index: int) -> list[Assertion]:
        """'AlexNet通过丢弃法（…）来控制过拟合', 'RoPE通过旋转矩阵将位置信息融入 Attention': a clause that opens with a
        name, then a kg:Means word (通过) and right after it another name, says the first works by means of the
        second: it uses it. The second must end its phrase (punctuation, or a kg:MeansFollower after it and its
        bracketed aside: '将', '来'); '通过检索到的证据' (a name inside a longer phrase) and 'X 的 Y' are not read.
        """
        out: list[Assertion] = []
        for s in sentences:
            for hit in s.hits:
                if not hit.in_set("Means") or not _CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
                    continue
                cstart, _ = s.clause_of(hit.start)
                subject = next((m for m in s.mentions if cstart <= m.start and m.end <= hit.start), None)
                if subject is None or s.text[subject.end : hit.start].strip():
                    continue  # the name must stand right before 通过
                lead = _ENUMERATOR.sub("", s.text[cstart : subject.start], count=1)
                if lead.strip(" \t\u200b*_`-•[(（"):
                    continue  # the name must open its clause
                means = next((m for m in s.mentions if m.start >= hit.end), None)
                if means is None or s.text[hit.end : means.start].strip(" \t*_`"):
                    continue
                if self._is_problem(subject.concept) or self._is_problem(means.concept) or not self._means_ends(s, means):
                    continue
                if self._allowed(subject.concept, KG.uses, means.concept):
                    out.append(self._fact(subject.concept, KG.uses, means.concept, s.text[hit.start : hit.end], s.text.strip(), s.line, index, "explicit"))
        return out

    def _means_ends(self, s: _Sentence, m: Mention) -> bool:
        """After the name (and its bracketed aside): punctuation, or a kg:MeansFollower word ('来', '将')."""
        at = m.end
        aside = re.match(r"\s*[(（][^()（）]{0,40}[)）]", s.text[at:])
        if aside is not None:
            at += aside.end()
        rest = s.text[at:].lstrip(" \t*_`")
        head = next((w for w in self._head_nouns_cjk if rest.startswith(w)), "")
        rest = rest[len(head) :]  # 'Attention 机制来…': a head noun only says what kind of thing the name is
        if not rest or rest[0] in "，,。；;：:！!？?":
            return True
        if rest.startswith("的"):
            return False
        return any(rest.startswith(w) for w in self._means_followers)

    def _read_name_lists(self, doc: Document) -> list[Assertion]:
        """'Image Classification' then '* Inception v3', '* DenseNet', …: a line that is only a name, then list items
        that are each only a name, list instances of the first name (read like examples). Any other line, a new
        question or a new heading ends the list."""
        out: list[Assertion] = []
        kind: Mention | None = None
        section = None
        for index, item in enumerate(doc.items):
            if item.section is not section or item.question is not None or self._in_references(item):
                section, kind = item.section, None
            if self._in_references(item):
                continue
            for span in item.answer + item.body:
                only = None if span.code else self._only_name(span)
                if not span.listed or kind is None or only is None:
                    kind = only if not span.listed else None
                    continue
                s = self._sentences(span)[0]
                out.extend(self._example_fact(s, only.concept, kind.concept, "list", index))
        return out

    def _only_name(self, span: Span) -> Mention | None:
        """The span is one name and nothing else but markup, a list number or a closing colon."""
        sentences = self._sentences(span)
        if len(sentences) != 1 or len(sentences[0].mentions) != 1:
            return None
        s, m = sentences[0], sentences[0].mentions[0]
        rest = _ENUMERATOR.sub("", s.text[: m.start]) + s.text[m.end :]
        return m if not rest.strip(" \t\u200b*_`:：-•") else None

    def _read_definitions(
        self, sentences: list[_Sentence], index: int, antecedents: dict[int, str | None] | None = None
    ) -> list[Assertion]:
        """'YOLO is an object detection algorithm', 'The ReLU (…) is an activation function g that…', 'ECANet
        是一种轻量级通道注意力模块': a sentence that opens with a name, then a kg:Definition phrase, then a short
        noun phrase ending in a name, says what kind of thing the first name is: the two are related.

        Held to the plain pattern: the subject opens its clause (only markup or 'the' before it, an aside in
        brackets after it); between the phrase and the second name at most three words of description and
        no cue or other name ('is a technique used in neural networks' names no kind); the second name ends
        the noun phrase, or only a head noun follows it ('algorithm', '模块').

        A sentence that opens with a pronoun right before the phrase ('It is an activation function…', '它是一种…')
        defines what the sentence before it was about (``antecedents``), read with a pronoun's evidence.
        """
        out: list[Assertion] = []
        for s in sentences:
            found = self._definition.search(s.text)
            if found is None:
                out.extend(self._read_bare_definitions(s, index))
                continue
            hit = _Hit(found.start(), found.end(), (), frozenset({"Definition"}))
            if any(h.start < hit.end and any(c.role != "set" for c in h.cues) for h in s.hits):
                continue  # a cue before it or over it ('is a variant of') reads the sentence
            cstart, cend = s.clause_of(hit.start)
            subject = self._defined_subject(s, cstart, hit.start)
            evidence = "explicit"
            if subject is None:
                referent = self._pronoun_referent(s, cstart, hit.start, (antecedents or {}).get(id(s)))
                if referent is None:
                    continue
                subject, evidence = referent, "pronoun"
            kind = next((m for m in s.mentions if hit.end <= m.start < cend), None)
            if kind is None or not self._describes(s, hit.end, kind) or not self._ends_noun_phrase(s, kind):
                continue
            if kind.concept != subject.concept and self._kind_allowed(s, subject, kind):
                text = s.text[hit.start : hit.end]
                out.append(self._fact(subject.concept, KG.relatedTo, kind.concept, text, s.text.strip(), s.line, index, evidence))
        return out

    def _pronoun_referent(self, s: _Sentence, cstart: int, at: int, antecedent: str | None) -> Mention | None:
        """'It is an activation function…', '它是一种…', 'This is a …': the sentence opens with a pronoun (kg:Pronoun
        or kg:Anaphora) and the definition phrase follows it directly; the pronoun stands for what the sentence
        before was about, when that is a name kg knows. Only at the start of the sentence: inside one, 'it' may
        be anything the clause before named."""
        if cstart != 0 or not antecedent or not (self._starts_with(s, 0, "Pronoun") or self._starts_with(s, 0, "Anaphora")):
            return None
        lead = s.text[:at].strip(" \t\u200b*_`>-•0123456789.、)）(（")
        pronoun = next((h for h in s.hits if h.in_set("Pronoun") or h.in_set("Anaphora")), None)
        if pronoun is None or normalize(lead) != normalize(s.text[pronoun.start : pronoun.end]):
            return None  # words between the pronoun and the phrase ('This added noise … acts as')
        return Mention(pronoun.start, pronoun.end, antecedent, s.text[pronoun.start : pronoun.end])

    def _read_bare_definitions(self, s: _Sentence, index: int) -> list[Assertion]:
        """'LoRA 是目前最流行的 PEFT 方法', 'LR 和 SVM 都是线性分类算法', 'BN and LN are both normalization methods':
        a plain copula (kg:BareDefinition) between the names a clause opens with and a short noun phrase that
        ends in a name and a head noun says what kind of thing each opening name is: they are related.

        Stricter than the 'is a' reading, since a bare '是' also equates, places and explains: the opening names
        stand right before the copula (coordinated, each with an aside in brackets at most), the kind is the
        first name after it with at most a few describing words between, and a kg:HeadNoun (or a kind word
        such as 'technique', '架构') must follow the kind ('… PEFT 方法'): 'X 是 Y 的一部分' or 'X 是 Y。' say
        no kind here.
        """
        out: list[Assertion] = []
        for found in self._bare_definition.finditer(s.text):
            start, end = found.start(), found.end()
            if any(h.start <= start and end <= h.end and h.end - h.start > end - start for h in s.hits):
                continue  # part of a longer word ('是否', 'is a variant of')
            if any(h.start < end and any(c.role != "set" for c in h.cues) for h in s.hits):
                continue  # a relation cue before it or over it reads the sentence
            cstart, cend = s.clause_of(start)
            subjects = self._defined_subjects(s, cstart, start)
            kind = next((m for m in s.mentions if end <= m.start < cend), None)
            if not subjects or kind is None or not self._describes(s, end, kind) or not self._names_kind(s, kind):
                continue
            for subject in subjects:
                if kind.concept != subject.concept and self._kind_allowed(s, subject, kind):
                    text = s.text[start:end]
                    out.append(self._fact(subject.concept, KG.relatedTo, kind.concept, text, s.text.strip(), s.line, index, "explicit"))
        return out

    def _defined_subjects(self, s: _Sentence, cstart: int, at: int) -> list[Mention]:
        """The names a bare definition is about: the name right before the copula and the names coordinated
        with it, each perhaps followed by an aside in brackets ('A3C（…）或 PPO（…）都是…'), and nothing before
        the first of them in the clause but markup, a list number or 'the'."""
        before = [m for m in s.mentions if cstart <= m.start and m.end <= at and not _inside_brackets(s.text, m.start, at)]
        if not before:
            return []
        group = [before[-1]]
        for m in reversed(before[:-1]):
            gap = re.sub(r"[(（][^()（）]*[)）]", "", s.text[m.end : group[0].start])
            if normalize(gap).strip(" *_`") not in self._coordination:
                break
            group.insert(0, m)
        tail = re.sub(r"[(（][^()（）]*[)）]|\]\([^)]*\)", "", s.text[group[-1].end : at])
        if tail.strip(" \t\u200b*_`$])）"):
            return []
        lead = s.text[cstart : group[0].start]
        words = re.sub(r"[\s\u200b*_`#>\[\]()（）\-―—:：.、0-9]+", " ", lead).split()
        return group if all(w.lower() in self._definite for w in words) else []

    def _names_kind(self, s: _Sentence, kind: Mention) -> bool:
        """A head noun or a kind word right after the kind (an aside in brackets and markup may come between):
        '… PEFT 方法', '… 卷积神经网络（CNN）模型', '… normalization methods'."""
        rest = re.sub(r"^[\s*_`$]*(?:[(（][^()（）]*[)）])?[\s*_`$]*", "", s.text[kind.end : kind.end + 40])
        if rest[:1] and _CJK_CHAR.match(rest[0]):
            return any(rest.startswith(w) for w in self._head_nouns_cjk + self._kind_followers_cjk)
        word = re.match(r"[A-Za-z]+", rest)
        if word is None:
            return False
        w = word.group(0).lower()
        nouns = self._head_nouns | {f for f in self._kind_followers if f not in self._auxiliary}
        return w in nouns or (w.endswith("s") and w[:-1] in nouns) or (w.endswith("es") and w[:-2] in nouns)

    def _read_kind_values(self, sentences: list[_Sentence], index: int) -> list[Assertion]:
        """'embedding matrix 的初始化方式是 xavier init', '卷积层的输出使用的激活函数一般为 ReLU', "the optimizer of
        BERT is Adam": X's N is Z, where N names a kind Z belongs to (skos:broader, as far up as it goes), says
        X uses Z. The kind is what makes it safe: 'X 的优点是 Z' names no kind and states nothing here.
        """
        out: list[Assertion] = []
        for s in sentences:
            for prev, z in zip(s.mentions, s.mentions[1:]):
                if not self._instance_gap(s.text[prev.end : z.start]):
                    continue
                kinds = self._broader.get(z.concept, frozenset())  # skos:broader+, closed by the vocabulary
                n: Mention | None
                owner: Mention | None
                if prev.concept in kinds:
                    n, owner = prev, self._kind_owner(s, prev)
                else:  # "the optimizer of BERT is Adam": the name before the copula is the owner
                    n = self._kind_before_of(s, prev)
                    owner = prev if n is not None and n.concept in kinds else None
                if n is None or owner is None or owner.concept in (n.concept, z.concept) or self._is_problem(owner.concept):
                    continue
                if self._allowed(owner.concept, KG.uses, z.concept):
                    cue = s.text[n.start : z.start].strip()
                    out.append(self._fact(owner.concept, KG.uses, z.concept, cue, s.text.strip(), s.line, index, "explicit"))
        return out

    def _read_advantages(self, sentences: list[_Sentence], index: int) -> list[Assertion]:
        """'ReLU 相比 Sigmoid 的主要优势有哪些', 'the advantages of Adam over SGD': A's advantage over B says A
        improves on B. Both names stand right beside the comparison word, the kg:Advantage word right after B."""
        out: list[Assertion] = []
        for s in sentences:
            for a, b in zip(s.mentions, s.mentions[1:]):
                gap = s.text[a.end : b.start]
                cue = next((h for h in s.hits if a.end <= h.start and h.end <= b.start), None)
                if cue is not None and any(c.role == "pairCue" and c.target == _COMPARED_WITH for c in cue.cues):
                    if not (self._close_to(s, a.end, cue.start) and self._close_to(s, cue.end, b.start)):
                        continue
                    after = self._words.advantage_after.match(s.text[b.end : b.end + 12])
                    advantage = after is not None and after.group(1) in self._advantage
                else:  # "the advantages of A over B"
                    lead = self._words.advantage_of.search(s.text[max(0, a.start - 24) : a.start])
                    advantage = (
                        lead is not None
                        and lead.group(1).lower() in self._advantage
                        and self._words.advantage_over.fullmatch(gap) is not None
                    )
                if advantage and a.concept != b.concept and self._allowed(a.concept, KG.improvesOn, b.concept):
                    text = s.text[a.end : b.start].strip()
                    out.append(self._fact(a.concept, KG.improvesOn, b.concept, text, s.text.strip(), s.line, index, "explicit"))
        return out

    def _read_contrasts(self, sentences: list[_Sentence], index: int) -> list[Assertion]:
        """'LayerNorm 是对一个样本进行标准化，而 BatchNorm 是对一个 batch', 'MSE gives higher weights …, whereas
        MAE assigns equal weights': two clauses that each open with their own name, joined by a kg:Whereas word,
        contrast the two names (comparedWith; symmetric, so nothing can be inverted).

        The word must open its clause (after a comma) and be a word of its own: '然而', '从而', '而且', '而是'
        are other words. Each clause opens with its name; a name in the middle of a clause is no side.
        """
        out: list[Assertion] = []
        for s in sentences:
            for (astart, aend), (bstart, bend) in zip(s.clauses, s.clauses[1:]):
                word = self._whereas_opening(s, bstart, bend)
                if word is None:
                    continue
                a = self._opening_name(s, astart, aend, "")
                b = self._opening_name(s, bstart, bend, word)
                if a is None or b is None or a.concept == b.concept or self._is_problem(a.concept):
                    continue
                if self._interacting(s, (astart, aend), a, b):
                    continue  # "学习器要等待采样器…，而采样器要更新策略": one acts on the other, nothing is contrasted
                if self._allowed(a.concept, _COMPARED_WITH, b.concept):
                    out.append(self._fact(a.concept, _COMPARED_WITH, b.concept, word, s.text.strip(), s.line, index, "explicit"))
        return out

    def _interacting(self, s: _Sentence, clause: tuple[int, int], a: Mention, b: Mention) -> bool:
        """'学习器要等待采样器收集数据，而采样器要更新策略' (the learner waits for the sampler, whereas the sampler
        …): the first clause already names the second side as what its subject acts on, so the two clauses
        tell how the two work together, not how they differ. A comparison word in the first clause
        ('A 比 B 快', 'A is faster than B') still compares."""
        start, end = clause
        text = s.text[a.end : end]
        if self._words.comparison_word.search(text):
            return False
        return any(m.concept == b.concept and a.end <= m.start and m.end <= end for m in s.mentions)

    def _whereas_opening(self, s: _Sentence, start: int, end: int) -> str | None:
        lead = s.text[start:end].lstrip(" \t\u200b*_`")
        for word in self._whereas:
            if not normalize(lead[: len(word)]).lower() == word:
                continue
            rest = lead[len(word) :]
            if word.isascii() and rest[:1].isalnum():
                return None
            if not word.isascii() and rest[:1] in self._whereas_blockers:
                return None  # 而且 (moreover), 而是 (but rather), 而不是 (a kg:Contrast), 而已
            return lead[: len(word)]
        return None

    def _opening_name(self, s: _Sentence, start: int, end: int, word: str) -> Mention | None:
        """The name a clause opens with: nothing before it but markup, the joining word, 'the' or a place word
        ('在'); inside a bracket or after another name it is no side of the contrast."""
        first = next((m for m in s.mentions if start <= m.start < end), None)
        if first is None:
            return None
        lead = s.text[start : first.start].strip(" \t\u200b*_`")
        if word and lead.startswith(word):
            lead = lead[len(word) :].strip(" \t\u200b*_`")
        return first if lead.lower() in self._contrast_side_lead else None

    @staticmethod
    def _close_to(s: _Sentence, start: int, end: int) -> bool:
        return len(s.text[start:end].strip(" \t*_`$")) == 0

    def _instance_gap(self, gap: str) -> bool:
        """Between the kind and its instance only a kg:InstanceCopula ('是', '一般为', 'is') and markup."""
        word = " ".join(normalize(gap).replace("`", " ").replace("*", " ").split())
        return word in self._instance_copulas

    def _kind_owner(self, s: _Sentence, n: Mention) -> Mention | None:
        """Whose kind it is: 'X 的(…的) N', "X's N", 'the N of X'; nothing else but a short phrase with 的 between."""
        clause = s.clause_of(n.start)
        before = [m for m in s.mentions if clause[0] <= m.start and m.end <= n.start]
        if before:
            x = before[-1]
            gap = s.text[x.end : n.start].strip(" `*_")
            if gap.endswith("的") and len(gap) <= 8 and _CJK_CHAR.search(gap) and not _CLAUSE_MARK.search(gap):
                return x
            if gap in ("'s", "’s"):
                return x
        return None

    def _kind_before_of(self, s: _Sentence, x: Mention) -> Mention | None:
        """'the N of X': the kind N before 'of' right before X, itself right after 'the'."""
        before = [m for m in s.mentions if m.end <= x.start]
        if not before or not self._words.of_the.fullmatch(s.text[before[-1].end : x.start]):
            return None
        n = before[-1]
        return n if self._words.the_before.search(s.text[max(0, n.start - 6) : n.start]) else None

    def _kind_allowed(self, s: _Sentence, subject: Mention, kind: Mention) -> bool:
        """A definition may relate the subject to this kind: a task only when named before a head noun
        ('an object detection algorithm', not '二分类模型' where the task's name ends a longer word)."""
        if self.classes.get(kind.concept) == KG.Task and self.classes.get(subject.concept) != KG.Task:
            return self._task_kind(s, subject, kind)
        return self._allowed(subject.concept, KG.relatedTo, kind.concept)

    def _task_kind(self, s: _Sentence, subject: Mention, kind: Mention) -> bool:
        """'YOLO is an object detection algorithm': a task named before a head noun says what the subject is for;
        a method is related to its task here, though relatedTo otherwise joins only ends of one kind."""
        if self.classes.get(kind.concept) != KG.Task or self.classes.get(subject.concept) in (KG.Task, KG.Problem, KG.Dataset):
            return False
        if _CJK_CHAR.match(s.text[kind.start - 1 : kind.start] or " ") and s.text[kind.start - 1] not in self._task_lead:
            return False  # "二分类模型": the task name ends a longer word (binary classification), it is not the task
        follower = re.match(r"[\s*_`]*([A-Za-z]+|[\u3400-\u9fff]{1,2})", s.text[kind.end : kind.end + 12])
        return follower is not None and normalize(follower.group(1)) in self._head_nouns

    def _defined_subject(self, s: _Sentence, cstart: int, at: int) -> Mention | None:
        """The name a definition is about: the last name before the phrase, with nothing between them but an
        aside in brackets or a link's target, and nothing before it in the clause but markup, a list number,
        'the', or the same name ('Rectified Linear Unit ― The rectified linear unit layer (ReLU) is…')."""
        before = [m for m in s.mentions if cstart <= m.start and m.end <= at]
        if not before:
            return None
        last = before[-1]
        gap = re.sub(r"[(（][^()（）]*[)）]|\]\([^)]*\)", "", s.text[last.end : at])
        if gap.strip(" \t\u200b*_`$])）"):
            return None
        lead = s.text[cstart : before[0].start]
        if any(m.concept != last.concept for m in before[:-1]):
            # other names before it: only the same concept, in another wording, may stand there
            inside = [m for m in before[:-1] if not _inside_brackets(s.text, m.start, last.end)]
            if any(m.concept != last.concept for m in inside):
                return None
        words = re.sub(r"[\s\u200b*_`#>\[\]()（）\-―—:：.、0-9]+", " ", lead).split()
        return last if all(w.lower() in self._definite for w in words) else None

    def _describes(self, s: _Sentence, start: int, kind: Mention) -> bool:
        """Between a definition phrase and the kind it names: a few describing words, no cue, no other name."""
        gap = s.text[start : kind.start]
        if _CLAUSE_MARK.search(gap) or any(
            start <= h.start < kind.start and (h.in_set("Negation") or any(c.role != "set" for c in h.cues)) for h in s.hits
        ):
            return False  # a cue or a negation between: the phrase says more than a kind ('是一种不使用 X 的 Y')
        if _CJK_CHAR.search(gap):
            return len(gap.strip()) <= 10
        words = [w.strip("*_`") for w in gap.split()]
        words = [w for w in words if w]
        if any(w.lower() in self._prepositions or w.lower().endswith(self._participle_suffixes) for w in words):
            return False  # "a technique used in", "a recently proposed update"
        return len(words) <= 3

    def _ends_noun_phrase(self, s: _Sentence, m: Mention) -> bool:
        """The name ends its noun phrase: punctuation, the end, a head noun, or a relative word follows ('an
        activation function g that…'); not 'of' nor 的 ('a kind of X' is the cue's, 'Y 的 Z' is a Z)."""
        rest = s.text[m.end : m.end + 60]
        stripped = rest.lstrip(" \t*_`$")
        # the kind's own aside ('卷积神经网络（CNN），'): what follows the bracket decides
        stripped = re.sub(r"^[(（][^()（）]{1,40}[)）][\s*_`$]*", "", stripped)
        if not stripped or stripped[0] in ",.;:!?，。；：！？)）、":
            return True
        if _CJK_CHAR.match(stripped[0]):
            return any(stripped.startswith(w) for w in self._head_nouns_cjk + self._kind_followers_cjk)
        word = re.match(r"[A-Za-z]+", stripped)
        if word is None:
            return False
        if len(word.group(0)) == 1 and stripped[1:2] in ("", " ", ",", "."):
            return True  # "an activation function g that…": the symbol the notes give it
        return word.group(0).lower() in self._head_nouns or word.group(0).lower() in self._kind_followers

    def _example_limit(self, s: _Sentence, start: int, bracketed: bool) -> int:
        """Examples run to the closing bracket, or to the end of the clause."""
        if bracketed:
            close = min((i for i in (s.text.find(")", start), s.text.find("）", start)) if i >= 0), default=-1)
            return close if close >= 0 else len(s.text)
        end = _CLAUSE_MARK.search(s.text, start)
        return end.start() if end else len(s.text)

    def _example_fact(self, s: _Sentence, example: str, name: str, marker: str, index: int) -> list[Assertion]:
        if example == name:
            return []
        model = self.classes.get(example) == KG.Model and self.classes.get(name) not in (
            KG.Model,
            KG.Problem,
            KG.Dataset,
            KG.Task,
        )
        relation = KG.uses if model else KG.relatedTo
        if not self._allowed(example, relation, name):
            return []
        return [self._fact(example, relation, name, marker, s.text.strip(), s.line, index, "example")]

    def _read_comparatives(
        self, sentences: list[_Sentence], index: int, implied: dict[int, tuple[str | None, str]]
    ) -> list[Assertion]:
        """'ReLU 比 Sigmoid 效果好', 'LReLU 表现并不一定比 ReLU 好': A 比 B followed by a comparative word
        compares A with B (B the name right after 比). A clause naming no A ('## ELU' then '- 其表现并不一定比
        ReLU 好') compares the subject the sentence is read against, with that evidence."""
        out: list[Assertion] = []
        for s in sentences:
            for hit in s.hits:
                if normalize(s.text[hit.start : hit.end]).strip() not in self._comparison_markers:
                    continue
                clause = s.clause_of(hit.start)
                after = [m for m in s.mentions if hit.end <= m.start < clause[1]]
                if not after or s.text[hit.end : after[0].start].strip(" $`*") != "":
                    continue
                second = after[0]
                if not self._comparative_follows(s, second.end, clause[1]):
                    continue
                first = self._compared_subject(s, hit.start, clause[0], second)
                evidence = "comparative"
                if first is not None and self._after_unknown_name(s, first):
                    continue  # "FP8 激活比 INT8 好": FP8 activations are compared, not activations
                if first is None:
                    if any(m.end <= hit.start for m in s.mentions) or self._hypothetical(s, clause):
                        continue  # a name earlier in the sentence, outside the clause: too far to be sure
                    subject, evidence = implied.get(id(s), (None, "topic"))
                else:
                    subject = first.concept
                if subject and subject != second.concept and self._allowed(subject, _COMPARED_WITH, second.concept):
                    out.append(
                        self._fact(
                            subject,
                            _COMPARED_WITH,
                            second.concept,
                            s.text[hit.start : hit.end],
                            s.text.strip(),
                            s.line,
                            index,
                            evidence,
                        )
                    )
        return out

    def _compared_subject(self, s: _Sentence, pos: int, floor: int, other: Mention) -> Mention | None:
        """What 'A 比 B' compares with B: the first name of the clause of B's kind ('tanh 的收敛速度比 sigmoid 快':
        tanh, not 收敛), else the clause's first name. In an aside ('MnasNet（效果比 MobileNetV2 好）') the
        clause starts at the bracket, and with no name inside it the name the aside follows is compared."""
        start = _bracket_start(s.text, pos, floor)
        before = [m for m in s.mentions if start <= m.start and m.end <= pos]
        if not before and start > floor:
            # the aside's name is the one it directly follows ('MnasNet（…）'), not one further back
            before = [m for m in s.mentions if floor <= m.start and m.end <= start and not s.text[m.end : start].strip(" （(")][-1:]
        if not before:
            return None
        kind = self.classes.get(other.concept)
        return next((m for m in before if self.classes.get(m.concept) == kind), before[0])

    def _comparative_follows(self, s: _Sentence, pos: int, limit: int) -> bool:
        """A kg:Comparative word within a few characters after B ('比 ReLU 好', '比 tanh 更麻烦', '比 B 效果好')."""
        window = re.sub(r"[\s$`*]", "", s.text[pos : min(limit, pos + 10)])[:6]
        return any(0 <= window.find(w) <= 4 for w in self._comparatives)

    def _cell_concepts(self, cell: str) -> list[str]:
        return _unique([m.concept for m in self.matcher.find(cell)])

    def _component_header(self, text: str) -> bool:
        norm = normalize(text)
        return any(w in norm for w in self._component_headers)

    def _read_sequences(self, item: Item, index: int, topic: str | None) -> list[Assertion]:
        """'Conv ==> Pool ==> FC ==> softmax' under a model's heading: the layers it is built from. A sequence that
        names the topic itself ('R-CNN -> Fast R-CNN -> Faster R-CNN' under Faster R-CNN) is a lineage or a flow
        the topic takes part in, not what it is built from: nothing is read."""
        if topic is None:
            return []
        own = self._heading_names(item.section, topic)
        out: list[Assertion] = []
        for span in item.spans:
            for offset, line_text in enumerate(span.text.split("\n")):
                parts = [p for p in self._arrows.split(line_text) if p.strip()]
                if len(parts) < 3:
                    continue
                found = [m.concept for p in parts for m in self.matcher.find(p)[:1]]
                if len(found) < 2:
                    continue
                steps = [re.split(r"[:：]", parts[0])[-1], *parts[1:]]  # "RPN 网络结构：生成 anchors -> …": a label
                if any(m.concept == topic for p in steps for m in self.matcher.find(p)[:1]):
                    continue  # "R-CNN -> Fast R-CNN -> Faster R-CNN" under Faster R-CNN: a lineage, not its parts
                line = span.lines[min(offset, len(span.lines) - 1)]
                evidence = "listed" if own else "topic"  # a sequence right under the model's own heading
                for concept in _unique(found):
                    if concept != topic and self._allowed(topic, KG.uses, concept):
                        out.append(self._fact(topic, KG.uses, concept, "=>", line_text.strip(), line, index, evidence))
        return out

    def _fact(
        self, subject: str, relation: str, obj: str, cue: str, sentence: str, line: int, index: int, evidence: str
    ) -> Assertion:
        confidence = self._confidence(evidence, subject, obj, weak=False)
        return Assertion(subject, relation, obj, cue, False, sentence, line, index, evidence, confidence)

    def _in_references(self, item: Item) -> bool:
        """Items under 'References' / '参考文献' list sources: paper titles state no facts of the notes."""
        if item.section is None:
            return False
        path = item.section.path
        known = self._reference_paths.get(path)  # asked of every item: once per section path and document
        if known is None:
            known = self._reference_paths[path] = any(
                normalize(re.sub(r"^[\W\d_]+|[\W_]+$", "", _HEADING_NUMBER.sub("", title))) in self._reference
                for title in path
            )
        return known

    def _section_rule(self, item: Item, index: int, topic: str | None, sentences: list[_Sentence]) -> list[Assertion]:
        """A question about a component, asked under a model's heading: the component is part of it."""
        first = next((s for s in sentences if s.mentions), None)
        if topic is None or first is None or item.section is None:
            return []
        subject = self.focus(first)
        if subject is None or subject == topic:
            return []
        out = []
        for relation, subject_class, topic_class in self.vocab.section_rules:
            if self.classes.get(subject) == subject_class and self.classes.get(topic) == topic_class:
                heading = "#" * item.section.level + " " + item.section.title
                out.append(
                    Assertion(
                        subject,
                        relation,
                        topic,
                        heading,
                        False,
                        first.text.strip(),
                        first.line,
                        index,
                        "heading",
                        self._confidence("heading", subject, topic, weak=False),
                    )
                )
        return out

    def _is_yes_no(self, sentences: list[_Sentence]) -> bool:
        for s in sentences:
            for h in s.hits:
                if h.in_set("YesNoQuestion"):
                    cjk = not s.text[h.start : h.end].isascii()
                    if cjk or not s.text[: h.start].strip(" 0123456789.、"):
                        return True
        return False

    def _answer_polarity(self, sentences: list[_Sentence]) -> bool | None:
        if not sentences:
            return None
        first = sentences[0]
        if self._starts_with(first, 0, "NegativeAnswer", whole_word=True):
            return False
        if self._starts_with(first, 0, "Affirmative", whole_word=True):
            return True
        return None

    def _read(
        self,
        s: _Sentence,
        implicit: str | None,
        index: int,
        answer: list[_Sentence],
        *,
        question: bool,
        topic: str | None = None,
        how: str = "topic",
        previous: str | None = None,
    ) -> list[Assertion]:
        """The facts one sentence states, in four passes over its cue hits: relation cues (by role: a pair cue
        compares, a suffix cue closes a phrase, a verb cue joins a doer before it to the names after it), then
        container cues ('Transformer 中的 FFN'), then clauses with no relation cue (a bare contrast, a
        placement)."""
        r = _Reading(s, implicit, index, answer, question, topic, how, previous)
        for hit in s.hits:
            c = self._cue_clause(r, hit)
            if c is None:
                continue
            if c.cue.role == "pairCue":
                self._read_pair_cue(r, c)
            elif c.cue.role == "suffixCue":
                self._read_suffix_cue(r, c)
            else:
                self._read_verb_cue(r, c)
        self._read_container_cues(r)
        self._read_uncued_clauses(r)
        return r.out

    def _emit(
        self,
        r: _Reading,
        subj: str | None,
        rel: str | None,
        obj: str | None,
        hit: _Hit,
        negated: bool,
        evidence: str = "explicit",
        *,
        answer_object: bool = False,
        far: bool = False,
    ) -> None:
        """Record one fact of the sentence, if the relation may join its ends; its confidence from the evidence."""
        s = r.s
        if not (subj and rel and obj and subj != obj) or not self._allowed(subj, rel, obj):
            return
        weak = hit.in_set("WeakCue")
        confidence = self._confidence(evidence, subj, obj, weak=weak, answer_object=answer_object, far=far)
        if rel in self._problem_relations:
            checked = self._problem_confidence(s, obj, evidence, confidence)
            if checked is None:
                return
            confidence = checked
        cue = s.text[hit.start : hit.end]
        r.out.append(Assertion(subj, rel, obj, cue, negated, s.text.strip(), s.line, r.index, evidence, confidence))

    def _cue_clause(self, r: _Reading, hit: _Hit) -> _CueClause | None:
        """A relation cue in its clause, or None when the hit is no relation cue or the clause says the cue
        states nothing here. The guards run in this order; each names the reading it declines."""
        s = r.s
        relation_cues = [c for c in hit.cues if c.role in ("cue", "inverseCue", "suffixCue", "pairCue")]
        if not relation_cues:
            return None
        cue = relation_cues[0]
        clause = s.clause_of(hit.start)
        cstart, cend = clause
        r.fired_clauses.add(clause)  # a clause with a relation cue is read through it, even when a guard declines
        relation = self.relations[cue.target]
        negated = self._negated_before(s, hit, cstart) or relation.iri == _DOES_NOT_USE
        rel_iri: str | None = relation.iri
        if negated and relation.iri != _DOES_NOT_USE:
            rel_iri = relation.negated_as  # None: a negated cue states nothing
        if cue.role != "pairCue" and self._nominal(s, hit):
            return None  # a pair cue names its relation as a noun: 'X 和 Y 的区别', 'the difference between X and Y'
        if self._scoped_before(s, hit, cstart, ("Hedge",)) or (
            not negated and self._scoped_before(s, hit, cstart, ("Negation", "Hypothetical"))
        ):
            return None  # "it is not common to see X applied", "then if we use X": no fact either way
        if not r.question and self._whether_before(s, hit, cstart):
            return None  # "是否使用 NAG": outside a question, 'whether to use' states nothing
        if cue.role == "cue" and _CJK_CHAR.match(s.text[hit.start : hit.start + 1]) and self._adjectival(s, hit):
            return None  # "大模型中使用最广泛的分词器": the cue describes the noun after 的
        if any(h.in_set("NotNeeded") and h.start >= hit.end and h.start < cend for h in s.hits):
            return None  # "再使用 LRN 就显得没那么必要了": the use is called unneeded
        if self._guarded(s, hit, cend):
            return None  # "由 LeCun 提出": the cue means something else here (kg:CueGuard)
        if cue.role == "cue" and self.passive_participle(s, hit):
            return None  # "decision trees are not used as weak learners": what is used, not a user
        if not r.question and self.reader_instruction(s, hit, cstart):
            return None  # "how to quantize a Llama 2 model using GGUF": the reader does it, no name of the clause
        if self.rejected_use(s, hit, cstart):
            return None  # "Instead of using X, FastSpeech is …": the cue names what is not done
        contrast = next((h for h in s.hits if h.start >= hit.end and h.start < cend and h.in_set("Contrast")), None)
        if contrast is None:
            # "使用 BN，而不是 LRN": a contrast may open the next clause
            following = next((c for c in s.clauses if c[0] == cend), None)
            if following is not None and self._starts_with(s, following[0], "Contrast"):
                contrast = next(h for h in s.hits if following[0] <= h.start < following[1] and h.in_set("Contrast"))
                cend = following[1]
        if self._prevented_occurrence(s, hit):
            return None  # "防止出现梯度消失": the problem is what is prevented, nothing causes it here
        next_cue = next(
            (
                h.start
                for h in s.hits
                if h.start >= hit.end
                and h.start < cend
                and any(c.role in ("cue", "inverseCue") for c in h.cues)
                and not self._prevented_occurrence(s, h)
            ),
            cend,
        )
        obj_limit = min(contrast.start if contrast else cend, next_cue)
        return _CueClause(hit, cue, relation, clause, cend, negated, rel_iri, contrast, obj_limit)

    def _read_pair_cue(self, r: _Reading, c: _CueClause) -> None:
        """'A 与 B 相比', 'A vs B', 'Similar to LeNet-5': the names the comparison groups are compared."""
        s, hit, clause, cstart = r.s, c.hit, c.clause, c.clause[0]
        if self.similar_kind_conjunct(s, hit):
            return  # "ChatGPT及类似模型引发了…": 'and similar models' names more of a kind, it compares nothing
        opening = self._comparison_opener(s, hit, clause)
        if opening is not None:
            main, compared = opening
            for other in compared:
                self._emit(r, main.concept, c.rel_iri, other.concept, hit, c.negated)
            return
        before = self._group_before(s, hit.start, cstart)
        if before and self.in_setting_frame(s, before[-1], cstart):
            return  # "在 ImageNet 上与 VGG 相比": the name next to the cue is where it is compared
        after = self._group_after(s, hit.end, self._list_continues(s, c.cend), head=False)
        group = after if len(after) >= 2 else before if len(before) >= 2 else before[-1:] + after[:1]
        if len(after) < 2 and len(before) < 2 and after and self._degree_reading(s, hit, after[0]):
            return  # "词向量矩阵本身比较稀疏": 比较 says 'rather' (sparse), it compares nothing
        if len(group) == 1 and not before:
            # "- Similar to LeNet-5 but bigger." under ## AlexNet: the clause's implicit subject is compared
            # (not when the name only modifies a noun kg does not know: "类似卷积多通道的效果")
            if not self._modifies_unknown(s, group[0]) and not self._article_name_subject(s, cstart, hit.start):
                implied, how_implied = self._implicit_subject(s, clause, r.implicit, r.how, r.previous)
                self._emit(r, implied, c.rel_iri, group[0].concept, hit, c.negated, how_implied)
            return
        for other in group[1:]:
            self._emit(r, group[0].concept, c.rel_iri, other.concept, hit, c.negated)

    def _read_suffix_cue(self, r: _Reading, c: _CueClause) -> None:
        """'S 是 A 的改进', 'S 是对 A 和 B 的改进': the cue closes a phrase; the names it closes are the objects."""
        s, hit, clause, cstart = r.s, c.hit, c.clause, c.clause[0]
        before = [m for m in s.mentions if cstart <= m.start and m.end <= hit.start]
        if before and not self._suffix_adjacent(s, before[-1], hit):
            return  # "…决策树学习算法用来解决过拟合问题的一种办法": the cue ends another phrase
        # the names the cue closes: the last one, and those coordinated with it ('S 是对 A 和 B 的改进')
        closed = self._group_before(s, hit.start, cstart)
        if len(closed) > 1:
            # "S 是对 A 和 B 的改进": every coordinated name closes the phrase; the subject comes before them
            if len(before) > len(closed):
                for closing in closed:
                    self._emit(r, before[-len(closed) - 1].concept, c.rel_iri, closing.concept, hit, c.negated)
        elif len(before) >= 2:
            if not self._owns(s, before[-2], before[-1]):
                self._emit(r, before[-2].concept, c.rel_iri, before[-1].concept, hit, c.negated)
        elif before and self._starts_with(s, cstart, "Pronoun"):
            # "BBPE是一种基于BPE的分词器，它是BPE的一种变种": 它 is the name of the clause before
            implied, how_implied = self._implicit_subject(s, clause, r.implicit, r.how, r.previous)
            if how_implied == "pronoun":
                self._emit(r, implied, c.rel_iri, before[-1].concept, hit, c.negated, how_implied)

    def _doers_before(self, r: _Reading, c: _CueClause) -> tuple[int, int, list[Mention]] | None:
        """Where the doer may stand (floor), how far the objects may reach, and the names before a verb cue that
        may be its doer; None when the clause shows the cue states nothing."""
        s, hit, cstart = r.s, c.hit, c.clause[0]
        obj_limit = c.obj_limit
        floor = max(self._previous_cue_end(s, hit, cstart), _bracket_start(s.text, hit.start, cstart))
        item = self.item_bounds(s, hit, floor, obj_limit)
        if item is not None:
            if item[0] < 0:
                return None  # 'b) 奖励模型微调和 c) 基于 RLHF …': no name of this item says who, and another item's does not
            floor, obj_limit = item
        before = [
            m
            for m in s.mentions
            if floor <= m.start
            and m.end <= hit.start
            and not self._after_wh(s, m)
            and not self._in_place_phrase(s, m)
            and not self._basis_closed(s, m)
            and not self._after_unknown_name(s, m)
        ]
        caused = self.reported_clause_start(s, floor, hit.start, "Causative")
        if caused is not None:
            # "Yeast Powder allows Sourdough to use Rye Flour", "BN 使得网络可以使用…": the one let do it does it
            before = [m for m in before if m.start >= caused]
            if not before:
                return None
        reported = self.reported_clause_start(s, floor, hit.start)
        if reported is not None:
            # "Rye Bread 的作者认为 Sourdough 使用了 X", "the authors of A show that B uses X": B is the doer
            before = [m for m in before if m.start >= reported]
            if not before:
                return None
        aside = [m for m in before if self.aside_mention(s, m, hit.start, floor)]
        if aside and len(aside) < len(before):
            before = [m for m in before if m not in aside]  # "Sourdough (a kind of Rye Bread) uses": not the aside's name
        governed = [m for m in before if self.preposition_object(s, m, cstart)]
        if governed:
            before = [m for m in before if m not in governed]
            if not before and not self._starts_with(s, cstart, "Pronoun"):
                return None  # "The model builds on SSMs (S4) but … incorporating X": the doer is 'the model'
            # "It is trained on X data using Y": the pronoun is the doer, found as the clause's implicit subject
        placed = [m for m in before if self.placed_in_setting(s, m, floor)]
        if placed:
            before = [m for m in before if m not in placed]
            if not before:
                return None  # "在单个 DGX 节点上使用 …": the place is not the doer, and the clause names no other
        if before and self.continued_in_setting(s, cstart, before[0]):
            return None  # "它将权重冻结，然后在 Transformer 的每一层使用 X": the doer is the clause before's, not the place
        targets = [m for m in before if self._target_marked(s, m, floor)]
        if targets:
            # "对最后的卷积层使用 GAP": the marked name is what the verb works on; only a name before it says who
            # does it ("ResNet 对卷积层的输出使用 BN"), else the clause's doer is left unread
            before = [m for m in before if m.end <= targets[0].start and not self._target_marked(s, m, floor)]
            if not before:
                return None
        # "X 使用 A 替换 B": after an earlier cue, the subject is what that cue was about (A), not X
        if before and floor > cstart and self._after_basis(s, floor):
            return None  # "基于 NAS 实现的 MnasNet", "基于 X 改进 ESP": what the work is based on does not do it
        return floor, obj_limit, before

    def _head_declined(self, s: _Sentence, hit: _Hit, cstart: int, head: Mention | None, before: list[Mention]) -> bool:
        """The name chosen as the doer is not one: each check names a reading where it only looks like one."""
        if head is not None and _CJK_CHAR.search(s.text[head.end : hit.start]) and self._unknown_head(s, head, hit.start):
            return True  # the subject is the noun after 的, one kg does not know
        if head is not None and self._authors_between(s, head, hit):
            return True  # "… (filter, promote) We can use ML models …": the authors use them, not the name
        if head is not None and self._worked_on_before_participle(s, head, hit, cstart):
            return True  # "maximizing the ELBO using gradient descent": the ELBO is optimised, it uses nothing
        if before and self._reduced_relative(s, before[-1], hit):
            # "OSLO has the tensor parallelism implementation based on X": about the implementation; the
            # nearest name, not the clause's head, is what the participle's noun follows
            return True
        return False

    def _objects_after(
        self, r: _Reading, c: _CueClause, before: list[Mention], defining: bool, obj_limit: int
    ) -> list[Mention] | None:
        """The names after a verb cue that are its objects (empty when the verb's object is something kg does
        not name); None when the names show the cue describes a noun rather than states a fact."""
        s, hit = r.s, c.hit
        group = self._group_after(s, hit.end, obj_limit, head=not defining)
        if defining and group and self._kind_after_basis(s, hit, group[0]):
            group = []  # "QMIX 是一种基于 Value-Based 的多智能体强化学习算法（MARL）": MARL is the kind, not the basis
        if group and s.text[hit.start : hit.end].isascii() and len(s.text[hit.end : group[0].start].split()) > 4:
            group = []  # "use p = 0.5 for hidden units": the object is what follows the verb
        if group and self._unknown_object_first(s, hit, group[0]):
            group = []  # "使用轻量级内存管理系统来处理 KV 缓存": the object is the system kg does not know
        if group and self._object_in_phrase(s, hit, group[0]):
            group = []  # "using these statistics during inference", "使用较低的 dropout": not the verb's object
        if group and self._after_unknown_name(s, group[0]):
            group = []  # "使用 FP8 激活": the object is the unknown name (FP8 activations)
        if group and _CLAUSE_MARK.search(s.text[hit.end : group[0].start]):
            group = []  # "（这是其中的BPE实现，当然如果是unigram…": a clause ends after the verb, it has no object
        if c.negated and group and len(s.text[hit.end : group[0].start].strip()) > 4:
            group = []  # a negation states a fact only about what it touches
        if group and any(h.in_set("Negation") and hit.end <= h.start < group[0].start for h in s.hits):
            group = []  # "caused by X without Y": Y is what is absent
        if (
            group
            and not defining
            and (not before or c.cue.role == "cue")
            and self._relative_clause(s, group[-1], obj_limit, bool(before))
        ):
            return None  # "[而]导致 overfitting 的位置", "基于 Transformer 的大模型": the cue describes a noun
        if group and self._names_methods(s, group[-1]):
            return None  # "解决 RNN 中的梯度消失方法有": the methods that solve it, not a fact about a subject
        return group

    def _unnamed_subject(
        self, r: _Reading, c: _CueClause, floor: int, obj_limit: int
    ) -> tuple[str, str, list[str]] | None:
        """The doer of a verb cue whose clause names none before it: a pronoun's referent, the sentence's
        opening name, the question's or the section's topic; None when the clause shows it is someone else."""
        s, hit, clause = r.s, c.hit, c.clause
        cstart = clause[0]
        if clause in r.clause_subject_used:
            return None  # "A 解决 B 而造成的 C": the clause's subject slot is taken
        named = _UNKNOWN_SUBJECT.match(s.text[cstart : hit.start]) or _UNKNOWN_SUBJECT_CJK.match(s.text[cstart : hit.start])
        if named and not common_words().is_common(named.group(1)):
            return None  # "L2 范数可以防止过拟合": the clause names its subject, one kg does not know
        if self._article_name_subject(s, cstart, hit.start):
            return None  # "The Generator is identical to …": a capitalised noun after 'the' is a name kg does not know
        if self.reader_subject(s, cstart, hit.start):
            return None  # "You can use X …", "大家经常使用的是…": the reader or people do it, not the section's topic
        if any(floor <= m.start and m.end <= hit.start and self._after_unknown_name(s, m) for m in s.mentions):
            return None  # "FP8 激活…优于": the subject is a name kg does not know
        if self._unknown_noun_before(s, cstart, hit.start):
            return None  # "代价函数使用的是交叉熵": the clause names its subject, a noun kg does not know
        if self._defines_unknown_name(s):
            return None  # "世界知识是指…，又包括 X": the sentence is about a name kg does not know
        partners: list[str] = []
        opens_plural = self._opens_plural(s, cstart, hit.start)
        plural = self._plural_referents(s, clause) if opens_plural else []
        if opens_plural and not plural:
            return None  # "…, and both use X": 'both' stands for names kg cannot tell, not the sentence's subject
        subject: str | None
        if plural:
            subject, evidence, partners = plural[0], "pronoun", plural[1:]
        else:
            subject, evidence = self._implicit_subject(s, clause, r.implicit, r.how, r.previous)
        if (
            evidence in ("topic", "listed", "question")
            and not self._hypothetical(s, clause)
            and not self._starts_with(s, cstart, "AuthorPronoun")
        ):
            # "基于 GPTQ，我们使用 FP8…": a clause the authors open has its own subject, not the sentence's
            opener = self._sentence_subject(s, clause)
            if opener is not None:
                subject, evidence = opener, "sentence"
            elif clause[0] > 0 and self._opens_with_comparison(s):
                return None  # "相较于 sigmoid 中涉及了幂运算，导致计算复杂度高": about the compared one
            elif evidence == "topic" and (leading := self.participle_subject(s, clause, hit)) is not None:
                subject, evidence = leading, "sentence"  # "Using X, Rye Bread outperforms …": Rye Bread uses X
        if subject is None or self._nominalized(s, hit, obj_limit):
            return None
        if self._bare_occurrence(s, hit, c.relation.iri) and any(
            m.concept == subject and m.start >= hit.end and _bracket_start(s.text, m.start, hit.end) == hit.end
            for m in s.mentions
        ):
            return None  # "# Dropout / 训练时会发生过拟合，所以用 dropout": the topic comes later as the remedy
        return subject, evidence, partners

    def _read_verb_cue(self, r: _Reading, c: _CueClause) -> None:
        """'A 使用 B', 'A is caused by B': a doer before the cue (or the clause's implied one) and the names after
        it; replacements and respective lists rearranged, and a contrast after the objects read as a denial."""
        s, hit, clause, relation, rel_iri = r.s, c.hit, c.clause, c.relation, c.rel_iri
        cstart, cue, negated = clause[0], c.cue, c.negated
        doers = self._doers_before(r, c)
        if doers is None:
            return
        floor, obj_limit, before = doers
        head = (before[-1] if floor > cstart else self._head_of(s, before)) if before else None
        if self._head_declined(s, hit, cstart, head, before):
            return
        quantified = head is not None and self._quantified(s, head, floor)
        subject = head.concept if head is not None else None
        if before and self._shares_unknown_modifier(s, before[0], floor):
            return  # "FP8 激活和权重量化导致…": FP8 names both, the subject is a name kg does not know
        # "A 是一种基于 X 的 Y": a definition, A is a Y based on X, so X (not Y) is the object
        defining = head is not None and self._copula_between(s, head.end, hit.start)
        group = self._objects_after(r, c, before, defining, obj_limit)
        if group is None:
            return
        objects = [m.concept for m in group]
        if relation.iri == KG.partOf and rel_iri == KG.partOf and group and self.family_member(s, group[-1]):
            rel_iri = KG.relatedTo  # "X is part of the Y family", "X 属于 Y 系列": a kind of Y, not a component
        from_answer = False
        if r.question and cue.role == "cue" and r.answer and self._wh_follows(s, hit, bool(objects)):
            objects = self._answer_objects(r.answer[0])
            from_answer = True
        if subject is None and r.question and r.answer and cue.role == "cue" and self._wh_before(s, hit, cstart):
            # "What replaced the RNN?": the answer names the subject
            for found in self._answer_objects(r.answer[0]):
                for obj in objects:
                    self._emit(r, found, rel_iri, obj, hit, negated, "question")
            return
        if subject is None and r.question and self._scoped_before(s, hit, cstart, ("WhQuestion",)):
            return  # "如何解决 X？": the answer names what solves it, not the section's topic
        evidence = "quantified" if quantified else "explicit"  # "some Transformers …": of some of them
        partners: list[str] = []  # further subjects: 'A 和 B …，两者都使用 C'
        far = bool(before) and hit.start - before[0].end > FAR_CHARS
        replacing = relation.iri == KG.replaces and cue.role == "cue" and bool(group)
        replacer = self._replacement_after(s, group[-1].end, c.cend) if replacing else None
        agent: str | None = None  # who makes the replacement ('AlexNet replaced sigmoid with ReLU'): it uses B
        if replacer is not None:
            agent = subject
            subject, far = replacer.concept, False  # "Replace A with B": B replaces A, not the sentence's subject
        elif replacing and before and (tool := self.instrument_before(s, before, floor)) is not None:
            # "Sourdough 用 Yeast Powder 取代了 Baking Soda": the name after 用/以 takes the old one's place
            agent = subject if subject != tool.concept else None
            subject, far = tool.concept, False
        if subject is None:
            implied = self._unnamed_subject(r, c, floor, obj_limit)
            if implied is None:
                return
            subject, evidence, partners = implied
        r.clause_subject_used.add(clause)
        roles = self._changed_roles(r, c, before, subject, objects, agent, evidence)
        if roles is None:
            return
        subject, objects, agent = roles
        if agent is not None and not negated and len(objects) == 1:
            kept = subject if cue.role == "cue" else objects[0]  # what takes the old one's place
            if agent != kept and agent not in objects:
                self._emit(r, agent, KG.uses, kept, hit, negated, evidence, far=far)
        if self.respective(s, clause):
            # "A、B 与 C 分别使用 X、Y 和 Z", "A and B use X and Y respectively": the i-th subject goes with the
            # i-th object, and with lists of unequal length nothing can be paired
            doers_named = [m.concept for m in self._group_before(s, hit.start, floor)] if before else []
            if len(objects) >= 2 and len(doers_named) == len(objects) and not from_answer:
                for doer, obj in zip(doers_named, objects):
                    pair = (obj, doer) if cue.role == "inverseCue" else (doer, obj)
                    self._emit(r, pair[0], rel_iri, pair[1], hit, negated, evidence, far=far)
                return
            if len(doers_named) >= 2:
                return  # two lists that cannot be paired; one subject ('X 分别使用了 A 和 B') uses each
        for obj in objects:
            for subj in [subject, *partners]:
                if cue.role == "inverseCue":
                    self._emit(r, obj, rel_iri, subj, hit, negated, evidence, answer_object=from_answer, far=far)
                else:
                    self._emit(r, subj, rel_iri, obj, hit, negated, evidence, answer_object=from_answer, far=far)
        if c.contrast is not None:
            self._read_rejected(r, c, subject, objects, evidence)

    def _changed_roles(
        self,
        r: _Reading,
        c: _CueClause,
        before: list[Mention],
        subject: str,
        objects: list[str],
        agent: str | None,
        evidence: str,
    ) -> tuple[str, list[str], str | None] | None:
        """Who takes whose place, and who makes the change, when a cue changes one thing into another ('将 A 替换为
        B', 'A 从 X 替换成了 Y', '将 X 加入 Y'): (subject, objects, agent), or None when the change names no
        concept kg can tell apart."""
        s, hit, relation, cue, cstart = r.s, c.hit, c.relation, c.cue, c.clause[0]
        if relation.iri == KG.replaces and cue.role == "inverseCue" and self._kind_changed_to_kind(s, before, hit, objects):
            return None  # "将注意力中的正弦位置编码改为旋转位置编码": one kind of a concept changed into another kind
        if relation.iri == KG.replaces and cue.role == "inverseCue" and before:
            source = self.changed_from(s, before)
            if source is not None:
                subject = source.concept  # "PP-OCRv3 将 base 模型从 CRNN 替换成了 SVTR": SVTR replaces CRNN
            elif self.changed_from_unnamed(s, before[-1].end, hit.start):
                return None  # "X 将 A 从某种结构替换成了 B": what B replaces is no name kg knows, and X is not it
        if (
            relation.iri in (KG.uses, KG.replaces)
            and cue.role in ("cue", "inverseCue")
            and before
            and len(objects) == 1
            and (marked := self._marked_object(s, before, cstart)) is not None
        ):
            if cue.role == "cue":
                # "将 X 加入 Y": Y is what uses X; "把 FFN 中的 ReLU 替换为 GeLU": GeLU replaces ReLU
                subject, objects = objects[0], [marked.concept]
            else:
                # the agent makes the change; the name changed is never its own agent ('将卷积层更换为 X')
                explicit = relation.iri == KG.replaces and evidence == "explicit" and subject != marked.concept
                agent = subject if explicit else None
                subject = marked.concept  # "AlexNet 将 sigmoid 改成 ReLU": ReLU replaces sigmoid
        if cue.role == "inverseCue" and hit.in_set("TargetCue"):
            # "ZeroQuant 应用于 GPT-J": a whole model a method is applied to is worked on, it uses nothing
            objects = [o for o in objects if self._operated_part(o)]
        return subject, objects, agent

    def _read_rejected(self, r: _Reading, c: _CueClause, subject: str, objects: list[str], evidence: str) -> None:
        """'使用 BN，而不是 LRN', 'uses X instead of Y': the subject does not use what the contrast rejects, and
        what it keeps is compared with it."""
        s, hit, contrast, cend = r.s, c.hit, c.contrast, c.cend
        assert contrast is not None
        rejected_group = self._group_after(s, contrast.end, cend)
        if rejected_group and not self._close(s, contrast.end, rejected_group[0].start):
            return  # "instead of a single vector containing the … embeddings": what is rejected is unnamed
        rejected = [m.concept for m in rejected_group]
        if set(rejected) & set(objects):
            return  # "乘性 Attention 而不是加性 Attention": two kinds of one concept, not told apart
        if set(rejected) & {m.concept for m in s.mentions if hit.end <= m.start and m.end <= contrast.start}:
            return  # "a sparse attention matrix instead of a full attention matrix": both sides name it
        neg_rel = c.relation.negated_as if not c.negated else None
        for obj in rejected:
            if c.cue.role != "inverseCue":
                self._emit(r, subject, neg_rel, obj, contrast, True, evidence)
            for kept in objects:
                self._emit(r, kept, _COMPARED_WITH, obj, contrast, False)

    def _read_container_cues(self, r: _Reading) -> None:
        """"Transformer中的前馈神经网络": the name right after a container cue is part of the one right before."""
        s = r.s
        for hit in s.hits:
            container = [c for c in hit.cues if c.role == "containerCue"]
            if not container:
                continue
            outer = next((m for m in s.mentions if m.end <= hit.start and not s.text[m.end : hit.start].strip()), None)
            inner = next((m for m in s.mentions if m.start >= hit.end and not s.text[hit.end : m.start].strip()), None)
            if inner is not None and normalize(inner.surface).endswith(self._attribute_nouns):
                inner = None  # "vanilla Transformer 中二次时间复杂度": a property of the model, not a part (kg:AttributeNoun)
            if inner is not None and not self._ends_phrase(s, inner):
                inner = None  # "LeNet中的卷积通道数": the part named is the channel count, not the convolution
            if outer and inner and not self._is_problem(outer.concept) and not self._is_problem(inner.concept):
                self._emit(r, inner.concept, container[0].target, outer.concept, hit, False)

    def _read_uncued_clauses(self, r: _Reading) -> None:
        """Clauses no relation cue read: a bare contrast compares its two sides ("退化问题而不是过拟合问题"); a
        placement cue places the names of the clause in the section's topic."""
        s = r.s
        for hit in s.hits:
            clause = s.clause_of(hit.start)
            if clause in r.fired_clauses:
                continue
            if hit.in_set("Contrast"):
                before = self._group_before(s, hit.start, clause[0])
                after = self._group_after(s, hit.end, clause[1])
                if (
                    before
                    and after
                    and self._close(s, before[-1].end, hit.start)
                    and self._close(s, hit.end, after[0].start)
                    and not self.in_setting_frame(s, before[-1], clause[0])  # "SVTR 在 CPU+MKLDNN 上相比 …"
                ):
                    self._emit(r, before[-1].concept, _COMPARED_WITH, after[0].concept, hit, False)
                    r.fired_clauses.add(clause)
            placement = [c for c in hit.cues if c.role == "placementCue"]
            if placement and any(
                self.classes.get(m.concept) in (KG.Model, KG.Problem, KG.Task, KG.Dataset)
                for m in s.mentions
                if clause[0] <= m.start < clause[1]
            ):
                placement = []  # "在 GAN 发表一年之后": time, not a place among layers
            if placement and self._attributive_after(s, hit):
                placement = []  # "INT8 和 FP8 之间的性能": a noun phrase (the X between), nothing is placed
            if placement and r.topic is not None and not self._hypothetical(s, clause):
                for m in s.mentions:
                    if clause[0] <= m.start < clause[1] and not self._is_problem(m.concept):
                        self._emit(r, r.topic, placement[0].target, m.concept, hit, False, "topic")
                r.fired_clauses.add(clause)

    def _problem_confidence(self, s: _Sentence, obj: str, evidence: str, confidence: float) -> float | None:
        """'X causes / mitigates Y' asks Y to be a problem, and the sentence to name who does it.

        A Y the lexicon does not know as a problem counts less unless the notes call it one
        ('…的问题'); a Y that only begins a longer phrase ('决策树分支过多') or that is counted is not;
        a subject inherited from a heading counts less for these relations.
        """
        mention = next((m for m in s.mentions if m.concept == obj), None)
        if mention is not None:
            if _COUNT.search(s.text[max(0, mention.start - 8) : mention.start]):
                return None  # "RPN 会产生大约 2000 个 RoIs": a counted object is an output, not a problem
            tail = s.text[mention.end : mention.end + 3]
            called_problem = any(tail.lstrip("的 ").startswith(n) for n in self._problem_nouns)
            if (
                _CJK_CHAR.match(tail[:1] or " ")
                and not called_problem
                and not self._known_follower(s, mention)
                and self.classes.get(obj) != KG.Problem
            ):
                return None  # "造成决策树分支过多": the object is the longer phrase
            if self.classes.get(obj) != KG.Problem and not called_problem:
                confidence -= PROBLEM_UNKNOWN
        elif self.classes.get(obj) != KG.Problem:
            confidence -= PROBLEM_UNKNOWN
        if evidence in ("topic", "listed", "heading") and not self._pros_cons:
            confidence -= TOPIC_FOR_PROBLEMS
        return round(confidence, 3)

    def _bare_occurrence(self, s: _Sentence, hit: _Hit, relation: str) -> bool:
        """A causes cue that only says a problem happens (kg:Occurrence: '会发生', '出现'). With no name before
        it, the section's topic is its cause ('容易产生梯度消失' under '# Sigmoid') unless the sentence names the
        topic after it in a role of its own ('训练时会发生过拟合，所以用 dropout' under '# Dropout': the remedy)."""
        return relation == KG.causes and normalize(s.text[hit.start : hit.end]).strip().endswith(tuple(self._occurrence))

    def _prevented_occurrence(self, s: _Sentence, hit: _Hit) -> bool:
        """A kg:Occurrence word ('出现', '发生') right after a mitigates cue, at most a short subject between
        ('防止模型出现过拟合'): it only says the problem happens, and the remedy's object runs past it."""
        if normalize(s.text[hit.start : hit.end]).strip() not in self._occurrence:
            return False
        for h in s.hits:
            if h.end <= hit.start and any(c.role == "cue" and c.target == KG.mitigates for c in h.cues):
                gap = s.text[h.end : hit.start]
                if len(gap.strip()) <= 3 and not _CLAUSE_MARK.search(gap):
                    return True
        return False

    def _item_intro(self, item: Item, topic: str | None) -> str | None:
        """What the list after this paragraph is about, when its last sentence introduces it (see _list_intro);
        "" when it is about a name kg does not know."""
        prose = [s for span in item.spans if not span.code for s in self._sentences(span)]
        if not prose:
            return None
        if self._alternatives_intro(prose[-1]):
            return ""  # "有以下几种方法：(1)… (2)… (3) SPP": each item is one way of its own, none says what the topic does
        if len(prose) > 1 and not prose[-1].mentions and prose[-1].text.rstrip().endswith((":", "：")):
            # "Traditional RLHF approaches require … As the diagram shows, it involves:": the colon
            # sentence names nothing, so the list is about what the sentence before it was about
            about = self.focus(prose[-2])
            if about is None and self._names_unknown_acronym(prose[-2]):
                return ""  # about a name kg does not know: the list states nothing about the heading's topic
            return about if about is not None and about != topic else None
        return self._list_intro(prose[-1], topic)

    def _alternatives_intro(self, s: _Sentence) -> bool:
        """'通常来说，有以下几种方法：', 'There are several ways to do this:': a colon sentence announcing alternatives
        (kg:AlternativesIntro). Its items are options side by side; a subjectless item names one way, not what
        the section's topic does (the topic may be one of the options, as in '(3) 最后一个当然是 SPP')."""
        text = normalize(s.text).rstrip()
        return text.endswith((":", "：")) and any(w in text for w in self._alternatives_words)

    @staticmethod
    def _names_unknown_acronym(s: _Sentence) -> bool:
        """The sentence writes an acronym ('RLHF', 'GRPO') that no mention covers: a name kg does not know."""
        for m in re.finditer(r"\b[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\b", s.text):
            if not any(x.start <= m.start() and m.end() <= x.end for x in s.mentions):
                return True
        return False

    def _list_intro(self, s: _Sentence, topic: str | None) -> str | None:
        """A sentence that ends in a colon and is about a name other than the section's topic introduces
        the list after it: its items speak about that name ('Traditional RLHF approaches … involve:')."""
        if not s.text.rstrip().endswith((":", "：")):
            return None
        about = self.focus(s)
        return about if about is not None and about != topic else None

    @staticmethod
    def _suffix_adjacent(s: _Sentence, last: Mention, hit: _Hit) -> bool:
        """'X 是 Y 的变体', 'AdaDelta 法是对 AdaGrad 法的一种改进': a suffix cue closes the phrase of the name right
        before it, with at most a short head noun between ('法', '模型'); a longer run of words ('决策树学习算法
        用来解决…的一种') means the cue closes a phrase about something else."""
        gap = re.sub(r"[\s$`*_]", "", s.text[last.end : hit.start])
        return len(gap) <= 2 and not _CLAUSE_MARK.search(gap)

    def _ends_phrase(self, s: _Sentence, m: Mention) -> bool:
        """A Chinese name that ends its noun phrase: what follows is punctuation, a particle, a cue, another
        name or a head noun that only says what kind of thing it is (层, 网络, 模块 …)."""
        if self._known_follower(s, m) or not _CJK_CHAR.match(s.text[m.end : m.end + 1] or " "):
            return True
        return any(s.text.startswith(w, m.end) for w in self._head_nouns_cjk)

    def _known_follower(self, s: _Sentence, m: Mention) -> bool:
        """What follows a mention is a cue, a particle or another mention: the mention ends a phrase."""
        after = m.end
        if any(h.start == after for h in s.hits) or any(x.start == after for x in s.mentions):
            return True
        ch = s.text[after : after + 1]  # '' (the end) is in the punctuation string
        return ch in "、，。；：,.;:!?！？)）" or ch in self._phrase_end

    def _after_unknown_name(self, s: _Sentence, m: Mention) -> bool:
        """'FP8 激活', 'W4A8 量化': a Chinese name right after a Latin name kg does not know is the head of
        that unknown name (FP8 activations), not the concept on its own."""
        if not _CJK_CHAR.match(m.surface[:1] or " "):
            return False
        lead = _NAME_BEFORE.search(s.text, max(0, m.start - 24), m.start)
        if lead is None or not re.search(r"[0-9A-Z]", lead.group(1)):
            return False
        return not any(x.end == lead.end(1) and x.start <= lead.start(1) for x in s.mentions)

    def _object_in_phrase(self, s: _Sentence, hit: _Hit, first: Mention) -> bool:
        """Between the cue and its first object: an English preposition (kg:Preposition) after an English
        verb, or a word of degree (kg:Degree), so the name is not what the verb acts on."""
        gap = normalize(s.text[hit.end : first.start])
        if any(w in self._degree for w in gap.split()) or any(w in gap for w in self._degree_cjk):
            return True
        words = [w.strip(",.;:()") for w in gap.split()]
        if any(w in self._prepositions for w in words if w.isascii()):
            return True  # "using these statistics during inference", "每层包含 4h for MHA"
        joined = f" {' '.join(words)} "
        if any(" " in p and f" {p} " in joined for p in self._prepositions):
            return True  # "implement alternatives to the attention mechanism": what replaces it is the object
        return any(_standalone(gap, w) for w in self._prepositions_cjk)  # "使用 FP8 对 PTQ LLMs 进行的研究"

    def _shares_unknown_modifier(self, s: _Sentence, m: Mention, floor: int) -> bool:
        """m is coordinated with an earlier name that an unknown Latin name modifies ('FP8 激活和权重量化')."""
        earlier = [x for x in s.mentions if floor <= x.start and x.end <= m.start]
        if earlier and self._after_unknown_name(s, earlier[-1]) and self._coordinated(s.text, earlier[-1], m):
            return True
        return self._unknown_conjunct_before(s, m, floor)

    def _unknown_conjunct_before(self, s: _Sentence, m: Mention, floor: int) -> bool:
        """'FP8 激活和权重量化': right before m, joined by a coordination word, a Chinese word headed by an
        unknown Latin name: that name modifies both, so m alone is not the subject."""
        for join in self._coordination:
            if not join.strip() or not s.text[floor : m.start].rstrip().endswith(join):
                continue
            head = s.text[floor : m.start].rstrip()[: -len(join)].rstrip()
            word = re.search(r"([A-Za-z][A-Za-z0-9\-_.]*) ?[\u3400-\u9fff]{1,6}$", head)
            if word is None or not re.search(r"[0-9A-Z]", word.group(1)):
                continue
            start = floor + word.start(1)
            return not any(x.start <= start < x.end for x in s.mentions)
        return False

    def _head_of(self, s: _Sentence, before: list[Mention]) -> Mention:
        """The clause's first name, or the head of the phrase it opens: 'Transformer encoder' → encoder,
        'ResNet 中的残差连接' → 残差连接."""
        head = before[0]
        for m in before[1:]:
            gap = normalize(s.text[head.end : m.start]).strip()
            if not (self._compound(s.text, head, m) or gap in self._locative):
                break
            head = m
        return head

    def _unknown_head(self, s: _Sentence, head: Mention, cue_at: int) -> bool:
        """'预训练语言模型从文本数据中学习到的知识包括…': after the name, '…的 N' right before the cue makes
        a noun N kg does not know the subject; the name only describes it."""
        between = s.text[head.end : cue_at]
        if any(head.end <= x.start < cue_at for x in s.mentions):
            return False
        m = _OF_NOUN.search(between) or self.of_latin_noun(between)
        if m is None or any(ch in self._function_chars for ch in m.group(1)):
            return False  # "RPN 做的事情就是利用…": 的…是 opens what the subject does, not a noun of its own
        return not any(
            h.start >= head.end + m.start() and h.end <= cue_at and any(c.role != "set" for c in h.cues) for h in s.hits
        )

    def _opens_with_comparison(self, s: _Sentence) -> bool:
        """The sentence opens with a comparison cue ('相较于 X…', 'Compared with X, …') and names what it compares."""
        lead = len(s.text) - len(s.text.lstrip(" \t\u200b"))
        first = next((h for h in s.hits if h.start >= lead), None)
        return (
            first is not None
            and not s.text[lead : first.start].strip(self._frame_chars)
            and any(c.role == "pairCue" and c.target == _COMPARED_WITH for c in first.cues)
        )

    def _unknown_object_first(self, s: _Sentence, hit: _Hit, first: Mention) -> bool:
        """'使用轻量级内存管理系统来处理KV缓存': after a Chinese cue, a run of more than six Chinese characters that
        is no modifier ending in 的 is a noun kg does not know: that noun is the cue's object, and the name
        after it belongs to a later phrase (here what the system handles)."""
        if not _CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
            return False
        gap = s.text[hit.end : first.start].strip()
        if len(gap) <= 6 or not all(_CJK_CHAR.match(ch) for ch in gap):
            return False
        if "的" not in gap:
            return True
        # "使用小规模训练的原因是发现 X": a copula after the unknown noun opens another predicate, whose
        # complement X is; right after the cue ('使用的是 X', what is used is X) it keeps the reading
        start = s.text.index(gap, hit.end)
        return any(h.in_set("Copula") and start + 2 <= h.start < first.start for h in s.hits)

    def _authors_between(self, s: _Sentence, head: Mention, hit: _Hit) -> bool:
        """'Re-ranks items by criteria (filter, promote) We can use ML models …': an author pronoun (kg:AuthorPronoun)
        between the name and the cue is the cue's subject; the name before it does not do what the authors do."""
        return any(h.in_set("AuthorPronoun") and head.end <= h.start and h.end <= hit.start for h in s.hits)

    def _worked_on_before_participle(self, s: _Sentence, head: Mention, hit: _Hit, cstart: int) -> bool:
        """'consists of maximizing the ELBO using gradient descent', 'how to quantize a Llama 2 model using
        llama.cpp': a participle of means (kg:MeansParticiple) after a name that follows a word and an article
        ('maximizing the', 'quantize a', 'of the'). The name is the object of that verb or preposition, what is
        worked on; the participle tells how the clause's doer works, so the name is not its subject. A name that
        opens its clause ('The ResNet model using BN …') is the subject and keeps the reading."""
        cue = normalize(s.text[hit.start : hit.end]).split()
        if not cue or cue[0] not in self._means_participle or not s.text[hit.start : hit.end].isascii():
            return False
        return self._worked_on.search(s.text[cstart : head.start]) is not None

    def _reduced_relative(self, s: _Sentence, head: Mention, hit: _Hit) -> bool:
        """'the tensor parallelism implementation based on the Transformers': an English participle cue
        (kg:ReducedRelative) right after a lower-case noun kg does not know, which follows the name, opens
        a clause describing that noun: the name only modifies it, so it is not the cue's subject. A head noun
        ('the ResNet model based on …'), an auxiliary ('X is based on') or an adverb keeps the name the subject."""
        cue = normalize(s.text[hit.start : hit.end]).split()
        if not cue or cue[0] not in self._reduced:
            return False
        gap = s.text[head.end : hit.start].split()
        if not 1 <= len(gap) <= 2 or any(m.start >= head.end and m.end <= hit.start for m in s.mentions):
            return False
        return all(
            re.fullmatch(r"[a-z]+", w) is not None
            and w not in self._auxiliary
            and w not in self._head_nouns
            and not w.endswith(self._adverb_suffixes)
            for w in gap
        )

    def _opens_comparison_frame(self, s: _Sentence) -> bool:
        """The sentence's first clause is a comparison frame around a name ('💡 与CTC模型…不同，…',
        'Unlike CTC, …'): kg:ComparisonFrame opens it; a Chinese opener also needs a kg:ComparisonFrameEnd
        closing the clause, since '与'/'和' alone mostly join two names ('BN 与 LN 都…')."""
        if not s.clauses or len(s.clauses) < 2:
            return False
        start, end = s.clauses[0]
        first = normalize(s.text[start:end])
        lead = re.sub(r"^[^0-9a-z\u3400-\u9fff]+", "", first)
        opener = next((w for w in self._frame_open if lead.startswith(w)), None)
        if opener is None or not any(m.start < end for m in s.mentions):
            return False
        if opener.isascii():
            return lead[len(opener) : len(opener) + 1] in (" ", "")
        return lead.rstrip(" ，,、").endswith(tuple(self._frame_end))

    def compared_aside(self, s: _Sentence, clause: tuple[int, int] | None) -> bool:
        """The clause is the sentence's opening comparison frame ('Unlike X,', 'Compared with X,', '与 X 不同，'):
        a pronoun opening the clause after it stands for the sentence's own subject (the sentence before's, or
        the section's), never for X, the one set aside (as _compared_away does for the next sentence)."""
        return clause is not None and clause == s.clauses[0] and self._opens_comparison_frame(s)

    def _compared_away(self, s: _Sentence) -> str:
        """What a sentence that opens with a comparison is about, for a pronoun in the next one:
        '与CTC模型输出单个字母不同，Whisper模型的输出是完整的单词。它使用GPT-2的分词器': 'it' is Whisper,
        the name after the comparison's clause, never CTC, the one compared against. None when that
        name is one kg does not know: then 'it' refers to nothing kg can name.
        """
        first = s.clauses[0] if s.clauses else (0, len(s.text))
        after = [m for m in s.mentions if m.start >= first[1] and not self._is_problem(m.concept)]
        return after[0].concept if after and not self._opens_unknown_after(s, first[1], after[0]) else _UNNAMED

    def _opens_unknown_after(self, s: _Sentence, start: int, m: Mention) -> bool:
        """A name kg does not know opens the clause before its first known mention ('，Whisper模型的输出…')."""
        gap = s.text[start : m.start].strip(" ，,、")
        named = _UNKNOWN_SUBJECT.match(gap + " ") or _UNKNOWN_SUBJECT_CJK.match(gap)
        return named is not None and not common_words().is_common(named.group(1))

    def _whether_before(self, s: _Sentence, hit: _Hit, floor: int) -> bool:
        """A Chinese yes/no word (是否, 能否 …) before the cue in its clause: 'whether', a question inside a statement."""
        return any(
            floor <= h.start and h.end <= hit.start and h.in_set("YesNoQuestion") and not s.text[h.start : h.end].isascii()
            for h in s.hits
        )

    def _adjectival(self, s: _Sentence, hit: _Hit) -> bool:
        """'使用最广泛的分词器': a kg:Participle adverb and 的 right after the cue make it describe the noun
        (the most widely used tokenizer), with no object of its own."""
        after = s.text[hit.end : hit.end + 8]
        return any(after.startswith(w) and after[len(w) : len(w) + 1] == "的" for w in self._participle)

    def _unknown_noun_before(self, s: _Sentence, start: int, cue_at: int) -> bool:
        """Right before the cue, a Chinese noun phrase ending in a kg:HeadNoun with words before it ('代价函数',
        'cost function') and no name kg knows: the clause's own subject. A bare head noun ('网络使用…'), a
        pronoun ('该网络') or a part of the model (kg:PartNoun, '输出层') leaves the section's topic."""
        gap = s.text[start:cue_at].strip(" \t\u200b*`")
        if any(start <= m.start < cue_at for m in s.mentions):
            return False
        if any(h.in_set("Pronoun") and start <= h.start < cue_at for h in s.hits):
            return False
        run = re.search(r"[\u3400-\u9fff]+$", gap.replace("*", "").replace("`", ""))
        if run is None:
            return self._latin_noun_before(gap)
        word = run.group(0)
        if any(word.endswith(w) for w in self._part_nouns):
            return False  # "输出层使用 tanh": a part of the section's model, what it uses the model uses
        if any(word.endswith(w) and len(word) > len(w) for w in self._head_nouns if not w.isascii()):
            return True
        return len(word) <= 2 and self._latin_noun_before(gap.replace("*", "").replace("`", "")[: run.start()])

    def _latin_noun_before(self, gap: str) -> bool:
        """'传统的 sequence transduction models通常基于 RNN': in a Chinese clause, an English noun phrase of two or more
        lower-case words ending in a kg:HeadNoun ('models') before the cue (a two-character adverb such as 通常
        between at most) is the clause's own subject, a name kg does not know. Not a part (kg:PartNoun)."""
        if not _CJK_CHAR.search(gap):
            return False  # an English clause: its subject is read by the English rules
        m = re.search(r"((?:[a-z][a-z\-]*\s+)+[a-z][a-z\-]*)\s*$", gap)
        if m is None:
            return False
        last = m.group(1).split()[-1]
        return last in self._head_nouns and last not in self._part_nouns

    def _defines_unknown_name(self, s: _Sentence) -> bool:
        """The sentence opens with a Chinese noun and a kg:Copula ('世界知识是指…'), and kg knows no name there:
        its clauses speak of that noun, not of the section's topic."""
        lead = re.match(r"[\s\u200b*`]*([\u3400-\u9fff]{2,8})", s.text)
        if lead is None:
            return False
        copula = next((h for h in s.hits if h.in_set("Copula") and lead.start(1) + 2 <= h.start < lead.end(1)), None)
        if copula is None or any(m.start < copula.start for m in s.mentions):
            return False
        noun = normalize(s.text[lead.start(1) : copula.start])
        return not any(noun.endswith(w) for w in self._head_nouns if not w.isascii()) and not any(
            h.in_set("Pronoun") and h.start == lead.start(1) for h in s.hits
        )  # "网络是…", "该模型是…": the section's own model

    def _copula_between(self, s: _Sentence, start: int, end: int) -> bool:
        return any(start <= h.start and h.end <= end and h.in_set("Copula") for h in s.hits)

    def _attributive_after(self, s: _Sentence, hit: _Hit) -> bool:
        """A kg:AttributiveMarker right after the cue ('之间的'): the cue modifies a noun that follows."""
        rest = s.text[hit.end : hit.end + 4].lstrip()
        return any(rest.startswith(w) for w in self._attributive)

    def in_setting_frame(self, s: _Sentence, m: Mention, floor: int) -> bool:
        """'SVTR 在 CPU+MKLDNN 上相比 PP-OCRv2 慢': a name between 在 (kg:SettingOpener) and 上/中/下
        (kg:SettingCloser) says where a comparison is made, so it is not one of the compared. The opener stands
        a few characters before the name (a '+' or a word of hardware may stand between, no Chinese word) and
        the closer right after it."""
        if not self._setting_open or not self._setting_close:
            return False
        lead = s.text[max(floor, m.start - 8) : m.start]
        opened = max(lead.rfind(w) + len(w) if w in lead else -1 for w in self._setting_open)
        if opened < 0 or _CJK_CHAR.search(lead[opened:]):
            return False
        return s.text[m.end : m.end + 3].lstrip().startswith(self._setting_close)

    def similar_kind_conjunct(self, s: _Sentence, hit: _Hit) -> bool:
        """'ChatGPT及类似模型', 'ResNet and similar architectures': a comparison word right after a coordination
        word (及, 和, and, or …), followed by a word that is not a name, cue or 'to/于', is an adjective: the
        phrase adds more things of the same kind to a list and compares nothing ('A 与 B 类似' and 'similar to
        B' are untouched: no coordination word before the cue there)."""
        lead = normalize(s.text[max(0, hit.start - 6) : hit.start]).rstrip()
        if not any(lead.endswith(w) for w in self._coordination if w.strip() and w not in {",", "，", "、", "/", "&", "+"}):
            return False
        word = s.text[hit.end : hit.end + 1] if not s.text[hit.start : hit.end].isascii() else ""
        rest = s.text[hit.end :].lstrip()
        if self._words.comparison_complement.match(rest):
            return False
        after = hit.end + (len(s.text) - hit.end - len(rest))
        if any(m.start == after for m in s.mentions) or any(
            h.start == after and any(c.role != "set" for c in h.cues) for h in s.hits
        ):
            return False
        return bool(rest) and (bool(word.strip()) or rest[:1].isalpha())

    def of_latin_noun(self, between: str) -> re.Match[str] | None:
        """'Stone Oven 的 MAR 算法使用 …', '现代 CT 扫描仪配备的 MAR 算法可以…': right before the cue, 的 and an unknown
        Latin word with the Chinese head noun it names (MAR 算法, an algorithm kg does not know): that noun phrase
        is the subject, the name before 的 only says whose it is. Only with a kg:HeadNoun as the head ('算法',
        '模型', '层'): a word of any other kind after the Latin one may be a verb ('的 X 使 …')."""
        m = _OF_LATIN_NOUN.search(between)
        if m is None or not any(m.group(1).endswith(w) for w in self._head_nouns if not w.isascii()):
            return None
        return m

    def family_member(self, s: _Sentence, m: Mention) -> bool:
        """'Sourdough is part of the Leavened Bread family', 'belongs to the X series', 'X 属于 Y 系列': right after
        the whole, a kg:FamilyWord makes it a kind (a family, a series, a class) the subject is one of, not a whole
        the subject is a component of; read as relatedTo, the relation of 'is a kind of'."""
        rest = normalize(s.text[m.end : m.end + 12]).lstrip(" *_`")
        return any(rest.startswith(w) and (not w.isascii() or not rest[len(w) : len(w) + 1].isalpha()) for w in self._family_words)

    def instrument_before(self, s: _Sentence, before: list[Mention], floor: int) -> Mention | None:
        """'Sourdough 用 Yeast Powder 取代了 Baking Soda', 'X 以 A 代替 B': the last name before a 'replaces' cue,
        right after a kg:InstrumentMarker (用, 以, 使用 …), is what the agent replaces the old thing with; the
        clause's first name is the agent. None when no name is so marked."""
        last = before[-1]
        lead = normalize(s.text[max(floor, last.start - 3) : last.start]).strip()
        if last is before[0] and not lead:
            return None
        return last if any(lead.endswith(w) for w in self._instrument_markers) else None

    def participle_subject(self, s: _Sentence, clause: tuple[int, int], hit: _Hit) -> str | None:
        """'Using Yeast Powder, Rye Bread outperforms Sourdough', '利用 X，Sourdough 缓解了 Y': a sentence that opens
        with the cue (a participle phrase, no subject of its own) is about the subject of the clause after it,
        when that clause opens with a name and has a cue of its own (else the comma only continues a list:
        'Uses Jax, Flax, and Optax'); the section's topic is not the one using X."""
        if clause != s.clauses[0] or s.text[clause[0] : hit.start].strip(" \t\u200b*_`>-•"):
            return None
        following = next((c for c in s.clauses if c[0] == clause[1]), None)
        if following is None:
            return None
        first = next((m for m in s.mentions if following[0] <= m.start < following[1]), None)
        if first is None or s.text[following[0] : first.start].strip(" \t\u200b*_`"):
            return None
        if not any(first.end <= h.start < following[1] and any(c.role != "set" for c in h.cues) for h in s.hits):
            return None  # "Uses [Jax](…), [Flax](…), and [Optax](…)": no verb of its own, the comma continues a list
        return first.concept

    def reported_clause_start(self, s: _Sentence, floor: int, cue_at: int, kind: str = "ReportingVerb") -> int | None:
        """Where the reported clause opens when a kg:ReportingVerb ('认为', '指出', 'show that', 'found that')
        stands between the floor and the cue: a name before it is who says or finds, not who does the cue's
        verb ('Rye Bread 的作者认为 Sourdough 使用了 X'). None when there is no such verb.

        With ``kind`` "Causative" the same for a verb of letting or making (kg:Causative: 'allows', 'enables',
        '使得', '让'): 'Yeast Powder allows Sourdough to use Rye Flour' — the one let do it (Sourdough) does the
        cue's verb, not the one that lets."""
        opened = None
        for h in s.hits:
            if h.start >= cue_at:
                break
            if floor <= h.start and h.in_set(kind):
                opened = h.end
        return opened

    @staticmethod
    def respective(s: _Sentence, clause: tuple[int, int]) -> bool:
        """The clause, or for 'respectively' closing an English sentence the sentence, holds a kg:Respectively word
        ('respectively', '分别', '各自'): its lists pair up item by item."""
        return any(
            h.in_set("Respectively") and (clause[0] <= h.start < clause[1] or s.text[h.start : h.end].isascii())
            for h in s.hits
        )

    @staticmethod
    def aside_mention(s: _Sentence, m: Mention, cue_at: int, floor: int) -> bool:
        """'Sourdough (a kind of Rye Bread) uses Yeast Powder': a name inside a bracket that closes before the cue,
        with words besides names in it, is an aside about the name before the bracket; the clause's subject is
        that name, not the one in the aside. A bracket holding only a name ('批归一化（BN）使用…', an alias) is
        not an aside, and neither is one that holds the only name before the cue (the caller keeps those)."""
        opened = closed_aside(s.text, m.start, cue_at)
        if opened is None or opened <= floor:
            return False
        inside = s.text[opened + 1 : s.text.find(")" if s.text[opened] == "(" else "）", m.end)]
        rest = inside.replace(m.surface, " ")
        for x in s.mentions:
            if opened < x.start and x.end <= opened + 1 + len(inside):
                rest = rest.replace(x.surface, " ")
        return bool(re.search(r"[A-Za-z\u3400-\u9fff]{2,}", rest)) and any(
            x.end <= opened and not s.text[x.end : opened].strip() for x in s.mentions
        )

    def preposition_object(self, s: _Sentence, m: Mention, cstart: int) -> bool:
        """'The model builds on state space models (S4) but … by incorporating X': in a clause whose subject is a
        noun phrase kg does not know ('The model', 'This stage': a determiner and a word that is no name), an
        English name right after a kg:Preposition word (an article may stand between) is the object of that
        preposition, not who does the verb after it; so too in a clause opening with a pronoun ('It is trained on
        X data using Y': 'it' is the subject). Clauses opening otherwise ('In the seq2seq model based on
        attention', 'Let's look at the sigmoid to see why it can cause …') are left to the other rules."""
        if not m.surface[:1].isascii():
            return False
        opener = self._words.determiner_noun.match(s.text, cstart)
        pronoun = self._starts_with(s, cstart, "Pronoun")  # "It is trained on Rye Bread data using …"
        if not pronoun and (
            opener is None or opener.end(1) > m.start or any(x.start <= opener.start(1) < x.end for x in s.mentions)
        ):
            return False
        lead = self._words.word_before.search(s.text[max(cstart, m.start - 24) : m.start])
        return lead is not None and lead.group(1).lower() in self._prepositions

    def placed_in_setting(self, s: _Sentence, m: Mention, floor: int) -> bool:
        """'在单个 DGX 节点上使用 8 个 GPU 训练 OPT-1.3B', '在 ImageNet 上使用 X': a name inside '在 … 上/下'
        (kg:SettingOpener, and a kg:SettingCloser that is not 中) with a place noun after the name (节点, 数据集)
        says where the action happens, not who does it; a count may stand before the name (单个). Left alone:
        '在 ResNet 中使用 BN' (inside a model: the model uses it) and '在权重量化上使用了 FGQ' (no place noun:
        what the method is applied to)."""
        if not self._setting_open:
            return False
        lead = s.text[max(floor, m.start - 6) : m.start]
        opened = max(lead.rfind(w) + len(w) if w in lead else -1 for w in self._setting_open)
        if opened < 0 or not _QUANTIFIER_ONLY.fullmatch(lead[opened:].strip()):
            return False
        tail = self._words.setting_noun.match(s.text, m.end)
        return tail is not None and any(c not in self._inside_closers and tail.group(2) == c for c in self._setting_close)

    def continued_in_setting(self, s: _Sentence, cstart: int, first: Mention) -> bool:
        """'它将预训练权重冻结，然后在 Transformer 的每一层使用 X': a clause after another in the sentence that opens
        with a kg:SequenceConnective (然后, then) goes on with the doer of the clause before; a name it sets after
        '在' (kg:SettingOpener) is where that doer acts, not a doer of its own."""
        if cstart == 0 or not self._sequence_connectives:
            return False
        lead = normalize(s.text[cstart : first.start]).strip(" \t,，*_`")
        for word in self._sequence_connectives:
            if lead.startswith(word):
                rest = lead[len(word) :].strip(" ,，")
                return any(rest == w or rest.startswith(w) and len(rest) <= len(w) + 2 for w in self._setting_open)
        return False

    def changed_from(self, s: _Sentence, before: list[Mention]) -> Mention | None:
        """'PP-OCRv3 将 base 模型从 CRNN 替换成了 SVTR': before a 'changed into' cue, the mention right after 从
        (kg:SourceMarker) is what was there before; the clause's subject (PP-OCRv3) made the change and is
        not replaced. None when no mention is so marked."""
        for m in reversed(before):
            lead = s.text[max(0, m.start - 2) : m.start].rstrip()
            if lead.endswith(self._source_markers):
                return m
        return None

    def changed_from_unnamed(self, s: _Sentence, start: int, end: int) -> bool:
        """A kg:SourceMarker (从) between the last name and a 'changed into' cue marks the old thing in words
        kg does not know ('将 base 模型从旧的结构换成 …'): the name before is the one making the change."""
        between = s.text[start:end]
        return any(w in between for w in self._source_markers if not w.isascii())

    def passive_participle(self, s: _Sentence, hit: _Hit) -> bool:
        """'Classical decision trees like CART are not used as weak learners', 'X is also widely adopted': an English
        forward cue that is a participle ('used', 'adopted' …) after a form of 'be' and at most two adverbs
        (not, also, widely …) is passive; the name before it is what is used, never its user. ('is used'
        with nothing between is a kg:Blocker already; 'is used in/by' is an inverse cue and not touched.)"""
        word = s.text[hit.start : hit.end].lower()
        if not word.isascii() or not word.endswith(self._participle_suffixes):
            return False
        lead = s.text[max(0, hit.start - 40) : hit.start]
        if self._passive_lead.search(lead) is not None:
            return True
        # 'Yeast Powder is introduced to produce a Rye Flour': with nothing between, a passive followed by 'to' or
        # 'as' (a purpose, a role); 'is based on Y', 'is trained with Y' keep their reading (the cue holds the
        # preposition)
        return self._bare_passive_lead.search(lead) is not None and self._words.passive_purpose.match(s.text, hit.end) is not None

    def reader_subject(self, s: _Sentence, cstart: int, cue_at: int) -> bool:
        """'You can use Yeast Powder to bake your own loaf', '用户可以使用这些 API 重建自己的训练策略': a clause whose
        subject is the reader or the user (kg:ReaderPronoun), or people in general (kg:GenericAgent: '大家经常使用的是…',
        'people often use X'), before a cue with no name of its own: the doer is that person, so the section's
        topic or an earlier name is not the subject."""
        return any(
            (h.in_set("ReaderPronoun") or h.in_set("GenericAgent"))
            and cstart <= h.start and h.end <= cue_at and not _WORD_CHAR_AFTER.match(s.text, h.end)
            for h in s.hits
        )

    def reader_instruction(self, s: _Sentence, hit: _Hit, floor: int) -> bool:
        """'Tutorial on how to quantize a Llama 2 model using llama.cpp', '我们还演示了如何利用 X 来开发你自己的模型':
        a kg:HowTo word opening the clause before the cue makes it a way for the reader to do something. The
        doer is the reader: a name right after the how-to verb is what it works on (the Llama 2 model is
        quantized, it uses nothing), and the section's topic is not the doer either. A name before the how
        word ('ResNet 如何使用残差') keeps its reading, and so does a sentence that opens with the how word (a
        question, even without a question mark: '如何将赫布理论运用到 Inception 的设计中')."""
        for h in s.hits:
            if h.start >= hit.start:
                break
            if floor <= h.start and h.in_set("HowTo"):
                if not s.text[: h.start].strip(" \t\u200b*_`#>-•0123456789.、)）:："):
                    return False  # "如何将赫布理论运用到 Inception 的设计中": a sentence opening with it asks a question
                return not any(floor <= m.start and m.end <= h.start for m in s.mentions)
        return False

    def rejected_use(self, s: _Sentence, hit: _Hit, floor: int) -> bool:
        """'Instead of using the encoder-attention-decoder architecture, FastSpeech is …', '而不是使用 X': a cue
        right after a contrast word (kg:Contrast) names what is rejected; read as 'uses', it would credit the
        subject with the very thing the sentence says it does without."""
        for h in s.hits:
            if h is not hit and h.in_set("Contrast") and floor <= h.start and h.end <= hit.start:
                if not s.text[h.end : hit.start].strip() or self._contrast_opens_clause(s, h, floor):
                    return True
        return False

    @staticmethod
    def _contrast_opens_clause(s: _Sentence, contrast: _Hit, floor: int) -> bool:
        """'Instead of training separate reward models and using RL algorithms, DPO …': a clause that opens with
        the contrast word is all about what is not done; every cue in it (each coordinated verb) is rejected."""
        return not s.text[floor : contrast.start].strip(" \t\u200b*_`>-•") and contrast.start - floor < 8

    def _in_place_phrase(self, s: _Sentence, m: Mention) -> bool:
        """'卷积层之后', 'ToTensor 实例前': a mention inside a phrase of place or time is not the subject."""
        return bool(self._postposition.match(s.text, m.end))

    def _basis_closed(self, s: _Sentence, m: Mention) -> bool:
        """'在 DIN 基础上引入兴趣抽取层': a name that a kg:BasisCloser word closes ('X 的基础上', on the basis of X)
        is what the work builds on, not who does the verb after it (that is the sentence's or section's
        subject, DIEN)."""
        return bool(self._basis_closer.match(s.text, m.end))

    @staticmethod
    def _kind_changed_to_kind(s: _Sentence, before: list[Mention], hit: _Hit, objects: list[str]) -> bool:
        """'A 中的正弦位置编码改为旋转位置编码', 'changed the sinusoidal encoding to a rotary encoding': the name
        right before the 'changed into' cue is what changes, and when it names the same concept as the new one
        the sentence swaps one kind of that concept for another. Nothing else in the sentence is replaced."""
        if not before or before[-1].concept not in objects:
            return False
        return not s.text[before[-1].end : hit.start].strip(" \t*_`")

    def _marked_object(self, s: _Sentence, before: list[Mention], floor: int) -> Mention | None:
        """The mention before the cue that 将/把 marks as moved: right after the marker, or the head of
        a 'X 中的 Y' phrase right after it; a broad word right after the name only says what kind it is
        ('将 sigmoid 激活函数改成…': sigmoid)."""
        for m in before:
            lead = normalize(s.text[max(floor, m.start - 2) : m.start]).strip()
            if lead in self._ba or (lead[-1:] in self._ba and not _CJK_CHAR.match(lead[:1])):  # "AlexNet将sigmoid…"
                last = before[-1]
                rest = normalize(s.text[m.end : last.start]).strip()
                if m is last or self._locative_gap(rest):
                    return last
                if not rest and last.concept in self.broad and before.index(last) == before.index(m) + 1:
                    return m
                return None
        return None

    def _modifies_unknown(self, s: _Sentence, m: Mention) -> bool:
        """'卷积多通道': a Chinese word right after the name is the noun it modifies, unless it is a cue, a
        broader concept saying what kind the name is ('ReLU 激活函数') or a kg:HeadNoun ('Inception 模块')."""
        if not _CJK_CHAR.match(s.text[m.end : m.end + 1]):
            return False
        following = next((x for x in s.mentions if x.start == m.end), None)
        if following is not None:
            kind = following.concept in self._broader.get(m.concept, ()) or normalize(following.surface) in self._head_nouns
            return not kind
        return not any(h.start == m.end and any(c.role != "set" for c in h.cues) for h in s.hits)

    def _replacement_after(self, s: _Sentence, pos: int, limit: int) -> Mention | None:
        """'Replace A with B', 'replace A by B': the name after the kg:Substitute word takes A's place."""
        for m in s.mentions:
            if pos <= m.start < limit:
                gap = normalize(s.text[pos : m.start]).strip(" *_`")
                gap = self._words.article_around.sub("", gap)
                return m if gap in self._substitute else None
        return None

    def _names_methods(self, s: _Sentence, last: Mention) -> bool:
        after = s.text[last.end : last.end + 6].lstrip(" 的")
        return any(after.startswith(w) for w in self._method_nouns)

    def _relative_clause(self, s: _Sentence, last: Mention, limit: int, strict: bool = False) -> bool:
        """After the object, '的' and a noun that is no name: the verb phrase describes that noun.

        ``strict`` (the clause has its own subject): only when the noun is not itself a mention and
        the words before 的 are a modifier of the object ('进行调整的 CUTLASS'), not the object itself.
        """
        after = s.text[last.end : min(limit, len(s.text))]
        m = (
            re.match(r"\s*([\u3400-\u9fff]{0,6}?)的\s*([\u3400-\u9fff]{2}|[A-Za-z]{2,})", after)
            if strict
            else (re.match(r"\s*()的\s*([\u3400-\u9fff]{2})", after))
        )
        if not m or (m.group(2) in self._problem_nouns and not m.group(1).strip()):
            return False  # "梯度消失的问题" names the object as a problem; "Y 面临的问题" is what Y faces
        if normalize(m.group(1)).strip() in self._demonstrative:
            return False  # "使用 RMSProp、SGD 这样的优化器": the noun says what kind the objects are
        if strict:
            noun_at = last.end + m.start(2)
            if any(x.start == noun_at for x in s.mentions):
                return False  # "BN 的变体" names a mention: the head rule handles it
            if self._words.place_after.match(s.text[noun_at : noun_at + 6]):
                return False  # "运用到 Inception 的设计中": a place, not a noun the verb describes
            if any(h.in_set("Nominalizer") and last.end <= h.start <= noun_at for h in s.hits):
                return False  # "X 中添加 Y 的目的是什么": talk about the fact presupposes it
        return True

    def _scoped_before(self, s: _Sentence, hit: _Hit, floor: int, sets: tuple[str, ...]) -> bool:
        return any(h.end <= hit.start and h.start >= floor and any(h.in_set(n) for n in sets) for h in s.hits)

    def _guarded(self, s: _Sentence, hit: _Hit, limit: int) -> bool:
        """A kg:CueGuard phrase between the cue and the end of its object: '由 X 提出' is 'proposed by'."""
        group = self._group_after(s, hit.end, limit)
        after = group[-1].end if group else limit
        return any(
            h.in_set("CueGuard")
            and hit.end <= h.start
            and (h.start <= after or not s.text[after : h.start].strip(" 所"))
            for h in s.hits
        )

    def _after_basis(self, s: _Sentence, end: int) -> bool:
        """The earlier cue that ends at ``end`` is a kg:Basis word ('基于', 'based on'): the name after it is
        what a later verb works from, not who does it."""
        return any(h.end == end and h.in_set("Basis") for h in s.hits)

    def _previous_cue_end(self, s: _Sentence, hit: _Hit, floor: int) -> int:
        """Where the last relation cue before this one ends in the clause, if a mention stands between them.

        Not when a kg:VerbCoordination word joins the two verb phrases ('X adopted A and incorporated B',
        'X 使用 A 并采用 B'): then both verbs have the clause's subject."""
        end = floor
        previous: _Hit | None = None
        for h in s.hits:
            if h.start >= hit.start:
                break
            if h.start >= floor and any(c.role in ("cue", "inverseCue", "pairCue") for c in h.cues):
                if closed_aside(s.text, h.start, hit.start) is not None:
                    continue  # "Sourdough (a kind of Rye Bread) uses …": a cue inside an aside is not the clause's
                end, previous = h.end, h
        between = [m for m in s.mentions if end <= m.start and m.end <= hit.start]
        if end > floor and between:
            gap = " ".join(normalize(s.text[between[-1].end : hit.start]).replace(",", " ").split())
            if gap in self._verb_coordination or self.coordinated_verb(gap):
                return floor
            if previous is not None and self.kind_relative(s, previous, gap):
                return floor
            return end
        return floor

    def kind_relative(self, s: _Sentence, kind: _Hit, gap: str) -> bool:
        """'Sourdough is a type of Leavened Bread that uses Yeast Powder': after an English 'a kind / type /
        variant of X' cue, a relative clause ('that …', 'which …') describes the kind the subject is (Sourdough),
        not X, so the clause's subject does the relative clause's verb."""
        text = normalize(s.text[kind.start : kind.end])
        return gap in self._relative_pronouns and text.isascii() and text.startswith(self._kind_openers)

    def item_bounds(self, s: _Sentence, hit: _Hit, floor: int, limit: int) -> tuple[int, int] | None:
        """The inline enumeration item (inline_item_marks) that holds the cue, as (floor, limit) for its subject
        and objects; None when no marker stands between the floor and the cue's objects. (-1, -1) when names of
        an earlier item stand before the cue but none of its own item: the cue's subject is unnamed there,
        and the earlier item's name (a sibling) is not it."""
        marks = [m for m in inline_item_marks(s.text, self.vocab) if floor <= m[0] < limit]
        if not marks:
            return None
        opened = max((end for start, end in marks if end <= hit.start), default=floor)
        closed = min((start for start, _ in marks if start >= hit.end), default=limit)
        if opened > floor and any(floor <= m.start and m.end <= opened for m in s.mentions):
            if not any(opened <= m.start and m.end <= hit.start for m in s.mentions):
                return (-1, -1)
        return (opened, min(closed, limit))

    def coordinated_verb(self, gap: str) -> bool:
        """'DeepFM use FM instead of LR in the wide part and use concatenation of embeddings …': between the
        first verb's object and the cue, the words end with a kg:VerbCoordination word, so the cue opens a
        second verb phrase of the same subject; the name in the first phrase (FM) does not do the second verb.
        A Chinese word must be two characters or more here ('并且', '同时'): one character ends other words
        (合并, 偿还)."""
        for word in self._verb_coordination:
            if word.isascii():
                if gap.endswith(" " + word):
                    return True
            elif len(word) >= 2 and gap.endswith(word):
                return True
        return False

    def _sentence_subject(self, s: _Sentence, clause: tuple[int, int]) -> str | None:
        """'RNN 在处理长期依赖时会遇到困难，…会造成梯度消失': a clause without a subject continues the sentence's."""
        if clause[0] == 0:
            return None
        for earlier in reversed([c for c in s.clauses if c[1] <= clause[0]]):
            opening = [m for m in s.mentions if earlier[0] <= m.start < earlier[1]]
            if not opening:
                continue
            lead = self._without_cause(normalize(s.text[earlier[0] : opening[0].start]).strip(" \t\u200b*`"))
            if (lead and lead not in self._instruments) or self._is_problem(opening[0].concept):
                return None
            if self._possessor_only(s, opening[0], earlier[1]):
                return None  # "编码器的输出被传递到解码器，使用交叉注意力": the output (unknown) is the subject
            return opening[0].concept
        return None

    def _without_cause(self, lead: str) -> str:
        """'因为 使用 LRN 不能提高…，徒增计算量': a kg:Cause word before the opening verb gives the reason, and
        what the reason uses is still what the next clause speaks of."""
        for word in self._cause_words:
            if lead.startswith(word):
                return lead[len(word) :].strip(" \t,，")
        return lead

    @staticmethod
    def _owns(s: _Sentence, owner: Mention, owned: Mention) -> bool:
        """'X 在 A 的 B 基础上…': A only says whose B it is (A 的 B, A's B), so A is not the subject of
        the phrase B closes; the subject is a name before them, or none kg knows."""
        return re.fullmatch(r"\s*(的|'s|’s)\s*", s.text[owner.end : owned.start]) is not None

    def _possessor_only(self, s: _Sentence, m: Mention, end: int) -> bool:
        """'编码器的输出被传递到…': the clause opens with 'name 的 noun' where kg does not know the noun; the
        name only owns the clause's subject, so a later clause without a subject does not continue the name."""
        after = _POSSESSED.match(s.text, m.end, end)
        if after is None:
            return False
        return not any(x.start == after.start(1) for x in s.mentions)

    def _wh_follows(self, s: _Sentence, hit: _Hit, has_object: bool) -> bool:
        after = s.text[hit.end :]
        offset = hit.end + len(after) - len(after.lstrip(" 了"))
        if any(h.start == offset and h.in_set("WhQuestion") for h in s.hits):
            return True
        # English: "Which normalisation does ResNet use?" (the wh-word comes first)
        return not has_object and any(
            h.in_set("WhQuestion") and h.end <= hit.start and s.text[h.start : h.end].isascii() for h in s.hits
        )

    def _wh_before(self, s: _Sentence, hit: _Hit, floor: int) -> bool:
        """'What replaced X?': the clause opens with a wh-word and no mention stands before the cue."""
        return any(
            h.in_set("WhQuestion")
            and floor <= h.start
            and not s.text[floor : h.start].strip(" 0123456789.、")
            and h.end <= hit.start
            and not [m for m in s.mentions if h.end <= m.start and m.end <= hit.start]
            for h in s.hits
        )

    def _after_wh(self, s: _Sentence, m: Mention) -> bool:
        """'Which activation function …': a mention right after a wh-word is a placeholder."""
        return any(h.in_set("WhQuestion") and h.end <= m.start and not s.text[h.end : m.start].strip() for h in s.hits)

    def _nominal(self, s: _Sentence, hit: _Hit) -> bool:
        """'Dropout层的引入', 'the use of', 'the most commonly used X': a cue used as a noun or an adjective."""
        cue = s.text[hit.start : hit.end]
        if cue.isascii() and cue.endswith(self._participle_suffixes):
            lead = s.text[max(0, hit.start - 40) : hit.start].lower().split()
            while lead and (lead[-1].endswith(self._adverb_suffixes) or lead[-1] in self._participle_modifiers):
                lead.pop()
            if lead and lead[-1] in self._nominal_prefix:
                return True
        for h in s.hits:
            if h.in_set("NominalPrefix") and not s.text[h.end : hit.start].strip() and h.end <= hit.start:
                if hit.start - h.end <= 1:
                    return True
        return False

    def _answer_objects(self, first: _Sentence) -> list[str]:
        if not first.mentions:
            return []
        return [m.concept for m in self._group_after(first, first.mentions[0].start, len(first.text) + 1)]

    def _hypothetical(self, s: _Sentence, clause: tuple[int, int]) -> bool:
        return self._starts_with(s, clause[0], "Hypothetical") or (
            clause[0] > 0 and self._starts_with(s, 0, "Hypothetical")
        )

    def _nominalized(self, s: _Sentence, hit: _Hit, limit: int) -> bool:
        group = self._group_after(s, hit.end, limit)
        after = group[-1].end if group else hit.end
        return any(
            h.start == after or (h.start > after and not s.text[after : h.start].strip())
            for h in s.hits
            if h.in_set("Nominalizer")
        )

    def _implicit_subject(
        self, s: _Sentence, clause: tuple[int, int], implicit: str | None, how: str, previous: str | None
    ) -> tuple[str | None, str]:
        """The subject of a clause that names none: an earlier clause, the sentence before, or the topic."""
        if self._hypothetical(s, clause):
            return None, how
        for name, pick in (("Pronoun", 0), ("Anaphora", -1)):
            if not self._starts_with(s, clause[0], name):
                continue
            before = next((c for c in s.clauses if c[1] == clause[0]), None)
            earlier = [m for m in s.mentions if before and before[0] <= m.start and m.end <= clause[0]]
            if earlier and self.compared_aside(s, before):
                # "Unlike Rye Bread, it uses …", "与 X 不同，它使用 …": 'it' is not the name compared against
                if previous == _UNNAMED:
                    return None, "pronoun"
                return (previous, "pronoun") if previous is not None else (implicit, how)
            if earlier:
                return earlier[pick].concept, "pronoun"
            if clause[0] == 0 and previous == _UNNAMED:
                return None, "pronoun"  # the sentence before was about a name kg does not know: 'it' is that name
            if clause[0] == 0 and previous is not None:
                return previous, "pronoun"  # "它/It/这 …" opening a sentence: what the sentence before was about
            return (implicit, how) if clause[0] == 0 and name == "Pronoun" else (None, how)
        return implicit, how

    def _opens_plural(self, s: _Sentence, cstart: int, limit: int) -> bool:
        """The clause opens with a kg:PluralPronoun, perhaps after a joining word ('…, but both use')."""
        for h in s.hits:
            if cstart <= h.start < limit and h.in_set("PluralPronoun"):
                lead = " ".join(normalize(s.text[cstart : h.start]).strip(" \t*_`").split())
                return not lead or lead in self._verb_coordination
        return False

    def _quantified(self, s: _Sentence, m: Mention, floor: int) -> bool:
        """A kg:Quantifier ('some', 'certain', '有些') opens the clause's subject: nothing before it in the clause,
        or only a word that opens a clause ('… so powerful that some Transformers incorporate …'). After a verb
        ('it also has some regularization effects') it quantifies an object, not the subject."""
        lead = " ".join(normalize(s.text[floor : m.start]).strip(" \t\u200b*_`,，").split())
        for q in self._quantifiers:
            if lead == q:
                return True
            if lead.endswith(" " + q):
                before = lead[: -len(q) - 1].split(" ")[-1]
                return before in self._clause_openers
        return False

    def _plural_referents(self, s: _Sentence, clause: tuple[int, int]) -> list[str]:
        """'解码器（decoder）和编码器（encoder）非常类似，两者都使用自注意力': 'both' stands for the names coordinated
        in the clause before (an aside in brackets after each may stand between). None when that clause
        coordinates no two names: then 'both' refers to something kg cannot tell."""
        before = next((c for c in s.clauses if c[1] == clause[0]), None)
        if before is None:
            return []
        names = [m for m in s.mentions if before[0] <= m.start and m.end <= before[1] and not _inside_brackets(s.text, m.start, before[1])]
        for i, first in enumerate(names):
            group = [first]
            for m in names[i + 1 :]:
                gap = re.sub(r"[(（][^()（）]*[)）]", "", s.text[group[-1].end : m.start])
                if normalize(gap).strip(" *_`") not in self._coordination:
                    break
                group.append(m)
            concepts = _unique([m.concept for m in group])
            if len(concepts) >= 2:
                return [c for c in concepts if not self._is_problem(c)]
        return []

    @staticmethod
    def _close(s: _Sentence, start: int, end: int) -> bool:
        """A contrast joins the names right beside it: at most three words ('instead of a full X', '问题而不是')
        between a name and the contrast, not a phrase of its own ('instead of a single vector containing X')."""
        gap = s.text[start:end]
        return len(re.findall(r"[A-Za-z0-9]+", gap)) <= 3 and len(_CJK_CHAR.findall(gap)) <= 6

    def _degree_reading(self, s: _Sentence, hit: _Hit, first: Mention) -> bool:
        """'本身比较稀疏' (rather sparse), 'relatively deep': a pair cue that is also a degree adverb (kg:DegreeAdverb)
        glued to the one name after it modifies that word, and so does one that opens a short modifier ending in 的
        before the name ('比较灵活的 value function', a rather flexible value function); a comparison needs its
        two sides around it ('A 与 B 比较', '比较 A 和 B')."""
        word = normalize(s.text[hit.start : hit.end]).strip()
        if word not in self._degree_words:
            return False
        gap = s.text[hit.end : first.start].strip()
        return not gap or _modifier_gap(gap)

    def _kind_after_basis(self, s: _Sentence, hit: _Hit, first: Mention) -> bool:
        """'A 是一种基于 X 的 Y': in a definition the cue's phrase closes with 的, and what follows is the kind
        A is (Y, or its name in brackets), never what A is based on or uses."""
        return "的" in s.text[hit.end : first.start]

    def _target_marked(self, s: _Sentence, m: Mention, floor: int) -> bool:
        """'对最后的卷积层使用 GAP', '对特征图进行池化': 对 (kg:TargetMarker) marks the name after it, with at most a
        few modifying characters between, as what the verb works on, not who does it; the doer is the
        sentence's subject or topic. 对 inside a word (相对, 对比, 对应) marks nothing."""
        lead = s.text[max(floor, m.start - 8) : m.start]
        for marker in self._target_markers:
            at = lead.rfind(marker)
            if at < 0:
                continue
            start = m.start - len(lead) + at
            before = s.text[start - 1 : start]
            if _CJK_CHAR.match(before) and before not in self._function_chars:
                continue  # "相对", "绝对", "针对": a word of its own
            if s.text.startswith(self._not_target_words, start):
                continue  # "对比", "对应", "对于": another word (kg:NotTargetMarker)
            gap = s.text[start + len(marker) : m.start]
            if not _CLAUSE_MARK.search(gap) and not any(x.end <= m.start and x.start >= start for x in s.mentions):
                return True
        return False

    def _article_name_subject(self, s: _Sentence, cstart: int, limit: int) -> bool:
        """'The Generator is identical to the SRResNet', 'Then the Discriminator uses …': a clause whose subject is
        'the' (or 'a') and a capitalised word kg does not know. English capitalises an ordinary noun after an
        article only when it is a name (the Generator of this paper), so the clause is about that name, not
        the section's topic, even when the word is an everyday one."""
        m = self._words.article_name.match(s.text, cstart, limit)
        return m is not None and not any(x.start <= m.start(1) < x.end for x in s.mentions)

    def _opens_with_unknown_name(self, s: _Sentence) -> bool:
        """The sentence opens with a capitalised name (or a link's text) that kg does not know and that is no
        everyday word ('Donut is…', '[Donut](…) is…'): it is about that name."""
        m = _OPENING_NAME.match(s.text)
        if m is None or common_words().is_common(m.group(1)):
            return False
        return not any(x.start <= m.start(1) < x.end for x in s.mentions)

    def _operated_part(self, target: str) -> bool:
        """What 'X 应用于 Y' names as Y can take X into its make-up only when kg knows Y as a part or a
        design (a layer, a module), not a whole model nor a name of unknown kind ('GPT-J')."""
        return self.classes.get(target) not in (None, KG.Model, KG.Concept)

    def _allowed(self, subject: str, relation: str, obj: str) -> bool:
        """The ontology's class constraints: a problem is mitigated, never used; a dataset is never a part.

        And a concept never uses its own kind or a kind of itself (skos:broader either way): 'the
        convolution layer uses a 7×7 convolution kernel' says how big the kernel is, not what uses what.
        """
        rel = self.relations.get(relation)
        if rel is None:
            return True
        if relation == KG.uses and (obj in self._broader.get(subject, ()) or subject in self._broader.get(obj, ())):
            return False
        s_cls, o_cls = self.classes.get(subject, KG.Concept), self.classes.get(obj, KG.Concept)
        kinds = {self._kind(s_cls), self._kind(o_cls)}
        if rel.ends_alike and len(kinds) > 1 and not (kinds - {"thing"}) <= rel.joins_kinds:
            # "ReLU6 comparedWith computational cost": a method is not compared with a problem; a model may still
            # be related to the task or the data set it is for (kg:joinsKind)
            return False
        return s_cls not in rel.forbidden_subject and o_cls not in rel.forbidden_object

    @staticmethod
    def _kind(cls: str) -> str:
        return cls if cls in (KG.Problem, KG.Task, KG.Dataset) else "thing"

    def _confidence(
        self, evidence: str, subject: str, obj: str, *, weak: bool, answer_object: bool = False, far: bool = False
    ) -> float:
        discovered = sum(1 for c in (subject, obj) if c in self.unsure)
        broad = sum(1 for c in (subject, obj) if c in self.broad)
        return score(
            evidence, weak_cue=weak, discovered_ends=discovered, broad_ends=broad, answer_object=answer_object, far=far
        )


class LocalMatcher:
    """The build's matcher as one file sees it: mentions of ``hidden`` concepts (another file's everyday-word
    concepts, mentions.local_concepts) are ordinary words here, not names."""

    def __init__(
        self,
        matcher: Matcher,
        hidden: frozenset[str],
        senses: dict[str, str] | None = None,
        titles: frozenset[str] = frozenset(),
    ) -> None:
        self.base = matcher
        self.hidden = hidden
        self.senses = senses or {}  # abbreviation key → the concept this file defines it as
        self.titles = titles  # other files' title-case names: here only when written capitalised

    def find(self, text: str, norm: str | None = None) -> list[Mention]:
        found = [
            m
            for m in self.base.find(text, norm)
            if m.concept not in self.hidden and not (m.concept in self.titles and m.surface.islower())
        ]
        if not self.senses:
            return found
        out = []
        for m in found:
            key = normalize(m.surface)
            concept = self.senses.get(key) or (self.senses.get(key[:-1]) if key.endswith("s") else None)
            out.append(Mention(m.start, m.end, concept, m.surface) if concept else m)
        return out

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "base":
            raise AttributeError(name)  # copying or pickling looks these up before ``base`` is set
        return getattr(self.base, name)


def formula_symbol(text: str, m: Mention) -> bool:
    """'A(Q,K,V)=Softmax(QK^T)V', 'MaxPoll(ELU(Conv1d(X)))': a name glued to an operator of an equation before
    it is a function of the formula, not a name the sentence says something about. Glued to an opening bracket
    only, it is a formula when a call's bracket follows ('ELU(') or the run holds '=', '^', '_' or a TeX command;
    an alias in brackets ('批归一化(BN)') or a name written in math ('$\\text{softmax}$') is not."""
    start = m.start
    while start > max(0, m.start - 80) and not text[start - 1].isspace() and not _CJK_CHAR.match(text[start - 1]):
        start -= 1
    prefix = text[start : m.start]
    if not prefix or prefix[-1] not in "=({[,+*/^_|":
        return False
    return text[m.end : m.end + 1] == "(" or any(c in prefix for c in "=^_\\")


def _standalone(text: str, word: str) -> bool:
    """A Chinese word that does not end a longer word: no Chinese character right before it ('FP8 对', not '针对')."""
    return any(not _CJK_CHAR.match(text[m.start() - 1 : m.start()] or " ") for m in re.finditer(re.escape(word), text))


def _sections_of(item: Item) -> list[Section]:
    """The section an item is in, as a list (empty outside any section)."""
    out: list[Section] = []
    section = item.section
    if section is not None:
        out.append(section)
    return out


def _modifier_gap(gap: str) -> bool:
    """'窗口形状为3×3、步幅为2的': a short modifier ending in 的 before the noun it describes."""
    return gap.endswith("的") and len(gap) <= 14 and not any(ch in gap for ch in "，,。；;：:")


def _inside_brackets(text: str, pos: int, end: int) -> bool:
    """``pos`` lies inside a bracket that closes before ``end``: an aside ('(ReLU)'), not the sentence's words."""
    return _bracket_start(text, end, 0) > pos or bool(re.search(r"[(（][^()（）]*$", text[:pos]))


def _bracket_start(text: str, pos: int, floor: int) -> int:
    """Where the bracket holding ``pos`` opens (an aside takes its subject from inside), else ``floor``."""
    depth = 0
    for i in range(pos - 1, floor - 1, -1):
        ch = text[i]
        if ch in ")）]】":
            depth += 1
        elif ch in "(（[【":
            if depth == 0:
                return i + 1
            depth -= 1
    return floor


def closed_aside(text: str, pos: int, limit: int) -> int | None:
    """Where the round bracket holding ``pos`` opens, when it closes again before ``limit``; else None.

    'Sourdough (a kind of Rye Bread) uses …': what stands inside such a bracket is an aside, read on its own; the
    sentence around it goes on past it."""
    opened = -1
    depth = 0
    for i in range(pos - 1, max(-1, pos - 200), -1):
        ch = text[i]
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                opened = i
                break
            depth -= 1
    if opened < 0:
        return None
    depth = 0
    for i in range(pos, limit):
        ch = text[i]
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                return opened
            depth -= 1
    return None


def _apply_polarity(facts: list[Assertion], polarity: bool | None, relations: dict) -> list[Assertion]:  # type: ignore[type-arg]
    """A yes/no question states nothing until its answer says yes or no."""
    if polarity is None:
        return []
    if polarity:
        return facts
    out = []
    for f in facts:
        if f.negated:
            continue  # "不…吗?" answered "no": a double negative, too unsure to keep
        neg = relations[f.relation].negated_as
        if neg:
            out.append(
                Assertion(f.subject, neg, f.object, f.cue, True, f.sentence, f.line, f.item, f.evidence, f.confidence)
            )
    return out


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _dedupe(facts: list[Assertion]) -> list[Assertion]:
    seen: set[tuple[str, str, str, int, str]] = set()
    out = []
    for f in facts:
        key = (f.subject, f.relation, f.object, f.line, f.cue)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
