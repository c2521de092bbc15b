"""Note layouts that state facts themselves: tables (header comparisons, component columns), 'how to solve
P?' lists, definitions and kinds ('X 是一种 Y'), examples after their kind, counts, means, advantages,
contrasts, comparatives and layer sequences."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extraction.facts.base import _blanked
from kg.extraction.facts.clauses import ClauseReader
from kg.extraction.facts.guards import FUNCTION_ZIPF
from kg.extraction.facts.sentences import (
    BRACKET_TAIL,
    CJK_CHAR,
    CLAUSE_MARK,
    COMPARED_WITH,
    COUNT,
    COUNT_REST,
    ENUMERATOR,
    EXAMPLE_GAP,
    Hit,
    Sentence,
    bracket_start,
    inside_brackets,
    size_columns,
    unique,
)
from kg.extraction.mentions import common_words
from kg.extraction.structure import HEADING_NUMBER, reference_heading
from kg.model import Assertion, Document, Item, Mention, Section, Span, Table
from kg.terms import KG
from kg.text import normalize

# between a kind's name and the head noun after it: markup and an aside in brackets ('卷积神经网络（CNN）模型')
_KIND_ASIDE = re.compile(r"[\s*_`$]*(?:[(（][^()（）]*[)）])?[\s*_`$]*")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


# the end of a line that announces a list: a colon or a question mark, then perhaps markup, emoji or a star
_INTRO_END = re.compile(r"[:：?？][\s*_`\u200b\u200d\ufe0f\u2b50\U0001f300-\U0001faff]*$")
# what may follow the name a list item opens with, when that name is the item's head
_ITEM_HEAD_END = re.compile(r"\s*[:：(（,，]|\s+[-–—]+\s")


def _after_aside(text: str, at: int) -> int:
    """Where the head noun after a kind's name may start: past markup and an aside in brackets."""
    aside = _KIND_ASIDE.match(text, at)
    return aside.end() if aside is not None else at

_STEP_END = re.compile(r"[:：,，;；。]")  # what ends a step of a layer sequence: a label's colon, a clause mark



