"""What a clause's words say about the roles of its names: each method one reading rule that declines a
reading or picks a doer ('对 X 使用 Y': X is worked on; 'You can use X': the reader does it; '在 … 上':
a place), called by the clause reader's steps."""

from __future__ import annotations

import re
from typing import Literal

from kg.extraction.facts.base import RelatorBase
from kg.extraction.facts.sentences import (
    BASIS_NOUN,
    CJK_CHAR,
    CLAUSE_MARK,
    COMPARED_WITH,
    COPULA_SUBJECT,
    ENUMERATOR,
    NAME_BEFORE,
    OF_LATIN_NOUN,
    OF_NOUN,
    OPENING_NAME,
    OPENING_TITLE_PAIR,
    POSSESSED,
    QUANTIFIER_ONLY,
    UNKNOWN_SUBJECT,
    UNKNOWN_SUBJECT_CJK,
    UNNAMED,
    WORD_CHAR_AFTER,
    CueClause,
    Hit,
    Reading,
    Sentence,
    closed_aside,
    inline_item_marks,
    inside_brackets,
    modifier_gap,
    standalone,
    unique,
)
from kg.extraction.mentions import CommonWords, after_optimize_verb, common_words
from kg.model import Item, Mention
from kg.terms import KG
from kg.text import normalize

# the kinds of what remedies a problem (with their subclasses): asked how it does so ('dropout 中是如何防止过拟合的'), it
# is the remedy
_REMEDY_CLASSES = frozenset({KG.Technique, KG.Component})

# one or two lower-case words, then a word (a head noun, checked by the caller): 'Gaussian mixture model'
_WORDS_THEN_HEAD = re.compile(r"\s+[a-z][a-z\-]*[a-z](?:\s+[a-z][a-z\-]*[a-z]){1,2}(?![A-Za-z\-])")

RELATIVE_OPENER = re.compile(r"[\s\u200b*_`]*(?:which|who)\s+[a-z]+s?\b")  # 'which scrap …': a relative clause's verb
AND_THEN_BEFORE = re.compile(r"\band\s+(?:then\s+)?$")  # 'and then use': a verb coordinated with the one before
DEMONSTRATIVE_SUBJECT = re.compile(r"[,;:\-–—]\s*(?:this|that)(?:'s|’s|\s+is|\s+was)\b", re.IGNORECASE)  # ' - that's'
AND_WORD = re.compile(r"\band\s+(?:then\s+)?([a-z][a-z\-]*)\b")  # 'and calculate': a second verb or a second noun
FUNCTION_ZIPF = 6.0  # English words this frequent are function words ('to' 7.4, 'for' 7.0); nouns sit below ('rate' 5.3)
RARE_NAME_ZIPF = 3.0  # a capitalised word rarer than this is a name ('Seq2SeqX'), not a sentence's first word ('Basic' 4.9)
SHOUTED_ZIPF = 5.0  # an all-capitals word this frequent is an everyday word shouted ('NOTE' 5.2, 'ALL' 7.0); 'SEATS' (4.3) is a name
GLOSS_AFTER = re.compile(r"\s*[（(][^（）()\n]{1,60}[）)]")  # a closed bracket right after a name


# a bracketed aside, "(which are essentially …)", skipped between a replaced name and the substitute word after it
_ASIDE = re.compile(r"\s*\([^()]*\)")
_SPACES = re.compile(r"\s*")


# '与之类似的', '与上述相似的': a comparison preposition and a word that points back to what was named before
SIDE_REFERENT_BEFORE = re.compile(r"[与和跟同]\s*(?:它们?|之|前者|后者|上面|上述|上文|以上)\s*$")


