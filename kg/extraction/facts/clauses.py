"""Reading one sentence: its relation cues in their clauses, in named steps (the guards a cue passes, the
doer before it, the objects after it, the doer a clause leaves unnamed, replacements and contrasts), then
container cues and clauses no relation cue read."""

from __future__ import annotations

import re
from typing import Literal

from kg.extraction.confidence import FAR_CHARS, INHERITED_EVIDENCE, PROBLEM_UNKNOWN, TOPIC_FOR_PROBLEMS
from kg.extraction.facts.base import _blanked
from kg.extraction.facts.guards import FUNCTION_ZIPF, ClauseGuards
from kg.extraction.facts.sentences import (
    CJK_CHAR,
    CJK_WORDS,
    CLAUSE_MARK,
    COMPARED_WITH,
    COUNT,
    DOES_NOT_USE,
    ENUMERATOR,
    LATIN_PHRASE_SUBJECT,
    OWNED_LATIN_NAME,
    SLASH_JOINED,
    TITLE_CASE_SUBJECT,
    UNKNOWN_SUBJECT,
    UNKNOWN_SUBJECT_CJK,
    WORD_CHAR_AFTER,
    CueClause,
    Hit,
    Reading,
    Sentence,
    bracket_close,
    bracket_start,
)
from kg.extraction.mentions import common_words
from kg.model import Assertion, Mention
from kg.terms import KG
from kg.text import normalize


def _owner_of_problem(s: Sentence, subj: str, obj: str, hit: Hit, possessive: re.Pattern[str]) -> bool:
    """'… improve on decision trees by addressing their high variance', '… 解决其梯度消失问题': the problem comes
    with a possessive pronoun right after the remedy cue, and the subject is the name right before the cue, the
    pronoun's nearest antecedent: the subject is what has the problem, not what eases it."""
    problem = next((m for m in s.mentions if m.start >= hit.end and m.concept == obj), None)
    if problem is None or possessive.fullmatch(s.text[hit.end : problem.start]) is None:
        return False
    nearest = next((m for m in reversed(s.mentions) if m.end <= hit.start), None)
    return nearest is not None and nearest.concept == subj

# after a comparison cue, a verb in -ing and an article or a preposition ('equivalent to minimizing the KL', 'the same as
# searching for the …'): the other side is an act, not the name it acts on ('existing methods': an adjective and a noun)
CONDITION_AFTER = re.compile(r"\s+(?:when|whenever|if|unless|while|because|since)\b", re.IGNORECASE)
_BRACKETED_ASIDE = re.compile(r"[(（][^()（）]*[)）]")  # a citation or gloss in brackets, not words of the phrase
MEASURED_VALUE = re.compile(r"\s+of\s+\d")  # 'BPC of 1.10', 'an accuracy of 92%': the name measures, a value follows
OPERAND_AFTER = re.compile(r"[ \t]*\+(?!\+)")  # 'SGD + momentum': a term of a sum, not 'C++'
GERUND_ACT = re.compile(r"\s+[a-z]{3,}ing\s+(?:the|a|an|for|over|with|on|of|to)\s")
# "instead of comparison with other GNNs": an act noun and its preposition after a contrast cue; the name is the act's
ACT_NOUN_AFTER = re.compile(r"\s+(?:the\s+|an?\s+)?[a-z]{3,}(?:ion|ison|ment|sis|ing)\s+(?:with|of|to|on|between|against|for|over)\s", re.I)



_PLUS = re.compile(r"\s*\+\s*")
_GERUND_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]{3,}ing)\b", re.IGNORECASE)  # ' removing', ' simply reshaping'


def _plus_joined(s: Sentence, a: str, b: str) -> bool:
    """Concepts ``a`` and ``b`` named in one chain of names joined by '+' ('CNN+BLSTM+CRF'): one combined model."""
    chain: set[str] = set()
    last = None
    for m in sorted(s.mentions, key=lambda m: m.start):
        if last is None or not _PLUS.fullmatch(s.text, last.end, m.start):
            chain = set()
        chain.add(m.concept)
        if a in chain and b in chain and len(chain) > 1:
            return True
        last = m
    return False

# the classes of names 'the model' / 模型 never stands for (kg:WorkModelNoun)
NOT_MODEL_CLASSES = frozenset(
    {KG.Component, KG.ActivationFunction, KG.Normalization, KG.Regularization, KG.Initialization,
     KG.Optimization, KG.Problem, KG.Dataset, KG.Task}
)
# "less sensitive to outliers compared to …", "superior at retrieval compared to …": a degree word and an adjective, or
# a comparative, and its preposition right before a name
COMPARED_DEGREE_COMPLEMENT = re.compile(
    r"\b(?:(?:less|more)\s+[a-z]+\s+(?:to|on|of|against|with|about|for)|(?:superior|inferior|better|worse)\s+(?:at|in|on|for))"
    r"\s+(?:the|an?|its|their)?\s*(?:[a-z]+-[a-z-]+\s+)?$",  # a hyphened modifier of the name ('at In-context Retrieval')
    re.IGNORECASE,
)
# "不同于我们在基尼系数中的计算": after a Chinese comparison cue, a name set in '在 … 中' with a noun after 的
# "A 与 B 的区别（只）在于 C": the difference lies in C, which is no side of the comparison
DIFFERENCE_LIES_IN = re.compile(r"(?:区别|不同|差异|差别)(?:之处)?\s*(?:就|只|主要|仅|仅仅|则)?\s*(?:是)?\s*在于")
PLACED_SIDE = re.compile(r"[^，,。；;]{0,6}(?<![现存正实所])在\s*$")
INSIDE_NOUN_AFTER = re.compile(r"\s*(?:里面|[中里内])的\s*[A-Za-z\u3400-\u9fff]")
# "相比v2也就增加了…": a Latin word kg does not know right after a Chinese comparison cue, then the Chinese words of
# the clause going on (not a joining word: '类似 Qwen 和 LLaMA', nor more Latin words: 'minimizing KL divergence')
UNKNOWN_LATIN_SIDE = re.compile(r"\s*[A-Za-z][A-Za-z0-9.\-]*(?![A-Za-z0-9.\-])\s*(?![和与及跟或、])(?=[\u3400-\u9fff])")


# after the object of a Chinese 'does not need': a predicate of it ('不需要奖励函数本身是可导的'): what is not needed is
# a property of the object, not the object; a reason or purpose after it ('不使用 X 是因为…') is no such predicate. (The
# English 'does not require X to be differentiable' reads like 'does not need X to be competitive', a purpose: left alone.)
NEEDED_PROPERTY = re.compile(r"\s*本身|\s*是(?!因为|由于|为了)[^，,。；;：:]{1,8}的")


_COPULA_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:[a-z]+\s+)?to\s*$")  # '… is to use X', '… is simply to add X'


# what may open a list item's or a quote's clause before its first word ('- ', '> ', '* ', '• ', a zero-width space)
LIST_LEAD = " \t\n\u200b\u00a0\u2002\u2003\u3000*_`-•>"  # (with the wide spaces '&emsp;' and '　' indent with)

# "… or employing", "… and using": an English -ing cue opening a conjunct; with another -ing word right before the name
# ahead of it ('training BNNs … or employing X'), the name is that gerund's object, not the doer of the second
GERUND_CONJUNCT = re.compile(r"\b(?:or|and)\s+$")
OBJECT_OF_GERUND = re.compile(r"\b[A-Za-z]{3,}ing\s+(?:the\s+|a\s+|an\s+)?$", re.I)