# a citation's authors: 'Wager, S. & Athey, S.', 'Rzepakowski, P. and Jaroszewicz, S.', 'M. Oprescu, V. Syrgkanis and
# Z. S. Wu', 'C. Tran and E. Zheleva' (surname and initials, either way round), then somewhere a year
_SURNAME_FIRST = r"[A-Z][A-Za-z'\-]+,\s+(?:[A-Z]\.\s*)+"
_INITIALS_FIRST = r"(?:[A-Z]\.\s*)+[A-Z][A-Za-z'\-]+"
_CITATION_AUTHORS = re.compile(
    rf"(?:{_SURNAME_FIRST}(?:,?\s*(?:&|and)\s+{_SURNAME_FIRST})*|{_INITIALS_FIRST}(?:\s*,\s*{_INITIALS_FIRST})*"
    rf"(?:,?\s*and\s+{_INITIALS_FIRST})?)[\s,.]"
)
_CITATION_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# the short author-year form of slides and reading lists: 'Williams (1992). Simple statistical …', 'Baxter & Bartlett
# (2001). …', 'Lange, Riedmiller. (2010). …', 'Mnih et al. (2013). …': surnames, the year in brackets, then a title
_AUTHOR_YEAR = re.compile(
    r"([A-Z][a-z'\-]+(?:,\s*[A-Z][a-z'\-]+)*(?:,?\s*(?:&|and)\s+[A-Z][a-z'\-]+)?(?:\s+et\s+al)?\.?)"
    r"\s*\((?:19|20)\d\d[a-z]?\)[.:]\s+[A-Z\"“]"
)
_LIST_COLON = re.compile(r"\s*[:：]\s*")  # after 'two types of X': the list follows
_CJK_WORDS = re.compile(r"[\u3400-\u9fff]+")  # a run of Chinese characters and nothing else
_LINK = re.compile(r"https?://|\]\(|www\.|arxiv", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def _reads_as_source(text: str, loosely: bool = False) -> bool:
    """A list item that cites rather than states: a link, a year, a title in 《》, or a title in English whose
    longer words are capitalised ('Convolutional Neural Networks on Graphs with Fast Localized Spectral
    Filtering'); ``loosely``, also an English line with no full stop, as a title in sentence case is ('Wavelets
    on graphs via spectral graph theory'). Not a sentence of the author's own ('WB 很简单。', 'Use dropout.')."""
    if _LINK.search(text) or _CITATION_YEAR.search(text) or "《" in text:
        return True
    if _CJK_WORDS.search(text):
        return False
    if loosely:
        return len(_TITLE_WORD.findall(text)) >= 3 and not text.rstrip().endswith((".", "。"))
    longer = [w for w in _TITLE_WORD.findall(text) if len(w) > 3]
    return len(longer) >= 2 and sum(w[0].isupper() for w in longer) >= 0.8 * len(longer)


# a Latin act noun right after a name ('Anomaly Generation', 'Image Editing'): the name is what is acted on
ACT_NOUN = re.compile(r"[ \t]+[A-Za-z]+(?:tion|sion|ing|ment)\b")


class LayoutReader(ClauseReader):
    """Note layouts that state facts themselves: tables (header comparisons, component columns), 'how to solve"""

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
                name = BRACKET_TAIL.sub("", self._headings.name(title) or "").strip()
                if not name:
                    # '## 4.4 Network in Network': a name made of words the reader also drops is still a name
                    whole = BRACKET_TAIL.sub("", HEADING_NUMBER.sub("", title)).strip()
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
        remedied: set[str] = set()  # '如何解决梯度消失和梯度膨胀': every name listed with the problem is to be remedied
        start = 0
        if item.question is not None:
            problems = self._asked_problems(self._sentences(item.question), colon=False)
            remedied = {c for s in self._sentences(item.question) for c in self._remedied_with_problems(s)}
        elif item.section is not None:
            problems = self._remedy_heading_problems(item.section)
        for pos, span in enumerate(spans):
            if not self._enumerated(span):
                intro = self._asked_problems(self._sentences(span), colon=True)
                if intro:
                    problems, start = intro, pos + 1
                    remedied = {c for s in self._sentences(span) for c in self._remedied_with_problems(s)}
                elif pos > start and not problems:
                    continue
                continue
            if not problems or pos < start:
                continue
            first = next(iter(self._sentences(span)), None)
            remedy = self._leading_names(first) if first is not None else []
            for name in remedy:
                for problem in problems:
                    if name != problem and name not in remedied and self._allowed(name, KG.mitigates, problem):
                        out.append(self._fact(name, KG.mitigates, problem, "list item", first.quote.strip(), first.line, index, "list"))  # type: ignore[union-attr]
        return out

    def _remedy_heading_problems(self, section: Section) -> list[str]:
        """'### 过拟合的解决方案', '## Solutions to overfitting': a heading that names only problems and a
        kg:RemedyLabel word asks for their remedies, as a question would: the list under it gives them."""
        if not self._remedy_label_word.search(normalize(section.title)):
            return []
        sentences = self._sentences(Span(section.title, (section.line,)))
        names = [m.concept for s in sentences for m in s.mentions]
        if not names or not all(self._is_problem(c) for c in names):
            return []
        return unique(names)

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
                            out.append(self._fact(a, relation, b, cue, first.quote.strip(), first.line, index, "list"))
        return out

    def _open_cue(self, s: Sentence) -> tuple[list[str], str, bool, str] | None:
        """(subjects, relation, inverse?, cue) of a sentence that ends in a colon right after a uses or partOf cue
        with no object of its own ('X 使用了两个预训练任务：', 'X consists of the following:'); None otherwise."""
        text = s.text.rstrip()
        if text.endswith((":", "：")):
            end = len(text) - 1
        elif text[-1:].isascii() and text[-1:].isalnum():
            # 'The auxiliary classifier consists of' and the list right under it: an English sentence that stops
            # after its verb, with no full stop, goes on in the list as much as one that ends in a colon (a Chinese
            # line without one is more often a title: '合理性与忠实性的选择', the choice between them)
            end = len(text)
        else:
            return None
        cstart, _ = s.clause_of(end - 1)
        for hit in reversed(s.hits):
            if hit.start < cstart:
                return None
            cues = [c for c in hit.cues if c.role in ("cue", "inverseCue") and c.target in (KG.uses, KG.partOf)]
            if not cues:
                continue
            if cues[0].role == "inverseCue" and hit.in_set("AgentMarker") and not any(
                h.start >= hit.end and h.in_set("CompositionVerb") for h in s.hits
            ):
                return None  # "有一些由简至繁的模型:": 由 alone says what a thing is made of only with 组成 (kg:AgentMarker)
            if end == len(text) and not s.text[hit.start : hit.end].isascii():
                return None
            tail = s.text[hit.end : end]
            if end == len(text) and not self._bare_list_lead(tail):
                return None  # 'ResNet uses a deeper design' then a list: the verb has its own object
            if self._last_word(s.text[cstart : hit.start]) in self._owner_words:
                return None  # 'Dropout and its uses:': the cue is a noun here
            later = [h for h in s.hits if h.start >= hit.end]
            if any(m.start >= hit.end for m in s.mentions) or any(
                h.in_set("Negation") or any(c.role != "set" for c in h.cues) for h in later
            ):
                return None  # the cue has an object of its own, or another cue or a negation follows
            if len(normalize(tail).split()) > 4 or len(CJK_CHAR.findall(tail)) > 10:
                return None  # more than a short phrase ('两个预训练任务', 'the following') before the colon
            if tail.rstrip(" *_`").endswith(tuple(self._problem_nouns)):
                return None  # "DL 与 RL 结合会存在如下四个问题：": the items are the problems, not what is combined
            if self._negated_before(s, hit, cstart) or self._scoped_before(s, hit, cstart, ("Hedge", "Negation", "Hypothetical")) \
                    or self._scoped_before(s, hit, 0, ("BeliefHedge",)):
                return None
            if self.reader_instruction(s, hit, cstart):
                return None  # "Lesson treats how to solve MDPs using exact methods:": the reader solves, MDPs use nothing
            subjects = self._group_before(s, hit.start, cstart)
            if not subjects or any(self._is_problem(m.concept) for m in subjects):
                return None  # 'Other pooling techniques include:' names no subject kg knows: no fact
            if self._unknown_head(s, subjects[-1], hit.start) or len(s.text[subjects[-1].end : hit.start].strip()) > 8:
                return None  # 'MLA所需的前置知识包括：': the subject is a noun after the name (what MLA needs), not MLA
            relation = self.relations[cues[0].target].iri
            return [m.concept for m in subjects], relation, cues[0].role == "inverseCue", s.text[hit.start : hit.end]
        return None

    def _bare_list_lead(self, tail: str) -> bool:
        """What may stand between a verb and the list it runs into with no colon: nothing, or a count of parts
        ('consists of two sub-layers', kg:CountWord and kg:CountedParts)."""
        words = normalize(tail).split()
        if not words:
            return True
        return len(words) <= 3 and (words[0].isdigit() or words[0] in self._count_words) and words[-1] in self._part_words

    def _asked_problems(self, sentences: list[Sentence], colon: bool) -> list[str]:
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
                    return unique(found)
        return []

    def _enumerated(self, span: Span) -> bool:
        return span.listed or bool(ENUMERATOR.match(span.text))

    def _leading_names(self, s: Sentence) -> list[str]:
        """The names an item opens with ('`relu、leakrelu` 等激活函数', '加入BN层', '**Dropout**: …', 'A dropout layer …')."""
        if not s.mentions:
            return []
        first = s.mentions[0]
        lead = normalize(ENUMERATOR.sub("", s.text[: first.start])).strip(" \t\u200b`*_([（")
        if lead and lead not in self._instruments and lead.lower() not in self._article_words:
            return []  # '- An average pooling layer with …': an English article before the name still opens with it
        if self._is_problem(first.concept):
            return []
        glued = next((m for m in s.mentions if m.start > first.end), None)
        between = s.text[first.end : glued.start] if glued is not None else ""
        if _CJK_WORDS.fullmatch(between) and not any(w in between for w in self._phrase_end):
            return []  # "权重合理初始化，梯度剪切…": one compound noun up to the next name (initialisation), not the weights
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
            if named and self._rows_name_concepts(table):
                named = []  # '| Model | XNLI | LCQMC |' over rows of models: the columns are what each row is scored on
            if named and table.rows and not any(cell.strip() for _, cells in table.rows for cell in cells):
                # '| SiLU | GLU |' over a row of pictures ('<img …>' cells, no text): the header captions figures set
                # side by side, it states no comparison
                named = []
            first = header[0][0] if header and len(header[0]) == 1 else None
            if (
                named
                and first is not None
                and first not in named
                and all(len(h) == 1 for h in header)
                and self.classes.get(first) is not None
                and all(self.classes.get(c) == self.classes.get(first) for c in named)
            ):
                # '| TD Learning | Monte Carlo |' over rows of descriptions: with no row-label column, the first header
                # cell is one more side, a concept of the same kind as the others
                named = [first, *named]
            for i, a in enumerate(named):
                # '| 模型 | YOLOv5 | FLOPs | YOLOv8 |': a model is compared with the next model, never with a measure
                b = next((b for b in named[i + 1 :] if b != a and self._allowed(a, COMPARED_WITH, b)), None)
                if b is not None:
                    out.append(self._fact(a, COMPARED_WITH, b, "table header", text, line, index, "table header"))
            columns = [j for j, h in enumerate(table.header[1:], 1) if self._component_header(h)]
            out.extend(self._read_instance_columns(table, index))
            out.extend(self._read_instance_rows(table, header, index))
            for row_line, cells, subject, j, obj in self._column_cells(table, columns):
                if obj != subject and self._allowed(subject, KG.uses, obj):
                    out.append(self._fact(subject, KG.uses, obj, table.header[j], " | ".join(cells), row_line, index, "table"))
        return out

    def _read_row_cells(self, item: Item, index: int, topic: str | None) -> list[Assertion]:
        """'| AlexNet | 2012 | 1.首次提出 ReLU<br />2.提出 Dropout 来缓解过拟合 |': in a table whose row opens with a
        cell that is one name and nothing else, the prose of the row's other cells speaks of that name, as a
        list item's text speaks of its label; each piece between line breaks (<br>) is read on its own."""
        out: list[Assertion] = []
        for table in item.tables:
            header_line = table.rows[0][0] - 1 if table.rows else item.line
            named_columns = {j for j, h in enumerate(table.header) if self._only_name(Span(h, (header_line,))) is not None}
            for row_line, cells in table.rows:
                if len(cells) < 2:
                    continue
                head = self._only_name(Span(cells[0], (row_line,)))
                if head is None:
                    continue
                for j, cell in enumerate(cells[1:], 1):
                    for piece in cell.split("\n"):  # a <br> in the notes: structure keeps it as a line break
                        if not piece.strip():
                            continue
                        for s in self._sentences(Span(piece.strip(), (row_line,), listed=True)):
                            got = self._read(s, head.concept, index, [], question=False, topic=topic, how="row")
                            if j in named_columns:
                                # '| Model | … | Attention |' then '| CLIP | … | Used in both text and image encoders |':
                                # a cell under a column named for a concept speaks of that concept as the row has it
                                # (its attention is used in both encoders), so what the cell says is used or done is
                                # never the row's name itself; '| 模型 | 激活函数 |' › '使用 ReLU' still says the row uses it
                                got = [f for f in got if f.object != head.concept]
                            out.extend(got)
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
        (kg:InstanceHeader, the whole cell), each concept of the column is an instance of the row's first cell;
        under one that says it gives kinds (kg:KindHeader: '| Algorithm | Type |'), the row's first cell is an
        instance of each concept of the column."""
        out: list[Assertion] = []
        columns = [
            j for j, h in enumerate(table.header[1:], 1) if normalize(h).strip(" *_`:：") in self._instance_headers
        ]
        kinds = [j for j, h in enumerate(table.header[1:], 1) if normalize(h).strip(" *_`:：") in self._kind_headers]
        pairs = [
            *self._column_cells(table, columns),
            # '| Algorithm | Type |' then '| ALS | Collaborative Filtering |': the row's thing is an instance of the cell's
            *((line, cells, kind, j, row) for line, cells, row, j, kind in self._column_cells(table, kinds)),
        ]
        for row_line, cells, kind, j, example in pairs:
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

    def _read_counts(self, sentences: list[Sentence], subject: str | None, index: int) -> list[Assertion]:
        """'AlexNet 的结构是怎么样的？' answered '5个卷积层，3个全连接层': an answer that only counts names
        lists the parts of the model the question is about."""
        if subject is None or self.classes.get(subject) != KG.Model:
            return []
        out: list[Assertion] = []
        for s in sentences:
            ms = [m for m in s.mentions if m.concept != subject]
            if len(ms) < 2 or len(ms) != len(s.mentions):
                continue
            if not all(COUNT.search(s.text[max(0, m.start - 6) : m.start]) for m in ms):
                continue
            rest, pos = [], 0
            for m in ms:
                rest.append(s.text[pos : m.start])
                pos = m.end
            rest.append(s.text[pos:])
            if COUNT_REST.sub("", "".join(rest)):
                continue  # anything but counts and names: the answer says more than what the parts are
            for m in ms:
                if self._allowed(m.concept, KG.partOf, subject):
                    out.append(self._fact(m.concept, KG.partOf, subject, "count", s.quote.strip(), s.line, index, "question"))
        return out

    def _read_examples(self, sentences: list[Sentence], index: int) -> list[Assertion]:
        """'encoder-only (e.g., BERT)', '编码端架构（如 BERT, RoBERTa）', 'ensemble methods such as bagging':
        each example is an instance of the name before the marker. A model uses the architecture or method
        it exemplifies; any other example is related to it (a weaker reading)."""
        out: list[Assertion] = []
        for s in sentences:
            # 'RL techniques like GRPO and PPO': 'like' after a kg:KindIntroNoun is an example marker too (elsewhere it
            # says likeness: 'works like ResNet')
            likes = [(x.start(1), x.end(1)) for x in self._words.kind_like.finditer(s.text)]
            marks = [(h.start, h.end) for h in s.hits if h.in_set("ExampleMarker")] + likes
            for mstart, mend in sorted(marks):
                marker = normalize(s.text[mstart:mend]).strip()
                before = [m for m in s.mentions if m.end <= mstart]
                if not before:
                    continue
                name = before[-1]
                if (mstart, mend) in likes and self.classes.get(name.concept) in (KG.Dataset, KG.Problem, KG.Task):
                    continue  # 'ImageNet methods like ResNet': methods used on the data set, not kinds of it
                gap = EXAMPLE_GAP.match(s.text[name.end : mstart])
                if gap is None:
                    continue
                naming = marker in self._naming_markers
                if naming and normalize(s.text[name.end : mstart]).strip(" \t*_`,(（") in self._active_auxiliaries:
                    continue  # 'LeCun had called GANs …': someone's calling, no name given to the kind
                if ACT_NOUN.match(s.text, name.end):
                    continue  # "Synthetic Anomaly Generation (e.g. GANs)": the example is of the act, not of anomalies
                after_comma = "," in s.text[name.end : mstart] and self._after_preposition(s, name)
                bracketed = bool(gap.group(1))
                if len(marker) == 1 and not marker.isascii() and not bracketed:
                    continue  # 如 alone begins words (如果, 如何): only "X（如 A）" is an example
                limit = self._example_limit(s, mend, bracketed)
                examples = self._group_after(s, mend, limit, head=False)
                if not examples or not self._words.example_lead.match(s.text[mend : examples[0].start]):
                    continue
                # 'a loss called focal loss', 'this classifier is called a perceptron': the name is the kind's own,
                # so it is of that kind, not a model that uses it
                kind_named = naming or self._names_model_kind(re.sub(r"[(（].*$", "", s.text[name.start : mstart]))
                kind_named = kind_named or self._cjk_modified(s.text, name.start)
                if not kind_named and name.surface.isupper():
                    # 'LFM (e.g. GPT-3.5/GPT-4)': the abbreviation's spelled-out name says the kind ('large foundation
                    # models'), so the examples are of that kind of model
                    kind_named = any(self._names_model_kind(k) for k in self._keys_of(name.concept) if " " in k)
                for example in examples:
                    kind_class = self.classes.get(name.concept)
                    if after_comma and kind_class in (KG.Task, KG.Dataset, KG.Problem) and self.classes.get(example.concept) != kind_class:
                        # "results of compression methods on the ImageNet classification task, including channel
                        # pruning": after a comma the list may belong to a noun before the preposition; what is no
                        # task (data set, problem) is no example of one
                        continue
                    out.extend(self._example_fact(s, example.concept, name.concept, marker, index, kind_named))
        return out

    def _after_preposition(self, s: Sentence, name: Mention) -> bool:
        """An English kg:Preposition (and at most a kg:Determiner) right before the name: 'for PyTorch', 'on the
        ImageNet task'. The name ends a phrase that modifies an earlier noun."""
        words = normalize(s.text[max(0, name.start - 24) : name.start]).split()
        if words and words[-1] in self._noun_openers:
            words = words[:-1]
        return bool(words) and words[-1] in self._prepositions

    def _names_model_kind(self, surface: str) -> bool:
        """'语言模型（如 GPT）', 'language models such as GPT': the name is itself a kind of model (its last word is
        a kg:ModelKindWord), so an example is one of that kind, not a model built with it."""
        n = normalize(surface).strip().rstrip("s")
        return any(n.endswith(w) for w in self._model_kind_words)

    def _read_means(self, sentences: list[Sentence], index: int) -> list[Assertion]:
        """'AlexNet通过丢弃法（…）来控制过拟合', 'RoPE通过旋转矩阵将位置信息融入 Attention': a clause that opens with a
        name, then a kg:Means word (通过) and right after it another name, says the first works by means of the
        second: it uses it. The second must end its phrase (punctuation, or a kg:MeansFollower after it and its
        bracketed aside: '将', '来'); '通过检索到的证据' (a name inside a longer phrase) and 'X 的 Y' are not read.
        """
        out: list[Assertion] = []
        for s in sentences:
            for hit in s.hits:
                if not hit.in_set("Means") or not CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
                    continue
                cstart, _ = s.clause_of(hit.start)
                subject = next((m for m in s.mentions if cstart <= m.start and m.end <= hit.start), None)
                if subject is None or s.text[subject.end : hit.start].strip():
                    continue  # the name must stand right before 通过
                lead = ENUMERATOR.sub("", s.text[cstart : subject.start], count=1)
                if lead.strip(" \t\u200b*_`-•[(（"):
                    continue  # the name must open its clause
                means = next((m for m in s.mentions if m.start >= hit.end), None)
                if means is None or s.text[hit.end : means.start].strip(" \t*_`"):
                    continue
                if self._is_problem(subject.concept) or self._is_problem(means.concept) or not self._means_ends(s, means):
                    continue
                if self._allowed(subject.concept, KG.uses, means.concept):
                    out.append(self._fact(subject.concept, KG.uses, means.concept, s.quote[hit.start : hit.end], s.quote.strip(), s.line, index, "explicit"))
        return out

    def _means_ends(self, s: Sentence, m: Mention) -> bool:
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

    def _read_kind_item_lists(self, doc: Document) -> list[Assertion]:
        """'What regularization techniques for neural nets do you know?' or 'Other pooling techniques include:', then
        '* L1 Regularization - …', '* Dropout: …': a line (a heading, a label) that announces kinds of a name (see
        _kinds_announced), then list items that each open with a name (see _item_lead): each such name is a kind of the
        announced one, related to it (read like an example after its kind). Any line that is no list item, a new label
        ('Advantages:', '相关模型：'), anything but blank lines between two items (an image, a rule), and a new heading end
        the list. A problem, a data set or a task is no kind of a method ('Regularization techniques:' then '- ImageNet')."""
        out: list[Assertion] = []
        kind: tuple[Mention, str] | None = None
        section, label, last = None, None, 0
        for index, item in enumerate(doc.items):
            if item.section is not section:
                # '## Types of gradient descent' right above the list announces it as a line would
                section, label, last = item.section, None, 0
                title = HEADING_NUMBER.sub("", section.title) if section is not None else ""
                kind = self._kinds_announced(Span(title, (section.line,)), heading=True) if section is not None else None
            if self._in_references(item):
                kind = None
                continue
            if item.label != label:
                # 'Regularization techniques:' alone on its line is the label of the list under it
                label, last = item.label, 0
                kind = self._kinds_announced(Span(label, (item.line,)), heading=True, label=True) if label is not None else None
            for span in item.spans:
                if span.code or not span.listed or kind is None or (last and span.lines[0] > last + 2):
                    kind = None if span.code or span.listed else self._kinds_announced(span)
                    last = span.lines[-1]
                    continue
                last = span.lines[-1]
                s = self._sentences(span)[0]
                lead = self._item_lead(s)
                if lead is None or lead.concept == kind[0].concept or self._is_problem(lead.concept):
                    continue
                lead_class = self.classes.get(lead.concept)
                if lead_class in (KG.Dataset, KG.Task) and lead_class != self.classes.get(kind[0].concept):
                    continue
                if self._allowed(lead.concept, KG.relatedTo, kind[0].concept):
                    out.append(self._fact(lead.concept, KG.relatedTo, kind[0].concept, kind[1], s.quote.strip(), s.line, index, "example"))
        return out

    def _kinds_announced(self, span: Span, heading: bool = False, label: bool = False) -> tuple[Mention, str] | None:
        """The name whose kinds the list after ``span`` gives, with the words that say so: the span's last sentence ends
        with a colon or a question mark (a heading or a label need not) and has a kg:KindIntroNoun right after a name
        ('regularization techniques', '池化方法') or before 'of' and a name ('types of gradient descent'). A broad name
        too: a kind-of link is what relates a name to its broad category. Only kg:KindIntroLead words before it and
        kg:KindIntroFollower words after it, with a name only after a kg:OwnerPreposition ('… techniques for neural
        nets do you know?'): anything else says the line is about another thing. Not with a problem's name: 'methods for
        overfitting' are remedies, not kinds."""
        # the last sentence with a word in it: a star or an emoji after the question mark makes a 'sentence' of its own
        sentences = [s for s in self._sentences(span) if re.search(r"\w", s.text)]
        if not sentences:
            return None
        s = sentences[-1]
        if not heading and not _INTRO_END.search(s.text):
            return None
        end = _INTRO_END.search(s.text)
        stop = end.start() if end is not None else len(s.text.rstrip())
        # not a problem ('methods for overfitting' are remedies), nor a phrase the notes made a name with a
        # kg:KindListSignal word in it ('一些激活函数', '目前由几种编码方式')
        kinds = [m for m in s.mentions if not self._is_problem(m.concept) and not self._words.kind_list_signal.search(m.surface)]
        for m in kinds:
            after = self._words.kind_intro_after.match(s.text, m.end)
            before = self._words.kind_intro_of.search(s.text, 0, m.start)
            found = after or before
            if found is None:
                continue
            if not self._kind_intro_lead(s, found.start() if before is not None and after is None else m.start):
                continue
            if self._kind_intro_tail(s, max(found.end(), m.end), stop, m):
                return m, found.group(0).strip(" *_`")
        if not label and (heading or end is None):
            return None  # a heading naming a thing ('## ResNet') is no announcement of its kinds
        # 'What activation functions do you know?', '常见的激活函数有：': the name is the kind itself, when a kg:KindListSignal
        # word says a list of kinds follows (not 'What is dropout?')
        signal = self._words.kind_list_signal.search(s.text, 0, stop if end is not None else len(s.text))
        if signal is None:
            return None
        for m in kinds:
            if self._kind_intro_lead(s, m.start) and self._kind_intro_tail(s, m.end, stop, m):
                return m, signal.group(0)
        return None

    def _kind_intro_lead(self, s: Sentence, at: int) -> bool:
        """Only kg:KindIntroLead words before ``at`` within its clause (and, in Chinese, a name with 的 after it:
        '卷积的张量分解方法')."""
        # the clause the name stands in: '深度学习领域，常用的…', 'Depending on how we define the layers, we get …'
        breaks = [i + 1 for i, ch in enumerate(s.text[:at]) if ch in "，,；;。"]
        start = breaks[-1] if breaks else 0
        owners = [x for x in s.mentions if start <= x.start and x.end < at and s.text[x.end : x.end + 1] == "的"]
        lead = _blanked(s.text, start, at, [(x.start, x.end) for x in owners])  # the 的 left is a kg:KindIntroLead word
        found = self._words.kind_intro_lead.match(lead)
        return found is not None and found.end() == len(lead)

    def _kind_intro_tail(self, s: Sentence, start: int, stop: int, kind: Mention) -> bool:
        """Only kg:KindIntroFollower words between the kind noun and the end, and names only after an English
        kg:OwnerPreposition and never a problem's ('LSTM methods for vanishing gradient:' are remedies)."""
        owners = []
        for x in s.mentions:
            if x.start < start or x.start >= stop or x is kind:
                continue
            if self._is_problem(x.concept) or not x.surface.isascii():
                return False
            if self._words.kind_intro_owner.search(s.text[max(0, x.start - 30) : x.start]) is None:
                return False
            owners.append(x)
        rest = _blanked(s.text, start, stop, [(x.start, min(x.end, stop)) for x in owners])
        tail = self._words.kind_intro_rest.match(rest)
        return tail is not None and tail.end() == len(rest)

    def _item_lead(self, s: Sentence) -> Mention | None:
        """The name a list item opens with, when it is the item's whole head: alone, or before a colon, a spaced dash, a
        bracket or a comma ('L1 Regularization - Defined as …', '**Dropout:** Randomly …', 'Average pooling, the output
        is …', 'Average Pooling'); not a key whose value after the colon opens with another name ('VGG: max pooling')."""
        if not s.mentions:
            return None
        m = s.mentions[0]
        if ENUMERATOR.sub("", s.text[: m.start]).strip(" \t\u200b*_`"):
            return None
        rest = s.text[m.end :].lstrip("*_`")
        head_end = _ITEM_HEAD_END.match(rest)
        if head_end is None and rest.strip():
            return None
        if head_end is not None and head_end.group(0).strip() in (":", "："):
            # '- CNN: dropout and BatchNorm', '- BERT：WordPiece': an item keyed by a name whose value opens with another
            # name says what the key uses, not that the key is one of the kinds
            after = m.end + len(s.text[m.end :]) - len(rest) + head_end.end()
            gap = s.text[after:]
            if any(
                x.start >= after and x.concept != m.concept and not gap[: x.start - after].strip(" \t*_`") for x in s.mentions
            ):
                return None
        return m

    def _only_name(self, span: Span) -> Mention | None:
        """The span is one name and nothing else but markup, a list number, a closing colon or the name's own short
        form in brackets."""
        sentences = self._sentences(span)
        if len(sentences) != 1 or not sentences[0].mentions:
            return None
        s, m = sentences[0], sentences[0].mentions[0]
        end = m.end
        if len(s.mentions) == 2 and s.mentions[1].concept == m.concept:
            # 'PositionRank（PR）', 'Reference Vector Algorithm (RVA)': the name and its short form in brackets
            aside = re.fullmatch(r"\s*[(（]\s*", s.text[m.end : s.mentions[1].start])
            close = re.match(r"\s*[)）]", s.text[s.mentions[1].end :])
            if aside is None or close is None:
                return None
            end = s.mentions[1].end + close.end()
        elif len(s.mentions) != 1:
            return None
        rest = ENUMERATOR.sub("", s.text[: m.start]) + s.text[end:]
        return m if not rest.strip(" \t\u200b*_`:：-•") else None

    def _read_definitions(
        self, sentences: list[Sentence], index: int, antecedents: dict[int, str | None] | None = None
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
            hit = Hit(found.start(), found.end(), (), frozenset({"Definition"}))
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
            if kind is not None and kind.concept != subject.concept and self._describes(s, hit.end, kind):
                based = self._basis_suffix.match(s.text, kind.end)
                if (
                    based
                    and any(self._is_kind_noun(w) for w in based.group(1).split())
                    and self._allowed(subject.concept, KG.uses, kind.concept)
                ):
                    # "ViT is a Transformer-based model": a model based on the Transformer, so ViT uses it
                    text = s.text[hit.start : based.start(1)]
                    out.append(self._fact(subject.concept, KG.uses, kind.concept, text, s.quote.strip(), s.line, index, evidence))
                    continue
            if kind is None or not self._describes(s, hit.end, kind) or not self._ends_noun_phrase(s, kind):
                continue
            if self.one_side_of_choice(s, hit.start, kind):
                continue  # "逻辑回归是线性模型还是非线性模型？": the question asks which kind; neither is stated
            if kind.concept != subject.concept and self._kind_allowed(s, subject, kind):
                text = s.text[hit.start : hit.end]
                out.append(self._fact(subject.concept, KG.relatedTo, kind.concept, text, s.quote.strip(), s.line, index, evidence))
        return out

    def _pronoun_referent(self, s: Sentence, cstart: int, at: int, antecedent: str | None) -> Mention | None:
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

    def _read_bare_definitions(self, s: Sentence, index: int) -> list[Assertion]:
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
            if s.text[start:end].isascii() and not self._plain_english_kind(s, end, kind):
                continue
            if bracket_start(s.text, kind.start, end) > end:
                continue  # "残差连接结构是指在每个子层（比如自注意力层…）…": a name in an aside after the copula is no kind
            if self.one_side_of_choice(s, start, kind):
                continue  # "逻辑回归是线性模型还是非线性模型？": the question asks which kind; neither is stated
            for subject in subjects:
                if kind.concept != subject.concept and self._kind_allowed(s, subject, kind):
                    text = s.text[start:end]
                    out.append(self._fact(subject.concept, KG.relatedTo, kind.concept, text, s.quote.strip(), s.line, index, "explicit"))
        return out

    def _plain_english_kind(self, s: Sentence, start: int, kind: Mention) -> bool:
        """An English bare 'is'/'are' says what kind a name is only in the plain shape 'X is (the|a) [describing
        words] KIND NOUN': not in a question ('RYE is the SD method?'), not when a word between says how the two
        stand instead (kg:BareKindStop: 'the core of', 'inferior to', 'known as', 'like', 'what … use', 'hardly'),
        and not when the noun phrase goes on after the head noun ('the BERT model's optimizer', 'the CNN model
        input': the kind only modifies another noun)."""
        if s.text.rstrip(" \t*_`)）\u200b").endswith(("?", "？")):
            return False
        words = [w.strip("*_`'\"“”‘’,.;:()") for w in s.text[start : kind.start].lower().split()]
        for i, w in enumerate(words):
            if w == "of" and i and (words[i - 1] in self._member_nouns or words[i - 1].rstrip("s") in self._member_nouns):
                continue  # 'special kinds of pooling', 'a type of CNN': the member noun makes it a kind
            if w in self._bare_kind_stops:
                return False
        at = kind.end
        surface = kind.surface.strip()
        if not self._is_kind_noun((surface.split() or [""])[-1]):
            # the head noun _names_kind found after the kind (and its aside)
            noun = _LATIN_WORD.match(s.text, _after_aside(s.text, at))
            if noun is None:
                return False
            at = noun.end()
        while (more := re.match(r"\s+([A-Za-z]+)", s.text[at : at + 30])) is not None and self._is_kind_noun(more.group(1)):
            at += more.end()  # 'a neural network architecture': head nouns in a row end the phrase together
        rest = s.text[at : at + 30]
        if re.match(r"['’]s?\b", rest):
            return False  # a possessive: the kind's noun owns the thing the name is
        after = re.match(r"\s+([a-z]+)\b", rest)
        if after is None:
            return True
        word = after.group(1)
        # a lower-case content word right after the head noun continues the noun phrase ('model input'); a
        # function word, a participle or a relative word begins what is said of the kind ('model that', 'model used')
        return (
            common_words().zipf_en(word) >= FUNCTION_ZIPF
            or word.endswith(self._participle_suffixes)
            or word.endswith("ing")
            or word in self._prepositions
        )

    def _defined_subjects(self, s: Sentence, cstart: int, at: int) -> list[Mention]:
        """The names a bare definition is about: the name right before the copula and the names coordinated
        with it, each perhaps followed by an aside in brackets ('A3C（…）或 PPO（…）都是…'), and nothing before
        the first of them in the clause but markup, a list number or 'the'."""
        before = [m for m in s.mentions if cstart <= m.start and m.end <= at and not inside_brackets(s.text, m.start, at)]
        if not before:
            return []
        group = [before[-1]]
        for m in reversed(before[:-1]):
            gap = re.sub(r"[(（][^()（）]*[)）]", "", s.text[m.end : group[0].start])
            if normalize(gap).strip(" *_`") not in self._coordination:
                break
            group.insert(0, m)
        tail = re.sub(r"[(（][^()（）]*[)）]|\]\([^)]*\)", "", s.text[group[-1].end : at]).strip(" \t\u200b*_`$])）")
        if tail and not self._only_head_noun(tail):
            return []  # a head noun may follow the name: 'Q-Learning 算法是…', 'the BERT model is…'
        lead = s.text[cstart : group[0].start]
        # 'RYE, WB, and CB are …': a serial comma leaves the joining word opening the last clause
        serial = normalize(lead).strip(" *_`") in self._coordination and s.text[:cstart].rstrip().endswith(",")
        if not serial and not self._only_definite(lead):
            return []
        listed = len(group)
        # 'ResNet, VGG and BERT are CNN models': a comma is a clause mark, so the names listed before it are
        # clauses of their own; each that holds one name and nothing else joins the group
        while (before_comma := s.text[:cstart].rstrip()).endswith(","):
            pstart, _ = s.clause_of(len(before_comma) - 2) if len(before_comma) > 1 else (0, 0)
            names = [m for m in s.mentions if pstart <= m.start and m.end < len(before_comma)]
            if len(names) != 1 or pstart >= cstart:
                break
            rest = s.text[pstart : names[0].start] + re.sub(r"[(（][^()（）]*[)）]", "", s.text[names[0].end : len(before_comma) - 1])
            if not self._only_definite(rest):
                break
            group.insert(0, names[0])
            cstart = pstart
        return group if not serial or len(group) > listed else []

    def _only_definite(self, text: str) -> bool:
        """Nothing but markup, a list number or 'the' (kg:Determiner words of a definite name)."""
        words = re.sub(r"[\s\u200b*_`#>\[\]()（）\-―—:：.、0-9]+", " ", text).split()
        return all(w.lower() in self._definite for w in words)

    def _only_head_noun(self, text: str) -> bool:
        """The text is one kg:HeadNoun or kind word and nothing else ('算法', 'model')."""
        if CJK_CHAR.match(text[0]):
            return text in self._head_nouns_cjk or text in self._kind_followers_cjk
        return re.fullmatch(r"[A-Za-z]+", text) is not None and self._is_kind_noun(text)

    def _names_kind(self, s: Sentence, kind: Mention) -> bool:
        """A head noun or a kind word right after the kind (an aside in brackets and markup may come between):
        '… PEFT 方法', '… 卷积神经网络（CNN）模型', '… normalization methods'."""
        surface = kind.surface.strip()
        if (surface.endswith(tuple(self._head_nouns_cjk)) and len(surface) > 2) or self._is_kind_noun((surface.split() or [""])[-1]):
            return True  # the kind's own name ends in one: '… 时间差分算法（Time difference）', 'a graph neural network'
        rest = s.text[_after_aside(s.text, kind.end) : kind.end + 40]
        if rest[:1] and CJK_CHAR.match(rest[0]):
            return any(rest.startswith(w) for w in self._head_nouns_cjk + self._kind_followers_cjk)
        word = re.match(r"[A-Za-z]+", rest)
        return word is not None and self._is_kind_noun(word.group(0))

    def _read_kind_values(self, sentences: list[Sentence], index: int) -> list[Assertion]:
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
                clause = s.clause_of(owner.start)
                if any(clause[0] <= h.start < owner.start and any(c.target == KG.replaces for c in h.cues) for h in s.hits):
                    continue  # "替换部分 3×3 的卷积为 1×1 卷积": 为 closes the replacement (replace A with B), it names no kind's value
                if self._allowed(owner.concept, KG.uses, z.concept):
                    cue = s.text[n.start : z.start].strip()
                    out.append(self._fact(owner.concept, KG.uses, z.concept, cue, s.quote.strip(), s.line, index, "explicit"))
        return out

    def _read_advantages(self, sentences: list[Sentence], index: int) -> list[Assertion]:
        """'ReLU 相比 Sigmoid 的主要优势有哪些', 'the advantages of Adam over SGD': A's advantage over B says A
        improves on B. Both names stand right beside the comparison word, the kg:Advantage word right after B."""
        out: list[Assertion] = []
        for s in sentences:
            for a, b in zip(s.mentions, s.mentions[1:]):
                gap = s.text[a.end : b.start]
                cue = next((h for h in s.hits if a.end <= h.start and h.end <= b.start), None)
                if cue is not None and any(c.role == "pairCue" and c.target == COMPARED_WITH for c in cue.cues):
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
                    out.append(self._fact(a.concept, KG.improvesOn, b.concept, text, s.quote.strip(), s.line, index, "explicit"))
        return out

    def _read_contrasts(self, sentences: list[Sentence], index: int) -> list[Assertion]:
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
                if a is not None and b is not None and (owned := self._owned_side(s, a, aend, b, bend)) is not None:
                    a = owned
                if a is None or b is None or a.concept == b.concept or self._is_problem(a.concept):
                    continue
                if self._interacting(s, (astart, aend), a, b):
                    continue  # "学习器要等待采样器…，而采样器要更新策略": one acts on the other, nothing is contrasted
                if self._unlike_kinds(a.concept, b.concept):
                    continue  # "…YOLOv1 最后一层是全连接层，…，而在 YOLOv2 中…": a layer is not contrasted with a model
                if self._allowed(a.concept, COMPARED_WITH, b.concept):
                    out.append(self._fact(a.concept, COMPARED_WITH, b.concept, word, s.quote.strip(), s.line, index, "explicit"))
        return out

    def _unlike_kinds(self, a: str, b: str) -> bool:
        """The lexicon knows both as different kinds of thing (a model and a component, a technique and a model):
        two clauses that open with them are not a contrast of the two."""
        kinds = {self._top_class(self.classes.get(c, KG.Concept)) for c in (a, b)}
        return KG.Concept not in kinds and len(kinds) > 1

    def _interacting(self, s: Sentence, clause: tuple[int, int], a: Mention, b: Mention) -> bool:
        """'学习器要等待采样器收集数据，而采样器要更新策略' (the learner waits for the sampler, whereas the sampler
        …): the first clause already names the second side as what its subject acts on, so the two clauses
        tell how the two work together, not how they differ. A comparison word in the first clause
        ('A 比 B 快', 'A is faster than B') still compares."""
        start, end = clause
        text = s.text[a.end : end]
        if self._words.comparison_word.search(text):
            return False
        return any(m.concept == b.concept and a.end <= m.start and m.end <= end for m in s.mentions)

    def _opening_name(self, s: Sentence, start: int, end: int, word: str) -> Mention | None:
        """The name a clause opens with: nothing before it but markup, the joining word, 'the' or a place word
        ('在'); inside a bracket or after another name it is no side of the contrast."""
        first = next((m for m in s.mentions if start <= m.start < end), None)
        if first is None:
            return None
        lead = s.text[start : first.start].strip(" \t\u200b*_`")
        if word and lead.startswith(word):
            lead = lead[len(word) :].strip(" \t\u200b*_`")
        return first if lead.lower() in self._contrast_side_lead else None

    def _owned_side(self, s: Sentence, a: Mention, aend: int, b: Mention, bend: int) -> Mention | None:
        """'Q-learning 的行为策略…，而目标策略…': the first clause's name owns a name kg knows (kg:Possessive), and the
        second clause opens with a bare name: what is contrasted is the owned one. When both sides are owners
        ('AdaBoost 的权重…，而 RF 的权重…'), or the second side's part is named again after it, the owners are
        contrasted."""
        if self._owned_name_start(s, b.end, bend) is not None:
            return None
        owned = self._owned_name_start(s, a.end, aend)
        if owned is None:
            return None
        rest = s.text[owned : aend]
        at = owned + len(rest) - len(rest.lstrip(" \t*_`"))
        found = next((m for m in s.mentions if m.start == at and m.end <= aend), None)
        if found is not None and any(m.concept == found.concept and m.start >= b.end for m in s.mentions):
            return None  # "metapath2vec 的 softmax…，而 metapath2vec++ 则…，softmax 是…": each owner has the part
        return found

    def _owned_name_start(self, s: Sentence, at: int, end: int) -> int | None:
        """Where the owned name may start after a name ending at ``at``: past a kg:Possessive right after it, or past
        a Chinese kind noun and the possessive ('AE 模型的 Encoder' is AE's encoder, as 'AE 的 Encoder' is); None
        when no possessive follows the name."""
        owned = self._possessive_after.match(s.text, at, end)
        if owned is None:
            rest = s.text[at:end].lstrip(" \t")
            head = next((h for h in self._kind_heads if rest.startswith(h)), None)
            if head is None:
                return None
            owned = self._possessive_after.match(s.text, end - len(rest) + len(head), end)
        return owned.end() if owned is not None else None

    @staticmethod
    def _close_to(s: Sentence, start: int, end: int) -> bool:
        return len(s.text[start:end].strip(" \t*_`$")) == 0

    def _instance_gap(self, gap: str) -> bool:
        """Between the kind and its instance only a kg:InstanceCopula ('是', '一般为', 'is') and markup."""
        word = " ".join(normalize(gap).replace("`", " ").replace("*", " ").split())
        return word in self._instance_copulas

    def _kind_owner(self, s: Sentence, n: Mention) -> Mention | None:
        """Whose kind it is: 'X 的(…的) N', "X's N", 'the N of X'; nothing else but a short phrase with 的 between."""
        clause = s.clause_of(n.start)
        before = [m for m in s.mentions if clause[0] <= m.start and m.end <= n.start]
        if before:
            x = before[-1]
            gap = s.text[x.end : n.start].strip(" `*_")
            if gap.endswith("的") and len(gap) <= 8 and CJK_CHAR.search(gap) and not CLAUSE_MARK.search(gap):
                return x
            if gap in ("'s", "’s"):
                return x
        return None

    def _kind_before_of(self, s: Sentence, x: Mention) -> Mention | None:
        """'the N of X': the kind N before 'of' right before X, itself right after 'the'."""
        before = [m for m in s.mentions if m.end <= x.start]
        if not before or not self._words.of_the.fullmatch(s.text[before[-1].end : x.start]):
            return None
        n = before[-1]
        return n if self._words.the_before.search(s.text[max(0, n.start - 6) : n.start]) else None

    def _kind_allowed(self, s: Sentence, subject: Mention, kind: Mention) -> bool:
        """A definition may relate the subject to this kind: a task only when named before a head noun
        ('an object detection algorithm', not '二分类模型' where the task's name ends a longer word)."""
        if self.classes.get(kind.concept) == KG.Task and self.classes.get(subject.concept) != KG.Task:
            return self._task_kind(s, subject, kind)
        return self._allowed(subject.concept, KG.relatedTo, kind.concept)

    def _task_kind(self, s: Sentence, subject: Mention, kind: Mention) -> bool:
        """'YOLO is an object detection algorithm': a task named before a head noun says what the subject is for;
        a method is related to its task here, though relatedTo otherwise joins only ends of one kind."""
        if self.classes.get(kind.concept) != KG.Task or self.classes.get(subject.concept) in (KG.Task, KG.Problem, KG.Dataset):
            return False
        if CJK_CHAR.match(s.text[kind.start - 1 : kind.start] or " ") and s.text[kind.start - 1] not in self._task_lead:
            return False  # "二分类模型": the task name ends a longer word (binary classification), it is not the task
        follower = re.match(r"[\s*_`]*([A-Za-z]+|[\u3400-\u9fff]{1,2})", s.text[kind.end : kind.end + 12])
        return follower is not None and normalize(follower.group(1)) in self._head_nouns

    def _defined_subject(self, s: Sentence, cstart: int, at: int) -> Mention | None:
        """The name a definition is about: the last name before the phrase, with nothing between them but an
        aside in brackets, a link's target or a head noun, and nothing before it in the clause but markup, a list
        number, 'the', or the same name ('Rectified Linear Unit ― The rectified linear unit layer (ReLU) is…')."""
        before = [m for m in s.mentions if cstart <= m.start and m.end <= at]
        if not before:
            return None
        last = before[-1]
        gap = re.sub(r"[(（][^()（）]*[)）]|\]\([^)]*\)", "", s.text[last.end : at]).strip(" \t\u200b*_`$])）")
        if gap and not self._only_head_noun(gap):
            return None  # a head noun may follow the name: 'Q-Learning 算法是一种…', 'The BERT model is a …'
        lead = s.text[cstart : before[0].start]
        if any(m.concept != last.concept for m in before[:-1]):
            # other names before it: only the same concept, in another wording, may stand there
            inside = [m for m in before[:-1] if not inside_brackets(s.text, m.start, last.end)]
            if any(m.concept != last.concept for m in inside):
                return None
        words = re.sub(r"[\s\u200b*_`#>\[\]()（）\-―—:：.、0-9]+", " ", lead).split()
        return last if all(w.lower() in self._definite for w in words) else None

    def _describes(self, s: Sentence, start: int, kind: Mention) -> bool:
        """Between a definition phrase and the kind it names: a few describing words, no cue, no other name."""
        gap = s.text[start : kind.start]
        if CLAUSE_MARK.search(gap) or any(
            start <= h.start < kind.start and (h.in_set("Negation") or any(c.role != "set" for c in h.cues)) for h in s.hits
        ):
            return False  # a cue or a negation between: the phrase says more than a kind ('是一种不使用 X 的 Y')
        if CJK_CHAR.search(gap):
            return len(gap.strip()) <= 10
        words = [w.strip("*_`") for w in gap.split()]
        words = [w for w in words if w]
        if any(w.lower() in self._prepositions or w.lower().endswith(self._participle_suffixes) for w in words):
            return False  # "a technique used in", "a recently proposed update"
        return len(words) <= 3

    def _ends_noun_phrase(self, s: Sentence, m: Mention) -> bool:
        """The name ends its noun phrase: punctuation, the end, a head noun, or a relative word follows ('an
        activation function g that…'); not 'of' nor 的 ('a kind of X' is the cue's, 'Y 的 Z' is a Z)."""
        rest = s.text[m.end : m.end + 60]
        stripped = rest.lstrip(" \t*_`$")
        # the kind's own aside ('卷积神经网络（CNN），'): what follows the bracket decides
        stripped = re.sub(r"^[(（][^()（）]{1,40}[)）][\s*_`$]*", "", stripped)
        if not stripped or stripped[0] in ",.;:!?，。；：！？)）、":
            return True
        if CJK_CHAR.match(stripped[0]):
            return any(stripped.startswith(w) for w in self._head_nouns_cjk + self._kind_followers_cjk)
        word = re.match(r"[A-Za-z]+", stripped)
        if word is None:
            return False
        if len(word.group(0)) == 1 and stripped[1:2] in ("", " ", ",", "."):
            return True  # "an activation function g that…": the symbol the notes give it
        return word.group(0).lower() in self._head_nouns or word.group(0).lower() in self._kind_followers

    def _example_limit(self, s: Sentence, start: int, bracketed: bool) -> int:
        """Examples run to the closing bracket, or to the end of the clause."""
        if bracketed:
            close = min((i for i in (s.text.find(")", start), s.text.find("）", start)) if i >= 0), default=-1)
            return close if close >= 0 else len(s.text)
        end = CLAUSE_MARK.search(s.text, start)
        return end.start() if end else len(s.text)

    def _example_fact(
        self, s: Sentence, example: str, name: str, marker: str, index: int, kind_named: bool = False
    ) -> list[Assertion]:
        if example == name:
            return []
        model = not kind_named and self.classes.get(example) == KG.Model and self.classes.get(name) not in (
            KG.Model,
            KG.Problem,
            KG.Dataset,
            KG.Task,
        )
        relation = KG.uses if model else KG.relatedTo
        if not self._allowed(example, relation, name):
            return []
        return [self._fact(example, relation, name, marker, s.quote.strip(), s.line, index, "example")]

    def _read_kind_lists(self, sentences: list[Sentence], index: int) -> list[Assertion]:
        """'Word2vec has two variants: CBOW and skip-gram', 'There are two types of X: A and B', 'Word2Vec 有两种模型：
        CBOW 和 Skip-gram', 'X 分为 A 和 B 两种': each listed name is a kind of X, related to it (not a part)."""
        out: list[Assertion] = []
        for s in sentences:
            listed = self._kind_list(s)
            if listed is None:
                continue
            kinds_of, start, end, cue = listed
            group = self._group_after(s, start, end, head=False)
            if not group or s.text[start : group[0].start].strip(" *_`"):
                continue
            for m in group:
                if m.concept != kinds_of.concept and self._allowed(m.concept, KG.relatedTo, kinds_of.concept):
                    out.append(self._fact(m.concept, KG.relatedTo, kinds_of.concept, cue, s.quote.strip(), s.line, index, "explicit"))
        return out

    def _kind_list(self, s: Sentence) -> tuple[Mention, int, int, str] | None:
        """The name whose kinds the sentence lists, and where the list stands (start, end), with the phrase that
        says so; None when the sentence lists no kinds."""
        words = self._words
        found = words.kinds_after_name.search(s.text) or words.kinds_before_count.search(s.text)
        if found is not None:
            # the name right before 'has two variants' / '有两种' / '分为'
            before = [m for m in s.mentions if m.end <= found.start() and not s.text[m.end : found.start()].strip(" *_`")]
            if not before:
                return None
            if found.re is words.kinds_before_count:
                return before[-1], found.start("list"), found.end("list"), found.group(0).strip()
            return before[-1], found.end(), len(s.text), found.group(0).strip()
        found = words.types_of.search(s.text)  # 'There are two types of X: A and B'
        kinds_of = next((m for m in s.mentions if found is not None and m.start == found.end()), None)
        colon = _LIST_COLON.match(s.text, kinds_of.end) if kinds_of is not None else None
        if found is None or kinds_of is None or colon is None:
            return None
        return kinds_of, colon.end(), len(s.text), found.group(0).strip()

    def _read_comparatives(
        self, sentences: list[Sentence], index: int, implied: dict[int, tuple[str | None, str]]
    ) -> list[Assertion]:
        """'ReLU 比 Sigmoid 效果好', 'LReLU 表现并不一定比 ReLU 好': A 比 B followed by a comparative word
        compares A with B (B the name right after 比); when the word says better (kg:BetterWord: 好, 更强) and no
        negation or hedge comes before 比, A improves on B, as 'better than' says in English. A clause naming no A
        ('## ELU' then '- 其表现并不一定比 ReLU 好') compares the subject the sentence is read against, with that
        evidence."""
        out: list[Assertion] = []
        for s in sentences:
            for hit in s.hits:
                if not hit.in_set("ComparisonMarker"):
                    continue
                clause = s.clause_of(hit.start)
                after = [m for m in s.mentions if hit.end <= m.start < clause[1]]
                latin = s.text[hit.start : hit.end].isascii()
                gap = s.text[hit.end : after[0].start] if after else ""
                if latin:
                    gap = self._words.article_around.sub("", gap.strip() + " ")  # "than the WL test"
                if not after or gap.strip(" $`*") != "":
                    continue
                second = after[0]
                graded_at = hit.start
                if latin:
                    # 'A is faster than B': the comparative comes before 'than'; a clause whose verb is a relation
                    # cue ('A performs better than B', 'rather than') is read through that cue instead
                    at = self._english_comparative_before(s, hit.start, clause[0])
                    if at is None:
                        continue
                    graded_at = at  # 'has much lower variance than B': a name after the comparative is what is graded
                    if any(h.end <= graded_at and clause[0] <= h.start and s.text[h.start : h.end].isascii()
                           and normalize(s.text[h.start : h.end]).strip() in self._comparison_markers for h in s.hits):
                        continue  # '9 times smaller than AlexNet and 22 times smaller than VGG': AlexNet is no side here
                elif not self._comparative_follows(s, second.end, clause[1]):
                    continue
                first = self._compared_subject(s, graded_at, clause[0], second)
                evidence = "comparative"
                if first is not None and self._after_unknown_name(s, first):
                    continue  # "FP8 激活比 INT8 好": FP8 activations are compared, not activations
                if first is None:
                    if any(m.end <= hit.start for m in s.mentions) or self._hypothetical(s, clause):
                        continue  # a name earlier in the sentence, outside the clause: too far to be sure
                    if self.unknown_name_side(s, clause[0], hit.start):
                        continue  # "**BERT_LARGE**比GPT高出8.3%": BERT_LARGE is compared, not the section's topic
                    subject, evidence = implied.get(id(s), (None, "topic"))
                    if latin and evidence not in ("pronoun", "sentence", "label", "listed"):
                        continue  # "Queue of data samples can be much larger than a mini-batch": the queue, unnamed
                else:
                    subject = first.concept
                relation = COMPARED_WITH
                if not latin and self._better_after.match(s.text, second.end, clause[1]) and not any(
                    clause[0] <= h.start < hit.start and (h.in_set("Negation") or h.in_set("Hedge")) for h in s.hits
                ):
                    relation = KG.improvesOn  # "MnasNet（效果比 MobileNetV2 好）": MnasNet is the better one
                if subject and subject != second.concept and self._allowed(subject, relation, second.concept):
                    out.append(
                        self._fact(
                            subject,
                            relation,
                            second.concept,
                            s.quote[hit.start : hit.end],
                            s.quote.strip(),
                            s.line,
                            index,
                            evidence,
                        )
                    )
        return out

    def _compared_subject(self, s: Sentence, pos: int, floor: int, other: Mention) -> Mention | None:
        """What 'A 比 B' compares with B: the first name of the clause of B's kind ('tanh 的收敛速度比 sigmoid 快':
        tanh, not 收敛), else the clause's first name. In an aside ('MnasNet（效果比 MobileNetV2 好）') the
        clause starts at the bracket, and with no name inside it the name the aside follows is compared."""
        start = bracket_start(s.text, pos, floor)
        before = [m for m in s.mentions if start <= m.start and m.end <= pos]
        if not before and start > floor:
            # the aside's name is the one it directly follows ('MnasNet（…）'), not one further back
            before = [m for m in s.mentions if floor <= m.start and m.end <= start and not s.text[m.end : start].strip(" （(")][-1:]
        if not before:
            return None
        # "decoder 上 MQA 比 MHA 快": a name a kg:SettingCloser follows is where the two are compared, when
        # another name is there to be compared ('ImageNet 中的图像比 MNIST 的大' compares ImageNet's)
        before = [m for m in before if not self._set_in(s, m)] or before
        # "… show that LSTMs are strictly more powerful than GRUs": in English the name right before the copula
        # of the comparative is its subject, whatever names the clause opened with
        copular = [m for m in before if self._copula_then_adverbs(s.text[m.end : pos])]
        if copular:
            return copular[-1]
        kind = self.classes.get(other.concept)
        return next((m for m in before if self.classes.get(m.concept) == kind), before[0])

    def _copula_then_adverbs(self, gap: str) -> bool:
        """A form of 'be' (kg:BeVerb) and then only adverbs (an -ly word or a kg:PassiveAdverb): 'are strictly '."""
        words = normalize(gap).lower().split()
        return (
            bool(words) and words[0] in self._be_words
            and all(w.endswith(self._adverb_suffixes) or w in self._passive_adverbs for w in words[1:])
        )

    @staticmethod
    def _set_in(s: Sentence, m: Mention) -> bool:
        """A kg:SettingCloser right after the name ('decoder 上', 'ImageNet 上'): the name is a setting."""
        after = m.end + len(s.text[m.end :]) - len(s.text[m.end :].lstrip(" \t*_`"))
        return any(h.start == after and h.in_set("SettingCloser") for h in s.hits)

    def _english_comparative_before(self, s: Sentence, pos: int, floor: int) -> int | None:
        """Where the comparative stands ('faster', 'more accurate', 'fewer parameters') within the four words before
        'than', or None: also when a relation cue stands between the clause's start and 'than' (that cue says what
        the comparison is)."""
        if any(floor <= h.start < pos and any(c.role != "set" for c in h.cues) for h in s.hits):
            return None
        words = list(re.finditer(r"[A-Za-z]+", s.text[floor:pos]))[-4:]
        for w in words:
            word = w.group(0).lower()
            if word in self._words.comparative_words or (
                word.endswith("er") and len(word) > 4 and word not in self._words.not_comparative
            ):
                return floor + w.start()
        return None

    def _comparative_follows(self, s: Sentence, pos: int, limit: int) -> bool:
        """A kg:Comparative word within a few characters after B ('比 ReLU 好', '比 tanh 更麻烦', '比 B 效果好')."""
        window = re.sub(r"[\s$`*]", "", s.text[pos : min(limit, pos + 10)])[:6]
        return any(0 <= window.find(w) <= 4 for w in self._comparatives)

    def _rows_name_concepts(self, table: Table) -> bool:
        """Half the body rows or more, two at least, open with a cell that names a concept ('| TinyBERT | 82.5 |
        …'): the rows are the things the table sets side by side, and the header's columns are the data sets or
        measures each row is scored on. A table whose rows open with sizes or aspects ('| n | 28.0 | … |', '| 速度 |
        快 | 慢 |') keeps its header as what is compared."""
        firsts = [cells[0] for _, cells in table.rows if cells]
        named = sum(1 for cell in firsts if self.matcher.find(cell))
        return named >= 2 and 2 * named >= len(firsts)

    def _cell_concepts(self, cell: str) -> list[str]:
        return unique([m.concept for m in self.matcher.find(cell)])

    def _component_header(self, text: str) -> bool:
        norm = normalize(text)
        return any(w in norm for w in self._component_headers)

    def _read_aspect_labels(self, item: Item, index: int, topic: str | None) -> list[Assertion]:
        """'- 激活函数：GELU', '- **Optimizer**: Adam with lr 2.5e-4' under a model's heading: a list item labelled
        with a kind (the lexicon's skos:broader of the name after the colon) says which kind the topic uses, as
        '激活函数采用 GELU' does (_aspect_subject). Only names that are kinds of the label are read."""
        if topic is None:
            return []
        own = self._heading_names(item.section, topic)
        out: list[Assertion] = []
        for span in item.answer + item.body:
            if span.code or not span.listed:
                continue
            first = next(iter(self._sentences(span)), None)
            if first is None or len(first.mentions) < 2:
                continue
            label = first.mentions[0]
            if ENUMERATOR.sub("", first.text[: label.start], count=1).strip(" \t\u200b*_`"):
                continue  # the label must open the item
            colon = re.match(r"[\s*_`]*[:：][\s*_`]*", first.text[label.end :])
            if colon is None or label.concept == topic:
                continue
            _, cend = first.clause_of(label.end + colon.end())
            values = [
                m for m in first.mentions[1:] if m.start < cend and label.concept in self._broader.get(m.concept, ())
            ]
            if not values or values[0].start != label.end + colon.end():
                continue  # the first name after the colon must be a kind of the label
            for m in values:
                if m.concept != topic and self._allowed(topic, KG.uses, m.concept):
                    evidence = "listed" if own else "topic"
                    out.append(self._fact(topic, KG.uses, m.concept, ":", first.quote.strip(), first.line, index, evidence))
        return out

    def _read_sequences(self, item: Item, index: int, topic: str | None) -> list[Assertion]:
        """'Conv ==> Pool ==> FC ==> softmax' under a model's heading: the layers it is built from. A sequence that
        names the topic itself ('R-CNN -> Fast R-CNN -> Faster R-CNN' under Faster R-CNN) is a lineage or a flow
        the topic takes part in, not what it is built from: nothing is read; so is one whose steps are all whole
        models ('AlexNet -> VGG -> ResNet')."""
        if topic is None:
            return []
        own = self._heading_names(item.section, topic)
        out: list[Assertion] = []
        for span in item.spans:
            for offset, line_text in enumerate(span.text.split("\n")):
                parts = [p for p in self._arrows.split(line_text) if p.strip()]
                if len(parts) < 3:
                    continue
                # a step is the short phrase next to its arrows: a label before the first ("RPN 网络结构：生成 anchors ->
                # …") and a clause after the last ("Sarsa: S->A->R->S'->A'，on-policy经典算法，和Q-Learning…") are no steps
                steps = [_STEP_END.split(parts[0])[-1], *parts[1:-1], _STEP_END.split(parts[-1])[0]]
                found = [m.concept for p in steps for m in self.matcher.find(p)[:1]]
                if len(found) < 2:
                    continue
                if any(m.concept == topic for p in steps for m in self.matcher.find(p)[:1]):
                    continue  # "R-CNN -> Fast R-CNN -> Faster R-CNN" under Faster R-CNN: a lineage, not its parts
                if all(self.classes.get(c) == KG.Model for c in found):
                    continue  # "AlexNet -> VGG -> ResNet" under DeepViT: whole models one after another are a lineage
                line = span.lines[min(offset, len(span.lines) - 1)]
                evidence = "listed" if own else "topic"  # a sequence right under the model's own heading
                for concept in unique(found):
                    if concept != topic and self._allowed(topic, KG.uses, concept):
                        out.append(self._fact(topic, KG.uses, concept, "=>", line_text.strip(), line, index, evidence))
        return out

    def _in_references(self, item: Item) -> bool:
        """Items under 'References' / '参考文献' list sources: paper titles state no facts of the notes. So does an
        item written as a citation anywhere ('1. Wager, S. & Athey, S. (2018). Estimation … using random forests.'), and
        a list under a label that says so ('Ref:', '**参考文献**：'), as under such a heading, when the item is that
        list alone and each of its items reads as a source (prose after the links, still under the label, and the
        author's own sentences listed under '参考：' are the notes' own)."""
        prose = [span for span in item.spans if not span.code]
        if (
            item.label is not None
            and prose
            and all(span.listed and _reads_as_source(span.text, loosely=True) for span in prose)
            and any(_reads_as_source(span.text) for span in prose)
            and reference_heading(item.label, self._reference_labels)
        ):
            return True
        first = next((span for span in item.spans if not span.code), None)
        if first is not None:
            line = ENUMERATOR.sub("", first.text.lstrip(" \t\u200b-*+•")).split("\n", 1)[0]
            if _CITATION_AUTHORS.match(line) and _CITATION_YEAR.search(line):
                return True
            cited = _AUTHOR_YEAR.match(line)
            if cited is not None and not self.matcher.find(cited.group(1)):
                return True  # ('Transformer (2017). It uses …' opens with a name kg knows: an entry of the notes)
        if item.section is None:
            return False
        path = item.section.path
        known = self._reference_paths.get(path)  # asked of every item: once per section path and document
        if known is None:
            known = self._reference_paths[path] = any(
                reference_heading(title, self._reference, self._reference_modifiers) for title in path
            )
        return known