class ClauseGuards(RelatorBase):
    """What a clause's words say about the roles of its names: each method one reading rule that declines a"""

    def _bare_occurrence(self, s: Sentence, hit: Hit, relation: str) -> bool:
        """A causes cue that only says a problem happens (kg:Occurrence: '会发生', '出现'). With no name before
        it, the section's topic is its cause ('容易产生梯度消失' under '# Sigmoid') unless the sentence names the
        topic after it in a role of its own ('训练时会发生过拟合，所以用 dropout' under '# Dropout': the remedy)."""
        return relation == KG.causes and normalize(s.text[hit.start : hit.end]).strip().endswith(tuple(self._occurrence))

    def _prevented_occurrence(self, s: Sentence, hit: Hit) -> bool:
        """A kg:Occurrence word ('出现', '发生') right after a mitigates cue, at most a short subject between
        ('防止模型出现过拟合'): it only says the problem happens, and the remedy's object runs past it."""
        if normalize(s.text[hit.start : hit.end]).strip() not in self._occurrence:
            return False
        for h in s.hits:
            if h.end <= hit.start and any(c.role == "cue" and c.target == KG.mitigates for c in h.cues):
                gap = s.text[h.end : hit.start]
                if len(gap.strip()) <= 3 and not CLAUSE_MARK.search(gap):
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
            if about is not None and self._reported_name(prose[-2], about):
                return None  # "这篇文章指出DETR收敛慢…。因此…提出了一个方法：": the paper (the topic) says it, DETR is reported
            return about if about is not None and about != topic else None
        return self._list_intro(prose[-1], topic)

    def _opens_with_possessive(self, s: Sentence) -> bool:
        """The sentence opens with the authors' possessive ('本文的…', '我们的…', 'Our …'; a kg:AuthorPossessive word
        that is no bare kg:AuthorPronoun): what it introduces is the authors' own work."""
        lead = normalize(s.text.lstrip(" \t\u200b*_`>-•")).lower()
        return any(
            lead.startswith(w) and (not w.isascii() or lead[len(w) : len(w) + 1] == " ") for w in self._possessive_openers
        )

    def _reported_name(self, s: Sentence, concept: str) -> bool:
        """The sentence opens with a kg:PaperSelfReference and its first mention of ``concept`` stands after a
        kg:ReportingVerb ('这篇文章指出 DETR 收敛慢', 'The paper shows that X …') that no name stands before: the
        sentence is about the paper, the section's topic, and the name is only what it reports on."""
        first = next((m for m in s.mentions if m.concept == concept), None)
        if first is None or not self._starts_with(s, 0, "PaperSelfReference"):
            return False
        verb = next((h for h in s.hits if h.in_set("ReportingVerb") and h.end <= first.start), None)
        return verb is not None and not any(m.end <= verb.start for m in s.mentions)

    def _alternatives_intro(self, s: Sentence) -> bool:
        """'通常来说，有以下几种方法：', 'There are several ways to do this:': a colon sentence announcing alternatives
        (kg:AlternativesIntro). Its items are options side by side; a subjectless item names one way, not what
        the section's topic does (the topic may be one of the options, as in '(3) 最后一个当然是 SPP')."""
        text = normalize(s.text).rstrip()
        return text.endswith((":", "：")) and any(w in text for w in self._alternatives_words)

    @staticmethod
    def _names_unknown_acronym(s: Sentence) -> bool:
        """The sentence writes an acronym ('RLHF', 'GRPO') that no mention covers: a name kg does not know."""
        for m in re.finditer(r"\b[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\b", s.text):
            if not any(x.start <= m.start() and m.end() <= x.end for x in s.mentions):
                return True
        return False

    def _list_intro(self, s: Sentence, topic: str | None) -> str | None:
        """A sentence that ends in a colon and is about a name other than the section's topic introduces
        the list after it: its items speak about that name ('Traditional RLHF approaches … involve:')."""
        if not s.text.rstrip().endswith((":", "：")):
            return None
        if self._opens_with_possessive(s):
            return None  # "本文的改进方法受到…的启发，…稀疏的图像特征…，具体做法：": the authors' own work, the topic
        about = self.focus(s)
        if about is not None and all(
            after_optimize_verb(s.text, m.start, self._optimize_verbs, self._determiners)
            for m in s.mentions
            if m.concept == about
        ):
            return None  # "更新流程（最小化 KL 散度）：": the steps optimise the divergence; they are not about it
        if about is not None and self._modification_intro(s):
            # "无非是将 ResNeXt block 进行了一点点修改：": the items are changes made to ResNeXt, what the section's own
            # model (the thing changed into) does, not what ResNeXt does; "LLaMA 对 Transformer 的改动：" names the
            # model that made them, and the items are its
            maker = self._modification_maker(s)
            return maker if maker is not None and maker != topic else None
        return about if about is not None and about != topic else None

    def _modification_maker(self, s: Sentence) -> str | None:
        """In a kg:ModificationIntro sentence, the name that makes the changes: one standing before a kg:ObjectMarker
        or kg:TargetMarker ('LLaMA 对 Transformer 的改动') or before the English word in the active voice ('LLaMA
        makes modifications to the Transformer'); None when the names are only what is changed ('将 X 进行修改',
        'We modify X', 'X is modified as follows')."""
        text = normalize(s.text).lower()
        at = min((i for w in self._modification_words if (i := text.find(w)) >= 0), default=-1)
        if at < 0:
            return None
        markers = [i for w in (*self._ba, *self._target_markers) if (i := s.text.rfind(w, 0, at)) >= 0]
        limit = min(markers) if markers else at
        if not markers and self._be_adverb_lead.search(text[:at]):
            return None  # 'The Transformer is modified as follows:': the name is what is changed
        if not markers and not s.text[at : at + 1].isascii():
            return None  # '修改了 X' without a marker: nothing says who changed what
        maker = next((m for m in s.mentions if m.end <= limit), None)
        return maker.concept if maker is not None else None

    def _modification_intro(self, s: Sentence) -> bool:
        """A colon sentence announcing changes made to the name it holds (kg:ModificationIntro: '将 X 进行了修改：',
        'We modify X as follows:'): the items describe the changed thing, the section's topic, which is not X."""
        text = normalize(s.text).lower()
        words = f" {' '.join(re.findall(r'[a-z]+', text))} "
        return any(f" {w} " in words if w.isascii() else w in text for w in self._modification_words)

    @staticmethod
    def _suffix_adjacent(s: Sentence, last: Mention, hit: Hit) -> bool:
        """'X 是 Y 的变体', 'AdaDelta 法是对 AdaGrad 法的一种改进': a suffix cue closes the phrase of the name right
        before it, with at most a short head noun between ('法', '模型'); a longer run of words ('决策树学习算法
        用来解决…的一种') means the cue closes a phrase about something else."""
        gap = re.sub(r"[\s$`*_]", "", s.text[last.end : hit.start])
        return len(gap) <= 2 and not CLAUSE_MARK.search(gap)

    def _ends_phrase(self, s: Sentence, m: Mention) -> bool:
        """A Chinese name that ends its noun phrase: what follows is punctuation, a particle, a cue, another
        name or a head noun that only says what kind of thing it is (层, 网络, 模块 …)."""
        if self._known_follower(s, m) or not CJK_CHAR.match(s.text[m.end : m.end + 1] or " "):
            return True
        return any(s.text.startswith(w, m.end) for w in self._head_nouns_cjk)

    def _known_follower(self, s: Sentence, m: Mention) -> bool:
        """What follows a mention is a cue, a particle or another mention: the mention ends a phrase."""
        after = m.end
        if any(h.start == after for h in s.hits) or any(x.start == after for x in s.mentions):
            return True
        ch = s.text[after : after + 1]  # '' (the end) is in the punctuation string
        return ch in "、，。；：,.;:!?！？)）" or ch in self._phrase_end

    def _after_unknown_name(self, s: Sentence, m: Mention) -> bool:
        """'FP8 激活', 'W4A8 量化': a Chinese name right after a Latin name kg does not know is the head of
        that unknown name (FP8 activations), not the concept on its own."""
        if not CJK_CHAR.match(m.surface[:1] or " "):
            return False
        lead = NAME_BEFORE.search(s.text, max(0, m.start - 24), m.start)
        if lead is None or not re.search(r"[0-9A-Z]", lead.group(1)):
            return False
        return not any(x.end == lead.end(1) and x.start <= lead.start(1) for x in s.mentions)

    def owned_object(self, s: Sentence, hit: Hit, last: Mention) -> Mention | None | Literal[False]:
        """"replaces Qwen3-Next's gated attention layers", "uses the Transformer's encoder": after an English cue,
        the name before "'s" only owns the cue's object. The object is the noun after it: a name kg knows (the
        encoder), returned in the owner's place; else False, a noun kg does not know, so the cue states nothing
        about the owner. None when no possessive follows."""
        if not s.text[hit.start : hit.end].isascii():
            return None  # Chinese 'A 的 B' after a cue is read by the relative-clause rules
        owned = self._possessive_after.match(s.text, last.end)
        if owned is None or CJK_CHAR.search(owned.group(0)) or self._shortcoming_after.match(s.text, last.end):
            return None  # "addresses WB's limitations": easing its shortcomings improves on WB (Relator._eases_shortcomings)
        spaces = _SPACES.match(s.text, owned.end())
        gap_end = spaces.end() if spaces else owned.end()
        if not re.match(r"[^\W_]", s.text[gap_end : gap_end + 1]):
            return None  # "due to stack of tanh's.": a plural written with an apostrophe, nothing owned
        return next((m for m in s.mentions if m.start == gap_end), False)

    def _turns_before(self, gap: str) -> bool:
        """The text between a cue and a name holds a kg:Adversative word ('但是', 'but'): the name belongs to the
        clause that word opens."""
        words = normalize(gap)
        latin = f" {' '.join(w.strip(',.;:()') for w in words.split())} "
        return any(f" {w} " in latin if w.isascii() else standalone(words, w) for w in self._adversative)

    def _object_in_phrase(self, s: Sentence, hit: Hit, first: Mention) -> bool:
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
        # "使用 FP8 对 PTQ LLMs 进行的研究", "引入了一种单独对 ViT Encoder 使用 DP 的机制"
        return any(self._marker_alone(gap, m.start(), w) for w in self._prepositions_cjk for m in re.finditer(re.escape(w), gap))

    def denies_an_amount(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """'does not need a large batch size', '不需要太多的特征工程': right before a negated cue's object, a word of
        amount (kg:DeniedAmount); what is denied is that much of it, not the thing itself."""
        gap = s.text[hit.end : first.start]
        return len(gap) <= 12 and self._words.denied_amount.search(gap) is not None

    def _marker_alone(self, text: str, at: int, marker: str) -> bool:
        """The marker at ``at`` is no character of a word of its own (kg:NotTargetMarker: '相对', '针对', '对比'),
        whatever comes before it ('单独对', '并对', 'FP8 对')."""
        for word in self._not_target_words:
            i = word.find(marker)
            while i >= 0:
                if at - i >= 0 and text.startswith(word, at - i):
                    return False
                i = word.find(marker, i + 1)
        return True

    def _shares_unknown_modifier(self, s: Sentence, m: Mention, floor: int) -> bool:
        """m is coordinated with an earlier name that an unknown Latin name modifies ('FP8 激活和权重量化')."""
        earlier = [x for x in s.mentions if floor <= x.start and x.end <= m.start]
        if earlier and self._after_unknown_name(s, earlier[-1]) and self._coordinated(s.text, earlier[-1], m):
            return True
        return self._unknown_conjunct_before(s, m, floor)

    def _unknown_conjunct_before(self, s: Sentence, m: Mention, floor: int) -> bool:
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

    def _head_of(self, s: Sentence, before: list[Mention]) -> Mention:
        """The clause's first name, or the head of the phrase it opens: 'Transformer encoder' → encoder,
        'ResNet 中的残差连接' → 残差连接, 'ViT 模块中的 MHSA' → MHSA."""
        head = before[0]
        for m in before[1:]:
            gap = normalize(s.text[head.end : m.start]).strip()
            noun = next((w for w in self._head_nouns_cjk if gap.startswith(w)), "")
            if noun and gap[len(noun) :].strip() in self._locative:
                gap = gap[len(noun) :].strip()  # "ViT 模块中的 MHSA": a head noun may name the whole's kind
            if not (self._compound(s.text, head, m) or gap in self._locative or self._relative_gap(s, head.end, m.start)):
                break
            if normalize(m.surface).endswith(self._attribute_nouns):
                break  # "AWQ 的困惑度优于 GPTQ": a property (kg:AttributeNoun) of AWQ; AWQ is what the clause is about
            head = m
        return head

    def _relative_gap(self, s: Sentence, start: int, end: int) -> bool:
        """'CT 扫描仪配备的 MAR 算法': a few Chinese words ending in 的 and holding no relation cue between two names make
        the first a modifier of the second (the MAR algorithm CT scanners carry), which heads the phrase."""
        gap = s.text[start:end].strip()
        return (
            bool(re.fullmatch(r"[\u3400-\u9fff]{1,6}的", gap))
            and not any(start <= h.start < end and any(c.role != "set" for c in h.cues) for h in s.hits)
        )

    def _unknown_head(self, s: Sentence, head: Mention, cue_at: int) -> bool:
        """'预训练语言模型从文本数据中学习到的知识包括…': after the name, '…的 N' right before the cue makes
        a noun N kg does not know the subject; the name only describes it."""
        between = s.text[head.end : cue_at]
        # "EM 的 E 步（计算后验）在 VAE 中由编码器近似": an aside in brackets and a place phrase after the noun
        # say nothing of what the subject is; the noun before them is
        place = self._place_tail.search(between)
        if place is not None and any(head.end + place.start() <= x.start < cue_at for x in s.mentions):
            between = between[: place.start()]
        cut = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", between)
        ended = cut != s.text[head.end : cue_at]  # an aside or a place phrase ends the noun phrase: no verb in it
        between, end = cut, head.end + len(cut)
        if any(head.end <= x.start < end and not inside_brackets(s.text, x.start, end) for x in s.mentions):
            return False
        between = self._preverb_adverbs.sub("", between)  # "GPS 传感器的攻击主要包括": the noun ends before 主要
        m = OF_NOUN.search(between) or (OF_LATIN_NOUN.search(between) if ended else self.of_latin_noun(between))
        if m is None or any(ch in self._function_chars for ch in m.group(1)):
            return False  # "RPN 做的事情就是利用…": 的…是 opens what the subject does, not a noun of its own
        if normalize(m.group(1)).strip() in self._event_nouns:
            return False  # "ResNet 的提出解决了…": the proposal of ResNet is ResNet, said to solve it
        if m.group(1).endswith(self._structure_nouns) and any(
            h.start == cue_at and any(c.role == "inverseCue" and c.target == KG.partOf for c in h.cues) for h in s.hits
        ):
            return False  # "Transformer 的结构包括编码器和解码器": its make-up lists its parts
        return not any(
            h.start >= head.end + m.start() and h.end <= end and any(c.role != "set" for c in h.cues) for h in s.hits
        )

    def _opens_with_comparison(self, s: Sentence) -> bool:
        """The sentence opens with a comparison cue ('相较于 X…', 'Compared with X, …') and names what it compares."""
        lead = len(s.text) - len(s.text.lstrip(" \t\u200b"))
        first = next((h for h in s.hits if h.start >= lead), None)
        return (
            first is not None
            and not s.text[lead : first.start].strip(self._frame_chars)
            and any(c.role == "pairCue" and c.target == COMPARED_WITH for c in first.cues)
        )

    def _unknown_object_first(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """'使用轻量级内存管理系统来处理KV缓存': after a Chinese cue, a run of more than six Chinese characters that
        is no modifier ending in 的 is a noun kg does not know: that noun is the cue's object, and the name
        after it belongs to a later phrase (here what the system handles)."""
        if not CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
            return False
        gap = s.text[hit.end : first.start].strip()
        at = gap.find("的")
        if at > 0 and hit.in_set("Means") and all(CJK_CHAR.match(ch) for ch in gap[:at]) and any(
            gap.startswith(w, at + 1) and gap[at + 1 + len(w) :].strip() for w in self._method_nouns
        ):
            # "通过加法的形式写入到token中传递给编码器": after a kg:Means cue, '…的形式' (kg:MethodNoun) closes the means; a
            # verb follows, and the name after it is that verb's object
            return True
        if len(gap) <= 6 or not all(CJK_CHAR.match(ch) for ch in gap):
            return False
        if "的" not in gap:
            return True
        # "使用小规模训练的原因是发现 X": a copula after the unknown noun opens another predicate, whose
        # complement X is; right after the cue ('使用的是 X', what is used is X) it keeps the reading
        start = s.text.index(gap, hit.end)
        if any(w in gap[2:] for w in self._implication_verbs):
            return True  # "采用不同大小的卷积核意味着不同大小的感受野": 意味着 opens another predicate, as a copula does
        return any(h.in_set("Copula") and start + 2 <= h.start < first.start for h in s.hits)

    def _main_verb_between(self, between: str) -> bool:
        """A form of 'be' between an English cue and a name, not opening a relative clause ('that is called'): the
        cue's own object ended before it and the sentence's main verb follows, whose complement the name is."""
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", between)]
        # (not as its first word: 'is called X' right after the cue is the cue's own passive)
        return any(w in self._be_words and words[i - 1] not in self._relative_pronouns for i, w in enumerate(words) if i > 0)

    def heads_longer_name(self, s: Sentence, m: Mention) -> bool:
        """'a special case of Gaussian mixture model': a Latin name followed by one or two lower-case words and a
        head noun (kg:HeadNoun) begins a longer name kg does not know (the mixture model), which the text speaks of;
        the name itself is only its first word. A head noun right after the name ('dropout layers') is the name."""
        if not s.text[m.start : m.end].isascii():
            return False
        after = _WORDS_THEN_HEAD.match(s.text, m.end)
        if after is None:
            return False
        run = after.group(0).split()
        for size in (1, 2):  # 'mixture model', then 'mixture density network'
            if len(run) <= size or normalize(run[size]).strip() not in self._head_nouns:
                continue
            words = run[:size]
            if any(normalize(w) in self._head_nouns or w.lower() in self._basis_words for w in words):
                return False  # ('EKF based method': a method based on EKF, which what uses it uses)
            head_end = after.start() + after.group(0).index(run[size]) + len(run[size])
            if any(m.end <= n.start < head_end for n in s.mentions):
                return False  # 'Attention-based LSTM model': the words after are a name of their own
            return all(common_words().zipf_en(w) < FUNCTION_ZIPF and normalize(w) not in self._auxiliary for w in words)
        return False

    def purpose_after_object(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """'使用后两项来权衡 OOD 样本的影响': after a Chinese cue, words kg does not know and then a kg:PurposeLink standing
        as a word before a verb: those words are the cue's object, the name after is the purpose's."""
        if not CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
            return False
        gap = s.text[hit.end : first.start].strip(" *_`")
        if not gap or not CJK_CHAR.match(gap[-1]):
            return False
        # '换成受限的 $1-Lipschitz$ 来实现…': a formula or a Latin word kg does not know may be part of the object
        runs = re.findall(r"[\u3400-\u9fff]+|[^\u3400-\u9fff]+", gap)
        words = [w for run in runs for w in (common_words().segment_zh(run) if CJK_CHAR.match(run) else [run])]
        return any(w in self._purpose_links and 0 < i < len(words) - 1 for i, w in enumerate(words))

    def remark_in_bracket(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """'将一些token替换成mask(一部分是MASK,一部分…)': after the cue a word kg does not know, then a bracket that
        opens with words of its own before the first name: the word is the cue's object and the bracket a remark on
        it, whose names are no objects. A bracket that holds only the name or opens with an example marker ('使用
        一种激活函数（如 ReLU）') names the object itself."""
        gap = s.text[hit.end : first.start]
        at = max(gap.rfind("("), gap.rfind("（"))
        if at < 0:
            return False
        outside, inside = gap[:at], normalize(gap[at + 1 :]).strip(" *_`:：,，")
        if not re.search(r"[A-Za-z]{2,}|[\u3400-\u9fff]", outside) or not inside or re.search(r"[)）]", inside):
            return False
        if any(hit.end <= m.start < hit.end + at for m in s.mentions):
            return False  # a name before the bracket is the object, with or without the remark
        # '（如 ReLU）', '(简称RF)': an example or another name of the object, not a remark
        return not any(inside.startswith(w) for w in self._naming_openers)

    def plotted_axes(self, s: Sentence, hit: Hit, cstart: int) -> bool:
        """'Plot of RMSE vs epochs for the training set', 'the loss vs epoch curve': the comparison word stands between
        a plot's axes (kg:PlotNoun before 'of' the first name, or right after the second); nothing is compared."""
        before = [m for m in s.mentions if cstart <= m.start and m.end <= hit.start]
        after = [m for m in s.mentions if m.start >= hit.end]
        if before and self._plot_of_before.search(s.text, max(cstart, before[-1].start - 24), before[-1].start):
            return True
        return bool(after) and self._plot_after.match(s.text, after[0].end) is not None

    def measured_difference(self, s: Sentence, hit: Hit, cstart: int) -> bool:
        """'GloVe minimizes the difference between word vector dot products and …', '以最小化正向和反向过程之间的差异':
        a comparison noun that a kg:MeasureVerb takes as its object is the quantity computed; the notes compare
        nothing. In English the verb stands at most two words before the cue ('measure the difference between');
        in Chinese it opens the noun phrase the cue ends ('最小化 A 和 B 之间的差异'), no clause mark between."""
        if s.text[hit.start : hit.end].isascii():
            words = re.findall(r"[a-z]+", normalize(s.text[max(cstart, hit.start - 40) : hit.start]))
            return any(w in self._measure_verbs for w in words[-3:])
        if not s.text[cstart : hit.start].rstrip().endswith("的") and not s.text[hit.end :].lstrip().startswith("的"):
            return False  # '差异' as a noun ('A 和 B 之间的差异', '分布差异的度量'), not the verb phrase 'A 与 B 相比'
        before = normalize(s.text[cstart : hit.start])
        at = max((before.rfind(w) for w in self._measure_verbs if not w.isascii()), default=-1)
        return at >= 0 and CLAUSE_MARK.search(before, at) is None

    def _asks_yes_no(self, s: Sentence) -> bool:
        """The sentence asks a yes/no question: it ends in a question mark and opens with a kg:YesNoQuestion word
        ('Should SARSA use …?', 'Does X use Y?'), or holds a Chinese one ('X 是否使用 Y？', '…吗？')."""
        return s.text.rstrip(" *_`)）").endswith(("?", "？")) and self.yes_no_words(s)

    def yes_no_words(self, s: Sentence) -> bool:
        """A Chinese kg:YesNoQuestion word anywhere ('是否', '吗'), or an English one opening the sentence ('Does …'),
        or a kg:QuestionParticle closing it before the question mark ('…作为激活函数么？')."""
        return any(
            h.in_set("YesNoQuestion")
            and (not s.text[h.start : h.end].isascii() or not s.text[: h.start].strip(" \t*_`-•0123456789.、"))
            for h in s.hits
        ) or self._closing_particle(s)

    def _closing_particle(self, s: Sentence) -> bool:
        """'LR可以用核么？': a particle right before the closing question mark asks yes or no, unless it ends a word
        with the character before it ('为什么？', '怎么？', '那么？': wordfreq knows 什么, 怎么, 那么)."""
        text = s.text.rstrip(" \t*_`)）")
        if not text.endswith(("?", "？")):
            return False
        text = text[:-1].rstrip()
        particle = next((p for p in self._question_particles if text.endswith(p)), None)
        if particle is None:
            return False
        word = text[-len(particle) - 1 :]
        return common_words().zipf_zh(word) < CommonWords.ZH if len(word) > len(particle) else True

    def _authors_follow(self, s: Sentence, compared: Mention) -> bool:
        """'Similar to the encoder, we employ …', '与 X 类似，我们…': right after the compared name's frame, an author
        pronoun (kg:AuthorPronoun) opens the clause: what is compared is the authors' own, unnamed work."""
        return any(
            h.in_set("AuthorPronoun") and h.start >= compared.end and not s.text[compared.end : h.start].strip(" ,，、\t")
            for h in s.hits
        )

    def _authors_resumed(self, s: Sentence, head: Mention, hit: Hit) -> bool:
        """A kg:PeoplePronoun between the name and the cue is the cue's doer, and when the authors (kg:AuthorPronoun)
        did an earlier verb of the sentence, before the name, it is them ('First the authors pretrained RYE, then
        they used WB'); so is a sentence the authors open whose cue joins their first verb ('we feed the input
        through RYE and then use WB', kg:VerbCoordination). A second 'they' after a first one that did an earlier
        verb ('they used a pre-norm before the linear layer and they used Swish') resumes the first, whoever it
        stands for: the name in between is what the first verb worked on."""
        authors_before = any(h.in_set("AuthorPronoun") and h.end <= head.start for h in s.hits)
        pronoun_before = any(h.in_set("PeoplePronoun") and h.end <= head.start for h in s.hits)
        if not (authors_before or pronoun_before):
            return False
        if any(h.in_set("PeoplePronoun") and head.end <= h.start and h.end <= hit.start for h in s.hits):
            return True
        if not authors_before:
            return False
        # "we feed the input through RYE and then use WB": 'and then' joins a second verb of the authors
        between = " ".join(normalize(s.text[head.end : hit.start]).split())
        return between in self._verb_coordination and self._opens_with_authors(s)

    def _opens_with_authors(self, s: Sentence) -> bool:
        """The sentence opens with the authors, perhaps after a connective ('Then we pass …', kg:ClauseConnective)."""
        start = self._after_connective(s, 0, " \t*_`")
        return any(h.in_set("AuthorPronoun") and h.start == start for h in s.hits)

    def _after_connective(self, s: Sentence, start: int, markup: str) -> int:
        """Where the clause's first word stands once markup and an opening connective ('Then', 'So,') are skipped."""
        lead = s.text[start:].lstrip(markup)
        connective = self._words.connective_lead.match(lead)
        return len(s.text) - len(lead) + (connective.end() if connective else 0)

    def _authors_between(self, s: Sentence, head: Mention, hit: Hit) -> bool:
        """'Re-ranks items by criteria (filter, promote) We can use ML models …': an author pronoun (kg:AuthorPronoun)
        between the name and the cue is the cue's subject; the name before it does not do what the authors do."""
        return any(h.in_set("AuthorPronoun") and head.end <= h.start and h.end <= hit.start for h in s.hits)

    def _inside_relative_clause(self, s: Sentence, head: Mention, hit: Hit, cstart: int) -> bool:
        """'A normalizing flow that results in a triangular Jacobian uses coupling layers': the name before the
        cue sits in a relative clause (a kg:RelativePronoun right after another name, no comma between) that
        describes that other name; the clause's subject, not a name inside its description, does the cue's verb.
        English only: a name glued to 'that' with words after it before the nearest name ('ResNet shows that BN
        …' has a verb, not a name, before 'that')."""
        if not s.text[hit.start : hit.end].isascii():
            return False
        pronoun = max(self._relative_between.finditer(s.text, cstart, head.start), key=lambda m: m.start(), default=None)
        if pronoun is None or not s.text[pronoun.end() : head.start].strip():
            return False
        if any(h.end == pronoun.end() and h.in_set("ReportingVerb") for h in s.hits):
            return False  # 'The paper shows that pretrained BERT uses …', 'the key idea is that …': a reported clause
        lead = self._last_word(s.text[cstart : pronoun.start()])
        if lead in self._clause_connective_words or lead in self._noun_openers:
            return False  # 'so that', 'now that', 'such that': a conjunction, no relative pronoun
        # the clause's verb right after the pronoun ('that results in', 'which is'); 'the same reason that TD methods
        # are …', 'a claim that the VC framework …', 'that this ResNet …' open a clause of their own, a subject after it
        verb = re.match(r"\s+([a-z]+)\b", s.text[pronoun.end() : head.start])
        if verb is None or verb.group(1) in self._noun_openers or not (
            verb.group(1) in self._auxiliary or verb.group(1).endswith(("s", "ed"))
        ):
            return False
        if any(m.end <= pronoun.start() and not s.text[m.end : pronoun.start()].strip() for m in s.mentions if m.start >= cstart):
            return True
        # 'a normalizing flow that …': an unnamed noun phrase, an article and a few lower-case words, not a verb
        # in the past ('the authors showed that …')
        phrase = self._article_phrase_before.search(s.text, cstart, pronoun.start())
        return phrase is not None and not phrase.group(1).endswith("ed")

    def _worked_on_before_participle(self, s: Sentence, head: Mention, hit: Hit, cstart: int) -> bool:
        """'consists of maximizing the ELBO using gradient descent', 'how to quantize a Llama 2 model using
        llama.cpp': a participle of means (kg:MeansParticiple) after a name that follows a word and an article
        ('maximizing the', 'quantize a', 'of the'). The name is the object of that verb or preposition, what is
        worked on; the participle tells how the clause's doer works, so the name is not its subject. A name that
        opens its clause ('The ResNet model using BN …') is the subject and keeps the reading."""
        cue = normalize(s.text[hit.start : hit.end]).split()
        if not cue or cue[0] not in self._means_participle or not s.text[hit.start : hit.end].isascii():
            return False
        lead = s.text[cstart : head.start]
        if self._worked_on.search(lead) is not None or self._auxiliary_worked_on.search(lead) is not None:
            return True
        # 'Train using standard maximum likelihood using teacher forcing': the name is itself the object of an
        # earlier participle of means; both say how the clause's doer trains
        words = re.findall(r"[\w-]+", lead.lower())[-4:]
        return any(w in self._means_participle and len(words) - i <= 3 for i, w in enumerate(words))

    def tool_described(self, s: Sentence, head: Mention, hit: Hit) -> bool:
        """'This is a special library for SOTA GPs that's built on top of TF', 'the GP library that's built on
        PyTorch': a tool noun (kg:ToolNoun) with the name before or after it, and a relative clause right after them
        says what the tool is built on, not the name."""
        gap = s.text[head.end : hit.start]
        if self._words.tool_relative_after.match(gap):
            return True  # "the most scalable GP library currently that's built on top of PyTorch"
        return self._words.relative_after.match(gap) is not None and self._words.tool_before.search(s.text[max(0, head.start - 80) : head.start]) is not None

    def attributive_cue(self, s: Sentence, hit: Hit) -> bool:
        """'a wider range of substitute words', 'the replace operation': an English bare verb cue after an article or
        'of' and before a lower-case noun modifies that noun; nothing replaces anything ('a substitute for X' stays)."""
        word = s.text[hit.start : hit.end]
        if not word.isascii() or " " in word.strip() or word.strip().lower().endswith(("s", "ed", "ing")):
            return False
        before = s.text[max(0, hit.start - 6) : hit.start].lower().split()
        after = re.match(r"\s+([a-z]+)\b", s.text[hit.end : hit.end + 30])
        return bool(before) and before[-1] in self._attributive_leads and after is not None and after.group(1) not in self._prepositions

    def _coordinated_gerund(self, s: Sentence, head: Mention, hit: Hit) -> bool:
        """'subsampling frequent words and applying negative sampling reduced …': a gerund cue right after the name
        and a joining word ('and', 'or') opens a phrase coordinated with the name, two things done side by side;
        the name does not do what the gerund says."""
        word = s.text[hit.start : hit.end].split()
        if not word or not word[0].isascii() or not word[0].lower().endswith("ing"):
            return False
        return normalize(s.text[head.end : hit.start]).strip(" ,*_`") in self._gerund_joins

    def _kind_of_head(self, s: Sentence, head: Mention | None, noun_of: Mention) -> bool:
        """'SimCSE is a contrastive learning framework built on BERT': between the clause's head and the name the
        noun follows, only a kg:Definition ('is a'): the noun is the head's kind, so what describes the noun
        (built on BERT) describes the head."""
        if head is None or head is noun_of:
            return False
        gap = normalize(s.text[head.end : noun_of.start]).strip(" ,*_`")
        return self._definition.fullmatch(gap) is not None

    def relative_of_unnamed_plural(self, s: Sentence, hit: Hit, cstart: int, head: Mention | None) -> bool:
        """'ResNet outperforms networks that use Dropout', 'Unlike approaches that rely on BN, …': after a comparison
        (a cue of improvesOn, comparedWith or replaces between the doer and the noun), an English verb cue (no -ing
        form) right after a kg:RelativePronoun that follows a plain lower-case plural noun describes the group the
        doer is set against, a group kg does not name: neither the name before it nor the section's topic does the
        verb. Without a comparison the plural is the doer's own ('LSTM has gates that use Sigmoid', 'GANs are models
        that use …'), and a kg:GroupTie word before it puts the doer in the group ('outperforms other networks that
        use …', 'like all networks that use …'). A kg:PartNoun ('blocks that use') and causes cues keep the reading."""
        cue = normalize(s.text[hit.start : hit.end]).split()
        if not cue or not s.text[hit.start : hit.end].isascii() or cue[0].endswith(self._gerund_suffixes):
            return False
        start = head.end if head is not None else cstart
        found = self._words.plural_relative.search(s.text, start, hit.start)
        if found is None or found.group(1) in self._auxiliary or found.group(1) in self._part_nouns:
            return False  # 'ResNet stacks blocks that use BN': what its own parts use, the model uses
        if any(w not in self._auxiliary and not w.endswith(self._adverb_suffixes) for w in found.group(2).split()):
            return False  # 'that the model uses': the pronoun opens a clause with a subject of its own
        if any(c.target == KG.causes for c in hit.cues):
            return False  # '… attributes with many distinct values which might lead to overfitting': the whole clause does
        if any(m.end <= found.start(1) and not s.text[m.end : found.start(1)].strip() for m in s.mentions if m.end >= start):
            return False  # 'seq2seq models that leverage the RNN': the name's own models
        compared = any(
            start <= h.start < found.start(1)
            and any(c.role != "set" and c.target in (KG.improvesOn, KG.comparedWith, KG.replaces) for c in h.cues)
            for h in s.hits
        )
        if not compared:
            return False
        words = re.findall(r"[a-z]+", s.text[start : found.start(1)].lower())
        # the tie opens the noun phrase: 'other (deep) networks', 'one of (the) models'
        return not (
            any(w in self._group_ties for w in words[-2:])
            or any(w == "of" and i > 0 and words[i - 1] in self._group_ties for i, w in enumerate(words) if i >= len(words) - 2)
        )

    def participle_of_unnamed_phrase(self, s: Sentence, head: Mention, hit: Hit) -> bool:
        """'LayoutLM extends the core idea used in BERT', 'adopts the masking strategy used in BERT': an English
        passive participle cue whose doer follows it ('used in', 'adopted by': an inverse cue) right after a noun
        phrase kg does not name (a determiner and lower-case words, after the name and a verb) says who uses that
        phrase: BERT uses the idea, not LayoutLM. ('X defines a cost based on Y' keeps X's use of Y: the cost is X's.) Kept:
        a name inside the phrase; a be-verb or a kg:LinkingVerb before it ('Dropout is / remains / serves as the
        regularizer used in AlexNet': the phrase is the name itself); a kg:Preposition or kg:MeansParticiple word right
        before it ('apply Dropout with the rate used in AlexNet': how the name is used there); an apposition ('ResNet,
        the model used in …')."""
        cue = s.text[hit.start : hit.end]
        if not cue.isascii() or re.match(r"[a-z]+ed\b", cue) is None or not any(c.role == "inverseCue" for c in hit.cues):
            return False
        gap = s.text[head.end : hit.start]
        phrase = self._words.determiner_noun_end.search(gap)
        if phrase is None or re.match(r"\s*[,，(（:–—-]", gap):
            return False
        if any(head.end + phrase.start() <= m.start < hit.start for m in s.mentions):
            return False
        lead = re.findall(r"[a-z]+", gap[: phrase.start()].lower())
        if not lead or lead[-1] in self._prepositions or lead[-1] in self._means_participle:
            return False
        return not any(w in self._be_words or w in self._linking_verbs for w in lead)

    def _reduced_relative(self, s: Sentence, head: Mention, hit: Hit) -> bool:
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

    def person_does_opening_verb(self, s: Sentence, hit: Hit, clause: tuple[int, int]) -> bool:
        """'Using RAG, we give the model …', 'By using X, you …', '使用 RAG，我们可以…': a clause that opens with the
        cue (or a kg:Means word and the cue) shares the subject of the clause after it; when that subject is the
        authors, the reader or people, a person does it and no concept does."""
        cstart, cend = clause
        lead = normalize(s.text[cstart : hit.start]).strip(" \t\u200b*_`>-•")
        if lead and lead not in self._means_words:
            return False
        word = s.text[hit.start : hit.end].split()[0] if s.text[hit.start : hit.end].split() else ""
        if word.isascii() and not word.lower().endswith("ing"):
            return False  # an English participle shares the subject ('Using X, we'); 'Used X, we' does not parse
        if not word.isascii() and not any(c.role == "cue" for c in hit.cues):
            return False  # '由 A 和 B 组成，我们尝试…': the passive frame is the topic's, the next clause starts anew
        following = next((c for c in s.clauses if c[0] >= cend), None)
        if following is None:
            return False
        return any(self._starts_with(s, following[0], p) for p in ("AuthorPronoun", "ReaderPronoun", "PeoplePronoun"))

    def _participle_of_unknown_noun(self, s: Sentence, hit: Hit, floor: int) -> bool:
        """'They provide similar fidelity as alternatives based on GANs': with no name before it, an English
        participle cue (kg:ReducedRelative) right after a plain lower-case noun describes that noun; the clause's
        implied subject (a pronoun's, the section's) is not what it says is based on or used. An auxiliary ('they
        are based on'), an adverb ('commonly used'), a pronoun ('they used'), a kg:HeadNoun ('the model based on')
        or a kg:PartNoun ('N blocks based on self-attention', the topic's own) leaves the reading."""
        cue = normalize(s.text[hit.start : hit.end]).split()
        if not cue or cue[0] not in self._reduced:
            return False
        word = re.search(r"([A-Za-z]+)\s+$", s.text[floor : hit.start])
        if word is None:
            return False
        w = word.group(1)
        return (
            w.islower()
            and w not in self._auxiliary
            and w not in self._head_nouns
            and not w.endswith(self._adverb_suffixes)
            and w not in self._part_nouns  # "Encoder: N blocks based on self-attention": the topic's own blocks
            # a relation cue is a verb and a pronoun a subject, no noun ('they used a classifier')
            and not any(
                h.end == floor + word.end(1)
                and (any(c.role != "set" for c in h.cues) or any(h.in_set(p) for p in self._subject_pronoun_sets))
                for h in s.hits
            )
        )

    def participle_of_unknown_name(self, s: Sentence, hit: Hit, floor: int) -> bool:
        """'code up a basic TransformerForSequenceClassification model relying on the encoder': an English participle
        cue (one in -ing, or a kg:ReducedRelative) right after a kg:HeadNoun that follows a name kg does not know
        (no everyday word) describes that named thing; neither a name earlier in the sentence nor the section's
        topic does it. 'the ResNet model based on …' (a known name) and 'a model based on …' keep their reading."""
        cue = s.text[hit.start : hit.end]
        first = normalize(cue).split()[:1]
        if not cue.isascii() or not first or not (first[0] in self._reduced or first[0].endswith("ing")):
            return False
        found = re.search(r"([A-Za-z][A-Za-z0-9\-]*)\s+([a-z]+)\s+$", s.text[floor : hit.start])
        if found is None or found.group(2) not in self._head_nouns:
            return False
        at = floor + found.start(1)
        if any(m.start <= at < m.end for m in s.mentions):
            return False
        name = found.group(1)
        inner_capital = any(c.isupper() for c in name[1:])
        return (name[:1].isupper() or inner_capital) and (inner_capital or common_words().zipf_en(name) < RARE_NAME_ZIPF)

    def _opens_comparison_frame(self, s: Sentence) -> bool:
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

    def verb_in_likeness_frame(self, s: Sentence, hit: Hit, clause: tuple[int, int]) -> bool:
        """'和使用 BERT 一样，只需要替换模型文件': the clause is a likeness frame around the verb itself (a Chinese
        kg:ComparisonFrame word right before the cue, a kg:ComparisonFrameEnd word closing the clause). The way
        something else is done is what the sentence compares with; no one in the sentence does the verb."""
        cstart, cend = clause
        lead = normalize(s.text[cstart : hit.start]).strip(" \t\u200b*`_>-•·，,")
        if lead.isascii() or lead not in self._frame_open:
            return False
        tail = normalize(s.text[hit.end : cend]).rstrip(" \t，,。；;")
        return tail.endswith(tuple(self._frame_end))

    def frame_side_only(self, s: Sentence, hit: Hit, clause: tuple[int, int]) -> bool:
        """A clause opened by a one-sided comparison frame ('相对于常见的 DPO、PPO，…', 'Compared with the usual
        Adam and SGD, …'; kg:ComparisonFrame words of more than one character) and followed by the clause it
        sets them against: the names it lists are one side of the comparison, never compared with each other
        ('比较 A、B' or 'A vs B' compare the names they join; '与' and '和' mostly join names and are left out).
        _comparison_opener reads the frame when the next clause opens with the other side's name."""
        cstart, cend = clause
        if s.text[cstart : hit.start].strip(" \t\n\u200b\u00a0\u2002\u2003\u3000*`_>-•·"):
            return False
        if not self.one_sided_frame(s, hit):
            return False
        return any(c[0] == cend for c in s.clauses)

    def one_sided_frame(self, s: Sentence, hit: Hit) -> bool:
        """The cue is a kg:ComparisonFrame word of more than one character ('相对于', 'compared with'): the names after
        it are one side ('与' and '和' mostly join names)."""
        cue = normalize(s.text[hit.start : hit.end]).strip()
        return len(cue) > 1 and cue in self._frame_open

    def compared_aside(self, s: Sentence, clause: tuple[int, int] | None) -> bool:
        """The clause is the sentence's opening comparison frame ('Unlike X,', 'Compared with X,', '与 X 不同，'):
        a pronoun opening the clause after it stands for the sentence's own subject (the sentence before's, or
        the section's), never for X, the one set aside (as _compared_away does for the next sentence)."""
        return clause is not None and clause == s.clauses[0] and self._opens_comparison_frame(s)

    def _compared_away(self, s: Sentence) -> str:
        """What a sentence that opens with a comparison is about, for a pronoun in the next one:
        '与CTC模型输出单个字母不同，Whisper模型的输出是完整的单词。它使用GPT-2的分词器': 'it' is Whisper,
        the name after the comparison's clause, never CTC, the one compared against. None when that
        name is one kg does not know: then 'it' refers to nothing kg can name.
        """
        first = s.clauses[0] if s.clauses else (0, len(s.text))
        after = [m for m in s.mentions if m.start >= first[1] and not self._is_problem(m.concept)]
        return after[0].concept if after and not self._opens_unknown_after(s, first[1], after[0]) else UNNAMED

    def _opens_unknown_after(self, s: Sentence, start: int, m: Mention) -> bool:
        """A name kg does not know opens the clause before its first known mention ('，Whisper模型的输出…')."""
        gap = s.text[start : m.start].strip(" ，,、")
        named = UNKNOWN_SUBJECT.match(gap) or UNKNOWN_SUBJECT_CJK.match(gap)
        return named is not None and not common_words().is_common(named.group(1))

    def _whether_before(self, s: Sentence, hit: Hit, floor: int) -> bool:
        """A Chinese yes/no word (是否, 能否 …) before the cue in its clause: 'whether', a question inside a statement."""
        return any(
            floor <= h.start and h.end <= hit.start and h.in_set("YesNoQuestion") and not s.text[h.start : h.end].isascii()
            for h in s.hits
        )

    def _adjectival(self, s: Sentence, hit: Hit) -> bool:
        """'使用最广泛的分词器', '广泛使用的分词器': a kg:Participle adverb right after the cue and 的, or the adverb
        right before it and 的 after it, make the cue describe the noun (the most widely used tokenizer), with no
        object of its own."""
        after = s.text[hit.end : hit.end + 8]
        if any(after.startswith(w) and after[len(w) : len(w) + 1] == "的" for w in self._participle):
            return True
        # the adverb before it: '作为在工程中广泛使用的 gradient boosting 模型' (a widely used model), no user named
        lead = s.text[max(0, hit.start - 6) : hit.start].rstrip()
        return after.startswith("的") and any(lead.endswith(w) for w in self._participle)

    def advice_clause(self, s: Sentence, clause: tuple[int, int], hit: Hit) -> bool:
        """'Monte Carlo does not work off-policy, use TD instead': a later clause that opens with the cue itself,
        an English verb in its bare form, and closes with 'instead' (kg:AdviceWord) tells the reader what to do;
        '…, so it uses WB instead' still says what it does."""
        cue = s.text[hit.start : hit.end]
        if s.text[clause[0] : hit.start].strip(" \t\n,;*_`") or not (cue.isascii() and cue.islower()):
            return False
        if cue.endswith(self._inflections):
            return False
        return self._advice_word.search(s.text, hit.end, clause[1]) is not None

    def in_relative_clause(self, s: Sentence, hit: Hit, cend: int) -> bool:
        """A kg:RelativeDeterminer right before the cue and 的 after it in the clause: the cue opens a relative
        clause describing the noun after 的, which does the verb. Two places say no name before does it:
        - a relation verb before the determiner ('使用一个包含 WB 打分的数据集'): the phrase is that verb's object;
        - a name and a kg:Coordination word before it ('由输出层和至少一个使用挤压函数的隐藏层组成'): the phrase
          is another conjunct, the hidden layer uses the function and the output layer nothing.
        Not after a copula ('是一种包含 A 的 B', B is the subject) nor an ordinal ('是第一个使用 X 的模型'), nor
        after another verb, whose subject may well deal with the noun ('构造一个利用神经网络逼近的编码器')."""
        lead = s.text[max(0, hit.start - 4) : hit.start]
        word = next((w for w in self._relative_determiners if lead.endswith(w)), None)
        if word is None or "的" not in s.text[hit.end : cend]:
            return False
        at = hit.start - len(word)
        if any(h.end == at and any(c.role in ("cue", "inverseCue") for c in h.cues) for h in s.hits):
            return True
        name = next((m for m in reversed(s.mentions) if m.end <= at), None)
        if name is None or at - name.end > 8:
            return False
        gap = normalize(s.text[name.end : at]).strip()
        # a joining word, not a comma ('又称为 BAGging，是一种基于…的元算法' is a copula's clause)
        joined = next((w for w in self._coordination_longest_first if w[0].isalpha() and gap.startswith(w)), None)
        return joined is not None and len(gap) - len(joined) <= 3  # '和至少一个', '以及另外一个': a few words between

    def _unknown_noun_before(self, s: Sentence, start: int, cue_at: int) -> bool:
        """Right before the cue, a Chinese noun phrase ending in a kg:HeadNoun with words before it ('代价函数',
        'cost function') and no name kg knows: the clause's own subject. A bare head noun ('网络使用…'), a
        pronoun ('该网络') or a part of the model (kg:PartNoun, '输出层') leaves the section's topic."""
        gap = s.text[start:cue_at].strip(" \t\u200b*`")
        if any(start <= m.start < cue_at for m in s.mentions):
            return False
        if any(h.in_set("Pronoun") and start <= h.start < cue_at for h in s.hits):
            return False
        if start > 0 and self.opened_by_unknown_name(s):
            return True  # "**CauseInfer**使用 A 构建依赖图，然后使用 B": the later clause continues CauseInfer, not the topic
        run = re.search(r"[\u3400-\u9fff]+$", gap.replace("*", "").replace("`", ""))
        if run is None:
            return self._latin_noun_before(gap)
        word = run.group(0)
        if any(word.endswith(w) for w in self._part_nouns):
            return False  # "输出层使用 tanh": a part of the section's model, what it uses the model uses
        if any(word.endswith(w) and len(word) > len(w) for w in self._head_nouns if not w.isascii()):
            return True
        return len(word) <= 2 and self._latin_noun_before(gap.replace("*", "").replace("`", "")[: run.start()])

    def part_noun_before(self, s: Sentence, start: int, cue_at: int) -> bool:
        """Right before the cue (and its kg:PreverbAdverb), a Chinese word ending in a kg:PartNoun ('每一层都',
        '输出层'), and no name kg knows in the clause before it."""
        if any(start <= m.start < cue_at for m in s.mentions):
            return False
        if any(h.in_set("Pronoun") and start <= h.start < cue_at for h in s.hits):
            return False  # '该模块包含…': the module the sentence before named
        gap = self._preverb_adverbs.sub("", s.text[start:cue_at].replace("*", "").replace("`", "").strip(" \t\u200b"))
        run = re.search(r"[\u3400-\u9fff]+$", gap)
        return run is not None and any(run.group(0).endswith(w) for w in self._part_nouns)

    def opened_by_unknown_name(self, s: Sentence) -> bool:
        """The Chinese sentence opens with a Latin name kg does not know, written right before its Chinese words
        ('**CauseInfer**使用…'): its clauses without a subject of their own continue that name. A name followed by
        a place word ('PyTorch 中使用…', kg:PlacePostposition) says where, not who."""
        lead = UNKNOWN_SUBJECT.match(s.text)
        if lead is None or not CJK_CHAR.search(s.text) or any(m.start <= lead.start(1) < m.end for m in s.mentions):
            return False
        after = s.text[lead.end(1) :].lstrip("*`_ ")
        return CJK_CHAR.match(after[:1]) is not None and not after.startswith(self._place_words)

    def _latin_noun_before(self, gap: str) -> bool:
        """'传统的 sequence transduction models通常基于 RNN': in a Chinese clause, an English noun phrase of two or more
        lower-case words ending in a kg:HeadNoun ('models') before the cue (a two-character adverb such as 通常
        between at most) is the clause's own subject, a name kg does not know. Not a part (kg:PartNoun)."""
        if not CJK_CHAR.search(gap):
            return False  # an English clause: its subject is read by the English rules
        m = re.search(r"((?:[a-z][a-z\-]*\s+)+[a-z][a-z\-]*)\s*$", gap)
        if m is None:
            return False
        last = m.group(1).split()[-1]
        return last in self._head_nouns and last not in self._part_nouns

    def relation_noun_includes(self, s: Sentence, head: Mention, hit: Hit) -> bool:
        """'X 的 N 包括 A、B' where N is a cue of another relation ('的变体', '的改进'): the list holds X's
        variants or improvements, which are no parts of X."""
        if not any(c.role == "inverseCue" and c.target == KG.partOf for c in hit.cues):
            return False
        between = s.text[head.end : hit.start]
        m = OF_NOUN.search(between)
        if m is None:
            return False
        noun_at, noun_end = head.end + m.start(1), head.end + m.end(1)
        return any(
            noun_at - 1 <= h.start and h.end == noun_end and any(c.role != "set" and c.target != KG.partOf for c in h.cues)
            for h in s.hits
        )  # the noun ends with the other relation's word, not '…之间都包含' (between is a word of the clause)

    def basis_frame(self, s: Sentence, cstart: int, name: Mention) -> bool:
        """'在 X 的基础上…' opening a clause (kg:BasisFrameOpener before the name, nothing else): a frame saying what the
        clause's doer builds on, not a copula ('S 是 X 的改进')."""
        lead = normalize(s.text[cstart : name.start]).strip(" \t\u200b*_`,，")
        return lead in self._frame_openers

    def _framed_name(self, s: Sentence, clause: tuple[int, int]) -> Mention | None:
        """The one name of the clause that opens the sentence, when that clause only places what follows (a
        kg:SettingOpener, the name, a kg:InsideMarker: '在生成器中，', '在深度学习中，') and ``clause`` comes after it."""
        first = s.clauses[0] if s.clauses else None
        if first is None or first[1] > clause[0] or first == clause:
            return None
        names = [m for m in s.mentions if first[0] <= m.start and m.end <= first[1] and not inside_brackets(s.text, m.start, first[1])]
        if len(names) != 1:
            return None
        m = names[0]
        lead = normalize(s.text[first[0] : m.start]).strip(" \t\u200b*_`")
        tail = re.sub(r"[(（][^()（）]*[)）]", "", normalize(s.text[m.end : first[1]])).strip(" \t\u200b*_`,，")
        return m if lead in self._setting_open and tail in self._inside_closers else None

    def inside_frame(self, s: Sentence, clause: tuple[int, int]) -> Mention | None:
        """The sentence opens with a clause that only places what follows inside a model or component ('在生成器中，
        …使用 tanh'): a later clause without a subject of its own speaks of that name, not of the section's topic."""
        m = self._framed_name(s, clause)
        return m if m is not None and self.classes.get(m.concept) in (KG.Model, KG.Component) else None

    def _cjk_modified(self, text: str, start: int) -> bool:
        """'文本编码器（如 CLIP）', '对称量化 vs 非对称量化': a Chinese word glued before the name (not a particle) makes a
        narrower noun (a text encoder, symmetric quantization): what is said is said of that noun, not of the name."""
        before = text[start - 1 : start]
        return bool(CJK_CHAR.match(before)) and before not in self._function_chars

    def unnamed_setting_opening(self, s: Sentence, cstart: int, cue_at: int) -> bool:
        """'…，而在过去的视觉任务中主要使用监督学习': a later clause that opens with a contrast (kg:Whereas, 而) and a
        setting of its own in the past, 在 … 中 (kg:SettingOpener, a kg:PriorPractice word, kg:InsideCloser), naming
        nothing kg knows: what was done there is set against what the sentence's opening name does, not done by it
        ('BERT …，在训练中必须解决梯度消失' and '…，而在这个过程中使用 X' go on with the opening name)."""
        lead = s.text[cstart:cue_at]
        whereas = self._whereas_opening(s, cstart, cue_at)
        if whereas is None:
            return False
        at = cstart + lead.index(whereas) + len(whereas)
        at += len(s.text[at:cue_at]) - len(s.text[at:cue_at].lstrip(" \t\u200b*_`，,"))
        gap = s.text[at:cue_at]
        opener = next((w for w in self._setting_open if gap.startswith(w)), None)
        closer = max((gap.rfind(w) for w in self._inside_closers if w), default=-1)
        if opener is None or closer <= len(opener):
            return False
        setting = gap[len(opener) : closer]
        return self._prior_practice.search(setting) is not None and not any(at <= m.start < at + closer for m in s.mentions)

    def field_frame(self, s: Sentence, clause: tuple[int, int]) -> bool:
        """The sentence opens with a clause that only places what follows in a broad field ('在深度学习中，一般采用 SGD
        训练'): a later clause without a subject of its own says what is done in that field generally, not what the
        section's topic or an item's label does."""
        m = self._framed_name(s, clause)
        return m is not None and m.concept in self.broad

    def object_examples(self, s: Sentence, hit: Hit, group: list[Mention]) -> list[Mention]:
        """The examples a kg:ExampleMarker gives right after a verb cue's object ('use subword tokenizers such as
        BPE and WordPiece', '使用子词分词算法，如 BPE、WordPiece'): the object is a kind, the subject uses these.
        The object may be named or a short noun kg does not know; nothing else stands between."""
        start = group[-1].end if group else hit.end
        marker = next(
            (
                h
                for h in s.hits
                if start <= h.start <= start + 40 and normalize(s.text[h.start : h.end]).strip() in self._example_markers
            ),
            None,
        )
        if marker is None:
            return []
        gap = re.fullmatch(
            r"[\s*_`]*((?:[\u3400-\u9fff]{1,12}|(?:[A-Za-z][A-Za-z\-]*\s+){0,3}[A-Za-z][A-Za-z\-]*)?)[\s*_`]*([,，(（]?)\s*",
            s.text[start : marker.start],
        )
        if gap is None or (group and gap.group(1) and not self._is_kind_noun(gap.group(1).split()[-1])):
            return []  # a named object may be followed only by its kind noun ('BPE algorithms such as …')
        if any(start <= m.start < marker.start for m in s.mentions):
            return []
        if s.text[hit.start : hit.end].isascii() and self._main_verb_between(s.text[start : marker.end]):
            return []  # "the algorithm that uses this rule is called SARSA": the name is the algorithm's, not an example
        text = normalize(s.text[marker.start : marker.end]).strip()
        if len(text) == 1 and not text.isascii() and not gap.group(2):
            return []  # 如 alone begins words (如果, 如何): only after a comma or a bracket
        end = CLAUSE_MARK.search(s.text, marker.end)
        limit = end.start() if end else len(s.text)
        if gap.group(2) in ("(", "（"):
            close = min((i for i in (s.text.find(")", marker.end), s.text.find("）", marker.end)) if i >= 0), default=limit)
            limit = close
        examples = self._group_after(s, marker.end, limit, head=False)
        if not examples or not self._words.example_lead.match(s.text[marker.end : examples[0].start]):
            return []
        return examples

    def competition_entry(self, r: Reading, clause: tuple[int, int]) -> tuple[str, Mention, str] | None:
        """A clause with a kg:CompetitionWord that names one data set and nothing else but, before it, perhaps a model
        ('2014 年 ImageNet 比赛第二名' under '## VGG', 'ResNet won the ILSVRC 2015 challenge'): the model (the one named,
        else the section's topic, if it is a model) took part in that data set's challenge. (subject, data set,
        evidence) or None."""
        s = r.s
        names = [m for m in s.mentions if clause[0] <= m.start < clause[1]]
        sets = [m for m in names if self.classes.get(m.concept) == KG.Dataset]
        if len(sets) != 1 or len({m.concept for m in sets}) != 1:
            return None
        others = [m for m in names if m.concept != sets[0].concept]
        if len(others) > 1 or (others and (others[0].start > sets[0].start or self.classes.get(others[0].concept) != KG.Model)):
            return None
        if others:
            return others[0].concept, sets[0], "explicit"
        if r.topic is None or self.classes.get(r.topic) != KG.Model or clause[0] > 0:
            return None
        return r.topic, sets[0], "topic"

    def denies_a_manner(self, s: Sentence, hit: Hit, last: Mention, cend: int) -> bool:
        """A kg:MannerQualifier in the negated clause ('doesn't apply MLE directly', '并非直接使用 X', 'not X alone'):
        what is denied is how the object is used, not that it is."""
        after = normalize(s.text[last.end : min(cend, last.end + 24)])  # ('跳过显式奖励模型': 显式 is the object's)
        words = f" {' '.join(re.findall(r'[a-z]+', after))} "
        if any(f" {w} " in words if w.isascii() else w in after for w in self._manner_words):
            return True
        between = normalize(s.text[hit.end : last.start])
        if any(w in between if not w.isascii() else f" {w} " in f" {between} " for w in self._single_words):
            return True  # "不再采用单一的最大池化或平均池化": using one alone is denied (kg:SingleQualifier), not pooling
        # before the cue only right after a negation ('并非直接使用', 'not directly use'); '直接跳过了' skips outright
        lead = s.text[max(0, hit.start - 12) : hit.start].rstrip()
        word = next((w for w in self._manner_words if normalize(lead).endswith(w)), None)
        if word is None:
            return False
        at = max(0, hit.start - 12) + len(lead) - len(word)  # where the manner word starts
        return any(h.in_set("Negation") and at - 3 <= h.end <= at for h in s.hits)

    def time_setting(self, s: Sentence, m: Mention) -> bool:
        """'利用前向传播时最大池化的位置索引': a Chinese name closed by a kg:TimeClosure (时, not inside an everyday word
        such as 时间) is when the rest happens, not the verb's object."""
        at = m.end + len(s.text[m.end :]) - len(s.text[m.end :].lstrip(" "))
        if not CJK_CHAR.match(s.text[m.end - 1 : m.end] or " "):
            return False
        return any(s.text.startswith(closure, at) for closure in self._time_closures) and not self._in_time_compound(s, at)

    def _in_time_compound(self, s: Sentence, at: int) -> bool:
        """The time closure at ``at`` is a character of an everyday word that holds it ('同时', '时间'), no closure."""
        return any(
            s.text.startswith(word, start) for word in self._time_compounds for start in range(max(0, at - len(word) + 1), at + 1)
        )

    def cue_in_when_phrase(self, s: Sentence, hit: Hit, clause: tuple[int, int]) -> bool:
        """'…很难进行优化, 使用 BP 进行网络训练时很难获得全局最优解': a subjectless cue closed, later in its clause, by
        时 (when) opens a time phrase, 'when one trains with BP'. Whoever does it is left unsaid; the clause
        before's subject does not."""
        stretch = self._time_stretch.match(s.text, hit.end, clause[1])
        if stretch is None:
            return False
        for closure in self._time_closures:
            at = s.text.find(closure, hit.end + 1, stretch.end())
            while at >= 0:
                if not self._in_time_compound(s, at):
                    return True
                at = s.text.find(closure, at + 1, stretch.end())
        return False

    def prior_practice(self, s: Sentence, cstart: int) -> bool:
        """'使用重叠的最大池化，之前使用的都是平均池化', 'Previously, uses X': the clause, or a clause of its own right
        before it, opens with a kg:PriorPractice word; it says what others used before, not what the topic does."""
        if self._prior_practice.match(s.text, cstart):
            return True
        before = next((c for c in s.clauses if c[1] == cstart), None)
        lead = self._prior_practice.match(s.text, before[0]) if before is not None else None
        return lead is not None and not s.text[lead.end() : cstart].strip(" ,，*_`")

    def after_condition(self, s: Sentence, clause: tuple[int, int]) -> bool:
        """The clause before is a condition ('当超参数值太大时，', 'if the batch is small,': kg:ConditionFrame words
        around it): a clause without its own subject states what follows from that condition, not a fact about the
        section's topic. (A reason, '因为 使用 LRN 不能…，徒增计算量', goes on with its subject.)"""
        before = next((c for c in s.clauses if c[1] == clause[0]), None)
        if before is None:
            return False
        text = normalize(s.text[before[0] : before[1]]).strip(" \t\u200b*_`,，;；")
        return any(
            (not a or (text.startswith(a + " ") if a.isascii() else text.startswith(a))) and text.endswith(b)
            for a, b in self._condition_frames
        )

    _ENGLISH_SIDE = re.compile(r"\s*(?:[A-Za-z\-]+\s+){0,4}?([A-Za-z]+)\s+(?:on|in|at|across|from)\s+(?:the\s+|a\s+)?$")

    def unnamed_side_after(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """Between a Chinese comparison cue and the next name, a noun phrase of its own ending in a kg:HeadNoun ('相比于
        dense 模型有更小的量化损失'): the side compared is that noun, which kg does not know, not the later name. So too
        an English one, a few words ending in a head noun with a place preposition after it ('compared to all other
        models on the MT-Bench leaderboard'): the later name is where they are compared."""
        gap = s.text[hit.end : first.start]
        if not CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
            m = self._ENGLISH_SIDE.match(gap)
            return m is not None and m.group(1).lower() in self._head_nouns
        gap = s.text[hit.end : first.start]
        for w in self._head_nouns_cjk:
            m = re.match(rf"\s*[A-Za-z0-9\-\u3400-\u9fff]{{0,8}}?{re.escape(w)}", gap)
            if m is not None and gap[m.end() :].strip(" \t*_`"):
                return True  # ('相比传统网络 VGG': the noun is the name's, an apposition)
        return False

    def listed_side(self, s: Sentence, first: Mention, cstart: int) -> list[Mention] | None:
        """'X 跟 A、B 类似': a kg:SidePreposition right before a list of names makes the list one side of the
        comparison, and the name right before the preposition the other: [X], or [] when the clause names none
        there ('《a paper title》跟 A、B 类似' compares neither A with B). None: the names are no such list."""
        lead = s.text[cstart : first.start].rstrip()
        word = next((w for w in self._side_prepositions if lead.endswith(w)), None)
        if word is None and self._enumerated_from(s, first):
            # '主动学习和监督学习、半监督学习的区别': a Chinese coordination word (kg:Coordination) before a list joined by
            # 、 sets the list against the name before it (a plain list puts 和 before its last item: 'A、B 和 C')
            word = next((w for w in self._coordination_words_zh if lead.endswith(w)), None)
        if word is None:
            joined = next((w for w in self._coordination_words_zh if lead.endswith(w)), None)
            if joined is not None and lead[: len(lead) - len(joined)].strip(" \t*_`") in self._pronouns_zh:
                return []  # "这和 sigmoid 和交叉熵得到的结果类似": the names are one side, 这 (what was just said) the other
            return [] if self._opens_side_of_described(lead) else None
        at = cstart + len(lead) - len(word)
        if at > 0 and common_words().known_zh(s.text[at - 1 : at + len(word)]):
            return None  # '相同', '参与', '紧跟': the character is part of a word, no preposition
        named = [m for m in s.mentions if cstart <= m.start and m.end <= at]
        if not named:
            return []
        # a short Chinese modifier may stand between ('SD 的做法跟…', 'SD 在口感上跟…'); a title's tail may not
        gap = s.text[named[-1].end : at].strip(" \t)）")
        return named[-1:] if not gap or (len(gap) <= 6 and all(CJK_CHAR.match(c) for c in gap)) else []

    def coordinated_side(self, s: Sentence, hit: Hit, cstart: int) -> tuple[list[Mention], list[Mention]] | None:
        """'欠拟合和过拟合与模型复杂度有关', 'RYE 和 WB 与 SD 有关': names joined before a kg:SidePreposition (与, 跟)
        that stands before the cue are one side, the names between the preposition and the cue the other (none:
        the other side is a noun kg does not know). None: no such preposition after two names or more."""
        names = [m for m in s.mentions if cstart <= m.start and m.end <= hit.start]
        for k in range(1, len(names)):
            rest = s.text[names[k].end : hit.start]
            lead = rest.lstrip(" \t*_`")
            word = next((w for w in self._side_prepositions if lead.startswith(w)), None)
            if word is None:
                continue
            at = names[k].end + len(rest) - len(lead)
            if common_words().known_zh(s.text[at : at + len(word) + 1]):
                return None  # '与其', '同时': the character opens a word, no preposition
            joins = [s.text[a.end : b.start] for a, b in zip(names[: k + 1], names[1 : k + 1])]
            if not all(self._coordination_gap(j) for j in joins):
                return None
            return names[: k + 1], names[k + 1 :]
        return None

    def _coordination_gap(self, gap: str) -> bool:
        """Only a Chinese coordination word (kg:Coordination) or the enumeration comma between two names."""
        core = gap.strip(" \t*_`")
        return core == "、" or core in self._coordination_words_zh

    @staticmethod
    def _enumerated_from(s: Sentence, first: Mention) -> bool:
        """From ``first`` on, two names or more joined by the enumeration comma 、 and nothing else."""
        names = [m for m in s.mentions if m.start >= first.start]
        joined = 1
        for a, b in zip(names, names[1:]):
            if s.text[a.end : b.start].strip() != "、":
                break
            joined += 1
        return joined >= 2

    def _opens_side_of_described(self, lead: str) -> bool:
        """'与上面介绍的基于 HS 的 CBOW 和 Skip-gram 相比，…': the clause opens with a kg:SidePreposition and a phrase
        ending in 的 describes the names after it; they are one side, set against what the next clause names."""
        opened = lead.lstrip(" \t\u200b*_`>-•·")
        word = next((w for w in self._side_prepositions if opened.startswith(w)), None)
        if word is None or common_words().known_zh(opened[: len(word) + 1]):
            return False  # '同时', '与其': the character begins a word of its own
        return opened.endswith("的") and len(opened) <= 40

    @staticmethod
    def aside_of_unknown(s: Sentence, opened: int, cstart: int, cue_at: int) -> bool:
        """The cue stands in a bracket opened at ``opened``, with no name inside before it, right after a word that
        ends no name ('系统的实现（主要基于 xgboost）'): the aside speaks of that word, a noun kg does not know.
        (Read for kg:Basis cues only: what a module uses or a score beats, its model does: 'Output module (use
        attention)', '分数（优于 Llama2）'.)"""
        if any(opened <= m.start and m.end <= cue_at for m in s.mentions):
            return False
        lead = s.text[cstart : opened - 1].rstrip()
        if not lead or not (CJK_CHAR.match(lead[-1]) or lead[-1].isalpha()):
            return False
        return not any(m.end == len(lead) + cstart for m in s.mentions)

    def basis_named_in_aside(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """'基于词典模式（Lexicon-based mode）': a kg:Basis cue, a Chinese noun kg does not know, then the name in
        brackets, whose own words say 'based' (kg:BasisSuffix): the aside translates the whole phrase, cue
        included, so the cue is a word of that name, not a verb taking it."""
        if not hit.in_set("Basis") or not re.fullmatch(r"\s*[\u3400-\u9fff]{1,10}\s*[(（]\s*", s.text[hit.end : first.start]):
            return False
        return self._basis_suffix.search(s.text[first.start : first.end] + " x") is not None

    def elaborates_clause_end(self, s: Sentence, c: CueClause) -> bool:
        """A Chinese 'includes' cue opens its clause after a comma ('BPE 被许多模型使用，包括 GPT、BART'): like
        English ', including', its list elaborates what the clause before ends with. Only when that clause ends
        with a name ('发布了 Llama 2，包含…') is the list that name's; after a verb or a noun kg does not know,
        it is no part of the sentence's subject."""
        hit = c.hit
        if c.relation.iri != KG.partOf or c.cue.role != "inverseCue" or normalize(s.text[hit.start : hit.end]) not in self._inclusion_verbs:
            return False
        cstart = c.clause[0]
        if cstart == 0 or s.text[cstart : hit.start].strip(" \t\u200b*_`"):
            return False
        before = s.text[:cstart].rstrip(" \t\u200b,，;；:：*_`")
        before = re.sub(r"[(（][^()（）]*[)）]$", "", before).rstrip(" \t*_`")
        return not any(m.end == len(before) for m in s.mentions)

    def _defines_unknown_name(self, s: Sentence) -> bool:
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

    def _copula_between(self, s: Sentence, start: int, end: int) -> bool:
        return any(start <= h.start and h.end <= end and h.in_set("Copula") for h in s.hits)

    def _attributive_after(self, s: Sentence, hit: Hit) -> bool:
        """A kg:AttributiveMarker right after the cue ('之间的'): the cue modifies a noun that follows."""
        rest = s.text[hit.end : hit.end + 4].lstrip()
        return any(rest.startswith(w) for w in self._attributive)

    def likeness_in_verb_object(self, s: Sentence, hit: Hit, floor: int) -> bool:
        """'CB 使用了类似 WB 的 SD', 'ResNet 引入了类似漏斗的 bottleneck 结构' (with 漏斗 a name the notes made): a
        kg:LikenessCue after a relation verb of the clause, then its name and 的, describes the verb's object (an SD like
        WB), and the clause's subject is compared with nothing. Not when 的 follows the verb ('CB 采用的结构类似 WB 的结构':
        the likeness is the clause's predicate), nor when the doer and the name are of one kind in the lexicon ('GRU 采用了
        类似 LSTM 的门控机制' likens GRU to LSTM)."""
        if normalize(s.text[hit.start : hit.end]).strip() not in self._likeness_cues:
            return False
        verbs = [
            h for h in s.hits
            if floor <= h.start and h.end <= hit.start and any(c.role in ("cue", "inverseCue") for c in h.cues)
        ]
        if not verbs or any(verbs[-1].end <= m.start < hit.start for m in s.mentions):
            return False
        between = s.text[verbs[-1].end : hit.start]
        if re.search(r"[，,。；;：:]", between) or any(w in between for w in self._attributive):
            return False
        liked = next((m for m in s.mentions if m.start >= hit.end), None)
        if liked is None or re.search(r"[，,。；;：:]", s.text[hit.end : liked.start]):
            return False
        doer = next((m for m in reversed(s.mentions) if floor <= m.start and m.end <= verbs[-1].start), None)
        kind = self.classes.get(liked.concept)
        if doer is not None and kind is not None and self.classes.get(doer.concept) == kind:
            return False
        tail = s.text[liked.end : liked.end + 4].lstrip()
        # whatever the noun after 的 is (a name kg knows or not, or the liked name's own part), it is what is likened
        return any(tail.startswith(w) for w in self._attributive)

    def likens_an_object(self, s: Sentence, hit: Hit, floor: int) -> bool:
        """'it compresses past context into a single hidden state similar to RNNs': an English kg:LikenessPhrase
        right after a name (a bracket may open or close between) that words other than an article precede in the
        clause says in passing what that noun phrase is like; the name is not the clause's subject and nothing is
        compared. A name opening its clause ('LoKr, similar to LoRA, …'), or a verb between ('LoKr is similar to
        LoRA'), keeps the comparison."""
        if normalize(s.text[hit.start : hit.end]).strip() not in self._likeness_phrases:
            return False
        named = next((m for m in reversed(s.mentions) if floor <= m.start and m.end <= hit.start), None)
        if named is None or re.fullmatch(r"[\s()（）]*", s.text[named.end : hit.start]) is None:
            return False
        lead = [w for w in re.findall(r"[A-Za-z]+", s.text[floor : named.start].lower()) if w not in self._noun_openers]
        liked = next((m for m in s.mentions if m.start >= hit.end), None)
        after = re.match(r"[\s()（）]*([a-z]+)\b", s.text[liked.end :]) if liked is not None else None
        if after is not None and (after.group(1) in self._finite_auxiliaries or (len(after.group(1)) > 3 and after.group(1).endswith("s"))):
            return False  # 'Here GRU (similar to LSTM) has two gates': a verb follows, the name is the clause's subject
        return bool(lead)

    def in_setting_frame(self, s: Sentence, m: Mention, floor: int) -> bool:
        """'SVTR 在 CPU+MKLDNN 上相比 PP-OCRv2 慢': a name between 在 (kg:SettingOpener) and 上/中/下
        (kg:SettingCloser) says where a comparison is made, so it is not one of the compared. The opener stands
        a few characters before the name (a '+' or a word of hardware may stand between, no Chinese word) and
        the closer right after it."""
        if not self._setting_open or not self._setting_close:
            return False
        lead = s.text[max(floor, m.start - 8) : m.start]
        opened = max(lead.rfind(w) + len(w) if w in lead else -1 for w in self._setting_open)
        if opened < 0 or CJK_CHAR.search(lead[opened:]):
            return False
        return s.text[m.end : m.end + 3].lstrip().startswith(self._setting_close)

    def _first_side_unnamed(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """'between this new paradigm and MIM': after a kg:BothSides cue, words joined to the rest by a
        kg:Coordination word ('and', '和') before any name: the first side is something kg does not name."""
        gap = f" {' '.join(normalize(s.text[hit.end : first.start]).split())} "
        return any(f" {w} " in gap for w in self._coordination if w.isascii() and w.isalpha())

    def names_both_sides(self, s: Sentence, hit: Hit) -> bool:
        """'the difference between A and B': a comparison cue that ends in a kg:BothSides word names both of
        its sides after it; when only one of them is a name kg knows, the other is no implied subject."""
        cue = normalize(s.text[hit.start : hit.end]).strip()
        return any(cue == w or cue.endswith(" " + w) for w in self._both_sides)

    def likeness_before_listed_names(self, s: Sentence, hit: Hit, cstart: int) -> bool:
        """'我猜测类似的 BART，GPT 等模型…', '相似的 BERT 和 GPT 都…': a Chinese comparison word with a
        kg:AttributiveMarker right after it and no name before it in its clause is an adjective on the names after
        it ('similar models such as BART and GPT'); it sets them side by side and compares none with another.
        ('A 与 B 有相似的结构' keeps its sides, which stand before the cue; so does a pronoun or a word pointing back,
        '和它类似的 BART', '与前者相似的 DenseNet', whose referent is the other side.)"""
        if not CJK_CHAR.match(s.text[hit.start : hit.start + 1]) or not self._attributive_after(s, hit):
            return False
        lead = s.text[cstart : hit.start]
        if SIDE_REFERENT_BEFORE.search(lead) or re.match(r"[\s*_`]*它们?", lead):
            return False  # '和它类似的 BART', '与前者相似的 DenseNet', '它和类似的 DenseNet': the referent is a side
        return not any(cstart <= m.start and m.end <= hit.start for m in s.mentions)

    def similar_kind_conjunct(self, s: Sentence, hit: Hit) -> bool:
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
        m = OF_LATIN_NOUN.search(between)
        if m is None:
            return None
        noun = m.group(1)
        # the head noun ends the phrase, or a short modal or adverb stands after it ('MAR 算法可以显著减少')
        if not any(w in noun and len(noun) - noun.index(w) - len(w) <= 4 for w in self._head_nouns if not w.isascii()):
            return None
        return m

    def family_member(self, s: Sentence, m: Mention) -> bool:
        """'Sourdough is part of the Leavened Bread family', 'belongs to the X series', 'X 属于 Y 系列': right after
        the whole, a kg:FamilyWord makes it a kind (a family, a series, a class) the subject is one of, not a whole
        the subject is a component of; read as relatedTo, the relation of 'is a kind of'."""
        rest = normalize(s.text[m.end : m.end + 12]).lstrip(" *_`")
        if rest.startswith(tuple(self._likeness_cues)):
            return False  # 'Transformer 类似地包含…': 类似 (similarly) holds 类 but names no class
        return any(rest.startswith(w) and (not w.isascii() or not rest[len(w) : len(w) + 1].isalpha()) for w in self._family_words)

    def instrument_before(self, s: Sentence, before: list[Mention], floor: int) -> Mention | None:
        """'Sourdough 用 Yeast Powder 取代了 Baking Soda', 'X 以 A 代替 B': the last name before a 'replaces' cue,
        right after a kg:InstrumentMarker (用, 以, 使用 …), is what the agent replaces the old thing with; the
        clause's first name is the agent. None when no name is so marked."""
        last = before[-1]
        lead = normalize(s.text[max(floor, last.start - 8) : last.start]).strip()
        if last is before[0] and not lead:
            return None
        # 'VGG 用多个 3×3 卷积代替 5×5 卷积': how many of it (kg:SubstituteQuantity) may stand after the marker
        counted = next((q for q in self._substitute_quantity if lead.endswith(q)), None)
        if counted is not None:
            lead = lead[: -len(counted)].rstrip()
        if any(lead.endswith(w) for w in self._instrument_markers):
            return last
        # the marker right after the agent, then the name ('VGG 用多个 3×3 卷积代替…', where the name is read in parts)
        if len(before) > 1 and normalize(s.text[before[0].end : before[1].start]).strip() in self._instrument_markers:
            return before[1]
        return None

    def instrument_opens(self, s: Sentence, start: int, cue_at: int) -> bool:
        """A kg:InstrumentMarker opens the words between the agent and a 'replaces' cue ('VGG 用多个小卷积核代替…')."""
        lead = normalize(s.text[start:cue_at]).strip(" \t*_`")
        adverbs = self._preverb_lead.match(lead)  # 'LSGAN 就用线性函数代替…': an adverb may stand before the marker
        lead = lead[adverbs.end() :] if adverbs else lead
        return any(lead.startswith(w) and len(lead) > len(w) for w in self._instrument_markers)

    def instrument_opening(self, s: Sentence, clause: tuple[int, int]) -> Mention | None:
        """'使用随机丢弃（dropout）忽略部分神经元，避免过拟合': the sentence opens with a kg:InstrumentMarker and a name
        right after it, and a later clause (this one) has a verb and no subject of its own: what the marked name is
        used for is said of that name. It eases the problem, not the section's topic, which only uses it."""
        if clause[0] == 0 or not s.clauses:
            return None
        first = s.clauses[0]
        named = next((m for m in s.mentions if first[0] <= m.start < first[1]), None)
        if named is None or self._is_problem(named.concept):
            return None
        lead = normalize(ENUMERATOR.sub("", s.text[first[0] : named.start], count=1)).strip(" \t\u200b*_`-•")
        glossed = bool(re.match(r"\s*[)）]", s.text[named.end :]))  # '使用随机丢弃技术（dropout）': the gloss names the noun
        for marker in self._instrument_markers:
            rest = lead[len(marker) :] if lead.startswith(marker) else None
            if rest is not None and rest.startswith("了"):
                rest = rest[1:]
            if rest == "" or (rest and glossed and re.fullmatch(r"[\u4e00-\u9fff]{1,10}[(（]", rest)):
                return named
        return None

    def participle_subject(self, s: Sentence, clause: tuple[int, int], hit: Hit) -> str | None:
        """'Using Yeast Powder, Rye Bread outperforms Sourdough', '利用 X，Sourdough 缓解了 Y': a sentence that opens
        with the cue (a participle phrase, no subject of its own) is about the subject of the clause after it,
        when that clause opens with a name and has a cue of its own (else the comma only continues a list:
        'Uses Jax, Flax, and Optax'); the section's topic is not the one using X."""
        if clause != s.clauses[0] or s.text[clause[0] : hit.start].strip(" \t\u200b*_`>-•"):
            return None
        following = next((c for c in s.clauses if c[0] == clause[1]), None)
        if following is None:
            return None
        if self._noun_phrase_opening(s, clause, hit):
            return None
        first = next((m for m in s.mentions if following[0] <= m.start < following[1]), None)
        if first is None or s.text[following[0] : first.start].strip(" \t\u200b*_`"):
            return None
        if not any(first.end <= h.start < following[1] and any(c.role != "set" for c in h.cues) for h in s.hits):
            return None  # "Uses [Jax](…), [Flax](…), and [Optax](…)": no verb of its own, the comma continues a list
        return first.concept

    @staticmethod
    def _noun_phrase_opening(s: Sentence, clause: tuple[int, int], hit: Hit) -> bool:
        """'含有残差连接的U-Net结构，encoder 采用卷积': the Chinese cue and its objects end in 的 and a name that closes
        the clause, so the opening phrase is a noun (a U-Net that holds residual connections), not a phrase about
        what the next clause's subject does."""
        if not CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
            return False
        at = s.text.rfind("的", hit.end, clause[1])
        if at < 0:
            return False
        named = [m for m in s.mentions if at < m.start < clause[1]]
        if not named or s.text[at + 1 : named[0].start].strip(" \t*_`"):
            return False  # '利用 X 的特性': an aspect of X after 的, the phrase may still be about the next subject
        return not any(h.start > at and h.start < clause[1] and any(c.role != "set" for c in h.cues) for h in s.hits)

    def reported_clause_start(self, s: Sentence, floor: int, cue_at: int, kind: str = "ReportingVerb") -> int | None:
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

    def after_reporting_clause(self, s: Sentence, clause: tuple[int, int]) -> bool:
        """The clause before ends with a kg:ReportingVerb ('通用近似定理是说，使用浅层网络就可以…', 'X 认为，…'): this
        clause is what is said; the one who says it, or the section's topic, does not do its verb."""
        before = next((c for c in s.clauses if c[1] == clause[0]), None)
        if before is None:
            return False
        end = before[0] + len(s.text[before[0] : before[1]].rstrip(" \t,，:：;；"))
        return any(h.end == end and h.in_set("ReportingVerb") for h in s.hits)

    @staticmethod
    def respective(s: Sentence, clause: tuple[int, int]) -> bool:
        """The clause, or for 'respectively' closing an English sentence the sentence, holds a kg:Respectively word
        ('respectively', '分别', '各自'): its lists pair up item by item."""
        return any(
            h.in_set("Respectively") and (clause[0] <= h.start < clause[1] or s.text[h.start : h.end].isascii())
            for h in s.hits
        )

    @staticmethod
    def aside_mention(s: Sentence, m: Mention, cue_at: int, floor: int) -> bool:
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

    _CLAUSE_SIDE = re.compile(r"\s*(?:how|what|when|where|why|whether|the way)\b", re.IGNORECASE)

    def compares_a_clause(self, s: Sentence, hit: Hit) -> bool:
        """'similar to how we mapped z to the Gaussian mean', 'in contrast to what X does': right after an English
        comparison cue a wh-word (or 'the way') opens a clause; the other side is something done, and the names in
        that clause are none of the two sides. Not when the clause is a name and one verb ('similar to how RNNs
        work'): that likens the name itself."""
        wh = self._CLAUSE_SIDE.match(s.text, hit.end)
        if not s.text[hit.start : hit.end].isascii() or wh is None:
            return False
        name = next((m for m in s.mentions if m.start >= wh.end()), None)
        if name is None or s.text[wh.end() : name.start].strip().lower() not in ("", "the"):
            return True
        rest = re.sub(r"^\s*\([^()]*\)", "", s.text[name.end :])
        return re.match(r"\s*[A-Za-z]+\s*(?:[.,;:!?)]|$)", rest) is None

    _UNKNOWN_THEN_JOIN = re.compile(r"[\s*_`$]*[A-Za-z][A-Za-z0-9\-.]*[\s*_`$]*$")

    def unknown_side_before(self, s: Sentence, hit: Hit, m: Mention) -> bool:
        """'比较LR和GBDT', 'compare LR and GBDT': between the comparison cue and its one name stands a Latin word
        kg does not know, joined to the name by a coordination word: that word is the other side."""
        gap = s.text[hit.end : m.start].rstrip(" *_`$")
        for join in self._coordination_longest_first:
            if gap.endswith(join):
                return self._UNKNOWN_THEN_JOIN.fullmatch(gap[: -len(join)]) is not None and bool(gap[: -len(join)].strip(" *_`$"))
        return False

    _UNKNOWN_NAME_SIDE = re.compile(r"[\s*_`$]*[A-Za-z][\w\-.]*(?:\s+[\w\-.]+){0,2}[\s*_`$]*")

    def unknown_partner_before(self, s: Sentence, cstart: int, m: Mention) -> bool:
        """'Mixtral 8x7B 与 LLaMA 的区别就是在 attention 计算中…': the one name before the comparison cue is joined by a
        coordination word to Latin words kg does not know; those words are the other side, so a name after the cue
        (where the difference lies) is no side."""
        gap = s.text[cstart : m.start].rstrip(" *_`$")
        join = next((j for j in self._coordination_longest_first if gap.endswith(j)), None)
        if join is None or join.isascii():
            return False
        return self._UNKNOWN_NAME_SIDE.fullmatch(gap[: -len(join)]) is not None

    def predicated_alone(self, s: Sentence, hit: Hit, before: list[Mention]) -> bool:
        """'token ID 相同，': a Chinese comparison word right after one name, with no kg:SidePreposition opening its
        phrase ('与 X 相同，…' frames a comparison with the next clause's subject): the name is said to be the same
        (alike, different) in the cases at hand, and the clause ends there."""
        if not CJK_CHAR.match(s.text[hit.start : hit.start + 1]) or len(before) != 1:
            return False
        if s.text[before[0].end : hit.start].strip(" *_`"):
            return False
        lead = s.text[max(0, before[0].start - 4) : before[0].start].rstrip(" *_`")
        return not lead.endswith(tuple(self._side_prepositions))

    def unneeded_for(self, s: Sentence, head: Mention, hit: Hit) -> bool:
        """'we don't need an entire Transformer to adopt transfer learning': a kg:NotNeeded phrase, a few lower-case words
        and the name, then 'to' and the cue: the name is not needed to do what the cue says; it does nothing."""
        if not re.fullmatch(r"\s+to\s+", s.text[head.end : hit.start]):
            return False
        return any(
            h.in_set("NotNeeded") and h.end <= head.start and re.fullmatch(r"(?:\s+[a-z]+){0,3}\s+", s.text[h.end : head.start])
            for h in s.hits
        )

    def means_opening(self, s: Sentence, m: Mention, floor: int) -> bool:
        """'通过排序+OOB实现的…', 'by X, …': the clause opens with a kg:Means word and m comes right after it (an
        operand joined by '+' may stand between): m is the means of the clause's verb, not its doer."""
        lead = normalize(s.text[floor : m.start]).strip(" \t\u200b*_`-•")
        for word in self._means_words:
            if lead.startswith(word):
                rest = lead[len(word) :].strip()
                if not rest or (rest.endswith("+") and len(rest) <= 8):
                    return True
        return False

    def preposition_object(self, s: Sentence, m: Mention, cstart: int) -> bool:
        """'The model builds on state space models (S4) but … by incorporating X': in a clause whose subject is a
        noun phrase kg does not know ('The model', 'This stage', 'an algorithm': a determiner and a word that is no
        name), an English name right after a kg:Preposition word (an article or one lower-case modifier may stand
        between) is the object of that preposition, not who does the verb after it; so too in a clause opening
        with a pronoun ('It is trained on X data using Y': 'it' is the subject). Clauses opening otherwise ('In the
        seq2seq model based on attention', 'Let's look at the sigmoid to see why it can cause …') are left to the
        other rules."""
        if not m.surface[:1].isascii():
            return False
        opener = self._words.determiner_noun.match(s.text, cstart) or self._words.indefinite_noun.match(s.text, cstart)
        pronoun = self._starts_with(s, cstart, "Pronoun")  # "It is trained on Rye Bread data using …"
        if not pronoun and (
            opener is None or opener.end(1) > m.start or any(x.start <= opener.start(1) < x.end for x in s.mentions)
        ):
            return False
        window = s.text[max(cstart, m.start - 32) : m.start]
        lead = self._words.word_before.search(window)
        if lead is not None and lead.group(1).lower() in self._prepositions:
            return True
        # "an algorithm for general convex functions based on gradient descent": one modifier between
        modified = self._words.modified_after_word.search(window)
        return modified is not None and modified.group(1).lower() in self._prepositions

    def participle_agent(self, s: Sentence, m: Mention, floor: int) -> bool:
        """'A Conv followed by BN is equivalent to a single Conv': an English name right after a past participle and
        'by' (kg:PassiveAgent), with no be-verb before the participle in the window, is the agent of a reduced relative clause that
        describes the noun before it; that noun is what the clause's verb is said of, never the agent. After a
        be-verb ('The dense layer is followed by a dropout layer to prevent …') the passive is the clause's own
        verb, read elsewhere."""
        if not m.surface[:1].isascii():
            return False
        window = s.text[max(floor, m.start - 40) : m.start]
        found = self._participle_agent_before.search(window)
        return found is not None and self._be_verb.search(window[: found.start()]) is None

    def use_phrase_denied(self, s: Sentence, hit: Hit, clause: tuple[int, int]) -> bool:
        """'使用传统的 CNN 难以处理长序列的问题，而 RNN …': a Chinese clause that opens with the cue, whose object is followed by
        a kg:Negation word, makes the use phrase the subject of what cannot be done ('using a CNN, one can hardly …');
        it says nothing the section's topic uses."""
        if s.text[clause[0] : hit.start].strip(" \t\u200b*_`,，") or not CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
            return False
        first = next((m for m in s.mentions if m.start >= hit.end and m.end <= clause[1]), None)
        if first is None:
            return False
        tail = s.text[first.end : clause[1]].lstrip()
        word = next((w for w in self._negation_cjk if tail.startswith(w)), None)
        if word is None:
            return False
        # '使用 CNN 非常有效', '不仅更快': one negation character opening an everyday word of its own is no negation
        return len(word) > 1 or tail[:2] in self._negation_cjk or not common_words().known_zh(tail[:2])

    def people_destination(self, s: Sentence, m: Mention, cstart: int) -> bool:
        """'We can add a penalty term of the coefficients to the error function to avoid overfitting': in a clause
        whose subject is a kg:PeopleWord applying something (kg:ApplyVerb), an English name right after a
        kg:DestinationPreposition is where the people put something, not what serves the purpose; what they put
        there does ('we add BN to ResNet to avoid overfitting': BN), and when that is no name, no one named does."""
        if not m.surface[:1].isascii() or not self._words.people_opening.match(s.text, cstart):
            return False
        return self._words.destination_before.search(s.text, cstart, m.start) is not None

    def placed_in_setting(self, s: Sentence, m: Mention, floor: int) -> bool:
        """'在单个 DGX 节点上使用 8 个 GPU 训练 OPT-1.3B', '在 ImageNet 上使用 X': a name inside '在 … 上/下'
        (kg:SettingOpener, and a kg:SettingCloser that is not 中) with a place noun after the name (节点, 数据集)
        says where the action happens, not who does it; a count may stand before the name (单个). Left alone:
        '在 ResNet 中使用 BN' (inside a model: the model uses it) and '在权重量化上使用了 FGQ' (no place noun:
        what the method is applied to)."""
        if not self._setting_open:
            return False
        lead = s.text[max(floor, m.start - 6) : m.start]
        opened = max(lead.rfind(w) + len(w) if w in lead else -1 for w in self._setting_open)
        if opened < 0 or not QUANTIFIER_ONLY.fullmatch(lead[opened:].strip()):
            return False
        tail = self._words.setting_noun.match(s.text, m.end)
        return tail is not None and any(c not in self._inside_closers and tail.group(2) == c for c in self._setting_close)

    def remedy_asked_within(self, s: Sentence, m: Mention, cue_at: int) -> bool:
        """'深度学习中是怎么解决过拟合的？', 'lightgbm中怎么避免过拟合？': a Chinese name closed by a kg:InsideCloser
        (中, 里) and followed, before the cue, by a kg:HowTo word asks how the problem is dealt with inside it: the
        problem arises there, and the name is no remedy (the answer names the remedies). A technique or component
        asked so ('dropout 中是如何防止过拟合的') is asked how it remedies it."""
        gap = s.text[m.end : cue_at].strip()
        if not gap or gap[0] not in self._inside_closers or len(gap) > 8:
            return False
        if self._top_class(self.classes.get(m.concept, KG.Concept)) in _REMEDY_CLASSES:
            return False  # "dropout 中是如何防止过拟合的？": a technique asked how it remedies the problem
        return any(h.in_set("HowTo") and m.end <= h.start and h.end <= cue_at for h in s.hits)

    def on_setting(self, s: Sentence, m: Mention, floor: int) -> bool:
        """'CMRC 2018上的中文阅读理解任务蒸馏，并使用 DRCD…', 'MSRA NER(中文命名实体识别)任务上，使用…': a name that opens
        the clause and is followed, perhaps after a year, a gloss and a short noun, by 上 and 的 or a comma is the
        data set or task the work is done on ('on X'), not its doer, even without 在."""
        if s.text[floor : m.start].strip(" \t\u200b*`_>-•·:：，,"):
            return False
        # 'RL过程中，…': the time the work happens in (kg:PhaseNoun), as a setting is where
        return self._on_setting_after.match(s.text, m.end) is not None or self._during_after.match(s.text, m.end) is not None

    def opens_sequence(self, s: Sentence, clause: tuple[int, int]) -> bool:
        """The clause opens with a kg:SequenceConnective (然后, then): it goes on with the doer of the clause before."""
        lead = normalize(s.text[clause[0] : clause[1]]).lstrip(" \t,，*_`")
        return any(lead.startswith(w) for w in self._sequence_connectives)

    def continued_in_setting(self, s: Sentence, cstart: int, first: Mention) -> bool:
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

    def changed_from(self, s: Sentence, before: list[Mention]) -> Mention | None:
        """'PP-OCRv3 将 base 模型从 CRNN 替换成了 SVTR': before a 'changed into' cue, the mention right after 从
        (kg:SourceMarker) is what was there before; the clause's subject (PP-OCRv3) made the change and is
        not replaced. None when no mention is so marked."""
        for m in reversed(before):
            lead = s.text[max(0, m.start - 2) : m.start].rstrip()
            if lead.endswith(self._source_markers):
                return m
        return None

    def changed_from_unnamed(self, s: Sentence, start: int, end: int) -> bool:
        """A kg:SourceMarker (从) between the last name and a 'changed into' cue marks the old thing in words
        kg does not know ('将 base 模型从旧的结构换成 …'): the name before is the one making the change."""
        between = s.text[start:end]
        return any(w in between for w in self._source_markers if not w.isascii())

    def passive_participle(self, s: Sentence, hit: Hit) -> bool:
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

    def reader_subject(self, s: Sentence, cstart: int, cue_at: int) -> bool:
        """'You can use Yeast Powder to bake your own loaf', '用户可以使用这些 API 重建自己的训练策略': a clause whose
        subject is the reader or the user (kg:ReaderPronoun), or people in general (kg:GenericAgent: '大家经常使用的是…',
        'people often use X'), before a cue with no name of its own: the doer is that person, so the section's
        topic or an earlier name is not the subject."""
        return any(
            (h.in_set("ReaderPronoun") or h.in_set("GenericAgent"))
            and cstart <= h.start and h.end <= cue_at and not WORD_CHAR_AFTER.match(s.text, h.end)
            for h in s.hits
        )

    def _without_trailing_adverbs(self, gap: str) -> str:
        """``gap`` (normalized words) less the adverbs that deny nothing at its end ('and just' → 'and')."""
        words = gap.split()
        while len(words) > 1 and words[-1] in self._verb_adverbs:
            words.pop()
        return " ".join(words)

    def _and_then_before(self, s: Sentence, start: int, end: int) -> bool:
        """s.text[start:end] ends with 'and' or 'and then', perhaps with adverbs that deny nothing after it ('and just',
        'and also'): the cue at ``end`` opens a verb coordinated with the one before."""
        return AND_THEN_BEFORE.search(self._without_trailing_adverbs(normalize(s.text[start:end])) + " ") is not None

    def person_does_coordinated_verb(self, s: Sentence, cstart: int, head: Mention, hit: Hit) -> bool:
        """'We will have to push it to Docker Hub and then use the image URI': the clause opens with the authors or
        the reader (kg:AuthorPronoun, kg:ReaderPronoun), or with 'which' / 'who', and the cue follows 'and (then)'
        after the name: the verbs are coordinated, their doer is that person (or the relative clause's antecedent),
        and the name is inside the first verb's phrase. Not in a reported clause ('We note that X … and then uses')."""
        if not self._and_then_before(s, head.end, hit.start) and not self._and_verb_before(s, head, hit):
            return False
        if self.reported_clause_start(s, cstart, head.start) is not None:
            return False  # "We note that RYE trains fast and then uses WB": the reported clause's subject does it
        if (relative := RELATIVE_OPENER.match(s.text, cstart)) is not None and relative.end() <= head.start:
            return True  # "GRUs, …, which scrap the forget gate and use the input gate": GRUs use it, not the gate
        first = self._after_connective(s, cstart, " \t\u200b*_`-•>")  # 'Then we sample …'
        if (
            self._and_then_before(s, head.end, hit.start)  # the cue right after 'and (then)', not 'and shows that …'
            and (doer := self._unnamed_doer.match(s.text, first)) is not None
            and doer.end() <= head.start
            # the name right after the verb ('The famous models BERT and …': a plural noun read as the verb) is the
            # doer itself; after a verb of letting or showing ('This trick allows ResNet to …', 'The figure shows ViT
            # splits …') it is a second doer
            and s.text[doer.end() : head.start].strip()
            and doer.group(0).split()[-1].lower() not in self._second_doer_verbs
            and not any(first <= m.start < doer.end() for m in s.mentions)
            # (a reason or a 'that' between opens a clause with its own subject: 'increases since conv layer does … and
            # contains', 'says that WB folds … and uses')
            and not any(h.in_set("Cause") and doer.end() <= h.start < head.start for h in s.hits)
            and not self._relative_between.search(s.text, doer.end(), head.start)
        ):
            return True  # "This approach reshapes the embeddings … and then applies upsampling": the approach does
        opener = next((h for h in s.hits if h.start >= first and not h.in_set("ClauseConnective")), None)
        return (
            opener is not None
            and (opener.in_set("AuthorPronoun") or opener.in_set("ReaderPronoun"))
            and not s.text[first : opener.start].strip(" \t\u200b*_`-•>")
            and opener.end <= head.start
        )

    def _and_verb_before(self, s: Sentence, head: Mention, hit: Hit) -> bool:
        """'we sample a batch from the replay buffer and calculate the target based on X': 'and' after the name opens
        a second verb phrase ('and calculate …') that holds the cue, with no name between. A word after 'and'
        that opens a noun phrase (kg:Article, kg:NounDeterminer: 'and the target network') joins a second object."""
        last = next(reversed(list(AND_WORD.finditer(s.text, head.end, hit.start))), None)
        if last is None or normalize(last.group(1)).strip() in self._noun_openers:
            return False
        return not any(last.start() <= m.start < hit.start for m in s.mentions)

    def imperative_object(self, s: Sentence, cstart: int, head: Mention, hit: Hit) -> bool:
        """'Training: Select a small batch of tuples and learn from this batch using gradient descent': an English
        clause that opens with an instruction (kg:StepVerb, perhaps after a run-in label) works on the name after
        the verb; the doer of a later use in the clause is the reader, not that name. A relative clause after the
        name ('Apply batch normalization, which uses …') keeps the name as its doer, and a purpose after it ('Use
        Leaky ReLU to address dead ReLUs') makes it the means (the caller asks this for uses cues only)."""
        lead = self._imperative_lead.match(s.text, cstart, head.start)
        verb = normalize(lead.group(1)).strip() if lead is not None else ""
        if verb not in self._step_verbs:
            return False
        if verb in self._making_verbs and not (
            self._and_then_before(s, head.end, hit.start) or self._and_verb_before(s, head, hit)
        ):
            return False  # 'Build a CNN using convolution': what is made is built with it (kg:MakingVerb)
        return self._relative_between.search(s.text, head.end, hit.start) is None

    def coordinated_doers(self, s: Sentence, before: list[Mention], head: Mention, hit: Hit) -> list[Mention]:
        """'ResNet、VGG 等模型都使用了 BN', 'ResNet and VGG use BN': the names coordinated with the clause's first name,
        the last of them right before the cue (after it at most '等' and a kind noun, and a kg:GroupAdverb), are
        subjects too. Not the head of a phrase ('ResNet 中的残差连接'): only names joined by coordination."""
        if not before or before[0] is not head:
            return []
        group = [head]
        for m in before[1:]:
            if not self._coordinated(s.text, group[-1], m):
                return []
            group.append(m)
        if len(group) < 2:
            return []
        return group[1:] if self._group_tail.fullmatch(s.text, group[-1].end, hit.start) is not None else []

    def counted_subject(self, s: Sentence, first: Mention, last: Mention) -> bool:
        """The names before the cue are what a kg:QuantityWord counts: 'The number of substitutions, insertions and
        deletions is computed using …', '参数的数量…': the subject is the count, which kg does not name."""
        if self._quantity_before.search(s.text[max(0, first.start - 80) : first.start]):  # a comma may part clauses
            return True
        return normalize(s.text[last.end : last.end + 4]).strip().startswith(self._quantity_after)

    def writer_builds(self, s: Sentence, hit: Hit, cstart: int) -> bool:
        """A kg:BuildVerb cue ('implement', '实现') after the authors or the reader as the clause's subject ('we can
        implement …', '我们实现了 …'): someone writes the thing; no concept does the verb."""
        if normalize(s.text[hit.start : hit.end]).strip() not in self._build_verbs:
            return False
        return any(
            (h.in_set("AuthorPronoun") or h.in_set("ReaderPronoun"))
            and cstart <= h.start and h.end <= hit.start and not WORD_CHAR_AFTER.match(s.text, h.end)
            for h in s.hits
        )

    def reader_instruction(self, s: Sentence, hit: Hit, floor: int) -> bool:
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

    def rejected_use(self, s: Sentence, hit: Hit, floor: int) -> bool:
        """'Instead of using the encoder-attention-decoder architecture, FastSpeech is …', '而不是使用 X': a cue
        right after a contrast word (kg:Contrast) names what is rejected; read as 'uses', it would credit the
        subject with the very thing the sentence says it does without."""
        for h in s.hits:
            if h is not hit and h.in_set("Contrast") and floor <= h.start and h.end <= hit.start:
                if not s.text[h.end : hit.start].strip() or self._contrast_opens_clause(s, h, floor):
                    return True
        return False

    @staticmethod
    def _contrast_opens_clause(s: Sentence, contrast: Hit, floor: int) -> bool:
        """'Instead of training separate reward models and using RL algorithms, DPO …': a clause that opens with
        the contrast word is all about what is not done; every cue in it (each coordinated verb) is rejected."""
        return not s.text[floor : contrast.start].strip(" \t\u200b*_`>-•") and contrast.start - floor < 8

    def _in_place_phrase(self, s: Sentence, m: Mention) -> bool:
        """'卷积层之后', 'ToTensor 实例前', '在卷积核后面': a mention inside a phrase of place or time is not the subject
        (kg:SidePostposition words only in the frame a kg:SettingOpener, 在, opens). So is each name of a
        coordination the phrase closes: '在编码器和解码器之间使用注意力' places the attention between the two."""
        if self._postposition.match(s.text, m.end) or (
            self._side_postposition.match(s.text, m.end) and self._setting_opened(s.text, m)
        ):
            return True
        joined = self._coordinated_next(s, m)
        return joined is not None and self._in_place_phrase(s, joined)

    def _coordinated_next(self, s: Sentence, m: Mention) -> Mention | None:
        """The mention a Chinese coordination word ('和', '与') joins right after ``m``, if any."""
        gap = self._coordination_zh_gap.match(s.text, m.end)
        return None if gap is None else next((n for n in s.mentions if n.start == gap.end()), None)

    def _basis_closed(self, s: Sentence, m: Mention) -> bool:
        """'在 DIN 基础上引入兴趣抽取层': a name that a kg:BasisCloser word closes ('X 的基础上', on the basis of X)
        is what the work builds on, not who does the verb after it (that is the sentence's or section's
        subject, DIEN)."""
        return bool(self._basis_closer.match(s.text, m.end))

    @staticmethod
    def _kind_changed_to_kind(s: Sentence, before: list[Mention], hit: Hit, objects: list[str]) -> bool:
        """'A 中的正弦位置编码改为旋转位置编码', 'changed the sinusoidal encoding to a rotary encoding': the name
        right before the 'changed into' cue is what changes, and when it names the same concept as the new one
        the sentence swaps one kind of that concept for another. Nothing else in the sentence is replaced."""
        if not before or before[-1].concept not in objects:
            return False
        return not s.text[before[-1].end : hit.start].strip(" \t*_`")

    def _marked_object(self, s: Sentence, before: list[Mention], floor: int) -> Mention | None:
        """The mention before the cue that 将/把 marks as moved: right after the marker, or the head of
        a 'X 中的 Y' phrase right after it; a broad word right after the name only says what kind it is
        ('将 sigmoid 激活函数改成…': sigmoid)."""
        for m in before:
            lead = normalize(s.text[max(floor, m.start - 2) : m.start]).strip()
            if (
                lead in self._ba
                or (lead[-1:] in self._ba and self._marker_word(s.text[max(floor, m.start - 4) : m.start]))
                or self._spelled_before_acronym(s, m, floor)
                or self._marker_then_modifier(s, m, floor)
            ):
                last = before[-1]
                rest = normalize(s.text[m.end : last.start]).strip()
                if m is last or self._locative_gap(rest):
                    return last
                if not rest and last.concept in self.broad and before.index(last) == before.index(m) + 1:
                    return m
                if all(not normalize(s.text[a.end : b.start]).strip(" 、,，") for a, b in zip(before[before.index(m) :], before[before.index(m) + 1 :])):
                    return m  # "将原先的 sigmoid、tanh 换成 ReLU": a list is marked; its first name is (one) replaced
                return None
        return None

    def combined_names(self, s: Sentence, hit: Hit, floor: int) -> tuple[Mention | None, list[Mention]] | None:
        """'Adam 将 Momentum 与 RMSProp 结合', 'DRL 是将 RL 和 DL 结合在一起': 将/把 (kg:ObjectMarker), two or more coordinated
        names, then a kg:CombineVerb that holds the cue. The names combined, and who combines them: the name right
        before the marker (a kg:Copula may stand between), or None when the clause names no one there. None when the
        cue is no such phrase."""
        before = [m for m in s.mentions if floor <= m.start and m.end <= hit.start]
        if not before:
            return None
        last = before[-1]
        folded = normalize(s.text[last.end : hit.end])  # one character per character: offsets stay those of the text
        verb = folded.lstrip(" *_`")
        if not any(verb.startswith(v) and len(folded) - len(verb) + len(v) >= hit.end - last.end for v in self._combine_verbs):
            return None
        names = [last]
        for m in reversed(before[:-1]):
            if normalize(s.text[m.end : names[0].start]).strip(" *_`") not in self._coordination:
                break
            names.insert(0, m)
        lead = normalize(s.text[max(floor, names[0].start - 3) : names[0].start]).rstrip(" *_`")
        if len(names) < 2 or lead[-1:] not in self._ba:
            return None
        marker_at = s.text.rfind(lead[-1], floor, names[0].start)
        doer = next((m for m in reversed(before) if m.end <= marker_at), None)
        if doer is not None and normalize(s.text[doer.end : marker_at]).strip(" *_`") not in ("", *self._copulas):
            doer = None
        if doer is not None and doer.concept in {m.concept for m in names}:
            doer = None
        if doer is not None and self._instrument_before(s, doer, floor):
            doer = None  # "SD 通过 CB 将 RYE 与 WB 结合": CB is the means; whoever combines them is another
        return doer, names

    def _instrument_before(self, s: Sentence, m: Mention, floor: int) -> bool:
        """A relation cue or a kg:InstrumentMarker / kg:Means word right before the name ('使用 CB', '通过 CB', '借助 CB'):
        the name is what something is done with, not who does it."""
        lead = normalize(s.text[floor : m.start]).rstrip(" *_`")
        if any(h.end <= m.start and not s.text[h.end : m.start].strip(" *_`") and any(c.role in ("cue", "inverseCue") for c in h.cues) for h in s.hits):
            return True
        return lead.endswith(tuple(self._instrument_markers)) or any(
            h.end <= m.start and not s.text[h.end : m.start].strip(" *_`") and (h.in_set("Means") or h.in_set("InstrumentMarker")) for h in s.hits
        )

    def passive_patient(self, s: Sentence, before: list[Mention], hit: Hit) -> Mention | None:
        """'特殊 token 在训练时被加入词表', 'SD 被替换为 WB': the passive marker 被 right before the cue, after the last
        name, makes that name what is moved or replaced, as 将 marks it ('将 X 加入 Y'); None when there is none."""
        if not before or not self._passive_markers:
            return None
        # an aside in brackets after the name ('特殊 token（如 <|im_start|>）在训练时被加入') is skipped
        gap = re.sub(r"[（(][^（()）]*[)）]", "", s.text[before[-1].end : hit.start])
        gap = normalize(gap).strip(" \t*_`")
        return before[-1] if gap.endswith(self._passive_markers) and len(gap) <= 8 else None

    def changed_by_tool(self, s: Sentence, before: list[Mention]) -> bool:
        """'The embeddings are mapped to 2D using UMAP', 'weights can be quantized to 3 bits based on AWQ': the last
        name before the cue is followed by a passive of a kg:ChangeParticiple, so it is what the tool changes, and the
        tool named after the cue is applied to it, not used by it."""
        if not before:
            return False
        name = before[-1]
        passive = self._changed_passive.match(s.text, name.end)
        if passive is None:
            return False
        if self._owner_lead.search(s.text, max(0, name.start - 12), name.start):
            return False  # 'The inputs to BERT are tokenized using WordPiece': BERT is no patient; its inputs are
        # 'BERT inputs are tokenized using WordPiece', 'U-Net features are upsampled using …': a model's own data,
        # changed in the model's own step, which uses the tool
        return not (passive.group(1) and self.classes.get(name.concept) == KG.Model)

    def passive_in_container(self, s: Sentence, before: list[Mention], hit: Hit) -> tuple[Mention, Mention] | None:
        """'LayerNorm 在 Transformer 中被广泛使用': the used name, then 在 B 中 (or 里), then 被 and a few adverb
        characters right before a uses cue with nothing after it: B is what uses the first name. (used, user)."""
        if len(before) < 2 or not self._passive_markers:
            return None
        used, user = before[-2], before[-1]
        lead = normalize(s.text[used.end : user.start]).strip(" \t*_`")
        tail = normalize(s.text[user.end : hit.start]).strip(" \t*_`")
        marker = next((w for w in self._passive_markers if w in tail), None)
        if lead != "在" or marker is None:
            return None
        inside, _, adverb = tail.partition(marker)  # '中' + '被' + '广泛': a place, the passive, an adverb at most
        if not re.fullmatch(r"(?:中|里|里面|内)\s*(?:也|都|还)?\s*", inside) or not re.fullmatch(r"\s*[\u3400-\u9fff]{0,3}", adverb):
            return None
        return used, user

    def unnamed_marked(self, s: Sentence, before: list[Mention], floor: int, hit: Hit) -> bool:
        """'然后通过交叉注意力机制将信息引入扩散模型': the object marker 将/把 (a word of its own) after the last name and
        before the cue, with no name after it: the verb moves something kg does not name (information) into the
        name after the cue, which is where it goes, not what is used."""
        at = self._object_marker_in(s, max([floor] + [m.end for m in before]), hit.start - 1, floor)
        return at is not None and not any(at < m.start < hit.start for m in s.mentions)

    def unnamed_moved_into(self, s: Sentence, hit: Hit) -> bool:
        """'Dropout adds noise to the ResNet', 'each message passing adds a layer to the GNN': after an English cue
        verb, something kg does not name, then 'to'/'into' and the first name: the verb moves that unnamed thing
        into the name, which is where it goes, not what is used (as '将信息引入扩散模型' in Chinese)."""
        after = next((m for m in s.mentions if m.start >= hit.end), None)
        if after is None:
            return False
        return self._words.moved_into.fullmatch(s.text[hit.end : after.start]) is not None

    def _spelled_before_acronym(self, s: Sentence, m: Mention, floor: int) -> bool:
        """'将选择性搜索SS替换为 RPN': an acronym glued after its Chinese name, which kg does not know, right after the
        object marker: the marker marks the acronym's concept."""
        if not (m.surface.isascii() and m.surface.isupper()):
            return False
        start = max(floor, m.start - 10)
        run = re.search(r"[\u3400-\u9fff]{3,10}$", s.text[start : m.start])
        if run is None or any(x.end > start + run.start() and x.start < m.start for x in s.mentions if x is not m):
            return False
        # the marker, then a name of two characters or more
        return self._object_marker_in(s, start + run.start(), m.start - 2, floor) is not None

    def _object_marker_in(self, s: Sentence, start: int, end: int, floor: int) -> int | None:
        """Where the first object marker 将/把 that is a word of its own stands in ``s.text[start:end]``."""
        for at in range(start, end):
            if s.text[at] in self._ba and self._marker_word(s.text[max(floor, at - 3) : at + 1]):
                return at
        return None

    def poor_outcome_after(self, s: Sentence, hit: Hit, clause: tuple[int, int]) -> bool:
        """A kg:PoorOutcome phrase after the cue, in its clause or in the clause right after it ('使用 layer norm，
        但经测试效果不佳')."""
        following = next((c for c in s.clauses if c[0] == clause[1]), None)
        end = following[1] if following is not None else clause[1]
        return any(h.in_set("PoorOutcome") and hit.end <= h.start and h.end <= end for h in s.hits)

    def _marker_then_modifier(self, s: Sentence, m: Mention, floor: int) -> bool:
        """'将原先的 sigmoid 换成…', '在 CNN 中将原本的 X …': between 将/把 and the name, a short modifier closed by a
        kg:AttributiveMarker (的)."""
        gap = s.text[max(floor, m.start - 8) : m.start].rstrip()
        marker = next((w for w in self._attributive if w and gap.endswith(w)), None)
        if marker is None:
            return False
        at = len(gap) - len(marker)
        i = max(gap.rfind(b) for b in self._ba)
        return 0 <= i < at and bool(re.fullmatch(r"[\u3400-\u9fff]{1,4}", gap[i + 1 : at])) and self._marker_word(gap[: i + 1])

    def _marker_word(self, lead: str) -> bool:
        """The 将/把 ending ``lead`` is a word of its own, the object marker ('AlexNet将', '提出将'), not the end of
        an adverb ('即将', '必将': about to, surely will), as the word list cuts the text."""
        text = normalize(lead).strip()
        if text[-1:] in self._ba and text[-2:-1] in self._place_words:
            return True  # '在 CNN 中将 …': after 中 (kg:PlacePostposition) 将 marks the object, it is no '中将'
        words = common_words().segment_zh(text)
        return bool(words) and words[-1] in self._ba

    def _modifies_unknown(self, s: Sentence, m: Mention) -> bool:
        """'卷积多通道': a Chinese word right after the name is the noun it modifies, unless it is a cue, a
        broader concept saying what kind the name is ('ReLU 激活函数') or a kg:HeadNoun ('Inception 模块')."""
        if not CJK_CHAR.match(s.text[m.end : m.end + 1]):
            return False
        following = next((x for x in s.mentions if x.start == m.end), None)
        if following is not None:
            kind = following.concept in self._broader.get(m.concept, ()) or normalize(following.surface) in self._head_nouns
            return not kind
        return not any(h.start == m.end and any(c.role != "set" for c in h.cues) for h in s.hits)

    def _replacement_after(self, s: Sentence, pos: int, limit: int) -> Mention | None:
        """'Replace A with B', 'replace A by B': the name after the kg:Substitute word takes A's place; 'replace A in
        C with B': a name after a kg:ReplacedPlace word only says where A is."""
        for m in s.mentions:
            if pos <= m.start < limit:
                if s.text.count("(", pos, m.start) > s.text.count(")", pos, m.start):
                    continue  # a name inside an aside about A ('layers (which are … attention layers …) with B')
                gap = normalize(_ASIDE.sub(" ", s.text[pos : m.start])).strip(" *_`")
                gap = self._words.article_around.sub("", " ".join(gap.split()))
                head, _, after_head = gap.partition(" ")
                if head in self._head_nouns:
                    gap = after_head  # 'replace the max pooling layer with …': the head noun only says what A is
                if gap in self._substitute:
                    return self._head_of_run(s, m)
                if gap in self._replaced_place:
                    pos = m.end
                    continue
                # 'replace A with stacks of B': how many of B stands between, B is still what replaces A
                word, _, rest = gap.partition(" ")
                return m if word in self._substitute and rest.strip() in self._substitute_quantity else None
        return None

    @staticmethod
    def _head_of_run(s: Sentence, m: Mention) -> Mention:
        """'with sparse MoE layers': names written one after another make one noun phrase, whose head is the last."""
        while (nxt := next((x for x in s.mentions if x.start > m.end and not s.text[m.end : x.start].strip()), None)) is not None:
            m = nxt
        return m

    def unnamed_replaced(self, s: Sentence, cue_end: int, first: int) -> bool:
        """'replace recurrence with self-attention': between the cue and its first name, words that name nothing and
        a kg:Substitute word: the name is the replacement, and what it replaces is not named."""
        gap = s.text[cue_end:first]
        if not gap.isascii():
            return False
        words = self._words.article_around.sub(" ", normalize(gap)).split()
        at = max((i for i, w in enumerate(words) if w in self._substitute), default=-1)
        if 0 < at < len(words) - 1 and len(words) - 1 - at <= 2 and all(
            re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) and w not in self._substitute for w in words[at + 1 :]
        ):
            words = words[: at + 1]  # 'replaced this with multi-scale deformable attention': modifiers of the new one
        if len(words) < 2 or words[-1] not in self._substitute:
            quantity = next((q for q in self._substitute_quantity if " ".join(words).endswith(" " + q)), None)
            if quantity is None:
                return False
            words = " ".join(words)[: -len(quantity)].split()
            if len(words) < 2 or words[-1] not in self._substitute:
                return False
        return all(w.isalpha() for w in words[:-1])

    def replaced_noun_not_name(self, s: Sentence, cue_end: int, first: Mention, last: Mention) -> int | None:
        """'replace mean-field Gaussian approximate posteriors with flows', 'replace the full return of REINFORCE
        with the one-step return': what the cue replaces is a noun kg does not know (the posteriors, REINFORCE's
        return); the name only modifies or owns it. Where to look for the replacement then (the kg:Substitute word,
        or the end of the name), or None when the name is what is replaced: words naming its kind ('the max pooling
        layer with'), a place ('WB in the loaves with'), how many of it ('stacks of WB', 'all of the layers', 'every
        instance of sigmoid': kg:SubstituteQuantity, the quantifier sets, kg:StandInNoun)."""
        words = re.match(r"(?:\s+[a-z][a-z\-]*){1,6}", s.text[last.end : last.end + 80])
        if words is not None and not any(last.end <= m.start < last.end + words.end() for m in s.mentions):
            spans = list(re.finditer(r"[a-z][a-z\-]*", words.group(0)))
            run = [w.group(0) for w in spans]
            at = next((i for i, w in enumerate(run) if w in self._substitute), 0)
            own = run[:at]  # 'WB in the loaves with': a kg:ReplacedPlace word says where WB is, WB is still replaced
            if (
                at
                and not any(w in self._replaced_place or w in self._noun_openers or w in self._coordination for w in own)
                and not any(w.endswith(self._adverb_suffixes) for w in own)  # 'replaces WB entirely with SD'
                and not any(w.endswith(self._participle_suffixes) for w in own)  # 'the CNN used by DQN with …': an agent
                and not all(w in self._head_nouns or w.removesuffix("s") in self._head_nouns for w in own)
            ):
                return last.end + spans[at].start()
        owned = self._owning_phrase.fullmatch(normalize(s.text[cue_end : first.start]))
        if owned is None:
            return None
        owner = owned.group(1)
        counted = owner in self._quantifier_words or owner in self._group_quantifiers or owner in self._universal_quantifiers
        counted = counted or owner in self._stand_in_nouns
        gap = " " + " ".join(normalize(s.text[cue_end : first.start]).split())
        if counted or gap.endswith(tuple(" " + q for q in self._substitute_quantity)):
            return None
        return last.end

    def substitute_follows(self, s: Sentence, pos: int) -> bool:
        """A kg:Substitute word right after the object ('replace A with …'): what replaces A is said next, even when
        it is no name kg knows."""
        words = re.match(r"\s*[*_`]*\s*([A-Za-z]+)\s+(?:([A-Za-z]+)\s)?", s.text[pos : pos + 24])
        if words is None:
            return False
        first, second = words.group(1).lower(), (words.group(2) or "").lower()
        return first in self._substitute or (first in self._head_nouns and second in self._substitute)

    def methods_asked(self, s: Sentence, hit: Hit) -> Mention | None:
        """'哪些减少过拟合的方法' (which methods that reduce overfitting): a wh-word right before the cue, and the cue's
        one object followed by a kg:MethodNoun. The object, whose methods the question asks for; else None."""
        if not any(h.in_set("WhQuestion") and h.end <= hit.start and hit.start - h.end <= 1 for h in s.hits):
            return None
        after = [m for m in s.mentions if m.start >= hit.end]
        if not after or s.text[hit.end : after[0].start].strip() or not self._names_methods(s, after[0]):
            return None
        return after[0]

    def _names_methods(self, s: Sentence, last: Mention) -> bool:
        after = s.text[last.end : last.end + 6].lstrip(" 的")
        return any(after.startswith(w) for w in self._method_nouns)

    def reduced_outcome(self, s: Sentence, last: Mention, limit: int) -> bool:
        """'hence leading to the computational costs being 9 times smaller', '导致过拟合的风险降低': a kg:ReducedOutcome
        word after the cause cue's object, before the clause ends, says the problem comes out smaller."""
        after = normalize(s.text[last.end : limit])
        # English: the amount is said to come out smaller through a form of 'be' (kg:BeVerb: 'being 9 times
        # smaller', 'to be less severe', 'that are smaller'), not by a phrase of its own ('with fewer samples');
        # Chinese: within a few characters ('的风险降低')
        words = re.findall(r"[a-z]+", re.split(r"[,;:]", after, maxsplit=1)[0])[:12]
        be = next((i for i, w in enumerate(words[:4]) if w in self._be_words), None)
        if be is not None and set(words[be + 1 :]) & self._reduced_outcome:
            return True
        return any(not w.isascii() and 0 <= after.find(w) <= 6 for w in self._reduced_outcome)

    def _method_named(self, s: Sentence, last: Mention) -> bool:
        """'使用 Sinusoidal Embedding 方法', '采用 Adam 策略': the kg:MethodNoun _names_methods finds comes right after
        the name, no 的 between: it is the name's own head noun (the Sinusoidal Embedding method)."""
        return self._names_methods(s, last) and not s.text[last.end : last.end + 6].lstrip().startswith("的")

    def _relative_clause(self, s: Sentence, last: Mention, limit: int, strict: bool = False) -> bool:
        """After the object, '的' and a noun that is no name: the verb phrase describes that noun.

        ``strict`` (the clause has its own subject): only when the noun is not itself a mention and
        the words before 的 are a modifier of the object ('进行调整的 CUTLASS'), not the object itself.
        """
        after = s.text[last.end : min(limit, len(s.text))]
        gloss = GLOSS_AFTER.match(after)  # "与随机森林（Random Forest）相似的策略": the bracket glosses the name
        if gloss and after[gloss.end() :].lstrip().startswith(tuple(self._frame_end)):
            last_end = last.end + gloss.end()
            after = after[gloss.end() :]
        else:
            last_end = last.end
        m = (
            re.match(r"\s*([\u3400-\u9fff]{0,6}?)的\s*([\u3400-\u9fff]{2}|[A-Za-z]{2,})", after)
            if strict
            else (re.match(r"\s*()的\s*([\u3400-\u9fff]{2})", after))
        )
        if not m or (m.group(2) in self._problem_nouns and not m.group(1).strip()):
            return False  # "梯度消失的问题" names the object as a problem; "Y 面临的问题" is what Y faces
        if m.group(2) in self._shortcoming_nouns and not m.group(1).strip():
            return False  # "解决 ReLU 的缺点": the verb's object is the name's weak points (kg:ShortcomingNoun)
        if normalize(m.group(1)).strip() in self._demonstrative:
            return False  # "使用 RMSProp、SGD 这样的优化器": the noun says what kind the objects are
        if strict:
            noun_at = last_end + m.start(2)
            if any(x.start == noun_at for x in s.mentions):
                return False  # "BN 的变体" names a mention: the head rule handles it
            if self._words.place_after.match(s.text[noun_at : noun_at + 6]):
                return False  # "运用到 Inception 的设计中": a place, not a noun the verb describes
            if any(h.in_set("Nominalizer") and last_end <= h.start <= noun_at for h in s.hits):
                return False  # "X 中添加 Y 的目的是什么": talk about the fact presupposes it
        return True

    def _scoped_before(self, s: Sentence, hit: Hit, floor: int, sets: tuple[str, ...]) -> bool:
        return any(h.end <= hit.start and h.start >= floor and any(h.in_set(n) for n in sets) for h in s.hits)

    def hedge_ending_cue_before(self, s: Sentence, hit: Hit) -> bool:
        """'TF-IDF is better than using a bag-of-words': a cue right before this one that ends in a kg:Hedge word
        ('is better than', '要比') makes the use what is compared, not what the subject does. The longer cue hides
        the hedge word from the hits."""
        for h in s.hits:
            if h.end > hit.start or s.text[h.end : hit.start].strip() or all(c.role == "set" for c in h.cues):
                continue
            text = normalize(s.text[h.start : h.end]).strip()
            last = text.rsplit(" ", 1)[-1]
            if any(w != text and (w == last if w.isascii() else text.endswith(w)) for w in self._hedge_words):
                return True
        return False

    def _guarded(self, s: Sentence, hit: Hit, limit: int) -> bool:
        """A kg:CueGuard phrase between the cue and the end of its object: '由 X 提出' is 'proposed by'."""
        group = self._group_after(s, hit.end, limit)
        after = group[-1].end if group else limit
        return any(
            h.in_set("CueGuard")
            and hit.end <= h.start
            and (h.start <= after or not s.text[after : h.start].strip(" 所"))
            for h in s.hits
        )

    @staticmethod
    def basis_names_noun(s: Sentence, hit: Hit) -> bool:
        """'基于模型的强化学习（Model-based RL）', '基于值函数的方法（如 DQN）': a Chinese kg:Basis word whose 'X 的 Y' closes
        at a bracket builds a noun phrase (model-based RL, value-based methods) the bracket names or gives examples
        of; it says what that thing is based on, not what the sentence's subject uses."""
        return CJK_CHAR.match(s.text[hit.start : hit.start + 1]) is not None and BASIS_NOUN.match(s.text, hit.end) is not None

    def _after_basis(self, s: Sentence, end: int) -> bool:
        """The earlier cue that ends at ``end`` is a kg:Basis word ('基于', 'based on'): the name after it is
        what a later verb works from, not who does it."""
        return any(h.end == end and h.in_set("Basis") for h in s.hits)

    def in_verb_object(self, s: Sentence, hit: Hit, floor: int) -> bool:
        """'Wanda 始终优于基于幅度的剪枝' (outperforms magnitude-based pruning): a Chinese cue right after another
        relation cue of the clause, with no name between, opens the noun phrase that verb takes as its object. So it
        does after a verb of removal (kg:AbsenceLead: '移除了基于 sparse voxel 的后端' removes a back end, uses none)."""
        if not CJK_CHAR.match(s.text[hit.start : hit.start + 1]):
            return False
        if self._removal_before.search(s.text, floor, hit.start):
            return True
        previous = [
            h for h in s.hits
            if floor <= h.start and h.end <= hit.start and any(c.role in ("cue", "inverseCue", "pairCue") for c in h.cues)
        ]
        if not previous:
            return False
        last = previous[-1]
        gap = s.text[last.end : hit.start].strip()
        return not gap and not any(last.end <= m.start < hit.start for m in s.mentions)

    def _previous_cue_end(self, s: Sentence, hit: Hit, floor: int) -> tuple[int, int | None]:
        """Where the last relation cue before this one ends in the clause, if a mention stands between them,
        and None; or, when a kg:VerbCoordination word joins the two verb phrases ('X adopted A and incorporated
        B', 'X 使用 A 并采用 B'), the floor and where that earlier cue starts: both verbs have the clause's
        subject, named before the first verb or not at all ('We use a batch size of 256 and use X': the
        batch size does not use X)."""
        end = floor
        previous: Hit | None = None
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
            if previous is not None and (
                gap in self._verb_coordination
                or self._purpose_then_joined(gap)
                or self._step_then_joined(gap)
                # "使用 BN 进行归一化后使用 ReLU": the step may hold a name of its own (归一化); the gap runs from the
                # first verb's object
                or (len(between) > 1 and self._step_then_joined(normalize(s.text[between[0].end : hit.start]).strip()))
                or self.coordinated_verb(gap)
                or self._coordinated_auxiliary(gap)
                or self._parallel_verb_gap.search(gap) is not None
                or (self._means_gerund(gap, s, hit) and not any(c.role == "inverseCue" for c in previous.cues))
            ):
                return floor, previous.start
            if previous is not None and self.kind_relative(s, previous, gap):
                return floor, None
            return end, None
        if between:
            verb = self._earlier_verb_object(s, between[-1], floor, hit)
            if verb is not None:
                return floor, verb
        return floor, None

    @staticmethod
    def _means_gerund(gap: str, s: Sentence, hit: Hit) -> bool:
        """'DeepLabv3+ extends DeepLabv3 by employing an encoder-decoder structure', 'X differs from Y by using Z': a
        gerund cue right after 'by' and the earlier verb's object names how the earlier verb's doer does it; that
        doer, not the object, does the gerund (an active verb's: after a passive one, 'VGG is outperformed by ResNet
        by using Z', the name before the verb is what is done to, and the caller leaves it)."""
        cue, words = s.text[hit.start : hit.end], gap.split()
        by = words == ["by"] or (len(words) == 2 and words[0] == "by" and words[1].endswith("ly"))  # 'by simply using'
        return by and cue.isascii() and cue.lower().endswith("ing")

    def _earlier_verb_object(self, s: Sentence, m: Mention, floor: int, hit: Hit) -> int | None:
        """'Song (2021) improved the DDPM model and introduced DDIM': a name right after an English past-tense verb
        or an infinitive ('to then throw away the') that is no cue is that verb's object, and a kg:VerbCoordination word after it ('and')
        joins the next verb to the same subject; where that earlier verb starts, or None."""
        gap = normalize(s.text[m.end : hit.start]).replace(",", " ").split()
        if gap and gap[0] in self._head_nouns:
            gap = gap[1:]  # 'the DDPM model and': the name's head noun
        if " ".join(gap) not in self._verb_coordination:
            return None
        verb = self._past_verb_before.search(s.text, floor, m.start) or self._infinitive_verb_before.search(
            s.text, floor, m.start
        )  # 'The idea is to then throw away the decoder and use just the encoder'
        return verb.start() if verb is not None else None

    def _purpose_then_joined(self, gap: str) -> bool:
        """'方法使用图卷积捕获空间依赖并使用 RNN': after the first verb's object, a Chinese verb phrase of what it is
        for and then a kg:VerbCoordination word (并): the next verb is joined to the first, with its subject (not
        after a head noun of the object alone: '使用 Seq2seq 模型并采用 LSTM')."""
        if not gap or CJK_CHAR.fullmatch(gap[0]) is None or " " in gap:
            return False
        joined = next((w for w in self._verb_coordination if CJK_CHAR.match(w) and gap.endswith(w) and len(gap) > len(w)), None)
        # '使用 Seq2seq 模型并采用 LSTM': a head noun of the name is no phrase of its own; the model adopts LSTM
        return joined is not None and gap[: -len(joined)] not in self._head_nouns

    def _step_then_joined(self, gap: str) -> bool:
        """'通过 sigmoid 转换为概率分布后通过交叉熵计算损失': after the first verb's object, a Chinese verb phrase closed
        by a kg:StepCloser (后, 之后) ends one step; the next verb is the same doer's next step, not the object's
        ('在 ReLU 之后使用 BN' has no verb phrase before 之后, '在 U-Net 的最后一层之后' is a place)."""
        if not gap or CJK_CHAR.fullmatch(gap[0]) is None or " " in gap:
            return False
        if gap.startswith(tuple(self._attributive)) or gap in self._sequence_connectives:
            return False  # '在 U-Net 的最后一层之后添加…': a place after a part of the name; '然后' is a plain 'then'
        closer = next((w for w in self._step_closers if gap.endswith(w) and len(gap) >= len(w) + 2), None)
        return closer is not None and gap[: -len(closer)] not in self._head_nouns

    def kind_relative(self, s: Sentence, kind: Hit, gap: str) -> bool:
        """'Sourdough is a type of Leavened Bread that uses Yeast Powder': after an English 'a kind / type /
        variant of X' cue, a relative clause ('that …', 'which …') describes the kind the subject is (Sourdough),
        not X, so the clause's subject does the relative clause's verb."""
        text = normalize(s.text[kind.start : kind.end])
        return gap in self._relative_pronouns and text.isascii() and text.startswith(self._kind_openers)

    def item_bounds(self, s: Sentence, hit: Hit, floor: int, limit: int) -> tuple[int, int] | None:
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

    def _coordinated_auxiliary(self, gap: str) -> bool:
        """'Random forests are built on decision trees and can provide another way to address over-fitting': the
        words after the first verb's object open with a kg:VerbCoordination word and a kg:FiniteAuxiliary, so a
        second verb phrase of the same subject starts there, however many words it takes to reach the cue; the
        decision trees address nothing. A phrase may close the first object before them ('uses the ideas from
        Q-learning in the continuous domain and is a method based on DPG')."""
        words = gap.split()
        return any(
            w in self._verb_coordination and nxt in self._finite_auxiliaries for w, nxt in zip(words, words[1:])
        )

    def coordinated_verb(self, gap: str) -> bool:
        """'DeepFM use FM instead of LR in the wide part and use concatenation of embeddings …': between the
        first verb's object and the cue, the words end with a kg:VerbCoordination word, so the cue opens a
        second verb phrase of the same subject; the name in the first phrase (FM) does not do the second verb.
        A Chinese word must be two characters or more here ('并且', '同时'): one character ends other words
        (合并, 偿还). Adverbs that deny nothing may follow the word ('… path and just uses the encoder')."""
        gap = self._without_trailing_adverbs(gap)
        for word in self._verb_coordination:
            if word.isascii():
                if gap.endswith(" " + word):
                    return True
            elif len(word) >= 2 and gap.endswith(word):
                return True
        return False

    def _sentence_subject(self, s: Sentence, clause: tuple[int, int], causing: bool = False) -> str | None:
        """'RNN 在处理长期依赖时会遇到困难，…会造成梯度消失': a clause without a subject continues the sentence's.
        ``causing``: the clause says what leads to a problem, which a problem opening the sentence may do
        ('Catastrophic forgetting is …, potentially leading to overfitting')."""
        if clause[0] == 0:
            return None
        if self.list_item_after_bare_name(s, clause):
            return None  # "…, gradient clipping, and using better weight initialization": items of a list
        for earlier in reversed([c for c in s.clauses if c[1] <= clause[0]]):
            opening = [m for m in s.mentions if earlier[0] <= m.start < earlier[1]]
            if not opening:
                continue
            lead = self._without_cause(normalize(s.text[earlier[0] : opening[0].start]).strip(" \t\u200b*`"))
            if lead in self._instruments and earlier[0] > 0 and any(m.start < earlier[0] for m in s.mentions):
                # "X 使用的是 A，使用了 B 和 C，去掉了 D": a later 'uses B' clause goes on with X, its subject; B does
                # not become the subject of the clauses after it (only an opening 'using B' phrase makes B one)
                continue
            if lead and earlier[0] > 0 and self._verb_first(s, earlier, opening[0]) and any(
                m.start < earlier[0] for m in s.mentions
            ):
                # "XGBoost 加入了正则项，控制模型复杂度，防止过拟合": a clause that opens with its verb has no subject of
                # its own; it goes on with the sentence's, and so does the clause after it
                continue
            if lead in self._instruments and earlier[0] == 0 and self._opens_with_instrument(s, clause):
                # "使用 RM 作为优化目标，利用 PPO 微调 SFT 模型": two 'using' phrases side by side share one doer, not B;
                # what B brings about ('Implement early stopping …, preventing overfitting') still has B as subject
                return None
            if lead and lead not in self._instruments:
                return None
            if self._is_problem(opening[0].concept) and not (causing and earlier[0] == 0):
                return None
            if lead and self.opens_sequence(s, clause):
                return None  # "使用 BN 来训练，然后使用 Dropout": 'then' goes on with who used BN, not with BN
            if self._possessor_only(s, opening[0], earlier[1]):
                return None  # "编码器的输出被传递到解码器，使用交叉注意力": the output (unknown) is the subject
            if self.on_setting(s, opening[0], earlier[0]):
                return None  # "CMRC 2018上的阅读理解任务蒸馏，并使用 DRCD": the data set is where, not who
            if self._value_after_name.match(s.text, opening[0].end):
                return None  # "…均值为0，方差为1的正态分布，避免发生梯度消失": a quantity given its value does not act
            if self._used_in_own_clause(s, earlier, opening[-1]):
                return None  # "Sigmoid函数就不能使用了，此时往往使用Softmax": Sigmoid is what is (not) used, no user
            if not lead and self._continues_object_list(s, earlier, opening[0]):
                continue  # "…采用了BERT，RoBERTa或者XLNet…，同时使用KNN": more things used; the doer comes before them
            return opening[0].concept
        return None

    def list_after_comma(self, s: Sentence, last: Mention, cend: int) -> list[Mention]:
        """'VGG uses ReLU, Dropout and BN', '结合了IN,LN,BN': a comma ends the clause (clause_bounds), yet the
        clauses after it may only go on with the list of objects. Each must open with a name and hold nothing
        but names and joining words (kg:Coordination; 'etc.', 等, kg:ListEnd, at the list's end), or
        end the list with at least two names joined inside it ('…, Dropout and BN to train faster'). A clause
        whose name is followed by anything else ('…, Dropout is applied later') opens a sentence of its own."""
        items: list[Mention] = []
        end = cend
        while s.text[end - 1 : end] in (",", "，") and not self._leftover(s.text[last.end : end - 1]):
            following = next((c for c in s.clauses if c[0] == end), None)
            if following is None or not self._opens_with_name(s, following[0]):
                break
            names = self._group_after(s, following[0], following[1], head=False)
            rest = s.text[names[-1].end : following[1]]
            if self._parallel_relative(s.text, cend, following[1]):
                break
            if not self._leftover(rest.rstrip(",，")):
                items += names
                last, end = names[-1], following[1]
                continue
            if len(names) >= 2:
                items += names
            break
        return items

    def _parallel_relative(self, text: str, cend: int, item_end: int) -> bool:
        """'two methods are compared: Mult-VAE, which is based on VAE, and GRMF, which smooths MF': the cue's clause is
        a relative clause after a comma, and the next comma's name opens one of its own: that name is the next item
        of the list the first name stood in, not one more object of the cue."""
        after = re.match(r"\s*([A-Za-z]+)", text[item_end:])
        if after is None or after.group(1).lower() not in self._relative_pronouns:
            return False
        return self._comma_relative.search(text, 0, cend) is not None

    def _leftover(self, text: str) -> bool:
        """Words left beside a list's names besides markup, a full stop and a kg:ListEnd ('etc.', 等)."""
        rest = normalize(text).strip(" \t\u200b*_`.。;；")
        return bool(rest) and rest not in self._list_end

    def _opens_with_name(self, s: Sentence, at: int) -> bool:
        """A name opens the text at ``at`` (after spaces, markup and a kg:Coordination word): the next item of a list."""
        first = next((m for m in s.mentions if m.start >= at), None)
        if first is None:
            return False
        gap = normalize(s.text[at : first.start]).strip(" \t\u200b*_`")
        return not gap or gap in self._coordination

    def origin_of_non_problem(self, s: Sentence, hit: Hit, effect: str) -> bool:
        """The cause cue is part of a kg:OriginCue word ('UDR 来源于 DPR') and what comes from the other name is no
        problem: the sentence says where a method, a name or an idea comes from, not what causes it."""
        origin = self._origin_cue.search(s.text, 0, hit.end)  # a word that ends where the cue does and holds it
        return origin is not None and origin.start() <= hit.start and not self._is_problem(effect)

    def _continues_object_list(self, s: Sentence, clause: tuple[int, int], first: Mention) -> bool:
        """'选用相似的句子采用了BERT，RoBERTa或者XLNet这类语义模型，…，同时使用KNN': the clause opens with the next items
        of the list of objects a verb cue began in the clause before (list_after_comma); its first name is one
        more thing used, not the subject of the clauses after it."""
        before = next((c for c in s.clauses if c[1] == clause[0]), None)
        while before is not None:
            # back over the list's other items ('…采用了WB，SD，RYE，…') to the clause whose verb began it
            names = [m for m in s.mentions if before[0] <= m.start and m.end <= before[1]]
            if not names:
                return False
            if any(
                h.end <= names[-1].start and before[0] <= h.start and any(c.role == "cue" for c in h.cues) for h in s.hits
            ):
                return any(m.start == first.start for m in self.list_after_comma(s, names[-1], before[1]))
            before = next((c for c in s.clauses if c[1] == before[0]), None)
        return False

    def _used_in_own_clause(self, s: Sentence, clause: tuple[int, int], last: Mention) -> bool:
        """The clause closes with a 'uses' verb after its last name and nothing after the verb but a particle
        (kg:PhraseEndParticle: 'Sigmoid 函数就不能使用了', 'BN 可以直接使用'): the name is the thing used, put first as
        the topic, not one that uses."""
        return any(
            last.end <= h.start and h.end <= clause[1] and any(c.role == "cue" and c.target == KG.uses for c in h.cues)
            and not "".join(ch for ch in s.text[h.end : clause[1]] if ch not in self._phrase_end).strip(" \t。.,，;；!！")
            for h in s.hits
        )

    def _verb_first(self, s: Sentence, clause: tuple[int, int], first: Mention) -> bool:
        """The clause opens with a relation cue (after spaces and punctuation) that ends before its first name."""
        return any(
            h.end <= first.start
            and not s.text[clause[0] : h.start].strip(" \t\u200b,，、;；*_`")
            and any(c.role in ("cue", "inverseCue") for c in h.cues)
            for h in s.hits
            if clause[0] <= h.start
        )

    def _opens_with_instrument(self, s: Sentence, clause: tuple[int, int]) -> bool:
        """The clause opens with a word of the instruments' kind ('利用 PPO …', 'using Adam …')."""
        words = normalize(s.text[clause[0] : clause[1]]).lstrip(" \t,，、;；*_`")
        # an English word must end where the cue does ('using Adam', not 'usefulness'); a Chinese one need not
        return any(
            words.startswith(w) and not (w.isascii() and words[len(w) : len(w) + 1].isalpha()) for w in self._instruments
        )

    def list_item_after_bare_name(self, s: Sentence, clause: tuple[int, int]) -> bool:
        """The clause opens with a coordination word ('and using X', '以及使用 X') right after a clause that is
        a name and nothing else: the clauses are items of a list, so the name does not do what the item says."""
        before = next((c for c in s.clauses if c[1] == clause[0]), None)
        if before is None:
            return False
        lead = normalize(s.text[clause[0] : clause[1]]).lstrip(" \t,，、;；").split(" ")[0]
        if lead not in self._coordination and not self._verb_joined_to_list(s, clause, before, lead):
            return False
        rest = s.text[before[0] : before[1]]
        for m in sorted((m for m in s.mentions if before[0] <= m.start and m.end <= before[1]), key=lambda m: -m.start):
            rest = rest[: m.start - before[0]] + rest[m.end - before[0] :]
        return rest != s.text[before[0] : before[1]] and not re.sub(r"[(（][^()（）]*[)）]", "", rest).strip(" \t,，、;；*_`")

    def _verb_joined_to_list(self, s: Sentence, clause: tuple[int, int], before: tuple[int, int], lead: str) -> bool:
        """'用 Numpy 实现 RNN, LSTM，并基于 COCO 实现 …': a Chinese verb phrase opened by a kg:VerbCoordination word
        (并) after a name-only clause that goes on a list of names the clause before it ended with: the names are
        the earlier verb's objects, and the joined verb phrase has that verb's subject, not the list's last name."""
        if not CJK_CHAR.match(lead[:1]) or not any(lead.startswith(w) for w in self._verb_coordination if CJK_CHAR.match(w)):
            return False
        prior = next((c for c in s.clauses if c[1] == before[0]), None)
        if prior is None:
            return False
        tail = s.text[prior[0] : prior[1]].rstrip(" \t,，、")
        return any(m.end == prior[0] + len(tail) for m in s.mentions)

    def _without_cause(self, lead: str) -> str:
        """'因为 使用 LRN 不能提高…，徒增计算量': a kg:Cause word before the opening verb gives the reason, and
        what the reason uses is still what the next clause speaks of."""
        for word in self._cause_words:
            if lead.startswith(word):
                return lead[len(word) :].strip(" \t,，")
        return lead

    @staticmethod
    def _owns(s: Sentence, owner: Mention, owned: Mention) -> bool:
        """'X 在 A 的 B 基础上…': A only says whose B it is (A 的 B, A's B), so A is not the subject of
        the phrase B closes; the subject is a name before them, or none kg knows."""
        return re.fullmatch(r"\s*(的|'s|’s)\s*", s.text[owner.end : owned.start]) is not None

    def owner_in_object(self, s: Sentence, hit: Hit, clause: tuple[int, int], subject: str) -> bool:
        """'## RNN' › '解决循环神经网络的梯度消失问题，通常是使用 LSTM', 'addressing the vanishing gradients of
        RNNs': the sentence names the topic itself after a cue, as the owner of what the cue acts on ('X 的 Y',
        "X's Y", 'Y of X'). The topic is what has the problem or the part; a reader does not make it the doer
        of a verb whose subject the clause leaves unsaid, nor of the next clause's ('…问题，通常是使用 LSTM')."""
        cue_ends = [h.end for h in s.hits if h.end <= hit.start and any(c.role == "cue" for c in h.cues)]
        acted_on = min(cue_ends, default=hit.end)
        for m in s.mentions:
            if m.concept != subject or not acted_on <= m.start < clause[1]:
                continue
            if self._possessive_after.match(s.text, m.end, clause[1]):
                return True
            if self._genitive_before.search(s.text, acted_on, m.start) and any(
                acted_on <= x.start and x.end <= m.start for x in s.mentions
            ):
                return True  # "the vanishing gradient problem of RNNs": a name kg knows, then 'of' the topic
        return False

    def possessed_opening(self, s: Sentence) -> Mention | None:
        """The name that opens the sentence's first clause when that clause is about something the name owns and kg
        does not know ('Sigmoid的导数…', '编码器的输出…')."""
        if not s.clauses:
            return None
        first = s.clauses[0]
        opening = next((m for m in s.mentions if first[0] <= m.start < first[1]), None)
        if opening is None or s.text[first[0] : opening.start].strip(" \t\u200b*_`-•>"):
            return None
        return opening if self._possessor_only(s, opening, first[1]) else None

    def _possessor_only(self, s: Sentence, m: Mention, end: int) -> bool:
        """'编码器的输出被传递到…': the clause opens with 'name 的 noun' where kg does not know the noun; the
        name only owns the clause's subject, so a later clause without a subject does not continue the name."""
        after = POSSESSED.match(s.text, m.end, end)
        if after is None:
            return False
        return not any(x.start == after.start(1) for x in s.mentions)

    def _wh_follows(self, s: Sentence, hit: Hit, has_object: bool) -> bool:
        after = s.text[hit.end :]
        offset = hit.end + len(after) - len(after.lstrip(" 了"))
        if any(h.start == offset and h.in_set("WhQuestion") for h in s.hits):
            return True
        # English: "Which normalisation does ResNet use?" (the wh-word comes first)
        return not has_object and any(
            h.in_set("WhQuestion") and h.end <= hit.start and s.text[h.start : h.end].isascii() for h in s.hits
        )

    def _wh_before(self, s: Sentence, hit: Hit, floor: int) -> bool:
        """'What replaced X?': the clause opens with a wh-word and no mention stands before the cue."""
        return any(
            h.in_set("WhQuestion")
            and floor <= h.start
            and not s.text[floor : h.start].strip(" 0123456789.、")
            and h.end <= hit.start
            and not [m for m in s.mentions if h.end <= m.start and m.end <= hit.start]
            for h in s.hits
        )

    @staticmethod
    def how_to_use(s: Sentence, hit: Hit, floor: int) -> bool:
        """'How to use BERT?', '如何使用 BN？': the wh-word before the cue asks how (kg:HowTo), a way for the reader;
        'What replaced the RNN?' asks who, and its answer names the doer."""
        return any(h.in_set("HowTo") and floor <= h.start and h.end <= hit.start for h in s.hits)

    def kind_owner(self, s: Sentence, head: Mention, hit: Hit, cstart: int) -> Mention | bool | None:
        """'CircleNet is a CNN inspired by CenterNet', 'It is an Encoder-Decoder architecture inspired by CenterNet': a
        participle cue (kg:ReducedRelative) right after the name a kg:Definition phrase leads to (a kind noun between
        at most) describes that kind phrase, which is what the sentence's subject is: the subject is inspired by
        CenterNet, not the kind. A citation in brackets after the kind, or a comma between the kind phrase's
        adjectives ('a model-free, off-policy actor-critic algorithm (cite) based on DQN'), leaves the frame. The
        subject's mention; False when the subject is no name (a pronoun: the reading is dropped rather than given to
        a kind of architecture); None when the frame does not hold, or when the pronoun's kind is a model ('It is a
        VGG network based on BatchNorm': a VGG network, what is said of it is said of VGG)."""
        cue = normalize(s.text[hit.start : hit.end]).split()
        if not cue or cue[0] not in self._reduced:
            return None
        # 'an actor-critic algorithm (Lillicrap et al., 2016) based on DQN': a bracketed aside (a citation) is no
        # word of the kind phrase
        if any(w not in self._kind_nouns for w in normalize(_ASIDE.sub(" ", s.text[head.end : hit.start])).split()):
            return None
        lead = s.text[cstart : head.start]
        phrase = max(self._definition.finditer(lead), key=lambda p: p.start(), default=None)  # the last one
        if phrase is None:
            # 'DDPG is a model-free, off-policy actor-critic algorithm based on DQN': the comma between two
            # adjectives opened the clause; the phrase stands in the clause before
            cstart = max((a for a, b in s.clauses if b <= cstart), default=cstart)
            lead = s.text[cstart : head.start]
            phrase = max(self._definition.finditer(lead), key=lambda p: p.start(), default=None)
            if phrase is None or not re.fullmatch(r"[\w\s-]+,[\w\s-]+", lead[phrase.end() :]):
                return None
        if len(lead[phrase.end() :].split()) > 3:
            return None  # at most three words of description between the phrase and the kind
        at = cstart + phrase.start()
        if any(at <= m.start and m.end <= head.start for m in s.mentions):
            return None  # another name inside the kind phrase
        owner = next((m for m in reversed(s.mentions) if cstart <= m.start and m.end <= at), None)
        if owner is None or not re.fullmatch(r"[\s*_`]*(?:[(（][^()（）]*[)）])?[\s*_`]*", s.text[owner.end : at]):
            return None if self.classes.get(head.concept) == KG.Model else False
        return owner

    def one_side_of_choice(self, s: Sentence, cue_at: int, m: Mention) -> bool:
        """'逻辑回归是回归模型还是分类模型？', '在计算距离时是使用 L1 norm 还是 L2 norm': the object, a kg:ChoiceWord right after
        it, is one side of a choice the sentence asks about (a question mark follows) or leaves open (是 before the
        verb at ``cue_at``): neither side is stated."""
        if self._choice_after.match(s.text, m.end) is None and self._choice_before.search(s.text, 0, m.start) is None:
            return False  # (the name after the choice word is the other side: '是线性模型还是非线性模型？')
        after = s.text[m.end :]
        if "？" in after or "?" in after:
            return True
        return s.text[max(0, cue_at - 3) : cue_at].rstrip().endswith("是")

    def _after_wh(self, s: Sentence, m: Mention) -> bool:
        """'Which activation function …': a mention right after a wh-word is a placeholder."""
        return any(h.in_set("WhQuestion") and h.end <= m.start and not s.text[h.end : m.start].strip() for h in s.hits)

    def _nominal(self, s: Sentence, hit: Hit) -> bool:
        """'Dropout层的引入', 'the use of', 'the most commonly used X': a cue used as a noun or an adjective."""
        cue = s.text[hit.start : hit.end]
        if cue.isascii() and cue.endswith(self._participle_suffixes):
            lead = s.text[max(0, hit.start - 40) : hit.start].lower().split()
            words = len(lead)
            while lead and (lead[-1].endswith(self._adverb_suffixes) or lead[-1] in self._participle_modifiers):
                lead.pop()
            if lead and lead[-1] in self._nominal_prefix:
                return True
            if len(lead) < words and lead and self._attributive_after_adverb(s, hit, lead):
                return True  # 'a popular and widely used surrogate model', 'two other frequently used kernels'
        for h in s.hits:
            if h.in_set("NominalPrefix") and not s.text[h.end : hit.start].strip() and h.end <= hit.start:
                if hit.start - h.end <= 1 and not self._manner_de(s, h, hit):
                    return True
        return False

    def _attributive_after_adverb(self, s: Sentence, hit: Hit, lead: list[str]) -> bool:
        """'two other frequently used kernels', 'a popular and widely used surrogate model': a participle after an
        adverb, with a name right after it, describes that name when a noun phrase has begun before the adverb — a
        determiner, a number or a group word ('other', 'popular'), perhaps an adjective and 'and' between; a pronoun
        or a relative ('It successfully used X', 'the network that originally used X') keeps the verb."""
        opener = lead[-1]
        if len(lead) >= 2 and opener in self._gerund_joins and lead[-2] in self._phrase_openers:
            opener = lead[-2]  # 'a popular and widely used': a group adjective joined to the participle
        if opener not in self._phrase_openers and not opener.isdigit():
            return False
        return any(m.start == hit.end + 1 and s.text[hit.end] == " " for m in s.mentions)

    def _manner_de(self, s: Sentence, de: Hit, hit: Hit) -> bool:
        """'可以有效的避免过拟合', 'DenseNet 有效的降低了过拟合': 的 written for 地 after a kg:MannerAdverb makes an adverb,
        and the cue is the verb — when 了 or a name follows it right away ('更有效的替代方案' is a noun)."""
        if s.text[de.start : de.end] != "的" or not s.text[: de.start].endswith(self._manner_adverbs):
            return False
        after = s.text[hit.end :].removeprefix("了").lstrip()
        at = len(s.text) - len(after)
        return any(m.start == at for m in s.mentions)

    def _answer_objects(self, first: Sentence) -> list[str]:
        if not first.mentions:
            return []
        return [m.concept for m in self._group_after(first, first.mentions[0].start, len(first.text) + 1)]

    def _present_day(self, s: Sentence, clause: tuple[int, int]) -> bool:
        """The clause, or the sentence it is in, opens with a kg:PresentDayAdverb ('Nowadays, we …')."""
        return self._starts_with(s, clause[0], "PresentDayAdverb") or (
            clause[0] > 0 and self._starts_with(s, 0, "PresentDayAdverb")
        )

    def _hypothetical(self, s: Sentence, clause: tuple[int, int]) -> bool:
        """The clause, or the sentence it is in, opens with a kg:Hypothetical or a kg:PresentDayAdverb: no fact
        about the section's topic."""
        return self._present_day(s, clause) or self._starts_with(s, clause[0], "Hypothetical") or (
            clause[0] > 0 and self._starts_with(s, 0, "Hypothetical")
        )

    def _nominalized(self, s: Sentence, hit: Hit, limit: int) -> bool:
        group = self._group_after(s, hit.end, limit)
        after = group[-1].end if group else hit.end
        eases = any(c.role == "cue" and c.target == KG.mitigates for c in hit.cues)
        return any(
            h.start == after or (h.start > after and not s.text[after : h.start].strip())
            for h in s.hits
            if h.in_set("Nominalizer")
            # "解决 ReLU 的缺点": what a remedy eases is the name's weak points, the verb's object ('使用 BN 的缺点' is talk)
            and not (eases and s.text[h.start : h.end].lstrip("的") in self._shortcoming_nouns)
        )

    def _implicit_subject(
        self, s: Sentence, clause: tuple[int, int], implicit: str | None, how: str, previous: str | None
    ) -> tuple[str | None, str]:
        """The subject of a clause that names none: an earlier clause, the sentence before, or the topic."""
        if self._hypothetical(s, clause):
            return None, how
        if self._expletive.match(s.text, clause[0]):
            return None, how  # "It is also possible to use a Bidirectional LSTM": a dummy 'it', no doer
        if self._purpose.match(s.text, clause[0]):
            # "为了缓解过拟合，Dropout 被提出": the purpose is the doer's that opens the next clause
            following, main = self._next_clause_opening(s, clause[1])
            if following is not None:
                if main is not None and not s.text[following[0] : main.start].strip(" \t,，*_`"):
                    return main.concept, "sentence"
                if main is not None and self._words.people_apply.fullmatch(s.text[following[0] : main.start]):
                    # "To address overfitting, we use dropout": what the people apply is what serves the purpose
                    return main.concept, "sentence"
        for name, pick in (("Pronoun", 0), ("Anaphora", -1)):
            if not self._starts_with(s, clause[0], name):
                continue
            if name == "Anaphora" and self._determiner(s, clause[0]):
                return None, "pronoun"  # 'This toy dataset is part of scikit-learn': the dataset, not the name before
            if name == "Anaphora" and self._words.proposition_this.match(s.text, clause[0]):
                return None, "pronoun"  # 'This is the reason for using X': 'this' is what the sentence before said
            before = next((c for c in s.clauses if c[1] == clause[0]), None)
            earlier = [m for m in s.mentions if before and before[0] <= m.start and m.end <= clause[0]]
            if earlier and self.compared_aside(s, before):
                # "Unlike Rye Bread, it uses …", "与 X 不同，它使用 …": 'it' is not the name compared against
                if previous == UNNAMED:
                    return None, "pronoun"
                return (previous, "pronoun") if previous is not None else (implicit, how)
            if earlier and name == "Pronoun" and before is not None and self._opens_copula(s, before):
                # "长短期记忆网络，是 RNN 的扩展，其通过…": the clause before says what its subject is; 其 is that
                # subject, said in the clause before it, not the name in what it is said to be
                prior = next((c for c in s.clauses if c[1] == before[0]), None)
                said = [m for m in s.mentions if prior and prior[0] <= m.start and m.end <= before[0]]
                return (said[0].concept, "pronoun") if said else (None, "pronoun")
            if earlier and name == "Anaphora" and len(earlier) > 1 and self._relative_after_kind(s, clause, earlier[-1]):
                return earlier[0].concept, "pronoun"  # "TD is a class of model-free methods, which combines …"
            if earlier and name == "Pronoun" and before is not None and self._not_first_subject(s, before[0], earlier[0]):
                return None, "pronoun"  # "Once SEATS has identified an ARIMA model…, it uses …": 'it' is SEATS
            if earlier:
                return earlier[pick].concept, "pronoun"
            if clause[0] == 0 and previous == UNNAMED:
                return None, "pronoun"  # the sentence before was about a name kg does not know: 'it' is that name
            if clause[0] == 0 and previous is not None:
                return previous, "pronoun"  # "它/It/这 …" opening a sentence: what the sentence before was about
            return (implicit, how) if clause[0] == 0 and name == "Pronoun" else (None, how)
        return implicit, how

    def purpose_partners(self, s: Sentence, clause: tuple[int, int], subject: str) -> list[str]:
        """The names coordinated with ``subject`` when a purpose clause took it as its doer from the clause after
        it (_implicit_subject): 'To address overfitting, we use dropout and data augmentation' names two doers."""
        if not self._purpose.match(s.text, clause[0]):
            return []
        following, main = self._next_clause_opening(s, clause[1])
        if following is None or main is None or main.concept != subject:
            return []
        group = self._group_after(s, main.start, following[1], head=False)
        if len(group) < 2 or re.sub(r"[\s*_`。.;；,，!！、等etc]+", "", s.text[group[-1].end : following[1]]):
            return []  # 'we use dropout and ResNet performs better': the list must end the clause, objects of one verb
        return [m.concept for m in group[1:] if m.concept != subject]

    _LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")

    def _determiner(self, s: Sentence, start: int) -> bool:
        """'This toy dataset is available as part of scikit-learn', '这个序列包含…': the demonstrative opening the clause
        goes with a noun of its own, and the clause is about that noun, not the name of the sentence before. A
        pronoun 'this' is followed by its verb: a finite auxiliary, an adverb (kg:PassiveAdverb), a verb cue or a
        word ending like a verb ('This leads to', 'This is done'); a kind noun after '这个/这一' ('这一方法') is the
        name before again, as kg:Pronoun's '这个方法' is."""
        latin = self._demonstrative_latin.match(s.text, start)
        if latin is not None:
            word = latin.group(1).lower()
            if word in self._verb_companions or word.endswith(("s", "ed", "ly")):
                return False
            return not any(h.start == latin.start(1) and any(c.role != "set" for c in h.cues) for h in s.hits)
        cjk = self._demonstrative_cjk.match(s.text, start)
        if cjk is not None:
            rest = s.text[cjk.end() :]
            return not rest.startswith(self._kind_heads) and not any(m.start == cjk.end() for m in s.mentions)
        return False

    def _not_first_subject(self, s: Sentence, start: int, first: Mention) -> bool:
        """The first name kg knows in the clause a pronoun looks back to is not that clause's subject: before it, after
        the clause's opening word ('Once', 'When', '虽然'), stands a content word ('Once SEATS has identified an ARIMA
        model…', 'Once the model has identified an ARIMA model…') or a verb cue ('虽然模型使用了 ARIMA'). The pronoun
        then stands for what the clause is about, a name or noun kg does not know, not the known name after it."""
        if any(start <= h.start and h.end <= first.start and any(c.role != "set" for c in h.cues) for h in s.hits):
            return True
        words = self._LATIN_WORD.findall(s.text, start, first.start)
        for word in words[1:]:
            if word.isupper():
                # in capitals, only a very common word ('NOTE', 'ALL') is shouted; a rarer one is an acronym ('SEATS')
                if common_words().zipf_en(word.lower()) < SHOUTED_ZIPF:
                    return True
            elif common_words().zipf_en(word.lower()) < FUNCTION_ZIPF:
                return True
        return False

    def demonstrative_after_object(self, s: Sentence, last: Mention, cue_at: int, floor: int) -> bool:
        """'it stacks the outputs from parallel conv blocks - that's similar to ensembles': an English 'this' or 'that'
        and a copula between the name and the cue, after a name that a kg:Preposition governs (at most two modifiers
        between), point back at what was done, not at that name ('which' right after a name is the name's)."""
        if not DEMONSTRATIVE_SUBJECT.search(s.text, last.end, cue_at):
            return False
        words = re.findall(r"[A-Za-z]+", s.text[max(floor, last.start - 40) : last.start])[-3:]
        return any(w.lower() in self._prepositions for w in words)

    def _relative_after_kind(self, s: Sentence, clause: tuple[int, int], last: Mention) -> bool:
        """'TD Learning is a general class of model-free methods, which combines MC and DP': the clause opens with
        a kg:RelativePronoun and the name before it is the X of 'is a … class / kind / type of X'. The relative
        clause describes the member the subject is, so its doer is the sentence's subject, not X."""
        lead = normalize(s.text[clause[0] : clause[1]]).lstrip(" \t,，").split(" ", 1)[0]
        if lead not in self._relative_pronouns:
            return False
        return self._kind_of_before.search(s.text, 0, last.start) is not None

    def _opens_copula(self, s: Sentence, clause: tuple[int, int]) -> bool:
        """The clause opens with a kg:Copula ('，是 RNN 的扩展，'): it has no subject of its own."""
        lead = s.text[clause[0] : clause[1]].lstrip(" \t,，、;；")
        return any(lead.startswith(w) for w in self._copulas)

    def _opens_plural(self, s: Sentence, cstart: int, limit: int) -> bool:
        """The clause opens with a kg:PluralPronoun, perhaps after a joining word ('…, but both use')."""
        for h in s.hits:
            if cstart <= h.start < limit and h.in_set("PluralPronoun"):
                lead = " ".join(normalize(s.text[cstart : h.start]).strip(" \t*_`").split())
                return not lead or lead in self._verb_coordination
        return False

    def _quantified(self, s: Sentence, m: Mention, floor: int) -> bool:
        """A kg:Quantifier ('some', 'certain', '有些') opens the clause's subject: nothing before it in the clause,
        or only a word that opens a clause ('… so powerful that some Transformers incorporate …'). After a verb
        ('it also has some regularization effects') it quantifies an object, not the subject."""
        lead = " ".join(normalize(s.text[floor : m.start]).strip(" \t\u200b*_`,，").split())
        if (" " + lead).endswith(self._member_phrases):
            return True  # "alternate forms of attention that don't use Softmax": some forms of it, not attention
        for q in self._quantifiers:
            if lead == q:
                return True
            if lead.endswith(" " + q):
                before = lead[: -len(q) - 1].split(" ")[-1]
                return before in self._clause_openers
        return False

    def _quantified_group_subject(self, s: Sentence, clause: tuple[int, int], hit: Hit) -> bool:
        """'Most model architectures normalize layer outputs using LayerNorm', 'Some bakeries bake loaves using WB':
        an English clause that opens with a kg:GroupQuantifier or kg:Quantifier and a plural noun kg does not know
        names its own subject, a group of things; the section's topic is not the doer (a run-in label before a colon,
        'A key consideration: most …', is no subject). A pronoun before the cue ('Most importantly it uses …', 'Most
        frameworks train it using …') still speaks of the topic."""
        gap = s.text[clause[0] : hit.start]
        if not gap.isascii() or any(clause[0] <= m.start < hit.start for m in s.mentions):
            return False
        words = normalize(gap[gap.rfind(":") + 1 :]).strip(" \t*_`,").split()
        if any(w.strip(",.;") in self._object_pronouns or w in self._pronoun_words for w in words):
            return False
        for q in self._group_quantifiers | self._quantifier_words:
            size = len(q.split())
            if " ".join(words[:size]) != q or len(words) < size + 2:
                continue
            # the group's noun: a plural word right after the quantifier, or after modifiers ('model architectures')
            nouns = words[size : size + 3]
            if any(w.isalpha() and w.endswith("s") and not w.endswith(("ss", "ly")) for w in nouns) and nouns[0] != "of":
                return True
        return False

    def _plural_referents(self, s: Sentence, clause: tuple[int, int]) -> list[str]:
        """'解码器（decoder）和编码器（encoder）非常类似，两者都使用自注意力': 'both' stands for the names coordinated
        in the clause before (an aside in brackets after each may stand between). None when that clause
        coordinates no two names: then 'both' refers to something kg cannot tell."""
        before = next((c for c in s.clauses if c[1] == clause[0]), None)
        if before is None:
            return []
        names = [m for m in s.mentions if before[0] <= m.start and m.end <= before[1] and not inside_brackets(s.text, m.start, before[1])]
        for i, first in enumerate(names):
            group = [first]
            for m in names[i + 1 :]:
                gap = re.sub(r"[(（][^()（）]*[)）]", "", s.text[group[-1].end : m.start])
                if normalize(gap).strip(" *_`") not in self._coordination:
                    break
                group.append(m)
            concepts = unique([m.concept for m in group])
            if len(concepts) >= 2:
                return [c for c in concepts if not self._is_problem(c)]
        return []

    @staticmethod
    def _close(s: Sentence, start: int, end: int) -> bool:
        """A contrast joins the names right beside it: at most three words ('instead of a full X', '问题而不是')
        between a name and the contrast, not a phrase of its own ('instead of a single vector containing X')."""
        gap = s.text[start:end]
        return len(re.findall(r"[A-Za-z0-9]+", gap)) <= 3 and len(CJK_CHAR.findall(gap)) <= 6

    def _degree_reading(self, s: Sentence, hit: Hit, first: Mention | None) -> bool:
        """'本身比较稀疏' (rather sparse), 'relatively deep': a pair cue that is also a degree adverb (kg:DegreeAdverb)
        glued to the one name after it modifies that word, and so does one that opens a short modifier ending in 的
        before the name ('比较灵活的 value function', a rather flexible value function); a comparison needs its
        two sides around it ('A 与 B 比较', '比较 A 和 B'). Glued to any Chinese word but a particle of the verb
        ('比较独特的东西是 NSP', a rather special thing), it says 'rather' too (kg:CompareVerbFollower), and so it does
        with no name after it ('A 和 B 都比较小', both rather small)."""
        word = normalize(s.text[hit.start : hit.end]).strip()
        if word not in self._degree_words:
            return False
        if first is None:
            # '的比较如下' (the comparison is as follows): after 的 the word is the noun 'comparison'
            glued = s.text[hit.end : hit.end + 4]
            noun = s.text[:hit.start].rstrip().endswith("的")
            return bool(CJK_CHAR.match(glued)) and not glued.startswith(self._after_compare_verb) and not noun
        glued = s.text[hit.end : first.start]
        if CJK_CHAR.match(glued) and not glued.startswith(self._after_compare_verb):
            return True
        gap = glued.strip()
        return not gap or modifier_gap(gap)

    def distributive_doer(self, s: Sentence, last: Mention, hit: Hit) -> bool:
        """A kg:DistributivePronoun right before the cue, after the last name ('…, one using X, another using Y'):
        the pronoun is the doer, one of several things the sentence leaves unnamed."""
        gap = " ".join(normalize(s.text[last.end : hit.start]).replace(",", " ").split())
        return any(gap == w or gap.endswith(" " + w) or (CJK_CHAR.match(w) and gap.endswith(w)) for w in self._distributive)

    def degree_modifier_before(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """'比较流行的当属 A 和 B', '比较常用的有 A、B': a pair cue that is also a degree adverb, glued to a short word
        closed by 的 (kg:AttributiveMarker), says 'rather' (rather popular) of a noun or of the names listed after it; '比较 A 和 B' and
        '比较了 A 和 B' compare them (kg:CompareVerbFollower after the verb)."""
        if normalize(s.text[hit.start : hit.end]).strip() not in self._degree_words:
            return False
        glued = s.text[hit.end : first.start]
        # closed by a kg:AttributiveMarker within a few characters ('流行的')
        closed = min((i for i in (glued.find(w) for w in self._attributive if not w.isascii()) if i > 0), default=-1)
        return bool(CJK_CHAR.match(glued)) and not glued.startswith(self._after_compare_verb) and 0 < closed <= 4

    def _side_before(self, s: Sentence, before: list[Mention], hit: Hit) -> bool:
        """'A 与 B 比较接近': a kg:SidePreposition right before the last name ahead of the cue makes that name the
        other side of a comparison, whatever adverb reading the cue could have."""
        if not before:
            return False
        lead = s.text[: before[-1].start].rstrip()
        return lead.endswith(self._side_prepositions)

    def _kind_after_basis(self, s: Sentence, hit: Hit, first: Mention) -> bool:
        """'A 是一种基于 X 的 Y': in a definition the cue's phrase closes with 的, and what follows is the kind
        A is (Y, or its name in brackets), never what A is based on or uses."""
        return "的" in s.text[hit.end : first.start]

    def _target_marked(self, s: Sentence, m: Mention, floor: int) -> bool:
        """'对最后的卷积层使用 GAP', '对特征图进行池化': 对 (kg:TargetMarker) marks the name after it, with at most a
        few modifying characters between, as what the verb works on, not who does it; the doer is the
        sentence's subject or topic. 对 inside a word (相对, 对比, 对应) marks nothing; after an adverb ('单独对',
        '并对') it marks."""
        lead = s.text[max(floor, m.start - 8) : m.start]
        for marker in self._target_markers:
            at = lead.rfind(marker)
            if at < 0:
                continue
            start = m.start - len(lead) + at
            if not self._marker_alone(s.text, start, marker):
                continue  # "相对", "针对", "对比", "对于": another word (kg:NotTargetMarker)
            gap = s.text[start + len(marker) : m.start]
            if not CLAUSE_MARK.search(gap) and not any(x.end <= m.start and x.start >= start for x in s.mentions):
                return True
        return False

    def unknown_name_side(self, s: Sentence, cstart: int, cue_at: int) -> bool:
        """'**BERT_LARGE**比GPT高出8.3%': the clause opens, right before a Chinese comparison cue, with one Latin-script
        word kg does not know and that is no everyday word: that name is the side compared, not the section's
        topic."""
        lead = s.text[cstart:cue_at].strip(" \t\u200b*_`-•>")
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_.+-]*[A-Za-z0-9]", lead) or not CJK_CHAR.match(s.text[cue_at : cue_at + 1]):
            return False
        return not common_words().is_common(lead) and not any(cstart <= m.start < cue_at for m in s.mentions)

    def _article_name_subject(self, s: Sentence, cstart: int, limit: int) -> bool:
        """'The Generator is identical to the SRResNet', 'Then the Discriminator uses …': a clause whose subject is
        'the' (or 'a') and a capitalised word kg does not know. English capitalises an ordinary noun after an
        article only when it is a name (the Generator of this paper), so the clause is about that name, not
        the section's topic, even when the word is an everyday one."""
        m = self._words.article_name.match(s.text, cstart, limit)
        return m is not None and not any(x.start <= m.start(1) < x.end for x in s.mentions)

    def _opens_with_unknown_name(self, s: Sentence) -> bool:
        """The sentence opens with a capitalised name (or a link's text) that kg does not know and that is no
        everyday word ('Donut is…', '[Donut](…) is…'), or with any capitalised word kg does not know right before
        'is' ('_Mosaic_ is an efficient augmentation strategy proposed by YOLOv3.'): it is about that name, and an
        'it' in the next sentence is that name, not the last one this sentence mentions."""
        m = OPENING_NAME.match(s.text)
        if m is not None and not common_words().is_common(m.group(1)):
            return not any(x.start <= m.start(1) < x.end for x in s.mentions)
        pair = OPENING_TITLE_PAIR.match(s.text)
        if pair is not None and common_words().zipf_en(pair.group(1).lower()) < FUNCTION_ZIPF:
            # 'Metaphor Systems has a suite of filters …': capitals on an everyday word mid-name make a proper name
            return not any(x.start < pair.end(2) and pair.start(1) < x.end for x in s.mentions)
        c = COPULA_SUBJECT.match(s.text)
        if c is None or common_words().zipf_en(c.group(1).lower()) >= 6.0:
            return False  # 'This is', 'There are', 'It was': function words, not a name
        if any(h.in_set("Pronoun") and h.start <= c.start(1) < h.end for h in s.hits):
            return False
        return not any(x.start <= c.start(1) < x.end for x in s.mentions)

    def _operated_part(self, target: str) -> bool:
        """What 'X 应用于 Y' names as Y can take X into its make-up only when kg knows Y as a part or a
        design (a layer, a module), not a whole model nor a name of unknown kind ('GPT-J')."""
        return self.classes.get(target) not in (None, KG.Model, KG.Concept)