class ClauseReader(ClauseGuards):
    """Reading one sentence: its relation cues in their clauses, in named steps (the guards a cue passes, the"""

    def _read(
        self,
        s: Sentence,
        implicit: str | None,
        index: int,
        answer: list[Sentence],
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
        r = Reading(s, implicit, index, answer, question, topic, how, previous)
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
        self._read_container_passive(r)
        self._read_possessives(r)
        self._read_uncued_clauses(r)
        return r.out

    def _emit(
        self,
        r: Reading,
        subj: str | None,
        rel: str | None,
        obj: str | None,
        hit: Hit,
        negated: bool,
        evidence: str = "explicit",
        *,
        answer_object: bool = False,
        far: bool = False,
    ) -> None:
        """Record one fact of the sentence, if the relation may join its ends; its confidence from the evidence."""
        s = r.s
        if not (subj and rel and obj and subj != obj):
            return
        if rel == KG.mitigates and not self._is_problem(obj) and self._eases_shortcomings(s, obj):
            # "为了解决 ROI Pooling 的缺点，提出了 ROI Align", 'overcomes the limitations of gradient descent': the method
            # improves on the one whose weak points it eases (before the class check: a method is never mitigated)
            rel = KG.improvesOn
        if not self._allowed(subj, rel, obj):
            return
        if rel == KG.comparedWith and _plus_joined(s, subj, obj):
            return  # "和经典的 CNN+BLSTM+CNN 的做法类似": names joined by '+' are one combined model, not two sides
        if (rel == KG.partOf and self._named_as_kind(s, subj, obj)) or (rel == KG.uses and self._named_as_kind(s, obj, subj)):
            # "模块化 RAG 包括朴素 RAG 和高级 RAG": a name ending in the whole's name is a kind of it; and a concept
            # does not use its own kinds ('self-attention 可以使用稀疏自注意力（Sparse self-attention）'): they are related
            rel = KG.relatedTo
            if not self._allowed(subj, rel, obj):
                return
        if rel == KG.mitigates and _owner_of_problem(s, subj, obj, hit, self._words.possessive_pronoun):
            return  # "improve on decision trees by addressing their high variance": the trees have the problem
        if hit.in_set("KnownEndsCue") and not (subj in self.vocab.concepts and obj in self.vocab.concepts):
            return  # '通过' (by way of): often a phrase follows, and a name the notes made there is a piece of it
        weak = hit.in_set("WeakCue")
        confidence = self._confidence(
            evidence, subj, rel, obj, weak=weak, answer_object=answer_object, far=far, text=s.text
        )
        if rel in self._problem_relations:
            output = rel == KG.causes and normalize(s.text[hit.start : hit.end]).strip() in self._output_verbs
            checked = self._problem_confidence(s, obj, evidence, confidence, output=output)
            if checked is None:
                return
            confidence = checked
        cue = s.quote[hit.start : hit.end]
        r.out.append(Assertion(subj, rel, obj, cue, negated, s.quote.strip(), s.line, r.index, evidence, confidence))

    def _replaced_one(self, s: Sentence, head: Mention, cue_at: int, floor: int) -> Mention | bool | None:
        """The head is what a 'replaces' cue right before it replaces ('代替 Sigmoid', 'Replacing sigmoid'): the name
        that takes its place (right before that cue in Chinese, after 'with'/'by' in English), False when that is
        not named; None when the head is replaced by nothing."""
        replacing = next(
            (
                h
                for h in s.hits
                if floor <= h.start and h.end <= head.start
                and not self._words.article_around.sub("", s.text[h.end : head.start].strip() + " ").strip(" *_`")
                and any(c.role == "cue" and c.target == KG.replaces for c in h.cues)
            ),
            None,
        )
        if replacing is None:
            return None
        after = self._replacement_after(s, head.end, cue_at)
        if after is not None:
            return after
        before = [m for m in s.mentions if floor <= m.start and m.end <= replacing.start]
        return before[-1] if before and not s.text[before[-1].end : replacing.start].strip(" *_`") else False

    def _means_after(self, s: Sentence, pos: int, limit: int) -> Mention | None:
        """'… overfitting by using dropout', '… using dropout', '… with dropout': the name right after an English
        means marker that follows the remedied problem, within the clause."""
        m = self._words.means_marker.match(s.text, pos)
        if m is None:
            return None
        return next((x for x in s.mentions if x.start == m.end() and x.end <= limit), None)

    def _named_as_kind(self, s: Sentence, part: str, whole: str) -> bool:
        """The part is written as the whole's name after a modifier ('高级 RAG' of RAG, 'sparse attention' of
        attention): it names a kind of the whole, not a component of it."""
        wholes = {normalize(m.surface).strip() for m in s.mentions if m.concept == whole} or self._keys_of(whole)
        for m in s.mentions:
            if m.concept != part:
                continue
            name = normalize(m.surface).strip()
            for w in wholes:
                if len(name) > len(w) and name.endswith(w) and (not w[0].isascii() or not name[-len(w) - 1].isalnum()):
                    return True
        return False

    def _eases_shortcomings(self, s: Sentence, obj: str) -> bool:
        """The object is named as the owner of weak points (kg:ShortcomingNoun): 'X 的缺点', 'the drawbacks of X'."""
        for m in s.mentions:
            if m.concept == obj and (
                self._shortcoming_after.match(s.text, m.end)
                or self._shortcoming_before.search(s.text, max(0, m.start - 40), m.start)
            ):
                return True
        return False

    def _act_after_by(self, s: Sentence, hit: Hit) -> bool:
        """An English inverse cue ending in 'by' followed by a gerund (an adverb may come first) that is no use
        verb ('by removing X', 'by reshaping X'): the doer is that act, done on the name after it, not the name;
        'by using X', 'by applying X' (kg:uses cues) keep X as the doer."""
        if not s.text[hit.start : hit.end].lower().endswith(" by"):
            return False
        act = _GERUND_AFTER.match(s.text, hit.end)
        return act is not None and normalize(act.group(1)) not in self._instruments

    def _cue_clause(self, r: Reading, hit: Hit) -> CueClause | None:
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
        if relation.iri == DOES_NOT_USE and self._scoped_before(s, hit, cstart, ("Negation",)):
            return None  # "DeepSeek-V3 并没有 100% 摒弃辅助损失": a denied denial says neither that it uses it nor not
        negated = self._negated_before(s, hit, cstart) or relation.iri == DOES_NOT_USE
        rel_iri: str | None = relation.iri
        if negated and relation.iri != DOES_NOT_USE:
            rel_iri = relation.negated_as  # None: a negated cue states nothing
        if relation.iri == KG.relatedTo and self._definite_kind_phrase(s, hit):
            return None  # "only for the vanilla version of attention": the phrase names one version; nothing is one
        if cue.role != "pairCue" and self._nominal(s, hit):
            return None  # a pair cue names its relation as a noun: 'X 和 Y 的区别', 'the difference between X and Y'
        if self._scoped_before(s, hit, cstart, ("Hedge",)) or self._scoped_before(s, hit, 0, ("BeliefHedge",)) or (
            not negated and self._scoped_before(s, hit, cstart, ("Negation", "Hypothetical"))
        ) or self.hedge_ending_cue_before(s, hit):
            return None  # "it is not common to see X applied", "then if we use X": no fact either way
        if negated and self.suggested(s, hit, cstart):
            return None  # "Faster R-CNN: why not use convolutions for region proposals?": a suggestion, no denial
        if negated and self.cue_in_when_phrase(s, hit, clause):
            return None  # "SGM 模型未使用 global embedding 时的效果": a condition of an ablation, no denial
        if not r.question and self._asks_yes_no(s):
            return None  # "should we use eligibility traces in sarsa?": an unanswered yes/no question states nothing
        if not r.question and self._whether_before(s, hit, cstart):
            return None  # "是否使用 NAG": outside a question, 'whether to use' states nothing
        if cue.role == "cue" and CJK_CHAR.match(s.text[hit.start : hit.start + 1]) and self._adjectival(s, hit):
            return None  # "大模型中使用最广泛的分词器": the cue describes the noun after 的
        if CJK_CHAR.match(s.text[hit.start : hit.start + 1]) and self.in_relative_clause(s, hit, cend):
            return None  # "使用一个包含人类打分的数据集": the cue describes the data set, the clause's subject does not do it
        if any(h.in_set("NotNeeded") and h.start >= hit.end and h.start < cend for h in s.hits):
            return None  # "再使用 LRN 就显得没那么必要了": the use is called unneeded
        if cue.role != "suffixCue" and self._guarded(s, hit, cend):
            # "由 LeCun 提出": the cue means something else here (kg:CueGuard); a suffix cue's objects stand before it,
            # and what follows it is what was done on that basis ('在 AlexNet 基础上提出的网络': proposed building on it)
            return None
        if cue.role == "inverseCue" and hit.in_set("AgentMarker") and not any(
            hit.end <= h.start < cend and h.in_set("CompositionVerb") for h in s.hits
        ):
            return None  # "由一个 grid cell 负责": 由 says who does it; only '由 A 和 B 组成' says what makes it up
        if cue.role == "inverseCue" and self._act_after_by(s, hit):
            return None  # "Overfitting was addressed by removing the FC layers": an act on the name (removing it) is the remedy
        if hit.in_set("Basis") and self.basis_names_noun(s, hit):
            return None  # "基于模型的强化学习（Model-based RL）": 基于…的 builds a name (or a kind) before its bracket
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
        if contrast is not None and next_cue < contrast.start:
            contrast = None  # "they used a pre-norm … and they used Swish instead of ReLU": the later verb's contrast
        # "利用不同的阈值就可以得到多组（FPR, TPR）点": what is obtained is no object of the cue
        obtained = next(
            (
                h.start
                for h in s.hits
                if hit.end < h.start < cend and h.in_set("ObtainVerb") and s.text[h.end : h.end + 1] != "的"  # '学习得到的': learned
            ),
            cend,
        )
        obj_limit = min(contrast.start if contrast else cend, next_cue, obtained)
        return CueClause(hit, cue, relation, clause, cend, negated, rel_iri, contrast, obj_limit)

    def _definite_kind_phrase(self, s: Sentence, hit: Hit) -> bool:
        """An English kind cue ending in 'of' ('version of', 'variant of') after a definite article and at most two
        words, with no form of 'be' before the article ('for the vanilla version of attention', 'In the vanilla
        version of Adam'): a noun phrase naming that version, which no name of the sentence is said to be. ('X is
        the simplest form of Y' still says what X is.)"""
        cue = normalize(s.text[hit.start : hit.end]).strip().lower()
        if not cue.isascii() or not cue.endswith(" of") or set(cue.split()) & (self._article_words | self._be_words):
            return False  # 'is a type of', 'an extension of': the cue itself says what the name is
        # (the article, two modifiers and a word before it fit in 48 characters; further back is another phrase)
        lead = self._definite_lead.search(s.text, max(0, hit.start - 48), hit.start)
        return lead is not None and (lead.group(1) or "").lower() not in self._be_words

    def _new_predicate_between(self, s: Sentence, start: int, end: int) -> bool:
        """A finite auxiliary ('is', 'has') between two points: a new predicate begins, whose subject is what came
        before it ('posts related to sports is much less predictive than …')."""
        return any(w.lower() in self._finite_auxiliaries for w in re.findall(r"[A-Za-z]+", s.text[start:end]))

    def _outside_agent_subject(self, s: Sentence, clause: tuple[int, int], hit: Hit) -> bool:
        """'Commonly, analysts use methods like linear regression', '分析师通常使用线性回归': a kg:OutsideAgent right before
        the cue (adverbs and kg:ModalWord words aside) is the clause's own subject, not the section's topic."""
        before = normalize(s.text[clause[0] : hit.start]).rstrip(" \t*_`")
        while True:
            latin = re.search(r"(?:^|\s)([a-z]+)$", before)
            if latin is not None and (
                latin.group(1).endswith(self._adverb_suffixes)
                or latin.group(1) in self._modal_words
                or latin.group(1) in self._finite_auxiliaries
            ):
                before = before[: latin.start(1)].rstrip()
                continue
            modal = next((m for m in self._modal_words if not m.isascii() and before.endswith(m)), None)
            if modal is not None:
                before = before[: -len(modal)].rstrip()
                continue
            break
        for agent in self._outside_agents:
            if before.endswith(agent) and (not agent.isascii() or not before[: -len(agent)][-1:].isalpha()):
                return True
        return False

    def _held_name(self, s: Sentence, m: Mention) -> Mention | None:
        """'Transformer 中的 LN', '自然语言建模中的 Tokenizer': the next name, when only a kg:Locative word of place stands
        between the two and no Chinese word goes on after it (but a cue); the first only holds it. A bare 的
        (kg:AttributiveMarker) is no place: '类似 GRU 的门控机制' describes the mechanism as GRU-like, and the
        relative-clause rules read it."""
        following = next((x for x in s.mentions if x.start >= m.end), None)
        if following is None or not CJK_CHAR.search(s.text[m.end : following.start]):
            return None
        gap = normalize(s.text[m.end : following.start]).strip()
        if gap not in self._locative or gap in self._attributive:
            return None
        rest = s.text[following.end :]
        after = following.end + len(rest) - len(rest.lstrip())
        if CJK_CHAR.match(s.text[after : after + 1]) and not any(h.start == after for h in s.hits):
            return None  # "GPT 中的 Transformer 解码器", "VGG 中的 ReLU 用法": the name modifies a longer noun, the side
        return following

    def _read_pair_cue(self, r: Reading, c: CueClause) -> None:
        """'A 与 B 相比', 'A vs B', 'Similar to LeNet-5': the names the comparison groups are compared."""
        s, hit, clause, cstart = r.s, c.hit, c.clause, c.clause[0]
        if self.similar_kind_conjunct(s, hit):
            return  # "ChatGPT及类似模型引发了…": 'and similar models' names more of a kind, it compares nothing
        if self.likeness_before_listed_names(s, hit, cstart):
            return  # "类似的 BART，GPT 等模型": an adjective on the names after it, which it sets side by side
        if self.compares_a_clause(s, hit):
            return  # "similar to how the EM algorithm optimizes a bound": what is done, not a concept, is the side
        if self.likeness_in_verb_object(s, hit, cstart):
            return  # "CB 使用了类似 WB 的 SD": the likeness describes the verb's object (an SD like WB), not CB
        if self.likens_an_object(s, hit, cstart):
            return  # "compresses past context into a single hidden state similar to RNNs": an aside on the object
        if self.plotted_axes(s, hit, cstart):
            return  # "Plot of RMSE vs epochs": the names are a plot's axes
        if self.measured_difference(s, hit, cstart):
            return  # "minimizing the difference between A and B": the difference is a quantity, not a comparison
        if self._one_side_after_joint_cue(s, hit, clause):
            return  # "the difference between the CDF at the edges": a quantity; the name before the cue is no side
        if c.relation.iri == KG.relatedTo and not s.text[hit.start : hit.end].isascii() and self._attributive_after(s, hit):
            # "和 DQN 相关的分布式强化学习": a relative clause says what the noun after 的 relates to, not what the
            # clause's subject does; "与分类最相关的数据点" relates a noun kg does not know, and states nothing
            noun = self._noun_after_attributive(s, hit)
            if noun is not None:
                for other in self._group_before(s, hit.start, cstart):
                    if other.concept != noun.concept and not s.text[other.end : hit.start].strip():
                        self._emit(r, noun.concept, c.rel_iri, other.concept, hit, c.negated)
            return
        if (
            c.relation.iri == KG.comparedWith and CJK_CHAR.match(s.text[hit.start : hit.start + 1])
            and self._attributive_after(s, hit) and not self._attributive_noun_named(s, hit)
            and not s.text[max(cstart, hit.start - 2) : hit.start].endswith(tuple(self._possession_verbs))
        ):
            # "用一个和 GShard、Switch 类似的负载均衡损失": the likeness describes a noun kg does not know (their loss);
            # 'A 与 B 具有相似的特性' (kg:PossessionVerb before the cue) still compares A and B
            return
        opening = self._comparison_opener(s, hit, clause)
        if opening is not None:
            main, compared = opening
            for other in compared:
                self._emit(r, main.concept, c.rel_iri, other.concept, hit, c.negated)
            return
        opened = bracket_start(s.text, hit.start, cstart)
        if opened > cstart and self.aside_of_unknown(s, opened, cstart, hit.start) and not self._head_noun_ends(s, opened):
            return  # "ResNet 的 block（类似 Inception 架构）": the aside likens the block, a noun kg does not know
        if CJK_CHAR.match(s.text[hit.start : hit.start + 1]) and (sides := self.coordinated_side(s, hit, cstart)) is not None:
            # "欠拟合和过拟合与模型复杂度有关": the joined names are one side, what follows 与 the other
            for one in sides[0]:
                for other in sides[1]:
                    self._emit(r, one.concept, c.rel_iri, other.concept, hit, c.negated)
            return
        before = self._group_before(s, hit.start, cstart, glosses=True)  # 'A（a）和 B（b）的区别'
        if before and self.participle_agent(s, before[-1], cstart):
            # "A Conv followed by BN is equivalent to …": the side is the noun the reduced relative describes, when
            # that is a name right before the participle; the agent is no side
            head = [m for m in s.mentions if cstart <= m.start and m.end <= before[-1].start][-1:]
            if not head or len(s.text[head[0].end : before[-1].start].split()) > 3:  # participle, 'by', an article
                return
            before = head
        compared_cue = normalize(s.text[hit.start : hit.end]).startswith(self._measured_comparison_openers)
        if (
            before
            and compared_cue
            and (degree := COMPARED_DEGREE_COMPLEMENT.search(s.text, cstart, before[0].start))
            and not self._same_kind_after(s, before[-1], hit)
        ):
            # "GN is less sensitive to the batch size compared to BN": the name after 'less/more <adjective> <preposition>'
            # is what the degree is measured on; the side is the clause's subject (none when that is no name: 'it').
            # ('less sensitive to Dropout compared to BatchNorm' compares the two of a kind; 'vs' joins its two words)
            subject = self._clause_subject(s, cstart, degree.start())
            if subject is None:
                return
            before = self._group_after(s, subject.start, degree.start(), head=False)
        if (
            before
            and compared_cue
            and (self._graded_measure(s, before[0], cstart) or self._changed_amount(s, before[0], cstart))
            and not self._same_kind_after(s, before[-1], hit)
        ):
            # "UNet has a better DICE score compared to Transformer", "… substantially reduces KV cache requirements
            # compared to full Transformer models": a name right after a comparative, or the amount a mitigates verb
            # changes, is what the two are measured by; the side is the clause's subject (none when that
            # is no name)
            subject = self._clause_subject(s, cstart, before[0].start)
            if subject is None or subject is before[0]:
                return
            before = [subject]
        if (
            len(before) == 1
            and CJK_CHAR.match(before[0].surface[:1])
            and self._cjk_modified(s.text, before[0].start)
            and not normalize(s.text[max(cstart, before[0].start - 4) : before[0].start]).endswith(self._side_modifiers)
        ):
            return  # "对称量化 vs 非对称量化": the side is symmetric quantization, a narrower noun ('标准卷积' is not)
        if len(before) == 1 and self.unknown_partner_before(s, cstart, before[0]):
            return  # "Mixtral 8x7B 与 LLaMA 的区别就是在 attention 计算中…": the other side is a name kg does not know
        if before and self.demonstrative_after_object(s, before[-1], hit.start, cstart):
            return  # "it stacks the outputs from conv blocks - that's similar to ensembles": the stacking is compared
        if before and self._glossed_aside(s, before[-1], hit.start):
            before = []  # "Hybrid（卷积和 Transformer 混合模型）三个模型进行比较": the aside glosses Hybrid, not a side
        if before and self._causes_another_doer(s, before[-1].end, hit.start):
            return  # "间隔最大使它有别于感知机": what max margin makes differ (它, SVM) is compared, not max margin
        if before and self.in_setting_frame(s, before[-1], cstart):
            return  # "在 ImageNet 上与 VGG 相比": the name next to the cue is where it is compared
        after = self._group_after(s, hit.end, self._list_continues(s, c.cend), head=False)
        # "similar to a sigmoid belief network": a name in lower case that only opens a longer one kg does not know
        # ('similar to ResNet style networks' keeps ResNet)
        after = [m for m in after if not (m.surface[:1].islower() and self.heads_longer_name(s, m))]
        if (
            after
            and DIFFERENCE_LIES_IN.search(s.text, max(cstart, hit.start - 3), after[0].start)
            and re.search(r"[与和跟同]", s.text[cstart : hit.start])
        ):
            # "它与 WB 的区别在于 SD": the sides stand before the cue, and what follows 在于 is what differs; with no
            # side before it ('区别在于 LR 采用…，SVM 采用…') the names after it are the sides
            after = []
        if after and CJK_CHAR.match(s.text[hit.start : hit.start + 1]) and PLACED_SIDE.match(s.text, hit.end, after[0].start) and (
            INSIDE_NOUN_AFTER.match(s.text, after[0].end)
        ):
            after = []  # "不同于我们在基尼系数中的计算": the side is the computation done in it, a noun kg does not know
        if (
            after and CJK_CHAR.match(s.text[hit.start : hit.start + 1]) and UNKNOWN_LATIN_SIDE.match(s.text, hit.end, after[0].start)
            and "的" not in s.text[hit.end : after[0].start]  # "类似于 PyTorch 中的 WB": the Latin word only describes WB
        ):
            after = []  # "相比v2也就增加了 Darknet-53 和 FPN": the side after the cue is a word kg does not know (v2)
        if after and s.text[hit.start : hit.end].isascii() and self._new_predicate_between(s, hit.end, after[0].start):
            # "posts related to sports is much less predictive than … NBA": a finite auxiliary between an English cue
            # and the next name begins a new predicate: the side after the cue is unnamed, however long the side's own
            # modifiers ('the previous state-of-the-art ResNet')
            after = []
        if after and re.fullmatch(r"\s*[(（]\s*", s.text[hit.end : after[0].start]):
            after = []  # "同一句话的分词对比（LLaMA tokenizer）": a bracket opening right after the cue glosses it, no side
        elif (
            after
            and before
            and self._frame_closed_by_cue(s, before[-1], hit)
            and (opened := bracket_start(s.text, after[0].start, hit.end)) > hit.end
            and not s.text[hit.end : opened - 1].strip()
        ):
            after = []  # "与BNN相比（变分推理或MCMC方法）": after a closed frame '与 X 相比' the bracket glosses X; no side
        if len(after) == 1 and (owned := OWNED_LATIN_NAME.match(s.text, after[0].end)):
            # "类似于 pytorch 的 FSDP": the side is the name the first one owns (none, when kg does not know it)
            after = [m for m in s.mentions if m.start == owned.start(1)][:1]
        elif len(after) == 1 and (held := self._held_name(s, after[0])) is not None:
            after = [held]  # "BN 类似于 Transformer 中的 LN": the side is the name the first one holds, LN
        if after and self._likened_to_words(s, hit, after[0]):
            after = []  # "类似漏斗的 bottleneck 结构": the name after 的 is what is likened, to words kg does not know
        if after and GERUND_ACT.match(s.text, hit.end, after[0].start):
            after = []  # "This is equivalent to minimizing the KL divergence": an act is compared, done on the name
        if after and self._absence_before.search(s.text, hit.end, after[0].start):
            after = []  # "相比于不带缩放因子的版本": the side is what lacks the name, not the name
        if after and (mark := CLAUSE_MARK.search(s.text, hit.end, after[0].start)) and s.text[hit.end : mark.start()].strip():
            after = []  # "（类似于E步和M步交替，但通过梯度下降训练）": the other side ended at the comma, unnamed
        elif after and before and CLAUSE_MARK.search(s.text, hit.end, after[0].start) and self.predicated_alone(s, hit, before):
            after = []  # "两处的 token ID 相同，词嵌入相同": each is the same in two places; nothing is compared with the next
        if len(after) == 1 and self._modifies_unknown(s, after[0]):
            # "PTQ vs 量化感知训练 QAT": the side is the longer word the name only begins, and the name right after
            # that word (a space between) is its short name
            word = re.match(r"[\u3400-\u9fff]+", s.text[after[0].end :])
            tail = after[0].end + (word.end() if word else 0)
            short = next((m for m in s.mentions if m.start > tail), None)
            if word and short is not None and s.text[tail : short.start] in (" ", "\u00a0"):
                after = [short]
        if len(before) >= 2 and (side := self.listed_side(s, before[0], cstart)) is not None:
            # "DINO 跟 BYOL、SimSiam 类似": the listed names are one side, what stands before 跟 the other
            for one in side:
                for other in before:
                    self._emit(r, one.concept, c.rel_iri, other.concept, hit, c.negated)
            return
        likeness = normalize(s.text[hit.start : hit.end]).strip() in self._likeness_cues and not self._likeness_noun.match(s.text, hit.end)
        if len(after) >= 2 and (s.text[hit.start : hit.end].isascii() or (likeness and before)) and not self.names_both_sides(s, hit):
            # "RYE is similar to WB and SD": the names after an English comparison are one side, compared with what
            # stands before the cue, never with each other; before it a name kg does not know ('LoKr is very similar
            # to LoRA and LoHa') leaves nothing to read. So after a Chinese kg:LikenessCue with a name before it
            # ('LSTM 类似 GRU 和 RNN')
            if before:
                for other in after:
                    self._emit(r, before[-1].concept, c.rel_iri, other.concept, hit, c.negated)
            elif not s.text[cstart : hit.start].strip(LIST_LEAD):
                implied, how_implied = self._implicit_subject(s, clause, r.implicit, r.how, r.previous)
                for other in after:
                    self._emit(r, implied, c.rel_iri, other.concept, hit, c.negated, how_implied)
            return
        if (
            len(before) == 1 and len(after) >= 2 and self.one_sided_frame(s, hit)
            and not s.text[before[0].end : hit.start].strip(" \t*_`")
        ):
            # "Transformer相对于RNN/LSTM有什么优势": the names after the frame word are one side, each compared with
            # the name right before it, never with each other
            for other in after:
                self._emit(r, before[0].concept, c.rel_iri, other.concept, hit, c.negated)
            return
        if len(before) >= 2 and len(after) == 1 and s.text[hit.start : hit.end].isascii() and not self.names_both_sides(s, hit):
            # "supervised and self-supervised learning are making more headlines compared to RL": the names before an
            # English comparison that names its other side are one side, each compared with it, not with each other
            for one in before:
                self._emit(r, one.concept, c.rel_iri, after[0].concept, hit, c.negated)
            return
        if not before and len(after) >= 2 and self.frame_side_only(s, hit, c.clause):
            return  # "相对于常见的 DPO、PPO，DeepSeek 采用 GRPO": the names the frame lists are one side, not compared
        if after and self.names_both_sides(s, hit) and self._first_side_unnamed(s, hit, after[0]):
            return  # "the difference between this paradigm and MIM and MLM approaches": one side is no name
        if self._between_unnamed(s, hit, before, after):
            return  # "Pruning a Cats vs Dogs classifier": 'vs' compares the words right beside it, names kg does not know
        if len(after) >= 2 and s.text[hit.end :].lstrip().startswith(tuple(self._attributive)):
            return  # "机器学习与推荐算法相关的LR、SVM、GBDT": the cue and 的 describe the names listed; it relates none of them
        if not before and len(after) >= 2 and all(
            re.fullmatch(r"\s*\+\s*", s.text[a.end : b.start]) for a, b in zip(after, after[1:])
        ):
            return  # "Adam 可以看作是动量和自适应学习率的结合，类似 RMSProp + Momentum": a sum is one side, compared with nothing named
        if (
            not before and len(after) >= 2 and likeness  # (not '两者的相似之处在于 A 和 B …': a noun, no cue)
            and (s.text[cstart : hit.start].strip(LIST_LEAD) or s.text[after[-1].end :].lstrip().startswith(tuple(self._attributive)))
        ):
            # "我们提出一种类似 word2vec negative sampling 的负采样方式", "类似 ResNet 和 DenseNet 的网络": the names are one
            # side, likened to a third thing kg does not name (the clause's noun, or the one 的 leads to)
            return
        if (
            len(before) >= 2 and not after and s.text[hit.start : hit.end].isascii()
            and re.search(r"\b(?:to|with|from)$", s.text[hit.start : hit.end].lower()) and not self.names_both_sides(s, hit)
        ):
            return  # "increased the AUPR and AUC compared to the past state of the art": one side, the other unnamed
        group = after if len(after) >= 2 else before if len(before) >= 2 else before[-1:] + after[:1]
        if len(after) == 1 and len(before) < 2 and self.unnamed_side_after(s, hit, after[0]):
            return  # "MoE 相比于 dense 模型有更小的量化损失": the other side is dense models, no name kg knows
        if len(after) >= 2 and not before and self.degree_modifier_before(s, hit, after[0]):
            return  # "目前比较流行的当属 AdaBoost 和 GBDT": the rather popular ones are listed; nothing is compared
        if len(after) < 2 and len(before) < 2 and after and self._degree_reading(s, hit, after[0]):
            return  # "词向量矩阵本身比较稀疏": 比较 says 'rather' (sparse), it compares nothing
        if not after and self._degree_reading(s, hit, None) and not self._side_before(s, before, hit):
            return  # "经验风险和结构风险都比较小": both are rather small; nothing is compared ('A 与 B 比较接近' compares)
        if len(group) == 1 and not before and self.unknown_side_before(s, hit, group[0]):
            return  # "比较LR和GBDT": the other side is LR, a name kg does not know, not the section's topic
        if len(group) == 1 and not before:
            # "- Similar to LeNet-5 but bigger." under ## AlexNet: the clause's implicit subject is compared
            # (not when the name only modifies a noun kg does not know: "类似卷积多通道的效果")
            if self.names_both_sides(s, hit):
                return  # "the difference between the target function and the predictions": both sides follow
            if not self._modifies_unknown(s, group[0]) and not self._article_name_subject(s, cstart, hit.start):
                implied, how_implied = self._implicit_subject(s, clause, r.implicit, r.how, r.previous)
                # "Transformers process all tokens in parallel, unlike RNNs" under '## Positional Encoding', "As
                # compared to VAEs, GANs produce …": the sentence names who is compared, not the section's topic
                own = self._subject_beside_comparison(s, clause) if how_implied in INHERITED_EVIDENCE else None
                if own is not None and own.concept == group[0].concept:
                    return
                if own is not None and not self._same_known_kind(own.concept, group[0].concept):
                    # "Dropout is rarely used in Transformers, unlike in CNNs": a subject of another kind than the
                    # compared name is not what is compared (settings are); the reading stays the inherited one
                    own = None
                if own is not None:
                    after_side = normalize(s.text[group[0].end : group[0].end + 2]).strip()
                    if any(after_side.startswith(w) for w in self._locative if w and not w.isascii()):
                        return  # '区别于AlexNet中C_2的卷积核步长': a thing inside AlexNet is compared, not AlexNet
                    likened = normalize(s.text[hit.start : hit.end]).strip() in self._likeness_cues | self._likeness_phrases
                    lead = s.text[cstart : hit.start].strip(LIST_LEAD)
                    opens = not lead or (lead.isascii() and len(lead.split()) <= 1)  # 'Unlike X', 'As compared to X'
                    if cstart > 0 and likened:
                        # "Hyena applies a gating interaction, similar to LSTMs": the act is likened, maybe not its doer
                        if own.concept != implied:
                            return
                    elif own.concept != implied:
                        if c.relation.iri != KG.comparedWith or (cstart == 0 and not opens):
                            return
                        if cstart == 0 and self._possessive_after.match(s.text, group[0].end):
                            return  # '相比于 BatchNorm 的效果，LayerNorm 更好': BatchNorm's effect is compared
                        implied, how_implied = own.concept, "sentence"
                    else:
                        how_implied = "sentence"
                if self._authors_follow(s, group[0]) and not any(
                    m.concept == implied and m.start > group[0].end for m in s.mentions
                ):
                    # "Similar to the encoder, we employ …": what is compared is the authors' own work, unless the
                    # sentence names it ("In comparison to BGD, we … using SGD")
                    return
                self._emit(r, implied, c.rel_iri, group[0].concept, hit, c.negated, how_implied)
            return
        # 'Transformer Encoder 和 Decoder 的区别': a name right before a component's name, a space between, says whose
        # (the Transformer's encoder); the components are what is compared
        if len(group) == 3 and self._owner_of_component(s.text, group[0], group[1]) and self._coordinated_components(s.text, group[1], group[2]):
            group = group[1:]
        slashed = any(SLASH_JOINED.fullmatch(s.text[a.end : b.start]) for a, b in zip(group, group[1:]))
        if slashed and c.relation.iri == KG.relatedTo:
            # "推理速度 / 显存 / 长上下文相关": a slash lists topics; 'related to them' says nothing of each other
            # (a comparison of a slash list, '（CNN/RNN/Transformer）比较', still compares its names)
            return
        for other in group[1:]:
            self._emit(r, group[0].concept, c.rel_iri, other.concept, hit, c.negated)

    def _same_known_kind(self, a: str, b: str) -> bool:
        """Both concepts of one kg class, or either of no known class (a discovered name)."""
        kind_a, kind_b = self.classes.get(a, KG.Concept), self.classes.get(b, KG.Concept)
        return KG.Concept in (kind_a, kind_b) or kind_a == kind_b

    def _subject_beside_comparison(self, s: Sentence, clause: tuple[int, int]) -> Mention | None:
        """The name another clause of the sentence opens with (after an article): for a comparison frame opening the
        sentence ('Unlike X, the Transformer …') the main clause after it, for a later comparison clause ('…, unlike
        RNNs') the sentence's first clause. That name, not the section's topic, is compared."""
        cstart, cend = clause
        if cstart == 0:
            # the main clause: the first after the frame that names something ('Unlike MHA, where each head has its
            # own keys, GQA groups heads': the aside names nothing kg knows)
            main = next((c for c in s.clauses if c[0] >= cend and any(c[0] <= m.start < c[1] for m in s.mentions)), None)
            if main is None:
                return None
            named = [(m.start, m.end) for m in s.mentions if main[0] <= m.start and m.end <= main[1]]
            if not re.sub(r"[\s,，、;；:：()（）*`_]+", "", _blanked(s.text, main[0], main[1], named)):
                return None  # '对比HT(Hashing trick), ECOC(…)，BE…': one more name of the frame's list
            first = main
        else:
            first = s.clauses[0]
            if s.text[first[0] : first[1]].rstrip(" \t*_`").endswith((":", "：")):
                return None  # 'Word2Vec and GloVe: …': a label, no subject
        subject = self._clause_subject(s, first[0], first[1])
        if subject is None:
            return None
        # 'Q-learning的表达式与Sarsa相似，二者的区别…', 'the attention layers in the Transformer …': the name owns the subject
        owned = self._possessive_after.match(s.text, subject.end) or self._owned_after.match(s.text, subject.end)
        return None if owned else subject

    def _described_by_participle(self, s: Sentence, clause: tuple[int, int], hit: Hit) -> Mention | Literal[False] | None:
        """An English cue that opens its clause with a participle in -ed right after a comma ('…, designed for NLP'):
        the name that ends the clause before it, which the participle describes (False when that clause ends in
        words kg does not name); None when the clause is no such participle phrase."""
        cstart = clause[0]
        word = s.text[hit.start : hit.end].split()[0] if s.text[hit.start : hit.end].split() else ""
        if cstart == 0 or not word.isascii() or not word.lower().endswith("ed") or s.text[cstart : hit.start].strip(LIST_LEAD):
            return None
        if not s.text[:cstart].rstrip().endswith(","):
            return None
        # the clause right before this one (clauses abut, the comma and a space at most between)
        previous = next((c for c in s.clauses if cstart - 2 <= c[1] <= cstart), None) or s.clauses[0]
        opening = self._after_connective(s, previous[0], " \t\u200b*_`-•>")
        if self._starts_with(s, opening, "Pronoun") or self._unnamed_doer.match(s.text, opening):
            # "It splits the image into patches, inspired by BERT", "The model is pretrained with MLM, based on the
            # encoder": the participle describes the clause's subject (the topic), not its last object
            return None
        before = [m for m in s.mentions if m.end <= cstart]
        # (a bracketed aside may close the name: 'Adam (Kingma and Ba), based on RMSProp')
        if before and not re.sub(r"^\s*[(（][^()（）]*[)）]", "", s.text[before[-1].end : cstart]).strip(" \t*_`)）,"):
            return before[-1]
        return False

    def _same_kind_after(self, s: Sentence, m: Mention, hit: Hit) -> bool:
        """The first name after the cue is of the same known class as ``m`` (both normalizations, both models)."""
        other = next((o for o in s.mentions if o.start >= hit.end), None)
        kind = self.classes.get(m.concept)
        return other is not None and kind not in (None, KG.Concept) and self.classes.get(other.concept) == kind

    def _changed_amount(self, s: Sentence, m: Mention, cstart: int) -> bool:
        """The name is the object of a mitigates cue ('reduces KV cache requirements'), at most an article or an adverb
        between: the amount the clause's subject changes. (Not a causes cue: 'cause Dropout to matter less' makes the
        name the subject of what follows.)"""
        for h in s.hits:
            if not (cstart <= h.start and h.end <= m.start) or not any(
                c.role == "cue" and c.target == KG.mitigates for c in h.cues
            ):
                continue
            gap = [w.lower() for w in re.findall(r"[A-Za-z]+", s.text[h.end : m.start])]
            if s.text[h.start : h.end].isascii() and all(w in ("a", "an", "the") or w.endswith("ly") for w in gap):
                return True
        return False

    def _opens_subject(self, s: Sentence, at: int) -> bool:
        """At ``at`` a subject begins: a kg:Determiner (after a preposition too: 'for the Random Forest') or a name."""
        if self._subject_lead.match(s.text, at):
            return True
        rest = len(s.text[at:]) - len(s.text[at:].lstrip())
        return any(m.start == at + rest for m in s.mentions)

    def _graded_measure(self, s: Sentence, m: Mention, cstart: int) -> bool:
        """The word right before the name is an English comparative (kg:ComparativeWord, kg:GradedAdjective: 'a better
        DICE score', 'higher BLEU') after a clause has begun ('UNet has …'): the name is a measure the comparison
        grades, not a side. Opening the clause ('A simpler Dropout compared to BN works'), the graded name is the side."""
        lead = s.text[cstart : m.start]
        words = re.findall(r"[A-Za-z]+", lead)
        if not words or not lead.rstrip(" *_`").endswith(words[-1]):
            return False
        def graded(w: str) -> bool:
            return w in self._words.comparative_words or w in self._graded_adjectives

        word, before_at = words[-1].lower(), len(words) - 1
        if not graded(word) and len(words) >= 2 and words[-1].islower() and graded(words[-2].lower()):
            word, before_at = words[-2].lower(), len(words) - 2  # 'better overall AP': a lower-case word may stand between
        if not graded(word):
            return False
        before = [w.lower() for w in words[:before_at]]
        return any(w not in self._degree_words and w not in ("a", "an", "the", "much", "far", "even") for w in before)

    def _clause_subject(self, s: Sentence, cstart: int, end: int) -> Mention | None:
        """The name that opens the clause (after markup or an article) and ends before ``end``: its subject."""
        first = next((m for m in s.mentions if m.start >= cstart), None)
        if first is None or first.end > end:
            return None
        lead = s.text[cstart : first.start].strip(" \t*_`>-•").lower()
        return first if lead in ("", "the", "a", "an") else None

    def _owner_of_component(self, text: str, a: Mention, b: Mention) -> bool:
        """'Transformer Encoder', 'BERT Decoder': a Latin name, one space, then a Latin name of a kg:Component that is
        not one itself: the first says whose component the second is ('ResNet VGG' in Chinese notes is a list)."""
        return (
            text[a.end : b.start] == " "
            and a.surface.isascii()
            and b.surface.isascii()
            and self.classes.get(b.concept) == KG.Component
            and self.classes.get(a.concept) != KG.Component
        )

    def _coordinated_components(self, text: str, a: Mention, b: Mention) -> bool:
        """'Encoder 和 Decoder': two names of kg:Component joined by a word, not a space (a space lists names)."""
        return (
            self.classes.get(a.concept) == KG.Component
            and self.classes.get(b.concept) == KG.Component
            and bool(text[a.end : b.start].strip())
        )

    def _unnamed_instrument(self, s: Sentence, cstart: int, cue_at: int) -> bool:
        """'用一种 blocks 代替 X': the clause opens with a kg:InstrumentMarker and words that name nothing before the
        cue: what takes X's place is that noun, not the section's topic."""
        lead = ENUMERATOR.sub("", s.text[cstart:cue_at], count=1).strip(" \t\u200b*_`-•")
        folded = normalize(lead)
        marker = max((w for w in self._instrument_markers if w and folded.startswith(w)), key=len, default=None)
        return marker is not None and bool(lead[len(marker) :].strip())

    def _counted(self, s: Sentence, m: Mention) -> bool:
        """Right after the name, a kg:CountNoun that the segmenter reads as a word of its own ('聚类数', not '聚类数据')."""
        rest = s.text[m.end : m.end + 8].lstrip()
        if not rest or not CJK_CHAR.match(rest[0]):
            return False
        first = common_words().segment_zh(rest)[:1]
        return bool(first) and first[0] in self._count_nouns

    def _modifies_latin_noun(self, s: Sentence, head: Mention, cue_at: int) -> bool:
        """Between a Latin-script name and the cue, one lower-case English word (asides in brackets aside) that is
        no auxiliary, adverb or head noun: the name modifies that noun ('filter pruning', 'dropout rate', 'attention
        maps'), and the compound is the doer: a name kg does not know, or a kind of the name that word is ('filter
        pruning' is pruning, not the filter)."""
        if not s.text[head.start : head.end].isascii():
            return False
        gap = re.sub(r"[(（][^()（）]*[)）]", " ", s.text[head.end : cue_at]).strip()
        # ('a PyTorch tutorial to implement X': the noun's purpose, an infinitive, is the cue)
        compound = re.fullmatch(r"([a-z][a-z\-]*[a-z])(\s+to)?", gap)
        if compound is None:
            return False
        if compound.group(2) and (
            compound.group(1).endswith(("s", "ed")) or not self._words.article_before.search(s.text[max(0, head.start - 12) : head.start])
        ):
            return False  # 'ResNet needs to use X', 'the skip connections managed to reduce': a verb, not a compound noun
        word = normalize(compound.group(1))
        if word in self._auxiliary or word in self._passive_adverbs or word.endswith("ly") or self._is_kind_noun(word):
            return False
        if any(head.end <= m.start < cue_at and m.concept in self._broader.get(head.concept, ()) for m in s.mentions):
            return False  # 'Sigmoid activations cause …': the word after the name is its kind (skos:broader), the name does
        return common_words().zipf_en(word) < FUNCTION_ZIPF  # 'to', 'for': a function word opens a phrase, no compound

    def _attribute_of_object(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """Between an English cue and its first object, 'the' and a kg:AttributeNoun with 'of' ('improves the
        performance of a ResNet-50'): what the cue acts on is the object's quality, not the object itself."""
        if not s.text[hit.start : hit.end].isascii():
            return False
        return self._attribute_of_gap.fullmatch(normalize(s.text[hit.end : first.start]).strip()) is not None

    def _basis_modifier(self, s: Sentence, head: Mention, cue_at: int) -> bool:
        """A kg:BasisSuffix right after a Latin-script name and a word after it, before the cue ('Reinforcement
        Learning based Recommender System using …', 'Transformer-based models use …'): the name says what the noun
        is based on; the noun is the doer. 'X based on Y' holds the cue itself and is not this."""
        gap = s.text[head.end : cue_at]
        suffix = next((w for w in self._basis_suffixes if gap.lower().startswith(w)), None)
        if suffix is None or not s.text[head.start : head.end].isascii():
            return False
        rest = gap[len(suffix) :].strip()
        return bool(re.match(r"[A-Za-z][\w\-]*", rest)) and not re.match(r"(?:on|upon)\b", rest, re.IGNORECASE)

    def _participle_after_of_phrase(self, s: Sentence, head: Mention, hit: Hit, cstart: int) -> bool:
        """'A refinement of AdaGrad using exponential averaging', 'a variant of ResNet using group convolutions': an
        English participle cue right after 'a/the <noun> of X' describes that noun, whose name kg does not know; X
        only completes it. A quantifier noun ('most of the models using …') is not such a noun."""
        cue = s.text[hit.start : hit.end].lower()
        # 'using', 'based on'; 'used', 'adopted' ('the two implementations of boosted trees used were …')
        participle = cue.endswith((*self._gerund_suffixes, *self._participle_suffixes)) or cue.split()[0] in self._basis_words
        if not participle or s.text[head.end : hit.start].strip(" *_`,"):
            return False
        lead = self._of_phrase_before.search(s.text, cstart, head.start)
        return lead is not None and normalize(lead.group(1)).strip() not in self._quantifier_words

    def _owned_by_noun(self, s: Sentence, m: Mention, cstart: int) -> bool:
        """'the permutation layers of Real NVP are replaced with …': an English name after 'of' and a lower-case
        noun kg does not know (not a quantifier: 'most of the X', nor a kg:StandInNoun: 'the concept of X') only
        owns that noun, which is what the clause says is replaced."""
        if not m.surface[:1].isascii():
            return False
        lead = self._owner_after_noun.search(s.text, cstart, m.start)
        if lead is None:
            return False
        noun = normalize(lead.group(1)).strip()
        return noun not in self._quantifier_words and noun not in self._stand_in_nouns  # 'the concept of X' is X

    @staticmethod
    def _glossed_aside(s: Sentence, m: Mention, cue_at: int) -> bool:
        """m stands in a bracket that closes before the cue, with words between the bracket and the cue, after a word
        that is no name: the aside explains that word, and the cue speaks of the phrase outside ('（CNN/RNN）比较' is
        the compared list; 'ZeRO (…) … similar to TP' compares the name the bracket follows)."""
        close = next((i for i in range(m.end, cue_at) if s.text[i] in ")）"), None)
        if close is None or any(ch in "(（" for ch in s.text[m.end : close]):
            return False
        opened = max(s.text.rfind("(", 0, m.start), s.text.rfind("（", 0, m.start))
        if opened < 0:
            return False
        lead = s.text[:opened].rstrip()
        if any(x.end == len(lead) for x in s.mentions):
            return False  # "Zero Redundancy Optimizer (ZeRO) … similar to TP": the bracket holds the name's own alias
        return bool(s.text[close + 1 : cue_at].strip(" \t*_`"))

    def _head_noun_ends(self, s: Sentence, opened: int) -> bool:
        """'WB 层（…）', 'the RYE model (…)': a name and its kg:HeadNoun stand before the bracket: the noun is the name's."""
        lead = s.text[: opened - 1].rstrip()
        folded = normalize(lead)
        for noun in self._head_nouns_longest:  # longest first: 'layers' before 'layer', and the same answer every run
            if folded.endswith(noun):
                name_end = len(lead[: len(lead) - len(noun)].rstrip())
                return any(m.end == name_end for m in s.mentions)
        return False

    def _causes_another_doer(self, s: Sentence, start: int, cue_at: int) -> bool:
        """A kg:Causative verb between the name and the cue with a pronoun or a name right after it ('A 使它…',
        'A lets B …'): the cue's doer is that one. ('即使很小' holds 使 inside 'even if': no pronoun or name follows.)"""
        at = self.reported_clause_start(s, start, cue_at, "Causative")
        if at is None:
            return False
        at += len(s.text[at:cue_at]) - len(s.text[at:cue_at].lstrip())
        return any(m.start == at for m in s.mentions) or any(h.start == at and h.in_set("Pronoun") for h in s.hits)

    def _verb_cue_follows(self, s: Sentence, m: Mention) -> bool:
        """'… and BERTLARGE contains 340M parameters': right after the name, a relation cue in a finite form of its
        own (a verb in -s, as kg reads inflections; not a comparison: 'SD and WB unlike other breads')."""
        h = self._cue_right_after(s, m.end)
        if h is None or any(c.target == KG.comparedWith for c in h.cues):
            return False
        verb = s.text[h.start : h.end].split()[0].lower()
        return verb.endswith(self._present_suffix) and not verb.endswith(self._participle_suffixes)

    def _likened_to_words(self, s: Sentence, hit: Hit, after: Mention) -> bool:
        """'类似漏斗的 bottleneck 结构': between a kg:LikenessCue and the name, Chinese words and 的 (kg:AttributiveMarker)
        that are more than side modifiers or a place ('类似于传统的 CNN', '类似于 NLP 中的 Tokenizer' still liken the
        name): the words are what is likened to, the name is the noun they describe."""
        if normalize(s.text[hit.start : hit.end]).strip() not in self._likeness_cues:
            return False
        words = s.text[hit.end : after.start].strip(" \t*_`")
        marker = next((m for m in self._attributive if words.endswith(m)), None)
        if marker is None:
            return False
        head = normalize(words[: -len(marker)]).strip()
        if not CJK_WORDS.fullmatch(head) or head.endswith(self._inside_closer_tuple):
            return False
        return not self._only_joining_words(head) and not self._only_joining_words(head + marker)

    def _one_side_after_joint_cue(self, s: Sentence, hit: Hit, clause: tuple[int, int]) -> bool:
        """A kg:JointSideCue ('difference between') with fewer than two names after it in its clause: both sides
        of such a comparison follow the cue, so one name there is a quantity's part, not a side."""
        if normalize(s.text[hit.start : hit.end]).strip().lower() not in self._joint_side_cues:
            return False
        end = clause[1]
        for start, stop in s.clauses:
            # "the difference between BN, and LN": a clause that opens with a joining word goes on with the sides
            words = normalize(s.text[start:stop]).strip(" ,，").split(maxsplit=1)
            if start == end and words and words[0].lower() in self._coordination:
                end = stop
        return len({m.concept for m in s.mentions if hit.end <= m.start < end}) < 2

    def _read_suffix_cue(self, r: Reading, c: CueClause) -> None:
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
            if self._inside_basis_frame(s, cstart, before[0], hit):
                pass  # "在基于自注意力机制的词嵌入基础上，…": every name stands inside the frame, none is what builds on it
            elif self._from_to(s, before[-2], before[-1]):
                # "从 GAN 到 WGAN 的改进": the improvement from GAN to WGAN; the later one is the new one
                self._emit(r, before[-1].concept, c.rel_iri, before[-2].concept, hit, c.negated)
            elif not self._owns(s, before[-2], before[-1]):
                self._emit(r, before[-2].concept, c.rel_iri, before[-1].concept, hit, c.negated)
        elif len(before) == 1 and self.basis_frame(s, cstart, before[0]):
            # "DDPG 通过借鉴 AC，在 DQN 算法的基础上引入了 Actor 网络": the sentence's subject (or, opening the sentence,
            # the section's) builds on DQN
            subject = self._sentence_subject(s, clause)
            how_implied = "sentence"
            if subject is None and cstart == 0:
                subject, how_implied = self._implicit_subject(s, clause, r.implicit, r.how, r.previous)
            if subject is not None and subject != before[0].concept:
                self._emit(r, subject, c.rel_iri, before[0].concept, hit, c.negated, how_implied)
        elif before and self._starts_with(s, cstart, "Pronoun"):
            # "BBPE是一种基于BPE的分词器，它是BPE的一种变种": 它 is the name of the clause before
            implied, how_implied = self._implicit_subject(s, clause, r.implicit, r.how, r.previous)
            if how_implied == "pronoun":
                self._emit(r, implied, c.rel_iri, before[-1].concept, hit, c.negated, how_implied)

    def _inside_basis_frame(self, s: Sentence, cstart: int, first: Mention, hit: Hit) -> bool:
        """The clause opens with a kg:BasisFrameOpener ('在…基础上') before its first name and the cue is the
        kg:BasisCloser that closes the frame: the names up to the cue are all inside it ('在实践中 CB 是 SD 的改进'
        opens with 在 too, but its cue is no basis closer)."""
        if not self._basis_closer.fullmatch(s.text, hit.start, hit.end):
            return False
        lead = normalize(s.text[cstart : first.start]).strip(" \t\u200b*_`,，")
        return any(lead.startswith(w) for w in self._frame_openers if w)

    def _likeness_framed(self, s: Sentence, m: Mention, cue_at: int) -> bool:
        """'与 X 不同的是', '和 X 相比，': a kg:ComparisonFrame word right before the name and a kg:ComparisonFrameEnd
        right after it, both before the cue."""
        tail = normalize(s.text[m.end : cue_at]).lstrip()
        return self._frame_word_before(s, m) and any(tail.startswith(w) for w in self._frame_end)

    def _frame_word_before(self, s: Sentence, m: Mention) -> bool:
        """A Chinese kg:ComparisonFrame word right before the name ('与 X', '和 X')."""
        lead = normalize(s.text[max(0, m.start - 4) : m.start]).rstrip()
        return any(lead.endswith(w) for w in self._frame_open if not w.isascii())

    def _frame_closed_by_cue(self, s: Sentence, m: Mention, hit: Hit) -> bool:
        """'与 BNN 相比': a kg:ComparisonFrame word right before the name and the cue right after it close the frame
        of what is compared ('RYE 类似于…' leaves its object open)."""
        return not s.text[m.end : hit.start].strip() and self._frame_word_before(s, m)

    def _likened_object(self, s: Sentence, hit: Hit, group: list[Mention]) -> bool:
        """'包含一个和 X 相同的结构', '包含与 X 类似的模块': after a Chinese verb, the names stand between a
        kg:ComparisonFrame word and a kg:ComparisonFrameEnd word with 的 (kg:AttributiveMarker): they say what
        the verb's object is like; the object is the noun after 的."""
        if not CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
            return False
        lead = normalize(s.text[hit.end : group[0].start]).rstrip()
        tail = normalize(s.text[group[-1].end : group[-1].end + 8]).lstrip()
        end = next((w for w in self._frame_end if tail.startswith(w)), None)
        return (
            end is not None
            and any(lead.endswith(w) for w in self._frame_open if not w.isascii())
            and any(tail[len(end) :].lstrip().startswith(w) for w in self._attributive)
        )

    def _from_to(self, s: Sentence, first: Mention, second: Mention) -> bool:
        """'从 GAN 到 WGAN': a kg:SourceMarker right before the first name and only a kg:DestinationMarker between
        the two: a path from the first to the second."""
        lead = s.text[: first.start].rstrip()
        between = s.text[first.end : second.start].strip()
        return lead.endswith(self._source_markers) and between in self._destination_markers

    def _doers_before(self, r: Reading, c: CueClause) -> tuple[int, int, list[Mention]] | None:
        """Where the doer may stand (floor), how far the objects may reach, and the names before a verb cue that
        may be its doer; None when the clause shows the cue states nothing."""
        s, hit, cstart = r.s, c.hit, c.clause[0]
        obj_limit = c.obj_limit
        opened = bracket_start(s.text, hit.start, cstart)
        after_cue, first_verb = self._previous_cue_end(s, hit, cstart)
        floor = max(after_cue, opened)
        if opened > cstart:
            # "(recall that the error rate for Adaboost was 0.055, while for the Random Forest is 0.047 and 0.051 using
            # OOB)": a bracket's commas split no clause, but one followed by a conjunction and a subject of its own
            # (a name, an article, 'for') does; names before it are the clause before's, and none of them does the
            # cue's verb. An aside ('(ResNet, while deeper, is trained using Dropout)') opens no clause
            floor = max([floor, *(m.end() for m in self._bracket_clause.finditer(s.text, opened, hit.start) if self._opens_subject(s, m.end()))])
        if opened > cstart and hit.in_set("Basis") and self.aside_of_unknown(s, opened, cstart, hit.start):
            return None  # "系统的实现（主要基于 xgboost）": the aside says what the unnamed noun before it is based on
        if self.in_verb_object(s, hit, cstart):
            return None  # "Wanda 始终优于基于幅度的剪枝": the cue opens the noun phrase another verb takes as object
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
        if (
            c.relation.iri == KG.uses and before and self._optimized_before is not None
            and self._optimized_before.search(s.text, before[-1].end, hit.start)
        ):
            return None  # "the MSE … serves as the objective, which is minimized using Adam": the objective uses nothing
        if before and s.text[hit.start : hit.end].isascii() and _COPULA_TO.search(s.text, before[-1].end, hit.start):
            acted_on = [m for m in before if self._infinitive_object.search(s.text, cstart, m.start)]
            if acted_on:
                # "One way to fix RYE is to use WB": the way is to use it; what the infinitive in the subject acts on
                # does nothing ('… use pruning to avoid overfitting' is no such subject: pruning avoids it)
                before = [m for m in before if m not in acted_on]
                if not before:
                    return None
        reader = next(
            (
                h
                for h in reversed(s.hits)
                if h.in_set("ReaderPronoun") and floor <= h.start and h.end <= hit.start
                and not WORD_CHAR_AFTER.match(s.text, h.end)
                and bracket_start(s.text, h.start, floor) == floor  # not in 'YOLO (You Only Look Once) does …'
            ),
            None,
        )
        if reader is not None and before and before[-1].end <= reader.start:
            # "… has a method for stacking do you think you could apply a stack using X": the reader is the subject
            # between the names and the cue; the names before do not do it
            return None
        if before:
            group = self._group_before(s, before[-1].end, floor)
            if group and self._absence_before.search(s.text, floor, group[0].start):
                # "The lack of dropout causes overfitting": the absence does it, not the name (nor the topic); a name
                # before it in the clause still may ('RNN 缺乏并行计算导致训练慢')
                before = [m for m in before if m.end <= group[0].start]
                if not before:
                    return None
        if c.relation.iri in (KG.improvesOn, KG.comparedWith) and before and self._quality_measured(s, before[-1]):
            # "后剪枝决策树…，泛化性能往往优于预剪枝决策树": generalization names the measure, not what is better
            before = before[:-1]
            if not before:
                return None
        if before and self.distributive_doer(s, before[-1], hit):
            return None  # "one using Linear Regression, another using Random Forest": 'another' does the second
        kinds = [m for m in before if self.predicate_kind(s.text, m)]
        if kinds and len(kinds) < len(before):
            # "Mult-VAE is an item-based CF method based on VAE": CF says what kind Mult-VAE is; Mult-VAE does it
            before = [m for m in before if m not in kinds]
        elif kinds and (comma := self.relative_subject(s.text, kinds[0])) is not None:
            # "Mult-VAE, which is an item-based CF method based on VAE": 'which' is Mult-VAE, not CF
            antecedent = self.relative_antecedent(s, comma)
            if antecedent is None:
                return None
            before = [antecedent]
        framed = [m for m in before if self._likeness_framed(s, m, hit.start)]
        if framed:
            # "与linear regression不同的是使用最大似然估计": the name a comparison frame holds is what the doer is set
            # against; the doer is another (here the section's), never it
            before = [m for m in before if m not in framed]
            if not before:
                return None
        if before and self.counted_subject(s, before[0], before[-1]):
            return None  # "The number of substitutions, insertions and deletions is computed using X": the count is
        if c.relation.iri == KG.uses and before and self.means_opening(s, before[0], floor):
            before = before[1:]  # "通过 OOB 实现的随机森林", "通过 X 实现 Y": the means does not use what it achieves
            if not before:
                return None
        if before and self._infinitive_before.search(s.text, 0, hit.start):
            proposed = [m for m in before if self._proposal_after_name.match(s.text, m.end)]
            if proposed:
                # "… the transformer is self-attention introduced in 2017 as a way to replace max pooling": what was
                # introduced to do it does it
                before = proposed[-1:]
                first_verb = None
        if first_verb is not None and first_verb >= floor:
            before = [m for m in before if m.end <= first_verb]  # the first verb's object does not do the second
        caused = self.reported_clause_start(s, floor, hit.start, "Causative")
        if caused is not None:
            # "Yeast Powder allows Sourdough to use Rye Flour", "BN 使得网络可以使用…": the one let do it does it
            before = [m for m in before if m.start >= caused]
            if not before:
                return None
        reported = self.reported_clause_start(s, floor, hit.start)
        if reported is not None:
            # "Rye Bread 的作者认为 Sourdough 使用了 X", "the authors of A show that B uses X": B is the doer
            inside = [m for m in before if m.start >= reported]
            if not inside and self._starts_with(s, reported, "Pronoun"):
                inside = before[-1:]  # "the best thing about RYE is that it uses WB": 'it' is RYE
            before = inside
            if not before:
                return None
        aside = [m for m in before if self.aside_mention(s, m, hit.start, floor)]
        if aside and len(aside) < len(before):
            before = [m for m in before if m not in aside]  # "Sourdough (a kind of Rye Bread) uses": not the aside's name
        agents = [m for m in before if self.participle_agent(s, m, floor)]
        if agents:
            before = [m for m in before if m not in agents]  # "A Conv followed by BN is …": the Conv is, not BN
            if not before:
                return None  # "The layer followed by BN uses …": the unnamed layer does
        governed = [m for m in before if self.preposition_object(s, m, cstart)]
        if governed:
            before = [m for m in before if m not in governed]
            if not before and not self._starts_with(s, cstart, "Pronoun"):
                return None  # "The model builds on SSMs (S4) but … incorporating X": the doer is 'the model'
            # "It is trained on X data using Y": the pronoun is the doer, found as the clause's implicit subject
        destined = [m for m in before if self.people_destination(s, m, cstart)]
        if destined:
            before = [m for m in before if m not in destined]
            if not before:
                return None  # "We can add a penalty term … to the error function to avoid overfitting"
        placed = [m for m in before if self.placed_in_setting(s, m, floor) or self.on_setting(s, m, floor)]
        if placed:
            before = [m for m in before if m not in placed]
            if not before:
                return None  # "在单个 DGX 节点上使用 …": the place is not the doer, and the clause names no other
        if c.relation.iri == KG.replaces and before and self._be_verb.search(s.text, before[-1].end, hit.start):
            owned = [m for m in before if self._owned_by_noun(s, m, cstart)]
            before = [m for m in before if m not in owned]  # "permutation layers of Real NVP are replaced with …"
            if owned and not before:
                return None  # the layers are replaced, a noun kg does not know; not Real NVP
        if c.relation.iri == KG.mitigates and before and self.remedy_asked_within(s, before[-1], hit.start):
            return None  # "lightgbm中怎么避免过拟合？": overfitting arises in LightGBM; the answer names the remedies
        if before and self.continued_in_setting(s, cstart, before[0]):
            return None  # "它将权重冻结，然后在 Transformer 的每一层使用 X": the doer is the clause before's, not the place
        targets = [m for m in before if self._target_marked(s, m, floor)]
        if targets:
            # "对最后的卷积层使用 GAP": the marked name is what the verb works on; only a name before it says who
            # does it ("ResNet 对卷积层的输出使用 BN"), else the clause's doer is left unread
            before = [m for m in before if m.end <= targets[0].start and not self._target_marked(s, m, floor)]
            if not before:
                return None
        # (searched past the cue, so that 'by applying' right before it shows its -ing: a means, no agent)
        # (only with a doer to set aside: every English verb cue passes here)
        agent = self._passive_with_agent.search(s.text, floor) if before and s.text[hit.start : hit.end].isascii() else None
        if agent is not None and not self._purpose_before.search(s.text, agent.end(), hit.start):
            agent = None  # "is followed by WB and helps prevent …": a verb joined by 'and' is the subject's again
        if agent is not None and agent.end() <= hit.start:
            # "The dense layer is followed by a dropout layer to help prevent overfitting": the purpose is the agent's
            # (or the writer's); the name the passive is said of does not do it
            before = [m for m in before if m.start >= agent.end()]
            if not before:
                return None
        # "X 使用 A 替换 B": after an earlier cue, the subject is what that cue was about (A), not X
        if before and floor > cstart and self._after_basis(s, floor):
            return None  # "基于 NAS 实现的 MnasNet", "基于 X 改进 ESP": what the work is based on does not do it
        if opened > cstart:
            # "PROGOL（将逆归结改进为逆蕴含）和 ALEPH 是 ILP 系统": a cue inside a bracket takes its objects from inside
            obj_limit = bracket_close(s.text, hit.end, obj_limit)
        return floor, obj_limit, before

    def _head_declined(self, s: Sentence, hit: Hit, cstart: int, head: Mention | None, before: list[Mention]) -> bool:
        """The name chosen as the doer is not one: each check names a reading where it only looks like one."""
        if head is not None and CJK_CHAR.search(s.text[head.end : hit.start]) and self._unknown_head(s, head, hit.start):
            return True  # the subject is the noun after 的, one kg does not know
        if head is not None and self.unneeded_for(s, head, hit):
            return True  # "we don't need an entire Transformer to adopt transfer learning": nothing adopts it
        if head is not None and self._modifies_latin_noun(s, head, hit.start):
            return True  # "filter (channel) pruning 属于剪枝", "the dropout rate uses …": the doer is the compound
        if head is not None and self._basis_modifier(s, head, hit.start):
            return True  # "RL based Recommender System using …", "Transformer-based models use …": the noun does
        if head is not None and self._participle_after_of_phrase(s, head, hit, cstart):
            return True  # "A refinement of AdaGrad using exponential averaging": the refinement uses it, unnamed
        if head is not None and self.relation_noun_includes(s, head, hit):
            return True  # "BPE 的变体包括 WordPiece": the list holds BPE's variants, not its parts
        if head is not None and self._authors_between(s, head, hit):
            return True  # "… (filter, promote) We can use ML models …": the authors use them, not the name
        if head is not None and self._authors_resumed(s, head, hit):
            return True  # "the authors pretrained RYE, then they used WB": they are the authors
        if head is not None and self.tool_described(s, head, hit):
            return True  # "a library for SOTA GPs that's built on top of TF": the library is built on TF
        if head is not None and self._coordinated_gerund(s, head, hit):
            return True  # "subsampling frequent words and applying negative sampling": two techniques side by side
        if self.relative_of_unnamed_plural(s, hit, cstart, head):
            return True  # "ResNet outperforms networks that use Dropout": the networks use it, a group kg does not name
        if head is not None and self.participle_of_unnamed_phrase(s, head, hit):
            return True  # "LayoutLM extends the core idea used in BERT": BERT uses the idea, not LayoutLM
        if head is not None and self._inside_relative_clause(s, head, hit, cstart):
            return True  # "a flow that results in a triangular Jacobian uses coupling layers": the flow uses them
        if head is not None and self._worked_on_before_participle(s, head, hit, cstart):
            return True  # "maximizing the ELBO using gradient descent": the ELBO is optimised, it uses nothing
        if before and self._reduced_relative(s, before[-1], hit) and not self._kind_of_head(s, head, before[-1]):
            # "OSLO has the tensor parallelism implementation based on X": about the implementation; the
            # nearest name, not the clause's head, is what the participle's noun follows
            return True
        return False

    def _objects_after(
        self, r: Reading, c: CueClause, before: list[Mention], defining: bool, obj_limit: int
    ) -> list[Mention] | None:
        """The names after a verb cue that are its objects (empty when the verb's object is something kg does
        not name); None when the names show the cue describes a noun rather than states a fact."""
        s, hit = r.s, c.hit
        if c.relation.iri == KG.partOf and (listed := self._counted_parts.match(s.text.lower(), hit.end)):
            # "由三部分组成，分别是 A、B、C", "consists of two parts: A and B": the parts are the list after the count
            stops = [i for i in (s.text.find(mark, listed.end()) for mark in "。；;") if i >= 0]
            # the list ends where a clause after it opens with something other than a name ('…：A 和 B，相比 C，…')
            stops += [a for a, _ in s.clauses if a > listed.end() and not self._opens_with_name(s, a)]
            return self._group_after(s, listed.end(), min(stops, default=len(s.text)), head=False)
        group = self._group_after(s, hit.end, obj_limit, head=not defining)
        if defining and group and self._kind_after_basis(s, hit, group[0]):
            group = []  # "QMIX 是一种基于 Value-Based 的多智能体强化学习算法（MARL）": MARL is the kind, not the basis
        if group and hit.in_set("Basis") and self._unnamed_basis(s, hit, group[0]):
            group = []  # "基于矩阵分解的 Factorization Machine 算法": the basis is unnamed; FM is the noun it describes
        if group and s.text[hit.start : hit.end].isascii() and len(s.text[hit.end : group[0].start].split()) > 4:
            group = []  # "use p = 0.5 for hidden units": the object is what follows the verb
        if group and s.text[hit.start : hit.end].isascii() and self._main_verb_between(s.text[hit.end : group[0].start]):
            group = []  # "the algorithm that uses this rule is called SARSA": SARSA names the algorithm, not what it uses
        if group and c.relation.iri == KG.uses and self._destination_after.match(s.text, hit.end, group[0].start):
            group = []  # "a modification that I added to the MHA code": the name after 'to' receives the object
        if group and hit.in_set("SelectVerb") and self._selected_count.match(s.text, hit.end):
            group = []  # "ProposalTargetCreator 选择 128 个 RoIs": it picks instances out of a set, it uses no method
        if group and c.relation.iri == KG.partOf and GERUND_ACT.match(s.text, hit.end, group[0].start):
            group = []  # "the trickiest part of creating a Decision Tree": a step of an act done on the name, no part of it
        if group and self._pronoun_object.match(s.text, hit.end, group[0].start):
            group = []  # "apply it to a regression problem": the object is 'it'; the name is where it goes
        if group and c.relation.iri != KG.uses and self._pronoun_means.match(s.text, hit.end, group[0].start):
            group = []  # "overcome this with Async-TP": the object is 'this'; the name is the means
        if group and self.basis_named_in_aside(s, hit, group[0]):
            group = []  # "无词典模式和基于词典模式（Lexicon-based mode）": 基于 is a word of the name the aside gives
        if group and c.relation.iri != KG.uses and self._likened_object(s, hit, group):
            # "输入门包含一个和遗忘门相同的结构": the input gate holds a structure like the forget gate's, not the gate
            # itself ('使用与 GPT-2 相同的架构' still reads as using GPT-2's: what is used is taken from it)
            group = []
        if group and (c.negated or c.relation.iri not in (KG.uses, KG.partOf, KG.relatedTo)) and (owned := self.owned_object(s, hit, group[-1])) is not None:
            # "replaces Qwen3-Next's gated attention layers with MLA": what is replaced is the layers ('uses the
            # encoder's hidden states' still uses the encoder: what is used is taken from it, as with 的 above)
            group = group[:-1] + [owned] if owned else []
        if group and self._unknown_object_first(s, hit, group[0]):
            group = []  # "使用轻量级内存管理系统来处理 KV 缓存": the object is the system kg does not know
        if group:
            group = [m for m in group if not self.heads_longer_name(s, m)]  # "a special case of Gaussian mixture model"
        if (
            group and s.text[hit.start : hit.end].isascii() and self._verb_cue_follows(s, group[0])
            and self._clause_joined.search(s.text, hit.end, group[0].start)
        ):
            # "BERT uses 768 dimensions and GPT-2 uses LayerNorm": the first name after the cue opens the next
            # clause (its own verb follows); the cue's object was something kg does not name
            group = []
        if len(group) > 1 and s.text[hit.start : hit.end].isascii():
            # "ResNet contains residual blocks and VGG contains plain blocks": a name right before a verb cue of its
            # own is that clause's subject; the list of objects ended before it
            opens = next((i for i, m in enumerate(group[1:], 1) if self._verb_cue_follows(s, m)), None)
            group = group[:opens] if opens is not None else group
        if group and self.purpose_after_object(s, hit, group[0]):
            group = []  # "使用后两项来权衡 OOD 样本": the object is the two terms; OOD samples are what they weigh
        if group and self.remark_in_bracket(s, hit, group[0]):
            group = []  # "将一些token替换成mask(一部分是MASK…)": the object is mask; the bracket remarks on it
        if group and self._object_in_phrase(s, hit, group[0]):
            group = []  # "using these statistics during inference", "使用较低的 dropout": not the verb's object
        if group and CJK_CHAR.match(s.text[hit.start : hit.start + 1]) and self._inside_unknown(s, group[-1]):
            group = []  # "跳过了 RLHF 中的奖励模型训练": the object is the step inside RLHF, a noun kg does not know
        if group and CJK_CHAR.match(s.text[hit.start : hit.start + 1]) and self.time_setting(s, group[0]):
            group = []  # "利用前向传播时最大池化的位置索引": when it happens; the object is the index kg does not name
        if group and c.relation.iri == KG.causes and self.reduced_outcome(s, group[-1], c.cend):
            group = []  # "leading to the computational costs being 9 times smaller": the cost is eased, not caused
        if group and c.relation.iri == KG.improvesOn and self._attribute_of_object(s, hit, group[0]):
            group = []  # "improves the performance of a ResNet-50": it makes the ResNet better, it is no successor of it
        if group and self._after_unknown_name(s, group[0]):
            group = []  # "使用 FP8 激活": the object is the unknown name (FP8 activations)
        if group and self._counted(s, group[-1]):
            group = []  # "不需要输入聚类个数": the number of clusters is the object, not clustering
        if group and MEASURED_VALUE.match(s.text, group[0].end):
            group = []  # "achieves SOTA with BPC of 1.10": a score the subject reaches, not a thing it uses
        if group and self.one_side_of_choice(s, hit.start, group[0]):
            group = []  # "是回归模型还是分类模型？", "是使用 L1 norm 还是 L2 norm": one side of a choice, stated of neither
        if group and not r.question and self._after_wh(s, group[0]):
            group = []  # "计算 GT box 属于哪一个 grid cell": which one is asked (or computed), not stated
        if group and CLAUSE_MARK.search(s.text[hit.end : group[0].start]):
            group = []  # "（这是其中的BPE实现，当然如果是unigram…": a clause ends after the verb, it has no object
        if group and self._turns_before(s.text[hit.end : group[0].start]):
            group = []  # "DDPM 没有使用但是 GLIDE 使用了": GLIDE opens a clause of its own, the verb's object is unsaid
        if c.negated and group and self.denies_an_amount(s, hit, group[0]):
            group = []  # "不需要大的 batch size": a large one is denied, not the batch size
        if c.negated and group and len(s.text[hit.end : group[0].start].strip()) > 4:
            group = []  # a negation states a fact only about what it touches
        if c.negated and group and self.denies_a_manner(s, hit, group[-1], c.cend):
            group = []  # "VAE doesn't apply MLE directly, but indirectly …": only the manner is denied
        if group and any(h.in_set("Negation") and hit.end <= h.start < group[0].start for h in s.hits):
            group = []  # "caused by X without Y": Y is what is absent
        if (
            group
            and not defining
            and (not before or c.cue.role == "cue")
            and self._relative_clause(s, group[-1], obj_limit, bool(before))
        ):
            return None  # "[而]导致 overfitting 的位置", "基于 Transformer 的大模型": the cue describes a noun
        if group and self._names_methods(s, group[-1]) and not (c.relation.iri == KG.uses and self._method_named(s, group[-1])):
            return None  # "解决 RNN 中的梯度消失方法有": the methods that solve it, not a fact about a subject
        if group and obj_limit == c.cend:
            group = group + self.list_after_comma(s, group[-1], c.cend)  # "uses ReLU, Dropout and BN"
        return group

    def _unnamed_subject(
        self, r: Reading, c: CueClause, floor: int, obj_limit: int
    ) -> tuple[str, str, list[str]] | None:
        """The doer of a verb cue whose clause names none before it: a pronoun's referent, the sentence's
        opening name, the question's or the section's topic; None when the clause shows it is someone else."""
        s, hit, clause = r.s, c.hit, c.clause
        cstart = clause[0]
        if clause in r.clause_subject_used:
            return None  # "A 解决 B 而造成的 C": the clause's subject slot is taken
        gap = s.text[cstart : hit.start]
        named = UNKNOWN_SUBJECT.match(gap) or UNKNOWN_SUBJECT_CJK.match(gap)
        if named is None and (lead := self._opening_connective.match(gap)) is not None and lead.end() < len(gap):
            named = UNKNOWN_SUBJECT.match(gap[lead.end() :])  # "因此 INT4 主要改善 ITL": the connective opens it
        if named and not common_words().is_common(named.group(1)):
            return None  # "L2 范数可以防止过拟合": the clause names its subject, one kg does not know
        if named and LATIN_PHRASE_SUBJECT.match(named.string, named.start(1)):
            return None  # "而Clip guided Editing 则是利用 CLIP": words of a Latin name open the Chinese clause
        if (titled := TITLE_CASE_SUBJECT.fullmatch(gap)) and titled.group(1).lower() not in self._prepositions:
            return None  # "Big Bird uses a sparse attention": capitalised words before the verb name a thing kg does not know
        if c.relation.iri == KG.relatedTo and self._words.opening_noun_phrase.fullmatch(gap):
            return None  # "The simple version of a decision tree can be written …": the cue is in the subject, no link
        if self._article_name_subject(s, cstart, hit.start):
            return None  # "The Generator is identical to …": a capitalised noun after 'the' is a name kg does not know
        if re.match(r"[a-z]+ed\b", s.text[hit.start : hit.end]) and self._words.determiner_noun_end.search(gap):
            return None  # "similar to the bias correction used in Adam": the noun before the participle is what is used
        if s.text[hit.start : hit.end].endswith("ing") and self._sequence_before.search(gap):
            return None  # "applied this after applying the ReLU": a step before or after, not the topic's use
        if self.use_phrase_denied(s, hit, clause):
            return None  # "使用传统的 CNN 难以处理长序列": what using a CNN cannot do, not what the topic uses
        if self.cue_in_when_phrase(s, hit, clause):
            return None  # "使用 BP 进行网络训练时很难…": 'when one trains with BP', no one named does it
        if self.prior_practice(s, cstart):
            return None  # "使用重叠的最大池化，之前使用的都是平均池化": what was used before, by others, not the topic
        if self.reader_subject(s, cstart, hit.start):
            return None  # "You can use X …", "大家经常使用的是…": the reader or people do it, not the section's topic
        if self.writer_builds(s, hit, cstart):
            return None  # "we can implement a linear regression model using …": the authors write code, not the topic
        if any(floor <= m.start and m.end <= hit.start and self._after_unknown_name(s, m) for m in s.mentions):
            return None  # "FP8 激活…优于": the subject is a name kg does not know
        if self._unknown_noun_before(s, cstart, hit.start):
            return None  # "代价函数使用的是交叉熵": the clause names its subject, a noun kg does not know
        if (
            c.relation.iri == KG.partOf
            and self.part_noun_before(s, cstart, hit.start)
            and self.classes.get(r.implicit or "") not in (KG.Model, KG.Component)
        ):
            # "## 为什么要用 LayerNorm？" › "模型中的每一层都包含了自注意力和前馈网络": a layer is some model's part; under a
            # topic that is no model, what the layer holds is not the topic's
            return None
        if self._defines_unknown_name(s):
            return None  # "世界知识是指…，又包括 X": the sentence is about a name kg does not know
        if self.after_condition(s, clause):
            return None  # "当超参数值太大时，会发生过拟合": the condition's noun causes it, not the section's topic
        if self.after_reporting_clause(s, clause):
            return None  # "通用近似定理是说，使用浅层网络就可以…": what the theorem says, not what it uses
        if clause[0] > 0 and self.unnamed_setting_opening(s, cstart, hit.start):
            return None  # "…，而在过去的视觉任务中主要使用监督学习": done in a setting of its own, not by the opening name
        if self.field_frame(s, clause):
            return None  # "在深度学习中，一般采用 SGD 训练": what the field does, not the topic
        if self.elaborates_clause_end(s, c):
            return None  # "BPE 被许多模型使用，包括 GPT、BART": the list elaborates the models, not BPE's parts
        partners: list[str] = []
        opens_plural = self._opens_plural(s, cstart, hit.start)
        plural = self._plural_referents(s, clause) if opens_plural else []
        if opens_plural and not plural:
            return None  # "…, and both use X": 'both' stands for names kg cannot tell, not the sentence's subject
        if clause[0] > 0 and self.advice_clause(s, clause, hit):
            return None  # "MC does not work off-policy, use TD instead": advice to the reader, not what MC does
        subject: str | None
        framed = self.inside_frame(s, clause) if not plural else None
        if plural:
            subject, evidence, partners = plural[0], "pronoun", plural[1:]
        elif framed is not None:
            subject, evidence = framed.concept, "sentence"  # "在生成器中，…最后一层使用 tanh": the generator does
        else:
            subject, evidence = self._implicit_subject(s, clause, r.implicit, r.how, r.previous)
            if evidence == "sentence" and subject is not None:
                # "为了解决过拟合问题，使用了 dropout 和数据增强": each name the next clause coordinates serves the purpose
                partners = self.purpose_partners(s, clause, subject)
        if (
            evidence in ("topic", "listed", "question")
            and not self._hypothetical(s, clause)
            and not self._starts_with(s, cstart, "AuthorPronoun")
        ):
            # "基于 GPTQ，我们使用 FP8…": a clause the authors open has its own subject, not the sentence's
            opener = self._sentence_subject(s, clause, causing=c.relation.iri == KG.causes)
            if opener is not None:
                subject, evidence = opener, "sentence"
            elif clause[0] > 0 and self._opens_with_comparison(s):
                return None  # "相较于 sigmoid 中涉及了幂运算，导致计算复杂度高": about the compared one
            elif (described := self._described_by_participle(s, clause, hit)) is not None:
                # "Recall the original transformer architecture, designed for NLP" under '## ViT': the participle
                # describes the noun before its comma (none kg names: nothing is read), not the section's topic
                if described is False:
                    return None
                subject, evidence = described.concept, "sentence"
            elif evidence == "topic" and (leading := self.participle_subject(s, clause, hit)) is not None:
                subject, evidence = leading, "sentence"  # "Using X, Rye Bread outperforms …": Rye Bread uses X
            elif c.relation.iri in (KG.mitigates, KG.causes) and (tool := self.instrument_opening(s, clause)) is not None:
                subject, evidence = tool.concept, "sentence"  # "使用 dropout 忽略部分神经元，避免过拟合": dropout does
            elif clause[0] > 0 and (owner := self.possessed_opening(s)) is not None:
                # "Sigmoid的导数只有在0附近…，会导致梯度弥散" under '为什么用relu就不用sigmoid了': the sentence is about what
                # a name owns, not the section's topic; an effect is the owner's, any other verb no one's kg knows
                if c.relation.iri not in (KG.mitigates, KG.causes):
                    return None
                subject, evidence = owner.concept, "sentence"
            elif subject is not None and self.owner_in_object(s, hit, clause, subject):
                return None  # "解决循环神经网络的梯度消失问题": under the RNN question, RNN has the problem
            elif self._outside_agent_subject(s, clause, hit):
                return None  # "Commonly, analysts use methods like linear regression": the analysts do, not the topic
            elif self._quantified_group_subject(s, clause, hit):
                return None  # "Most model architectures normalize outputs using LayerNorm": those architectures do
        if subject is None or self._nominalized(s, hit, obj_limit):
            return None
        if (
            evidence == "sentence"
            and framed is None
            and cstart > 0
            and self._authors_opening.match(s.text, cstart) is not None
            and all(m.end <= cstart for m in s.mentions if m.concept == subject)
        ):
            # "RYE is slow, so we use WB instead", "RYE 需要很大的空间，所以我们使用 WB": the authors do what the later
            # clause says, not the name the sentence opened with
            return None
        if self.classes.get(subject) in NOT_MODEL_CLASSES and self._model_noun_opening.fullmatch(s.text, cstart, hit.start):
            # "softmax 输出的可能性不能用来校正，模型采用 kNN 搜索": the clause's subject is the work's model, no softmax
            return None
        if (
            c.relation.iri == KG.uses
            and evidence in INHERITED_EVIDENCE
            and evidence != "question"
            and not self._pros_cons
            and self._advice_opening.match(gap)
            and not self._pros_cons_lead.match(s.text[:cstart])
        ):
            # "## Batch size" › "May use stateful RNNs …", "## Adam" › "可以使用MNIST数据集…": advice to the reader, not
            # what the heading's concept does (an answer's 'can' may echo its question's, a block labelled 优点 says
            # what the topic can do, and a subject the sentence named before goes on: "Image Encoder用来提取图像的特征，
            # 可以采用常用CNN模型")
            return None
        if self._bare_occurrence(s, hit, c.relation.iri) and any(
            m.concept == subject and m.start >= hit.end and bracket_start(s.text, m.start, hit.end) == hit.end
            for m in s.mentions
        ):
            return None  # "# Dropout / 训练时会发生过拟合，所以用 dropout": the topic comes later as the remedy
        return subject, evidence, partners

    def _read_verb_cue(self, r: Reading, c: CueClause) -> None:
        """'A 使用 B', 'A is caused by B': a doer before the cue (or the clause's implied one) and the names after
        it; replacements and respective lists rearranged, and a contrast after the objects read as a denial."""
        s, hit, clause, relation, rel_iri = r.s, c.hit, c.clause, c.relation, c.rel_iri
        cstart, cue, negated = clause[0], c.cue, c.negated
        if relation.iri == KG.uses and (combined := self.combined_names(s, hit, cstart)) is not None:
            combiner, parts = combined  # "Adam 将 Momentum 与 RMSProp 结合": Adam uses each name it combines
            if combiner is not None:
                for m in parts:
                    self._emit(r, combiner.concept, rel_iri, m.concept, hit, negated, "explicit")
            return
        if self._expletive_object.search(s.text[cstart : hit.start]):
            return  # "feature engineering …, potentially making it easier to use batch processing": no one uses it
        if self.attributive_cue(s, hit):
            return  # "a wider range of substitute words": the cue describes the words, it states nothing
        if any(h.in_set("SettingOpener") and h.end <= hit.start and not s.text[h.end : hit.start].strip() for h in s.hits) \
                and self.cue_in_when_phrase(s, hit, c.clause):
            return  # "两者在使用SGD时等效": 在 … 时 (kg:SettingOpener, kg:TimeClosure) says when; its subject uses nothing
        if s.text[hit.start : hit.end].isascii() and CONDITION_AFTER.match(s.text, hit.end):
            return  # "Linear kernel - used when data is linearly separable": what follows is when, not what
        if self.verb_in_likeness_frame(s, hit, clause):
            return  # "和使用 BERT 一样，只需要…": using BERT is what is compared, no one here uses it
        if self.participle_of_unknown_name(s, hit, cstart):
            return  # "a basic TransformerForSequenceClassification model relying on X": that model relies on it
        if self._lesser_before.search(s.text[cstart : hit.start]):
            return  # "the convolutional layer … is less prone to overfitting": less of it than something else, not it
        if relation.iri == KG.uses and not negated and self.poor_outcome_after(s, hit, clause):
            return  # "RNN 等动态网络使用BN效果不佳": the notes report that using it fails
        doers = self._doers_before(r, c)
        if doers is None:
            return
        floor, obj_limit, before = doers
        if before and GERUND_CONJUNCT.search(s.text, before[-1].end, hit.start) and any(
            OBJECT_OF_GERUND.search(s.text, max(cstart, m.start - 40), m.start) for m in before
        ):
            return  # "the demands of training BNNs from scratch or employing ensemble methods": BNNs are what is trained
        if (
            relation.iri == KG.uses
            and cue.role == "cue"
            and not any(hit.end <= m.start < obj_limit for m in s.mentions)
            and (passive := self.passive_in_container(s, before, hit)) is not None
        ):
            used, user = passive  # "LayerNorm 在 Transformer 中被广泛使用": Transformer uses LayerNorm
            self._emit(r, user.concept, rel_iri, used.concept, hit, negated, "explicit")
            return
        head = (before[-1] if floor > cstart else self._head_of(s, before)) if before else None
        if head is not None and (owner := self.kind_owner(s, head, hit, cstart)) is not None:
            if not isinstance(owner, Mention):
                return  # "It is an Encoder-Decoder architecture inspired by CenterNet": 'it' is inspired, not the kind
            head = owner  # "CircleNet is a CNN inspired by CenterNet": CircleNet is
        if self._head_declined(s, hit, cstart, head, before):
            return
        quantified = head is not None and self._quantified(s, head, floor)
        if head is not None and (replaced_by := self._replaced_one(s, head, hit.start, cstart)) is not None:
            # "使用 ReLU 代替 Sigmoid 可以缓解梯度消失", "Replacing sigmoid with ReLU mitigates …": the name replaced is
            # no doer; the one that takes its place is (False: it is not named, so no one is)
            if isinstance(replaced_by, bool):
                return
            head = replaced_by
        subject = head.concept if head is not None else None
        if head is not None and self.person_does_coordinated_verb(s, cstart, head, hit):
            return  # "We push it to Docker Hub and then use the image URI": we use it, Docker does not
        if head is not None and relation.iri == KG.uses and self.imperative_object(s, cstart, head, hit):
            return  # "Select a small batch … and learn from it using gradient descent": the reader does, not the batch
        if head is not None and OPERAND_AFTER.match(s.text, head.end) and "的" not in s.text[head.end : hit.start]:
            return  # "**RMSProp**: SGD + per-component learning rate using …": SGD is one term of a sum, the doer is the whole
        if before and self._shares_unknown_modifier(s, before[0], floor):
            return  # "FP8 激活和权重量化导致…": FP8 names both, the subject is a name kg does not know
        # "A 是一种基于 X 的 Y": a definition, A is a Y based on X, so X (not Y) is the object
        defining = head is not None and self._copula_between(s, head.end, hit.start)
        if head is None and r.how == "label" and self._label_kind_phrase(s, hit, clause[1]):
            defining = True  # "RYE：不使用动量的优化器": the label is an optimizer that does not use momentum
        group = self._objects_after(r, c, before, defining, obj_limit)
        if group is None:
            if r.question and r.answer and cue.role == "cue" and (kind := self.methods_asked(s, hit)) is not None:
                # "AlexNet 使用了哪些减少过拟合的方法？" "数据扩增和 Dropout": each answer is a method that reduces it
                for found in self._answer_objects(r.answer[0]):
                    self._emit(r, found, rel_iri, kind.concept, hit, negated, "question")
            return
        if relation.iri == KG.uses and cue.role == "cue" and not negated:
            # "LLMs use subword tokenizers such as BPE and WordPiece": what the subject uses includes each example
            group = group + [m for m in self.object_examples(s, hit, group) if m.concept not in {g.concept for g in group}]
        if rel_iri == KG.doesNotUse and group and not s.text[hit.start : hit.end].isascii() and NEEDED_PROPERTY.match(s.text, group[-1].end):
            return  # "强化学习不需要奖励函数本身是可导的": a property of the object is not needed
        if rel_iri == KG.improvesOn and cue.role == "cue" and group and self._measure_after(s, group[-1]):
            return  # "DPO training improves AlpacaEval and MT-Bench performance": a measure on them rises; DPO beats neither
        objects = [m.concept for m in group]
        if relation.iri == KG.partOf and rel_iri == KG.partOf and group and self.family_member(s, group[-1]):
            rel_iri = KG.relatedTo  # "X is part of the Y family", "X 属于 Y 系列": a kind of Y, not a component
        elif (
            relation.iri == KG.partOf and cue.role == "inverseCue" and head is not None and objects
            and all(self.classes.get(o) in (KG.Model, self.classes.get(head.concept)) for o in objects)
            and self.family_member(s, head)
        ):
            # "Inception 系列网络包含 V1、V2": the series holds its members, models or things of the whole's class, no
            # parts ('ResNet 系列网络包含残差连接' names a part every member has)
            rel_iri = KG.relatedTo
        from_answer = False
        if r.question and cue.role == "cue" and r.answer and self._wh_follows(s, hit, bool(objects)):
            objects = self._answer_objects(r.answer[0])
            from_answer = True
        if subject is None and r.question and r.answer and cue.role == "cue" and self._wh_before(s, hit, cstart):
            if relation.iri == KG.uses and self.how_to_use(s, hit, cstart):
                return  # "How to use BERT?": the reader uses it; the answer names steps, not a user of BERT
            # "What replaced the RNN?": the answer names the subject
            for found in self._answer_objects(r.answer[0]):
                for obj in objects:
                    self._emit(r, found, rel_iri, obj, hit, negated, "question")
            return
        if subject is None and r.question and self._scoped_before(s, hit, cstart, ("WhQuestion",)):
            return  # "如何解决 X？": the answer names what solves it, not the section's topic
        evidence = "quantified" if quantified else "explicit"  # "some Transformers …": of some of them
        partners: list[str] = []  # further subjects: 'A 和 B …，两者都使用 C'
        if head is not None and subject == head.concept and not quantified:
            partners = [m.concept for m in self.coordinated_doers(s, before, head, hit) if m.concept != subject]
        far = bool(before) and hit.start - before[0].end > FAR_CHARS
        replacing = relation.iri == KG.replaces and cue.role == "cue" and bool(group)
        if replacing and not before and self._unnamed_instrument(s, cstart, hit.start):
            return  # "用一种新的 blocks 代替原来的卷积": the replacement is the blocks, a noun kg does not know
        if (
            replacing
            and head is not None
            and self.instrument_opens(s, head.end, hit.start)
            and self.instrument_before(s, before, floor) is None
        ):
            return  # "VGG 用多个小卷积核代替大卷积核": what replaces is a noun kg does not know; the agent replaces nothing
        if replacing and not negated and self.unnamed_replaced(s, hit.end, group[0].start):
            # "Transformers replace recurrence with self-attention": the old thing has no name kg knows; the agent
            # uses the new one, and nothing is said to replace a name. Under '## Transformer', 'Replaces recurrence
            # with self-attention' says the same of the section's topic.
            if subject is None:
                implied = self._unnamed_subject(r, c, floor, obj_limit)
                if implied is None:
                    return
                subject, evidence, _ = implied
                r.clause_subject_used.add(clause)
            for m in group:
                self._emit(r, subject, KG.uses, m.concept, hit, negated, evidence, far=far)
            return
        replacer = self._replacement_after(s, group[-1].end, c.cend) if replacing else None
        if replacing and replacer is None and self.substitute_follows(s, group[-1].end):
            return  # "Transformers replace recurrence with self-attention": what replaces it is said after 'with'
        if replacing and not negated and (after := self.replaced_noun_not_name(s, hit.end, group[0], group[-1])) is not None:
            # "CB methods replace the full return of RYE with SD": RYE's return is replaced, not RYE; the agent uses SD
            new_one = self._replacement_after(s, after, c.cend)
            if subject is None and new_one is not None:
                implied = self._unnamed_subject(r, c, floor, obj_limit)
                if implied is None:
                    return
                subject, evidence, _ = implied
                r.clause_subject_used.add(clause)
            if subject is not None and new_one is not None and new_one.concept != subject:
                self._emit(r, subject, KG.uses, new_one.concept, hit, negated, evidence, far=far)
            return

        agent: str | None = None  # who makes the replacement ('AlexNet replaced sigmoid with ReLU'): it uses B
        if replacer is not None:
            agent = subject
            subject, far = replacer.concept, False  # "Replace A with B": B replaces A, not the sentence's subject
        elif replacing and before and (tool := self.instrument_before(s, before, floor)) is not None:
            # "Sourdough 用 Yeast Powder 取代了 Baking Soda": the name after 用/以 takes the old one's place
            agent = subject if subject != tool.concept else None
            subject, far = tool.concept, False
        means = self._means_after(s, group[-1].end, c.cend) if rel_iri == KG.mitigates and cue.role == "cue" and group else None
        eased_by_means = False
        if means is not None and means.concept not in objects:
            # "We reduce overfitting by using dropout", "ResNet reduces overfitting with dropout": the means eases it
            eased_by_means = True
            for obj in objects:
                self._emit(r, means.concept, rel_iri, obj, hit, negated, "explicit")
        if subject is None and self.person_does_opening_verb(s, hit, clause):
            return  # "Using RAG, we give the model …": the authors use it, not the section's topic
        if subject is None and self._participle_of_unknown_noun(s, hit, floor):
            return  # "They provide similar fidelity as alternatives based on GANs": the alternatives are based on them
        if subject is None:
            implied = self._unnamed_subject(r, c, floor, obj_limit)
            if implied is None:
                if c.contrast is not None and self._present_day(s, clause):
                    # "Nowadays, we use max pooling instead of average pooling": the practice changed, whoever uses it
                    self._read_rejected(r, c, None, objects, "explicit")
                return
            subject, evidence, partners = implied
            if eased_by_means and evidence in ("topic", "heading"):
                return  # "we reduce overfitting with dropout": people do it with the means, not the section's topic
            if subject in objects and len(objects) > 1 and not negated:
                # "## 什么是 Data Parallel？" › "同时使用了数据并行以及梯度累积之后": the topic is one of the things used
                # together; someone unnamed uses both, the topic does not use the others
                return
        r.clause_subject_used.add(clause)
        roles = self._changed_roles(r, c, before, subject, objects, agent, evidence)
        if roles is None:
            return
        subject, objects, agent = roles
        if evidence == "explicit" and rel_iri == KG.uses and self._aspect_subject(subject, objects):
            # "优化器使用 Adam", "激活函数采用了 GELU": the clause says which kind of its subject, an aspect of the
            # section's topic, is used; the topic uses it, the aspect uses nothing
            holder, how_held = self._implicit_subject(s, clause, r.implicit, r.how, r.previous)
            if holder is None or holder in objects or holder == subject or holder in self.broad:
                return
            subject, evidence, partners = holder, how_held, []
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
        if relation.iri == KG.causes and cue.role == "inverseCue" and self.origin_of_non_problem(s, hit, subject):
            return  # "UDR 来源于 DPR": where a method comes from; only a problem's origin is its cause
        for obj in objects:
            for subj in [subject, *partners]:
                if cue.role == "inverseCue":
                    self._emit(r, obj, rel_iri, subj, hit, negated, evidence, answer_object=from_answer, far=far)
                else:
                    self._emit(r, subj, rel_iri, obj, hit, negated, evidence, answer_object=from_answer, far=far)
        if agent is not None and not negated and len(objects) == 1:
            # the agent uses what it put in ('AlexNet 将 sigmoid 改成 ReLU'), read after the change itself, so that
            # what a question asks about is the change ('为什么在 CNN 中将 sigmoid 换成 ReLU？' asks about ReLU)
            kept = subject if cue.role == "cue" else objects[0]  # what takes the old one's place
            if agent != kept and agent not in objects:
                self._emit(r, agent, KG.uses, kept, hit, negated, evidence, far=far)
        if c.contrast is not None:
            self._read_rejected(r, c, subject, objects, evidence)

    def _label_kind_phrase(self, s: Sentence, hit: Hit, cend: int) -> bool:
        """'X：不需要二阶矩的优化器': a label's text that is one noun phrase, the cue opening it and '的' + the
        phrase's last name closing the clause, describes what the label is (a relative clause on that noun),
        as 'X 是不需要二阶矩的优化器' would."""
        before = s.text[: hit.start].rstrip(" \t*_`")
        if not before.endswith((":", "：")):
            return False
        last = [m for m in s.mentions if hit.end <= m.start and m.end <= cend]
        if not last or s.text[last[-1].end : cend].strip(" \t*_`。.；;，,"):
            return False
        return s.text[: last[-1].start].rstrip().endswith("的")

    def _changed_roles(
        self,
        r: Reading,
        c: CueClause,
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
        if (
            relation.iri == KG.improvesOn and cue.role == "inverseCue" and CJK_CHAR.match(s.text[hit.start : hit.start + 1])
            and (not before or (self._marked_object(s, before, cstart) is None and self.passive_patient(s, before, hit) is None))
        ):
            return None  # "RYE 的主要改进为 SD": 改进 a noun and 为 'is'; only '将 A 改进为 B', 'A 被改进为 B' turn A into B
        if relation.iri == KG.replaces and cue.role == "inverseCue" and self._kind_changed_to_kind(s, before, hit, objects):
            return None  # "将注意力中的正弦位置编码改为旋转位置编码": one kind of a concept changed into another kind
        if relation.iri == KG.replaces and cue.role == "inverseCue" and before:
            source = self.changed_from(s, before)
            if source is not None:
                subject = source.concept  # "PP-OCRv3 将 base 模型从 CRNN 替换成了 SVTR": SVTR replaces CRNN
            elif self.changed_from_unnamed(s, before[-1].end, hit.start):
                return None  # "X 将 A 从某种结构替换成了 B": what B replaces is no name kg knows, and X is not it
        if (
            (relation.iri in (KG.uses, KG.replaces) or (relation.iri == KG.improvesOn and cue.role == "inverseCue"))
            and cue.role in ("cue", "inverseCue")
            and before
            and len(objects) == 1
            # "将 DQN 原本使用的 Huber Loss 替换为 …": a cue followed by 的 is a relative clause inside what 将 marks
            # ('the Huber loss DQN used'); the marker belongs to the verb after it, not to this cue
            and not s.text[hit.end :].lstrip().startswith(tuple(self._attributive))
            and (marked := self._marked_object(s, before, cstart) or self.passive_patient(s, before, hit)) is not None
        ):
            if cue.role == "cue":
                # "将 X 加入 Y", "X 被加入 Y": Y is what uses X; "把 FFN 中的 ReLU 替换为 GeLU": GeLU replaces ReLU
                subject, objects = objects[0], [marked.concept]
            else:
                # the agent makes the change; the name changed is never its own agent ('将卷积层更换为 X')
                explicit = relation.iri == KG.replaces and evidence == "explicit" and subject != marked.concept
                agent = subject if explicit else None
                subject = marked.concept  # "AlexNet 将 sigmoid 改成 ReLU": ReLU replaces sigmoid; "将 A 改进为 B": B improves on A
        if cue.role == "cue" and relation.iri == KG.uses and self.unnamed_marked(s, before, cstart, hit):
            return None  # "通过交叉注意力将信息引入扩散模型": information goes into the model; the model is a destination
        if cue.role == "inverseCue" and relation.iri == KG.improvesOn and self.unnamed_marked(s, before, cstart, hit):
            return None  # "把智能体玩游戏的过程改进成端到端训练": what is improved is no name kg knows
        if cue.role == "cue" and relation.iri == KG.uses and evidence == "explicit" and self.changed_by_tool(s, before):
            return None  # "The embeddings are mapped to 2D using UMAP": UMAP is applied to the embeddings
        if cue.role == "cue" and relation.iri == KG.uses and self.unnamed_moved_into(s, hit):
            return None  # "Dropout adds noise to the ResNet": the same in English
        if cue.role == "inverseCue" and hit.in_set("TargetCue"):
            # "ZeroQuant 应用于 GPT-J": a whole model a method is applied to is worked on, it uses nothing
            objects = [o for o in objects if self._operated_part(o)]
        return subject, objects, agent

    def _aspect_subject(self, subject: str | None, objects: list[str]) -> bool:
        """Every object is a kind of the subject (skos:broader in the lexicon: Adam is an optimizer, GELU an
        activation function): the subject names an aspect, the object which kind fills it."""
        return subject is not None and bool(objects) and all(subject in self._broader.get(o, ()) for o in objects)

    def _read_rejected(self, r: Reading, c: CueClause, subject: str | None, objects: list[str], evidence: str) -> None:
        """'使用 BN，而不是 LRN', 'uses X instead of Y': the subject (if any) does not use what the contrast rejects,
        and what it keeps is compared with it."""
        s, hit, contrast, cend = r.s, c.hit, c.contrast, c.cend
        assert contrast is not None
        rejected_group = self._group_after(s, contrast.end, cend)
        if rejected_group and not self._close(s, contrast.end, rejected_group[0].start):
            return  # "instead of a single vector containing the … embeddings": what is rejected is unnamed
        if rejected_group and re.search(r"[)）,，;；]", s.text[contrast.end : rejected_group[0].start]):
            return  # "(but not exclusively) used in NNs", "而不是 V值，不要和 AC 搞混": the rejected side ends before the name
        if rejected_group and ACT_NOUN_AFTER.match(s.text, contrast.end, rejected_group[0].start):
            return  # "cover GAT instead of comparison with other GNNs": an act on the name is rejected, not the name
        gap = normalize(s.text[contrast.end : rejected_group[0].start]).split() if rejected_group else []
        if gap and (gap[0].isdigit() or gap[0] in self._count_words):
            return  # "uses two (instead of three as in LSTM) gates": a count is rejected; LSTM only has three
        kept_words = normalize(s.text[hit.end : contrast.start]).replace(",", " ").split()[:3]
        if any(w.isdigit() or w in self._count_words for w in kept_words):
            return  # "using only 5 million parameters, as opposed to AlexNet": amounts are set side by side, not uses
        if rejected_group and self.rejects_a_kind(s, contrast, rejected_group[0]):
            return  # "Use dilation instead of window attention": a kind of attention is rejected, one kg does not name
        if objects and self._contrasts_an_unnamed_phrase(s, objects, contrast, rejected_group):
            # "solves the bottleneck problem as it allows the decoder to look at the input sequence instead of the
            # final hidden state": the contrast sets aside what stands right before it, a phrase kg does not name
            return
        rejected = [m.concept for m in rejected_group]
        if set(rejected) & set(objects):
            return  # "乘性 Attention 而不是加性 Attention": two kinds of one concept, not told apart
        if set(rejected) & {m.concept for m in s.mentions if hit.end <= m.start and m.end <= contrast.start}:
            return  # "a sparse attention matrix instead of a full attention matrix": both sides name it
        neg_rel = c.relation.negated_as if not c.negated else None
        # "uses SiLU instead of sigmoid", "采用 CE 而不是 MSE": what is used takes the rejected one's place; any
        # other cue ('is modelled … rather than …') only sets the two side by side
        kept_rel = KG.replaces if c.relation.iri == KG.uses and c.cue.role == "cue" and not c.negated else COMPARED_WITH
        for obj in rejected:
            if c.cue.role != "inverseCue" and subject is not None:
                self._emit(r, subject, neg_rel, obj, contrast, True, evidence)
            for kept in objects:
                self._emit(r, kept, kept_rel, obj, contrast, False)

    def _contrasts_an_unnamed_phrase(self, s: Sentence, objects: list[str], contrast: Hit, rejected: list[Mention]) -> bool:
        """The cue's last object stands far before the contrast (more than three words or six Chinese characters,
        brackets aside), with no comma before the contrast, and the rejected side is a noun phrase of its own (an
        article or possessive opens it, or 的 follows its name): the two phrases around the contrast are set side by
        side, not the cue's object. ('ResNet uses BatchNorm after every convolution layer instead of Dropout' still
        rejects Dropout.)"""
        kept = max((m for m in s.mentions if m.concept in objects and m.end <= contrast.start), key=lambda m: m.end, default=None)
        if kept is None:
            return True
        gap = _BRACKETED_ASIDE.sub(" ", s.text[kept.end : contrast.start])
        if len(re.findall(r"[A-Za-z0-9]+", gap)) <= 3 and len(CJK_CHAR.findall(gap)) <= 6:
            return False
        if s.text[: contrast.start].rstrip().endswith((",", "，")):
            return False
        if not rejected:
            return False
        opener = re.match(r"\s*([A-Za-z]+)\b", s.text[contrast.end : rejected[0].start])
        if opener is not None and opener.group(1).lower() in self._owner_words:
            return True
        return s.text[rejected[-1].end : rejected[-1].end + 2].lstrip().startswith("的")

    def rejects_a_kind(self, s: Sentence, contrast: Hit, first: Mention) -> bool:
        """'instead of window attention': one word that is no function word ('one softmax layer' 6.5 on
        wordfreq's scale, FUNCTION_ZIPF) stands between the contrast and the name; it makes a kind of the name,
        and that kind, not the name, is what is rejected."""
        word = self._modifier_word.fullmatch(s.text, contrast.end, first.start)
        return word is not None and common_words().zipf_en(word.group(1)) < FUNCTION_ZIPF

    def _called_problem(self, s: Sentence, mention: Mention, glued: bool = False) -> bool:
        """The notes call the name a problem right after it ('灾难性遗忘问题', '过拟合的问题'; kg:ProblemNoun); ``glued``:
        with no 的 between ('灾难性遗忘问题', not 'Dropout 的问题', the problem Dropout has)."""
        tail = s.text[mention.end : mention.end + 4]
        return any(tail.lstrip(" " if glued else "的 ").startswith(n) for n in self._problem_nouns)

    def _read_container_cues(self, r: Reading) -> None:
        """"Transformer中的前馈神经网络": the name right after a container cue is part of the one right before."""
        s = r.s
        for hit in s.hits:
            container = [c for c in hit.cues if c.role == "containerCue"]
            if not container:
                continue
            outer = next((m for m in s.mentions if m.end <= hit.start and not s.text[m.end : hit.start].strip()), None)
            inner = next((m for m in s.mentions if m.start >= hit.end and not s.text[hit.end : m.start].strip()), None)
            if inner is not None and self._names_attribute(s, inner):
                inner = None  # "vanilla Transformer 中二次时间复杂度": a property of the model, not a part (kg:AttributeNoun)
            if inner is not None and (not self._ends_phrase(s, inner) or self._counted(s, inner)):
                inner = None  # "LeNet中的卷积通道数", "GMM中的聚类个数": the part named is a count, not the name
            if inner is not None and self._called_problem(s, inner, glued=True) and self.classes.get(inner.concept) in (KG.Concept, KG.Problem, None):
                # "缓解FL中灾难性遗忘问题": a name kg does not know as a component or method, the notes calling it a
                # problem right after it: a problem that arises there, not a part ('Transformer 中 Dropout 的问题' is)
                inner = None
            if (
                outer is not None
                and self._after_place_marker(s, outer)
                and not any(w in s.text[hit.start : hit.end + 1] for w in self._attributive)
            ):
                outer = None  # "从标准高斯分布中采样", "放到 Transformer 中预测": 从 / 到 … 中 says where from or where
                # to, not what holds it (kg:SourceMarker, kg:DestinationMarker); "从 Transformer 中的 FFN 开始"
                # still names the FFN in the Transformer
            if outer and inner and not self._is_problem(outer.concept) and not self._is_problem(inner.concept):
                self._emit(r, inner.concept, container[0].target, outer.concept, hit, False)

    def _noun_after_attributive(self, s: Sentence, hit: Hit) -> Mention | None:
        """The name right after the cue and its kg:AttributiveMarker ('和 DQN 相关的分布式强化学习'), else None."""
        rest = s.text[hit.end :]
        lead = rest.lstrip()
        at = hit.end + len(rest) - len(lead) + next((len(w) for w in self._attributive if lead.startswith(w)), 0)
        return next((m for m in s.mentions if m.start >= at and not s.text[at : m.start].strip()), None)

    def _attributive_noun_named(self, s: Sentence, hit: Hit) -> bool:
        """The noun after the cue and its 的 is one known name, whole: '与 SD 类似的 WB 面包' names WB."""
        noun = self._noun_after_attributive(s, hit)
        # ('负载均衡损失': the name goes on into a longer noun kg does not know)
        return noun is not None and not CJK_CHAR.match(s.text[noun.end : noun.end + 1])

    @staticmethod
    def _unnamed_basis(s: Sentence, hit: Hit, first: Mention) -> bool:
        """'基于矩阵分解的 FM 算法': between a basis cue and the first name, a phrase of its own closed by 的 is
        the basis, a noun kg does not know, and the name is what it describes. A word or two before 的 only
        describes the name ('基于新的 stem 和 Inception 模块': the modules are the basis)."""
        gap = s.text[hit.end : first.start]
        head, de, _ = gap.rpartition("的")
        return bool(de) and len(re.sub(r"\s", "", head)) >= 3

    def _measure_after(self, s: Sentence, m: Mention) -> bool:
        """A kg:AttributeNoun right after the name ('MT-Bench performance', 'ImageNet accuracy', 'COCO 上的性能' aside):
        the phrase names a measure taken on the name."""
        tail = normalize(s.text[m.end : m.end + 16]).lstrip(" *_`")
        return any(tail.startswith(w) and not tail[len(w) : len(w) + 1].isalpha() for w in self._attribute_nouns if w.isascii()) or any(
            tail.startswith(w) for w in self._attribute_nouns if not w.isascii()
        )

    def _quality_measured(self, s: Sentence, m: Mention) -> bool:
        """'泛化性能', '鲁棒性效果': a Chinese name of a plain concept (no model, method, part, data set or task)
        glued to a kg:AttributeNoun names a measure of a quality; what has it is named elsewhere, or not at all
        ('BERT 性能优于 GPT' keeps BERT: a model measured is the doer)."""
        if not CJK_CHAR.match(m.surface[-1:]) or self.classes.get(m.concept) not in (None, KG.Concept):
            return False
        tail, name = normalize(s.text[m.end : m.end + 6]), normalize(m.surface)
        # the noun may begin inside the name: '泛化性能' matched as 泛化性 (a name the notes gave) + 能
        return any(
            tail.startswith(w[k:]) and name.endswith(w[:k]) for w in self._attribute_nouns if not w.isascii() for k in range(len(w))
        )

    def _names_attribute(self, s: Sentence, m: Mention) -> bool:
        """The name, or the phrase it opens, ends in a kg:AttributeNoun ('二次时间复杂度', '嵌入向量', '卷积核大小'):
        it names a property or an output of a thing, not a part of it."""
        if normalize(m.surface).endswith(self._attribute_nouns):
            return True
        return normalize(s.text[m.end : m.end + 6]).lstrip().startswith(self._attribute_nouns)

    @staticmethod
    def _between_unnamed(s: Sentence, hit: Hit, before: list[Mention], after: list[Mention]) -> bool:
        """A one-word Latin pair cue ('vs', 'versus') with a Latin word that is no name right before it and one
        right after it: the two compared are those words ('Cats vs Dogs'), whatever names stand farther off. A cue
        of several words ('compared with the …') reads on."""
        if not re.fullmatch(r"[A-Za-z][A-Za-z.]*", s.text[hit.start : hit.end].strip()):
            return False
        left = s.text[before[-1].end if before else 0 : hit.start]
        right = s.text[hit.end : after[0].start if after else len(s.text)]
        word_left = re.search(r"[A-Za-z][\w\-]*\s*$", left)
        word_right = re.match(r"\s*[A-Za-z][\w\-]*", right)
        if before and len(re.findall(r"[A-Za-z][\w\-]*", re.sub(r"[(（][^()（）]*[)）]", " ", left))) >= 2:
            return True  # "the visualization below shows the cost vs. NDCG@10": the side is 'the cost', unnamed
        return word_left is not None and word_right is not None

    def _after_place_marker(self, s: Sentence, m: Mention) -> bool:
        """A kg:SourceMarker (从), kg:DestinationMarker (到, 入) or kg:ReferenceVerb (参考) right before the name, or
        before a few characters that modify it ('从标准高斯分布', '放到标准 Transformer', '参考 CS231n')."""
        lead = s.text[max(0, m.start - 6) : m.start].rstrip(" \t*_`")
        for w in self._source_markers + self._destination_markers:
            at = lead.rfind(w)
            if at >= 0 and re.fullmatch(r"\s*[\u3400-\u9fff]{0,4}", lead[at + len(w) :]):
                return True
        # a reference verb only right before the name: '参考详解 Transformer 中…' opens the title of what is referred to
        return lead.endswith(self._reference_verbs)

    def _read_container_passive(self, r: Reading) -> None:
        """'In ResNet, batch normalization is used after every convolution', 'Within the encoder, dropout and layer
        normalization are applied': a sentence that opens by placing itself in a name (kg:ContainerLead, the name,
        a comma) and then says in the passive, with no agent, what is used (kg:UseParticiple): the name it is placed
        in uses them, as 'LayerNorm 在 Transformer 中被广泛使用' says in Chinese; 'are not used', that it does not."""
        s = r.s
        lead = self._container_lead.match(s.text)
        if lead is None:
            return
        container = next((m for m in s.mentions if m.start == lead.end()), None)
        if container is None:
            return
        # 'In the ResNet paper,', 'In ResNet's encoder,': a word or two of its own before the comma, none of them a
        # participle ('In CNN-based detectors,' places the clause in detectors, not in CNNs)
        closing = re.match(r"((?:'s)?(?:\s+[a-z][a-z-]*){0,2})\s*,\s*", s.text[container.end :])
        if closing is None or any(w in self._reduced_relatives for w in closing.group(1).replace("'s", " ").split()):
            return
        start = container.end + closing.end()
        passive = self._container_passive.search(s.text, start)
        if passive is None:
            return
        used = [m for m in s.mentions if start <= m.start and m.end <= passive.start()]
        # the clause before the passive is one noun phrase: an article or a modifier before the first name, the
        # names joined by commas and 'and'/'or', a head noun or two after the last ('matrix factorization methods')
        if (
            not used
            or not re.fullmatch(r"(?:[a-z][a-z-]*\s+)?", s.text[start : used[0].start])
            or any(not self._coordinated(s.text, a, b) for a, b in zip(used, used[1:]))
            or not re.fullmatch(r"(?:\s+[a-z][a-z-]*){0,2}", s.text[used[-1].end : passive.start()])
        ):
            return
        negated = any(w in self._negation_words for w in passive.group(1).lower().split())
        rel = self.relations[KG.uses].negated_as if negated else KG.uses
        hit = Hit(passive.start(2), passive.end(2), (), frozenset())
        for m in used:
            if m.concept != container.concept:
                self._emit(r, container.concept, rel, m.concept, hit, negated, "explicit")

    def _read_possessives(self, r: Reading) -> None:
        """"Transformer 的位置编码", "the Transformer's encoder": a component named as a model's own (kg:Possessive
        between the two names) is part of it. Only for the class pairs a section question reads so
        (kg:sectionSubjectClass in kg:sectionTopicClass: a component in a model); "ResNet 的退化问题" or "BN 的均值"
        state no part."""
        s = r.s
        for a, b in zip(s.mentions, s.mentions[1:]):
            if normalize(s.text[a.end : b.start]).strip() not in self._possessives or a.concept == b.concept:
                continue
            rule = next(
                (rel for rel, part, whole in self.vocab.section_rules
                 if self.classes.get(b.concept) == part and self.classes.get(a.concept) == whole),
                None,
            )
            if rule is None or self._names_attribute(s, b):
                continue  # "GIN 的嵌入向量", "VGG 的卷积核大小": what the part computes or measures, not the part
            if not self._ends_phrase(s, b) or self._counted(s, b):
                continue  # "LeNet 的卷积通道数": a count of the part, not the part
            if any(
                h.end <= a.start and not s.text[h.end : a.start].strip() and h.in_set("Basis")
                for h in s.hits
            ):
                continue  # "基于 RNN 的 attention": the attention is based on RNN, it is no part of RNN
            gap = s.text[a.end : b.start]
            at = a.end + len(gap) - len(gap.lstrip())
            self._emit(r, b.concept, rule, a.concept, Hit(at, at + len(gap.strip()), (), frozenset()), False, "possessive")

    def _read_difference_frame(self, r: Reading) -> None:
        """'与 L1 正则化不同，L2 正则化…': an opening clause that only sets a name aside with a frame whose end
        says no relation of its own (kg:ComparisonFrameEnd '不同', '不一样') compares the next clause's subject with
        it, as 'Unlike L1 regularization, L2 …' does with its cue."""
        s = r.s
        if not s.clauses or s.clauses[0] in r.fired_clauses or not self._opens_comparison_frame(s):
            return
        end = next((h for h in s.hits if h.in_set("ComparisonFrameEnd") and s.clause_of(h.start) == s.clauses[0]), None)
        opening = self._comparison_opener(s, end, s.clauses[0]) if end is not None else None
        if end is None or opening is None:
            return
        main, compared = opening
        for other in compared:
            self._emit(r, main.concept, COMPARED_WITH, other.concept, end, False)

    def _read_uncued_clauses(self, r: Reading) -> None:
        """Clauses no relation cue read: a bare contrast compares its two sides ("退化问题而不是过拟合问题"); a
        placement cue places the names of the clause in the section's topic."""
        s = r.s
        self._read_difference_frame(r)
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
                    and not ACT_NOUN_AFTER.match(s.text, hit.end, after[0].start)  # 'instead of comparison with …'
                    and not self.in_setting_frame(s, before[-1], clause[0])  # "SVTR 在 CPU+MKLDNN 上相比 …"
                ):
                    self._emit(r, before[-1].concept, COMPARED_WITH, after[0].concept, hit, False)
                    r.fired_clauses.add(clause)
            if hit.in_set("CompetitionWord") and clause not in r.fired_clauses:
                placed = self.competition_entry(r, clause)
                if placed is not None:
                    # "## VGG" then "- 2014 年 ImageNet 比赛第二名": the model took a place in that data set's challenge
                    self._emit(r, placed[0], KG.relatedTo, placed[1].concept, hit, False, placed[2])
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

    def _problem_confidence(
        self, s: Sentence, obj: str, evidence: str, confidence: float, *, output: bool = False
    ) -> float | None:
        """'X causes / mitigates Y' asks Y to be a problem, and the sentence to name who does it (``output``: the cue is
        a kg:OutputVerb, which causes only a problem).

        A Y the lexicon does not know as a problem counts less unless the notes call it one
        ('…的问题'); a Y that only begins a longer phrase ('决策树分支过多') or that is counted is not;
        a subject inherited from a heading counts less for these relations.
        """
        mention = next((m for m in s.mentions if m.concept == obj), None)
        if mention is not None:
            if COUNT.search(s.text[max(0, mention.start - 8) : mention.start]):
                return None  # "RPN 会产生大约 2000 个 RoIs": a counted object is an output, not a problem
            tail = s.text[mention.end : mention.end + 4]
            called_problem = self._called_problem(s, mention)
            if (
                CJK_CHAR.match(tail.lstrip(" ")[:1] or " ")
                and not called_problem
                and not self._known_follower(s, mention)
                and self.classes.get(obj) != KG.Problem
            ):
                return None  # "造成决策树分支过多", "产生 CoT 过程": the object is the longer phrase
            if self.classes.get(obj) != KG.Problem and not called_problem:
                if output:
                    return None  # "由 Proposal Layer 产生 RoIs": a kg:OutputVerb before no problem says what is output
                confidence -= PROBLEM_UNKNOWN
        elif self.classes.get(obj) != KG.Problem:
            if output:
                return None
            confidence -= PROBLEM_UNKNOWN
        if evidence in ("topic", "listed", "heading") and not self._pros_cons:
            confidence -= TOPIC_FOR_PROBLEMS
        return round(confidence, 3)
