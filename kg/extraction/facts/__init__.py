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

import re
from dataclasses import replace

from kg.extraction.facts.layouts import LayoutReader
from kg.extraction.facts.sentences import (  # the rules' shared helpers, named here for callers and tests
    BRACKET_TAIL,
    CJK_CHAR,
    ENUMERATOR,
    LABEL,
    UNNAMED,
    WORK_LABEL,
    CueMatcher,
    LocalMatcher,
    Sentence,
    WordPatterns,
    apply_polarity,
    closed_aside,
    dedupe,
    formula_symbol,
    glued_sentence_ends,
    inline_item_marks,
    sections_of,
    size_columns,
    unique,
)
from kg.extraction.mentions import initials, run_in_label
from kg.model import Assertion, Document, Item, ItemLinks, Section, Span
from kg.terms import KG
from kg.text import normalize

__all__ = [
    "CueMatcher",
    "LocalMatcher",
    "Relator",
    "WordPatterns",
    "closed_aside",
    "formula_symbol",
    "glued_sentence_ends",
    "inline_item_marks",
    "size_columns",
]


# what may stand between two offered alternatives besides the word 'or': spaces, commas, enumerators ('(2)', '2.')
ALTERNATIVE_GAP_NOISE = re.compile(r"[\s,，、*_`]+|[(（]\s*\d{1,2}\s*[)）]|\b\d{1,2}[.)]")


class Relator(LayoutReader):
    """Holds the vocabulary's matchers; ``relate(doc)`` reads one document."""

    def relate(self, doc: Document, topics: dict[int, str | None]) -> tuple[list[Assertion], list[ItemLinks]]:
        """Facts and item links for every item of a document; ``topics`` maps id(section) → concept."""
        facts: list[Assertion] = []
        links: list[ItemLinks] = []
        # one sentence cache for the whole document: the section rules read the items' spans again
        # (their last sentences, their headings), and matching a span is most of the work
        self._sentence_cache.clear()
        self.matcher = self.file_matcher(doc.source)
        self.reading_source = doc.source
        introduced: str | None = None  # what the paragraph before a list said the list is about
        section = None
        for index, item in enumerate(doc.items):
            topic = topics.get(id(item.section)) if item.section is not None else None
            if item.work is not None:
                topic = self._work_topic(item.work)  # '**[Pyro](https://pyro.ai/)**' then 'This is …': about Pyro
            # '**Dropout**' alone on its line, then '- 随机丢弃神经元': under a heading that names nothing, a bold name is
            # the heading of what follows; under a named one it is an aspect or a part of that ('## CNN' › '**卷积层**:')
            labelled = self._label_topic(item) if topic is None else None
            if labelled is not None:
                topic = labelled
            if item.section is not section:
                section, introduced = item.section, None
            listed = bool(item.spans) and self._enumerated(item.spans[0])
            item_facts, item_links = self._relate_item(
                item, index, topic, introduced if listed else None, labelled=labelled is not None
            )
            if not listed:
                introduced = self._item_intro(item, topic)
            if not self._in_references(item):
                facts.extend(item_facts)
            links.append(item_links)
        facts.extend(self._read_headings(doc, topics))
        facts.extend(self._remedy_sections(doc))
        facts.extend(self._read_name_lists(doc))
        facts.extend(self._read_kind_item_lists(doc))
        facts.extend(self._read_open_cue_lists(doc))
        self._sentence_cache.clear()  # the document's spans go with it
        self._reference_paths.clear()
        # a link alone on its line ('- [GBDT和XGBoost的区别？](https://…)') names another text: its title is that text's
        # claim, not the notes'; its names still tell what the item is about (the item's links keep them)
        cited = {line for item in doc.items for span in item.spans if span.linked for line in span.lines}
        # a name and its alias can both be read ('老面包(RYE)' then '老面包通过RYE…'): a concept is never
        # related to itself, so such a reading says nothing
        facts = [
            f
            for f in facts
            if f.subject != f.object
            and f.line not in cited
            and not self._spelled_out_pair(f.subject, f.object)
            and not self._inflected_pair(f.subject, f.object)
            and not (f.relation == KG.uses and f.evidence != "explicit" and self._own_variant(f.subject, f.object))
        ]
        return dedupe(self._kinds_not_parts(facts)), links

    def _label_topic(self, item: Item) -> str | None:
        """The concept a block's bold label (a bold line alone, '**ResNet**' or '**ResNet:**') names whole: what the
        block under it is about, as under a heading; None for a label that names an aspect ('**优点**', '**Steps**')
        or anything more than one name."""
        if item.label is None or item.work is not None or item.kind != "block":
            return None
        named = self._named_whole(item.label.strip(" *_`"))
        if named is None or named in self.broad or self.classes.get(named) == KG.Concept:
            return None  # '**Loss function**', '**激活函数**': a kind of thing the section goes on to name, an aspect
        return named

    def _work_topic(self, title: str) -> str | None:
        """The concept an outside work's title names whole ('**[Pyro](…)**' where kg knows Pyro), else None: a
        paper's title names the work, not a concept of the section it sits in."""
        return self._named_whole(title.strip())

    def _named_whole(self, text: str) -> str | None:
        """The concept ``text`` is one name of, all of it ('Dropout', not 'Dropout rate'), else None."""
        found = self.matcher.find(text)
        return found[0].concept if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) else None

    def _concept_keys(self) -> dict[str, list[str]]:
        names = self._names_of
        if names is None:
            names = {}
            for key, iri in self._all_files_matcher.concept_of.items():
                names.setdefault(iri, []).append(key)
            self._names_of = names
        return names

    def _inflected_pair(self, a: str, b: str) -> bool:
        """'**Learning Rate Scheduling:** Use learning rate schedules…': two ends whose Latin names are the same words
        but for their endings ('scheduling' and 'schedule') are one concept the notes named two ways, and
        relating them says nothing."""
        names = self._concept_keys()
        stems_a = {_word_stems(k) for k in names.get(a, []) if k.isascii()}
        return bool(stems_a) and any(_word_stems(k) in stems_a for k in names.get(b, []) if k.isascii())

    def _own_variant(self, subject: str, obj: str) -> bool:
        """'## Batch size' then 'Why use larger batch sizes?', '## Entropy' then '- Use entropy bonus': the object's
        Latin name holds every word of the implied subject's and more. Advice about the topic itself (a larger one,
        a bonus of it), not something the topic uses; a subject the sentence names keeps its reading."""
        names = self._concept_keys()
        subject_words = [set(_word_stems(k)) for k in names.get(subject, []) if k.isascii()]
        object_words = [set(_word_stems(k)) for k in names.get(obj, []) if k.isascii()]
        return any(a < b for a in subject_words if a for b in object_words)

    def _spelled_out_pair(self, a: str, b: str) -> bool:
        """'DIN … It is a deep interest network model': one end is an acronym the other's name spells word by word
        (initials); the two are one concept the notes named twice, and relating them says nothing."""
        names = self._concept_keys()

        def spells(short_of: str, long_of: str) -> bool:
            shorts = {k.upper() for k in names.get(short_of, []) if k.isascii() and k.isalpha()}
            return any(initials(k) in shorts for k in names.get(long_of, []) if " " in k)

        return spells(a, b) or spells(b, a)

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
        without a real heading between. The name must open the item's title. Under a remedy so named, a
        nested item that opens with a bold label naming a concept ('1. **Regularization:**' then
        '- **Dropout:** …') names a kind of that remedy, a remedy too.
        """
        out: list[Assertion] = []
        problems: list[str] = []
        seen: set[int] = set()
        remedies: set[int] = set()  # the sections whose title named a remedy
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
                            remedies.add(id(section))
                            out.append(self._fact(name, KG.mitigates, problem, "list item", section.title, section.line, index, "list"))
            if problems and section is not None and id(section) in remedies:
                out.extend(self._labelled_remedies(item, index, problems))
            spans = [sp for sp in item.answer + item.body if not sp.code]
            last = [s for s in self._sentences(spans[-1])][-1:] if spans else []
            intro = self._asked_problems(last, colon=True)
            if intro:
                problems = intro
        return out

    def _labelled_remedies(self, item: Item, index: int, problems: list[str]) -> list[Assertion]:
        """'- **Dropout:** Randomly deactivate …' under a remedy: the names of the item's bold run-in label."""
        spans = [sp for sp in item.answer + item.body if not sp.code]
        if not spans or not spans[0].listed:
            return []
        label = next((b.strip().rstrip(":：").strip() for b in item.bold if run_in_label(b, spans[:1])), "")
        if not label:
            return []
        first = next(iter(self._sentences(Span(label, spans[0].lines[:1]))), None)
        names = self._leading_names(first) if first is not None else []
        if not names or any(first.text[m.end :].strip() for m in first.mentions[-1:]):  # type: ignore[union-attr]
            return []  # '**Dropout rate:**': a label that goes on after its names is an aspect, not a remedy
        return [
            self._fact(name, KG.mitigates, problem, "list item", spans[0].text.split("\n")[0], spans[0].lines[0], index, "list")
            for name in names
            for problem in problems
            if name != problem and self._allowed(name, KG.mitigates, problem)
        ]

    def _read_headings(self, doc: Document, topics: dict[int, str | None]) -> list[Assertion]:
        """A heading that states a relation between names it holds ('批归一化和群组归一化比较', 'MLA 和 RoPE
        不兼容', 'Generative vs discriminative') states it: read as a sentence with no implicit subject.

        Headings that ask are questions already (their answers are read with them). The fact is recorded
        as derived from the first item under the heading; a heading with nothing under it states nothing.
        A block's bold label that names two things ('**MLE vs. MAP**' over its answer) is read the same way.
        """
        out: list[Assertion] = []
        first_item: dict[int, int] = {}
        for index, item in enumerate(doc.items):
            for section in sections_of(item):
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
            out.extend(self._heading_counterpart(section, topics.get(id(section)), under))
            span = Span(section.title, (section.line,))
            for s in self._sentences(span):
                out.extend(self._read(s, None, under, [], question=False, how="heading"))
        for index, item in enumerate(doc.items):
            # '**函数间隔与几何间隔的关系**：' over a display formula, '**BN vs LN:**' over a list: a block's bold label that
            # names two things states a relation between them as a heading does; the block's text is read on its own
            if item.label is None or item.kind != "block" or item.line in asked or len(self.matcher.find(item.label)) < 2:
                continue
            for s in self._sentences(Span(item.label, (item.line,))):
                out.extend(self._read(s, None, index, [], question=False, how="heading"))
        return out

    def _heading_counterpart(self, section: Section, topic: str | None, under: int) -> list[Assertion]:
        """'## Relation to K-means' under '# Gaussian mixture model', '### 和逻辑回归的关系' under '## 感知机': a heading
        that names only the other side of a relation or comparison (kg:RelationBase, kg:ComparisonBase) leaves the
        section's topic as its first side, as a reader takes it: the mixture model is related to K-means."""
        if topic is None:
            return []
        found = self.matcher.find(section.title)
        if len(found) != 1 or found[0].concept == topic:
            return []
        name = found[0]
        kind = self._headings.counterpart(section.title, name.start, name.end)
        relation = {"compared": KG.comparedWith, "related": KG.relatedTo}.get(kind or "")
        if relation is None or not self._allowed(topic, relation, name.concept):
            return []
        cue = section.title[: name.start].strip() or section.title[name.end :].strip()
        return [self._fact(topic, relation, name.concept, cue, section.title, section.line, under, "heading")]

    def _relate_item(
        self, item: Item, index: int, topic: str | None, introduced: str | None = None, labelled: bool = False
    ) -> tuple[list[Assertion], ItemLinks]:
        links = ItemLinks(topic=topic)
        facts: list[Assertion] = []
        # "优点：" then a list (a block's label, or a list item whose nested list became its pseudo-section): what
        # the topic eases or causes, or can use, is stated of the topic
        own_labels = [item.label, item.section.title if item.section is not None and item.section.level > 6 else None]
        self._pros_cons = any(x is not None and normalize(x).strip(" ：:") in self._pros_cons_labels for x in own_labels)
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
                    got = apply_polarity(got, polarity, self.relations)
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
        label_span: Span | None = None  # the paragraph whose run-in label is the focus
        if focus is None and item.question is None:
            focus = self._label_focus(item)  # "3、剪枝：决策树容易过拟合…": the item is about its label
            label_span = next((span for span in item.body if not span.code), None) if focus else None
        body_sentences = [s for span in item.body if not span.code for s in self._sentences(span)]
        previous: str | None = None  # what the sentence before was about: "它/it/这" at the start refers to it
        labels: dict[int, tuple[str, str | None]] = {}
        own = "own" if labelled else self._heading_names(item.section, topic)
        named_before: set[int] = set()  # spans whose earlier sentence names something: "4. SK-Net 通过…。…利用 Softmax"
        implied: dict[int, tuple[str | None, str]] = {}  # sentence → the subject it states facts about when it names none
        antecedents: dict[int, str | None] = {}  # sentence → what the sentence before it was about ('It is a …')
        partners = self._focus_partners(self._sentences(item.question), focus) if item.question is not None else []
        # '如何解决RNN梯度爆炸和弥散的问题？': the answers remedy the focus's own problem; the focus remedies nothing
        owner_asked = item.question is not None and self._asks_remedy_of_own_problem(self._sentences(item.question), focus)
        # 'How do you deal with sparse data?': the focus is what the answers remedy; 'Use one-hot encoding' says what
        # the reader uses against it, not what it uses
        remedy_asked = not owner_asked and item.question is not None and self._asks_remedy_for(self._sentences(item.question), focus)
        # '为什么选择3x3和1x1的做分支？', 'Why use dropout?': the focus is what is chosen; the answers say why, and what
        # their verbs use is not the focus's
        use_asked = not remedy_asked and item.question is not None and self._asks_use_of(self._sentences(item.question), focus)
        run_in: str | None = None  # a paragraph that is only a name, then a list: the list speaks of that name
        for s in answer_sentences + body_sentences:
            if not self._enumerated(s.span):
                run_in = self._name_paragraph(s)
            if label_span is not None and s.span is not label_span:
                # "Actor-Critic: The policy structure is …" then "TD backgammon (1995). It uses … TD learning": a
                # run-in label speaks for its own paragraph; the paragraphs after it go back to the section's topic
                focus = label_span = None
            implicit, how = focus or topic, "question" if focus else "topic"
            listed = self._enumerated(s.span)
            if listed and introduced is not None and not focus:
                # "Traditional RLHF … involves:" then "- Using RL algorithms like PPO…": about RLHF, not the heading's DPO
                implicit, how = introduced or None, "listed"
            if listed and run_in is not None:
                # "**LoRA**" then "- **优点**：可结合 SFT/DPO": the list under a paragraph that is only a name speaks of
                # that name, also in an answer whose question names another first
                implicit, how = run_in, "listed"
            if how == "topic" and own and listed and id(s.span) not in named_before and (own == "own" or self._opens_with_verb(s)):
                # "## AlexNet" then "- It used the ReLU activation function."; "## AlexNet" › "### 模型特性" then
                # "- 使用LRN…": under generic headings only an item that opens with its verb speaks of the topic
                how = "listed"
            if s.mentions:
                named_before.add(id(s.span))
            if id(s.span) not in labels:
                labels[id(s.span)] = self._span_label(s.span)
            lead = len(s.text) - len(s.text.lstrip())
            if s.start > 0 and "\n" in s.span.text[s.start - 1 : s.start + lead]:
                # "Input layer: …" then, on the next line of the same paragraph, "output layer: use softmax …": a
                # line that opens with a label of its own speaks for that label, and so do the lines after it
                line_label = self._text_label(s.span.text[s.start + lead :])
                if line_label[0] == "known":  # a name kg knows: not a URL's 'https:', nor a sentence's colon
                    labels[id(s.span)] = line_label
                    focus = label_span = None
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
            if owner_asked:
                got = [f for f in got if not (f.subject == focus and f.evidence == "question" and f.relation == KG.mitigates)]
            # ('为什么选择 X？' then '它使用 Y': a pronoun opening the answer is the focus, and says what it uses)
            if remedy_asked or (use_asked and not self._starts_with(s, 0, "Pronoun")):
                got = [f for f in got if not (f.subject == focus and f.evidence == "question" and f.relation in (KG.uses, KG.doesNotUse))]
            facts.extend(got)
            if partners and s in answer_sentences:
                facts.extend(self._shared_answer(got, focus, partners))
            if got:
                previous = got[0].subject
            elif self._opens_with_unknown_name(s):
                previous = UNNAMED  # "[Donut](…) is a … model. It uses …": 'it' is the name kg does not know
            elif self._opens_with_comparison(s) or self._opens_comparison_frame(s):
                previous = self._compared_away(s)
            elif self.denied_focus(s):
                previous = UNNAMED  # "模型中并没有采用 BN 层…。其…": 其 is the model, not the BN it does without
            elif self._opens_with_pronoun(s) or self._opens_with_description(s):
                # "### C4.5" › "This is another algorithm used to create a Decision Tree. This is an extension to
                # ID3": a sentence that opens with a pronoun is about what the pronoun stood for, not the names after
                previous = previous if previous is not None else implicit
            elif self._first_name_modifies_unknown(s):
                previous = UNNAMED  # "…introduces an approach combining X and Y. This replaces …": 'this' is the approach
            elif self._offers_alternatives(s):
                previous = UNNAMED  # "…explored 2 models: (1) CBOW or (2) Transformer. This model uses …": either one
            elif self._first_name_compared_against(s):
                previous = UNNAMED  # "Active play offers benefits over ER. It only requires …": 'it' is active play
            else:
                named = self.focus(s)
                # "There are skip connection, normalization and MLP … This consists of the whole attention layer":
                # 'this' after a list sums the list up, or stands for one of it the text does not say
                previous = UNNAMED if named is not None and self._opens_a_list(s, named) else named or previous
        facts.extend(self._read_tables(item, index))
        facts.extend(self._read_row_cells(item, index, topic))
        prose = [s for span in item.spans if not span.code for s in self._sentences(span)]
        facts.extend(self._read_examples(prose, index))
        facts.extend(self._read_means(prose, index))
        facts.extend(self._read_definitions(prose, index, antecedents))
        facts.extend(self._read_kind_values(prose, index))
        facts.extend(self._read_advantages(prose, index))
        facts.extend(self._read_contrasts(prose, index))
        facts.extend(self._read_comparatives(prose, index, implied))
        facts.extend(self._read_kind_lists(prose, index))
        facts.extend(self._read_sequences(item, index, topic))
        facts.extend(self._read_aspect_labels(item, index, topic))
        facts.extend(self._remedy_lists(item, index))
        links.question = unique(links.question)
        links.answer = unique(links.answer)
        return facts, links

    def _name_paragraph(self, s: Sentence) -> str | None:
        """The concept a paragraph names and nothing else ('**LoRA (Low-Rank Adaptation)**'), else None."""
        concepts = {m.concept for m in s.mentions}
        if len(concepts) != 1 or s.start != 0 or len(s.text.rstrip()) < len(s.span.text.rstrip()):
            return None
        rest, at = "", 0
        for m in s.mentions:
            rest, at = rest + s.text[at : m.start], m.end
        rest = re.sub(r"[()（）\s\u200b*_`:：]", "", rest + s.text[at:])
        # 'LoRA (Low-Rank Adaptation)': the name, and at most its other name in brackets
        return concepts.pop() if not rest else None

    def _first_name_compared_against(self, s: Sentence) -> bool:
        """The English sentence's first name comes right after a kg:ComparedSideWord ('Active play offers benefits
        over experience replay', '… is faster than ER', 'Versus ER, …'): the name is what the sentence's subject is
        compared with, not what the sentence is about."""
        if not s.mentions or CJK_CHAR.search(s.text):
            return False
        first = s.mentions[0]
        return self._compared_side_marker.search(s.text, 0, first.start) is not None

    def _first_name_modifies_unknown(self, s: Sentence) -> bool:
        """The sentence's first name comes right after a noun phrase kg does not know and a participle ('an approach
        combining X and Y'): the sentence speaks of that phrase's noun, not of X."""
        first = next((m for m in s.mentions if not self._is_problem(m.concept)), None)
        if first is None:
            return False
        return self._words.noun_then_participle.search(s.text[max(0, first.start - 60) : first.start]) is not None

    def _opens_with_pronoun(self, s: Sentence) -> bool:
        """The sentence opens with a kg:Pronoun or kg:Anaphora ('This is …', '它是 …'), markup and list numbers aside."""
        return self._starts_with(s, 0, "Pronoun") or self._starts_with(s, 0, "Anaphora")

    def _opens_with_description(self, s: Sentence) -> bool:
        """'The model, just like …, stacks residual layers with … convolutions. It also consists of attention
        layers': a sentence whose subject is a determiner and a kg:HeadNoun ('The model', 'This network') speaks of
        the thing under discussion, as a pronoun would; an 'it' after it is that thing, not a name the sentence
        goes on to mention."""
        opener = self._words.determiner_noun.match(s.text)
        return (
            opener is not None
            and opener.group(1).lower() in self._head_nouns
            and not any(x.start <= opener.start(1) < x.end for x in s.mentions)
        )

    def _asks_remedy_of_own_problem(self, sentences: list[Sentence], focus: str | None) -> bool:
        """'如何解决RNN梯度爆炸和弥散的问题？', 'How to solve the vanishing gradient of RNNs?': the question asks for a remedy
        (a kg:mitigates cue) of a problem the focus has (its name right before the problem, or owning it with 的/中
        or after 'of/in'). The answers name remedies for the focus; the focus is what has the problem."""
        if focus is None:
            return False
        for s in sentences:
            cue = next((h for h in s.hits if any(c.target == KG.mitigates and c.role == "cue" for c in h.cues)), None)
            if cue is None:
                continue
            after = [m for m in s.mentions if m.start >= cue.end]
            for a, b in zip(after, after[1:]):
                gap = normalize(s.text[a.end : b.start]).strip()
                if a.concept == focus and self._is_problem(b.concept) and gap in ("", "的", "中", "中的"):
                    return True
                if b.concept == focus and self._is_problem(a.concept) and gap in ("of", "in", "of the", "in the"):
                    return True
        return False

    def _asks_remedy_for(self, sentences: list[Sentence], focus: str | None) -> bool:
        """'How do you deal with sparse data?', '如何解决过拟合？': the question's focus stands right after a kg:mitigates
        cue (nothing but an article or a modifier between): it is what the answers remedy."""
        if focus is None:
            return False
        for s in sentences:
            for h in s.hits:
                if not any(c.target == KG.mitigates and c.role == "cue" for c in h.cues):
                    continue
                after = [m for m in s.mentions if m.start >= h.end]
                if after and after[0].concept == focus and len(s.text[h.end : after[0].start].split()) <= 2:
                    # ('如何解决RNN中的梯度消失问题': a problem after the focus is the focus's own; the answers are used in it)
                    return not any(self._is_problem(m.concept) for m in after[1:])
        return False

    def _asks_use_of(self, sentences: list[Sentence], focus: str | None) -> bool:
        """'为什么选择3x3和1x1的做分支？', 'Why use dropout?': after a kg:ReasonQuestionWord, the question's focus stands
        right after a kg:uses cue (nothing but an article or a modifier between) and no name stands before that cue:
        the focus is what is chosen, by a doer the question leaves unnamed ('为什么 ResNet 使用 BN？' names its doer)."""
        if focus is None:
            return False
        for s in sentences:
            why = next((h.end for h in s.hits if h.in_set("ReasonQuestionWord")), None)
            if why is None:
                continue  # ('如何使用 RYE？' asks how: the answer's 'use WB' says what RYE is used with)
            for h in s.hits:
                if h.start < why or not any(c.target == KG.uses and c.role == "cue" for c in h.cues):
                    continue
                after = next((m for m in s.mentions if m.start >= h.end), None)
                if after is None or after.concept != focus or any(m.end <= h.start for m in s.mentions):
                    continue
                between = s.text[h.end : after.start].lower().split()
                # ('What criteria would you use for early stopping?': a preposition makes the focus the purpose)
                if len(between) <= 2 and not self._prepositions.intersection(between):
                    return True
        return False

    def _focus_partners(self, sentences: list[Sentence], focus: str | None) -> list[str]:
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

    def _opens_with_verb(self, s: Sentence) -> bool:
        """The sentence opens with a relation cue, after a list number or markup at most ('- 使用 LRN…', '2. Uses
        dropout'): it names no subject of its own ('过去的语言模型大多采用…' has one kg does not know)."""
        lead = len(s.text) - len(ENUMERATOR.sub("", s.text, count=1).lstrip(" \t\u200b*_`-•"))
        return any(h.start == lead and any(c.role in ("cue", "inverseCue") for c in h.cues) for h in s.hits)

    def _span_label(self, span: Span) -> tuple[str, str | None]:
        """What a paragraph or list item opening with 'Label：' is about.

        ("known", concept) when the label is one name kg knows; ("generic", None) for a label of the notes'
        own (优点, 目的, Example, Ans); ("unknown", None) for any other label: the item is about a thing
        kg does not know, or an aside (NB, 注: kg:RemarkLabel), so its clauses without a subject take none;
        ("", None) without a label.
        """
        return self._text_label(span.text)

    def _opens_a_list(self, s: Sentence, concept: str) -> bool:
        """The concept's first mention in the sentence opens a list of three or more coordinated names."""
        first = next((m for m in s.mentions if m.concept == concept), None)
        return first is not None and len(self._group_after(s, first.start, len(s.text) + 1, head=False)) >= 3

    def _offers_alternatives(self, s: Sentence) -> bool:
        """'The authors explored 2 models: (1) CBOW or (2) Transformer': two names the sentence offers as alternatives
        (a kg:AlternativeWord between them, maybe with enumerators); a singular pronoun after it ('This model uses …')
        stands for one of them, and the text does not say which."""
        for a, b in zip(s.mentions, s.mentions[1:]):
            gap = ALTERNATIVE_GAP_NOISE.sub(" ", s.text[a.end : b.start])
            if normalize(gap).strip() in self._alternative_words:
                return True
        return False

    def _text_label(self, text: str) -> tuple[str, str | None]:
        """The label a text opens with, as _span_label reads it."""
        text = text.lstrip("\u200b\t ")
        m = LABEL.match(text)
        work = m is None  # a title with its year ('… (CVPR 2016):') labels the item with a work, never a generic word
        m = m or WORK_LABEL.match(text)
        if m is None:
            return "", None
        label = BRACKET_TAIL.sub("", m.group(1)).strip().strip("*_`")
        if normalize(label).strip(" :：") in self._remedy_labels:
            return "unknown", None  # "solution：限制树的深度，使用随机森林": what remedies the problem, not what the topic uses
        if label in self._remark_labels:
            return "unknown", None  # "NB: From today on, we'll use …": an aside; what it says is not the topic's
        if not work and (not label or self._is_generic_label(label)):
            return "generic", None
        named = self._named_whole(label)
        return ("known", named) if named is not None else ("unknown", None)

    def _is_generic_label(self, label: str) -> bool:
        return not self._headings.name(label)

    def _label_focus(self, item: Item) -> str | None:
        """A block that opens 'Term：' or '**Term**:' speaks about the term."""
        first = next((span for span in item.body if not span.code), None)
        if first is None or (item.label is not None and self._enumerated(first)):
            return None
        m = LABEL.match(first.text)
        if m is None or m.group(1).strip().strip("*_`") in self._remark_labels:
            return None  # "NB: From today on, we'll use …": an aside, not about Naive Bayes
        return self._named_whole(m.group(1).strip())

    def _section_rule(self, item: Item, index: int, topic: str | None, sentences: list[Sentence]) -> list[Assertion]:
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
                        first.quote.strip(),
                        first.line,
                        index,
                        "heading",
                        self._confidence("heading", subject, relation, topic, weak=False),
                    )
                )
        return out

    def _is_yes_no(self, sentences: list[Sentence]) -> bool:
        return any(self.yes_no_words(s) for s in sentences)

    def _answer_polarity(self, sentences: list[Sentence]) -> bool | None:
        if not sentences:
            return None
        first = sentences[0]
        if self._starts_with(first, 0, "NegativeAnswer", whole_word=True):
            return False
        if self._starts_with(first, 0, "Affirmative", whole_word=True):
            return True
        return None


_ENDINGS = ("ing", "ed", "es", "s", "e")


def _word_stems(key: str) -> tuple[str, ...]:
    """The words of a Latin name without their inflection endings: 'learning-rate schedule' and 'learning rate
    scheduling' both give ('learn', 'rat', 'schedul'). A word of four letters or fewer keeps its ending."""
    out = []
    for word in re.findall(r"[a-z0-9]+", key.lower()):
        for ending in _ENDINGS:
            if len(word) > 4 and word.endswith(ending):
                word = word[: -len(ending)]
                break
        out.append(word)
    return tuple(out)
