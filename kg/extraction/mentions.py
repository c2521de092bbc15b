"""mentions: text → concept mentions, with one Aho-Corasick automaton.

Matching is case-insensitive, longest match first, and respects word
boundaries for Latin script (``BN`` does not fire inside ``BNN``, ``ReLU``
not inside ``PReLU``); CJK text has no spaces, so CJK ends need no boundary.
Terms the lexicon does not know enter as *discovered* concepts when the notes
make them one: a section heading, a bold term, an acronym or CamelCase word.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import math
import os
import re
import tempfile
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import ahocorasick

from kg.extraction.structure import DOLLAR_CLOSE, DOLLAR_OPEN, question_pattern, reference_heading
from kg.model import ALIAS_HOWS, DiscoveredConcept, Document, Mention, Span
from kg.terms import CONCEPT_NS, KG, local_name
from kg.text import WORD_CHARS, language_of, normalize, slug, without_emoji_codes
from kg.vocab import Vocabulary

_ACRONYM = re.compile(
    # a version after the hyphen keeps its decimals: "OPT-1.3B", "GPT-3.5" (not "OPT-1")
    # a capitalised word hyphened to capitals names one thing: "Post-LN", "Non-IID"
    # an accented Latin letter is part of the word too: "TÜLU" holds no acronym "LU"
    # capitals hyphened to a word before them end that word's name: "transformer-XL" holds no acronym "XL"
    # a middle dot between letters joins one name: "DALL·E" holds no acronym "DALL"
    r"(?<![A-Za-z0-9_\u00c0-\u024f])(?<![A-Za-z0-9][-·])([A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z]{2,}[0-9]*|[A-Z][a-z]+(?=-[A-Z]{2}))(?:-[A-Za-z0-9]+(?:\.[0-9]+[A-Za-z]*)?)?(?![A-Za-z0-9_\u00c0-\u024f]|·[A-Za-z0-9])"
)
# a heading's number: '2.3', '第三章', 'A.', 'II.A.' or 'II.A.1.' (an outline's Roman and letter levels, before a
# capital: 'I.E. the model' is 'i.e.'), a Roman level of two letters or more before a word ('III. Methodology', 'IV.
# Results'), 'Q3:'
_HEADING_NOISE = re.compile(
    r"^\s*(?:(?:第\s*[0-9一二三四五六七八九十百]+\s*个?|[0-9]+(?:\.[0-9]+)*(?![0-9/A-Za-z×*^+\-])|[一二三四五六七八九十百]+(?=\s*[章节.、)）:：,，]))\s*(?:[章节]|[.、)）:：,，])?|[IVX]{1,4}\.[A-Z]\.(?:\d+\.)?(?=\s+[A-Z0-9\u3400-\u9fff])|[IVX]{2,4}\.(?=\s+[A-Z0-9\u3400-\u9fff])|[A-Za-z]\d*[.:)]|[QqＱ]\d+[.:：]?)\s*"
    r"|\s*[:：?？。.]\s*$"
)
_EDGE = " \t:：-—–_·,，、;；/|()（）[]【】《》<>\"'“”‘’*`"
_SUBTITLE = re.compile(r"\s*(?:：|:\s)")
# "DeepLabv3 as Encoder": X seen as Y; not 'as used in', 'as in', 'as well as', 'as described by' (X where another uses it)
_SEEN_AS = re.compile(r"\s+as\s+(?!(?:well|in|of|for|to|with|by|on|at|if|though|such|per|from)\b)(?![a-z]+ed\b)", re.IGNORECASE)
# emoji and pictographs ('🔥', '⭐', '✅', '📌'), with their variation selectors and joiners: a heading's decoration
_PICTOGRAPHS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3]+")
# 'pylearn2.models.vae.VAE', 'torch.nn.functional': a program's module or class path
_CODE_PATH = re.compile(r"^`?[a-z_]\w*(?:\.[\w{},]+){2,}`?$")
# 'Lecture 6: Actor-Critic Algorithms', 'Generative Models 1: VAE', 'Figure 4: Transformer Architectures': a label and a
# number before the colon number a part of a series (HeadingReader._part_label says which labels)
_NUMBERED_PART = re.compile(r"^([A-Za-z][A-Za-z' -]{0,40}?)\s+\d+(?:\.\d+)*\s*(?:：|:\s)\s*(\S.*)$")
_SENTENCE_PUNCT = re.compile(r"[。，,;；!?！？]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _is_lower_abbreviation(alias: str) -> bool:
    """'lr', 'bs': a short lower-case alias with no vowel is an abbreviation, not a word; written in
    capitals the same letters usually abbreviate something else ('LR' for logistic regression)."""
    return alias.isascii() and alias.isalpha() and alias.islower() and len(alias) <= 4 and not set(alias) & set("aeiouy")


def _alias_how(how: str) -> str:
    """How a found name that joins another concept is recorded: a tie by initials stays one (it is local to its
    file, abbreviation_files); anything else is an alias."""
    return how if how == "initials" else "alias"


# how common a name the notes use counts as a word when a reader weighs cutting the text around it (Zipf): '不过拟合'
# reads 不/过拟合 (过拟合 a word of the notes, though no word list holds it), '主流模型' still 主流/模型
NAME_AS_WORD = 2.5


def _piece_score(zipf: float) -> float:
    """log10 of a word's frequency (Zipf − 9), as CommonWords.segment_zh scores each piece of a cut; a piece the
    list lacks counts as Zipf 1."""
    return (zipf or 1.0) - 9


def _cut_score(words: list[str], name_zipf: float | None = None) -> float:
    """The log-likelihood CommonWords.segment_zh gives a cut into ``words`` (and, with ``name_zipf``, one word more
    that frequent after them: the name read whole)."""
    score = sum(_piece_score(common_words().zipf_zh(w)) for w in words)
    return score if name_zipf is None else score + _piece_score(name_zipf)


# "Grouped-Query Attention", "Multi-Query Attention": a word of two capitalised parts joined by a hyphen, then a space;
# not a verb's form ('Fine-Tuning BERT', 'Pre-Trained BERT' do something to the name)
_TITLE_HYPHEN_BEFORE = re.compile(r"(?<![\w\-])[A-Z][a-z]+-[A-Z][a-z]+(?<!ing)(?<!ed) $")

class Matcher:
    """Finds concept mentions in text; build once, use for every item."""

    def __init__(
        self,
        terms: Iterable[tuple[str, str]],
        common_words: Iterable[str] = (),
        count_prefixes: Iterable[str] = (),
        compound_tails: Iterable[str] = (),
        words: MentionWords | None = None,
        notes_from: int | None = None,
    ) -> None:
        """``notes_from``: the index in ``terms`` where the names the notes made start (the lexicon's come first)."""
        self.words = words or mention_words()
        self._count_prefixes = frozenset(normalize(w).strip() for w in count_prefixes)
        self._compound_tails = frozenset(normalize(w).strip() for w in compound_tails)
        self._automaton = ahocorasick.Automaton()
        self.concept_of: dict[str, str] = {}
        self._acronyms: set[str] = set()  # keys of all-capitals aliases ("IN", "BN")
        self._lower_abbreviations: set[str] = set()  # keys of lower-case abbreviations ("lr")
        self._common = {normalize(w) for w in common_words}
        self._everyday_acronyms: set[str] = set()  # keys of capitals that spell an everyday word ("MAP", "EM")
        self._everyday_plurals: set[str] = set()  # keys of capitals whose plural spells an everyday word ("TRIE")
        everyday = _everyday_words()
        self._latin_names: dict[str, list[str]] = {}  # concept → its Latin-script keys ("encoder")
        self._notes_keys: set[str] = set()  # keys of the names the notes made (not the lexicon's)
        for index, (text, concept) in enumerate(terms):
            text = text.strip()
            key = normalize(text)
            if text.isascii() and text.isupper():
                self._acronyms.add(key)
                # the notes' own capitals that spell a word ('SUM', 'COMBINE' in a formula) are that word in lower
                # case; the lexicon's acronyms only when the word is very common ('cnn' still names CNN)
                notes = notes_from is not None and index >= notes_from
                floor = CommonWords.EN_LOWER_NOTES_ACRONYM if notes else CommonWords.EN_LOWER_ACRONYM
                if text.isalpha() and everyday.zipf_en(key) >= floor:
                    self._everyday_acronyms.add(key)
                if text.isalpha() and everyday.zipf_en(key + "s") >= floor:
                    self._everyday_plurals.add(key)  # 'tries' is the verb, not two TRIEs
            elif text.isascii() and text.isalpha() and any(c.isupper() for c in text[1:]) and not text.isupper():
                # a mixed-case name that spells a word ('BiT' big transfer, 'RoPE'): the word in lower case
                # ('16-bit', 'a rope') is the word; the floors are those of capitals
                notes = notes_from is not None and index >= notes_from
                floor = CommonWords.EN_LOWER_NOTES_ACRONYM if notes else CommonWords.EN_LOWER_ACRONYM
                if everyday.zipf_en(key) >= floor:
                    self._everyday_acronyms.add(key)
                if everyday.zipf_en(key + "s") >= floor:
                    self._everyday_plurals.add(key)
            elif _is_lower_abbreviation(text):
                self._lower_abbreviations.add(key)
            if len(key) < 1 or key in self.concept_of:
                continue  # first claim wins: the lexicon is added before discovered terms
            if notes_from is not None and index >= notes_from:
                self._notes_keys.add(key)
            self.concept_of[key] = concept
            if key.isascii() and _LATIN_HEAD.fullmatch(key):
                self._latin_names.setdefault(concept, []).append(key)
            self._automaton.add_word(key, (len(key), concept))
        for key, concept in list(self.concept_of.items()):
            # 'EM 距离' and 'EM距离', 'BN 层' and 'BN层': at a Latin–Chinese boundary notes write a space or none (the
            # lexicon's names; a name the notes made is matched as they write it)
            variant = _boundary_variant(key) if key not in self._notes_keys else None
            if variant and variant not in self.concept_of:
                self.concept_of[variant] = concept
                self._automaton.add_word(variant, (len(variant), concept))
            # 'YOLO v3' and 'YOLO-v3' are the lexicon's YOLOv3: a version tag is written glued to the name or apart
            spaced = _VERSION_GLUED.sub(r"\1 \2", key) if key not in self._notes_keys else key
            if spaced != key and spaced not in self.concept_of:
                self.concept_of[spaced] = concept
                self._automaton.add_word(spaced, (len(spaced), concept))
        self._empty = not self.concept_of
        if not self._empty:
            self._automaton.make_automaton()
        self._sorted_keys = sorted(self.concept_of)
        self._cjk_words: dict[str, bool] = {}  # _inside_cjk_word's answers: a build asks about few words, often
        # one-word lower-case names ('attention', 'dropout'): heads a capitalised modifier can make a kind of
        self.word_keys = frozenset(k for k in self.concept_of if re.fullmatch(r"[a-z]{3,}", k))

    def keys_opening_with(self, key: str) -> list[str]:
        """The known names (normalised keys) that start with ``key``: a bisection, not a scan of thousands."""
        keys = self._sorted_keys
        i = bisect.bisect_left(keys, key)
        out = []
        while i < len(keys) and keys[i].startswith(key):
            out.append(keys[i])
            i += 1
        return out

    def _in_compound(self, norm: str, start: int, end: int) -> bool:
        """An acronym hyphenated to a word that names no concept ("pre-ln", "ln-free"); not one followed by a word
        that says something is based on it ("lstm-based model": a model built on the LSTM, which is mentioned)."""
        left = _HYPHENED_BEFORE.search(norm[max(0, start - 20) : start])
        right = _HYPHENED_AFTER.match(norm[end : end + 20])
        if right is not None and right.group(1) in self.words.basis_words:
            right = None
        return any(side is not None and normalize(side.group(1)) not in self.concept_of for side in (left, right))

    def _inside_cjk_word(self, norm: str, start: int, end: int) -> bool:
        """A Chinese name whose one or two characters before it make a longer everyday word with it
        (wordfreq knows "轻量化", "数量化", "反卷积"): the text says that word, not the name. A longer word
        the lexicon knows is matched on its own (longest match), so it never gets here."""
        if not _CJK.match(norm[start : start + 1]):
            return False
        for size in (1, 2):
            if start - size < 0 or not _CJK_ONLY.fullmatch(norm[start - size : start]):
                break
            word = norm[start - size : end]
            known = self._cjk_words.get(word)
            if known is None:
                known = word not in self.concept_of and common_words().known_zh(word)
                if len(self._cjk_words) < WordList.SEEN:
                    self._cjk_words[word] = known
            if known:
                return True
        return self._straddled_by_word(norm, start, end)

    def _straddled_by_word(self, norm: str, start: int, end: int) -> bool:
        """'主流模型' (mainstream model) holds '流模型' (flow model): cut into words as a reader cuts it (the word
        list's likeliest cut, CommonWords.segment_zh), the text is 主流/模型, and an everyday word (zipf ≥
        CommonWords.ZH) runs across the name's first character; '使用流模型' cuts 使用/流/模型 and names it. The cut
        must also be likelier than the text before the name followed by the name read whole as a word of the notes
        (NAME_AS_WORD): '太过拟合' is 太/过拟合, not 太过/拟合."""
        before = start
        while before > 0 and start - before < 3 and _CJK_ONLY.fullmatch(norm[before - 1 : before]):
            before -= 1
        window = norm[before:end]
        key = f"{window}\t{start - before}"
        straddled = self._cjk_words.get(key)
        if straddled is None:
            words, at, straddled = common_words().segment_zh(window), 0, False
            for word in words:
                if at < start - before < at + len(word):
                    # the word must end where one of the name's own words ends: '以下列主权重矩阵' cuts 主权/重, but
                    # 权重 is a word of the name (权重矩阵), which a reader keeps whole
                    inside = at + len(word) - (start - before)
                    own = _CJK_ONLY.match(norm, start, end)
                    ends, edge = set(), 0
                    for piece in common_words().segment_zh(own.group(0)) if own else ():
                        edge += len(piece)
                        ends.add(edge)
                    straddled = (
                        len(word) >= 2 and common_words().zipf_zh(word) >= CommonWords.ZH and (inside in ends or inside >= end - start)
                        and _cut_score(words) > _cut_score(common_words().segment_zh(norm[before:start]), NAME_AS_WORD)
                    )
                    break
                at += len(word)
            if len(self._cjk_words) < WordList.SEEN:
                self._cjk_words[key] = straddled
        return straddled

    def counted_compound(self, norm: str, start: int) -> bool:
        """'二分类', '单精度', '双线性插值': a count glued before a Chinese name (kg:CountPrefix) makes a longer
        term of another meaning; a longer name the lexicon knows was matched whole already."""
        return (
            start > 0
            and bool(_CJK.match(norm[start : start + 1]))
            and norm[start - 1] in self._count_prefixes
            and not (start > 1 and _CJK_ONLY.fullmatch(norm[start - 2 : start - 1]) and norm[start - 2] in self._count_prefixes)
        )

    def adjective_compound(self, text: str, norm: str, start: int, end: int) -> bool:
        """'depth-first', 'attention-free', 'channel-wise': a one-word lower-case name hyphened to a
        kg:CompoundTail word is an adjective of another meaning, not the name (``text`` keeps the hyphen
        that ``norm`` folds to a space)."""
        if text[end : end + 1] != "-" or not _LOWER_WORD.fullmatch(norm, start, end):
            return False  # (the hyphen first: one character to look at, and most names have none after them)
        tail = _HYPHEN_TAIL.match(text[end : end + 12])
        if tail is None:
            return False
        word = tail.group(1).lower()
        # 'token-mixing MLP', 'channel-mixing layer': the name is what the gerund after it acts on, and the compound
        # describes the noun that follows; the text speaks of that noun, not of the name (a known name the compound
        # spells, 'weight sharing', is matched whole before this is asked)
        if word in self._compound_tails:
            return True
        # the compound must go on to the noun it describes ('token-mixing MLP'); 'uses softmax-weighting.' or
        # 'dropout-masking of units' names the activity, done with the name
        follows = _NOUN_AFTER_COMPOUND.match(text, end + tail.end())
        return (
            follows is not None
            and _GERUND.fullmatch(word) is not None
            and common_words().zipf_en(word) >= CommonWords.EN_LOWER
        )

    def coordinated_compound(self, text: str, norm: str, start: int, end: int) -> bool:
        """'depth and breadth first', 'depth- and breadth-first', 'channel or spatial wise': two words joined by
        and/or share one kg:CompoundTail written once after the second; the first is that adjective too
        ('depth-first'), not the name it spells."""
        if not _LOWER_WORD.fullmatch(norm, start, end):
            return False
        tail = self.words.coordinated_tail.match(text, end)
        return tail is not None and tail.group(1).lower() in self._compound_tails

    def _hyphenated_name_continues(self, text: str, end: int) -> bool:
        """The name goes on past a hyphen with a capitalised word kg does not know ("DeepSpeed-Ulysses",
        "ZeRO-Offload", "Transformer-XL"): the mention is the first half of a longer proper name, a
        different thing. A known name after the hyphen ("Encoder-Decoder", "ZeRO-DP") or a lower-case
        word ("CNN-based", "ResNet-style") or a number ("ResNet-50") leaves the mention as it is.
        """
        right = _HYPHEN_NAME.match(text, end)
        return right is not None and normalize(right.group(1)) not in self.concept_of

    def covers(self, term: str) -> bool:
        """One known name spans the whole term ('ResNet' yes; '指数加权移动平均值' holds a name but is longer)."""
        found = self.find(term.strip())
        return len(found) == 1 and found[0].start == 0 and found[0].end == len(term.strip())

    def find(self, text: str, norm: str | None = None) -> list[Mention]:
        """Non-overlapping mentions, longest first, in text order (``norm``: normalize(text), if at hand)."""
        if self._empty or not text:
            return []
        norm = normalize(text) if norm is None else norm
        candidates: list[tuple[int, int, str]] = []
        lowered = ""  # the text in lower case, made once when an acronym needs it
        word, size = WORD_CHARS, len(norm)
        for end_index, (length, concept) in self._automaton.iter(norm):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and norm[start] in word and norm[start - 1] in word:
                continue
            if end < size and norm[end - 1] in word and norm[end] in word:
                if norm[end] == "e" and end + 2 <= size and _ES_PLURAL.fullmatch(norm, start, end + 2) and (end + 2 == size or norm[end + 2] not in word):
                    end += 1  # "mini-batches", "softmaxes", "focal losses": the 'e' of an -es plural, then its 's' below
                # English plurals: "residual connections", "GANs"
                if norm[end] == "s" and norm[end - 1].isalpha() and (end + 1 == size or norm[end + 1] not in word):
                    if norm[start : end + 1] in self.concept_of:
                        continue  # 'FNNs' is a name of its own here: its exact match, not 'FNN' + s, says which
                    if text[end : end + 1] == "S" and text[start:end].isupper():
                        continue  # 'DARTS' is a name of its own, not DART's plural: an acronym's plural is a small 's'
                    if norm[start:end] in self._everyday_plurals and text[start : end + 1].islower():
                        continue  # 'tries' is the everyday word, not the plural of the notes' TRIE
                    end += 1
                else:
                    continue
            key = norm[start:end].removesuffix("s") if norm[start:end] not in self.concept_of else norm[start:end]
            if start and text[start - 1] == "\\" and key in self._acronyms:
                continue  # '\pi' is the π of a formula, not the acronym PI ('\tanh' is tanh)
            if key in self._acronyms and key in self._common and not text[start:end].isupper():
                continue  # "in" is a word, "IN" is instance normalisation
            if key in self._everyday_acronyms and text[start:end].islower():
                continue  # 'map' in "attention map" is the word, not MAP (maximum a posteriori); "Pool" may be POOL
            if len(key) == 2 and key in self._acronyms and text[start].isupper() and text[start + 1].islower():
                continue  # 'Dm', 'Gm' are a symbol with its index (D_m, the weights of round m), not DM or GM
            if key in self._lower_abbreviations and not text[start:end].islower():
                continue  # "lr" is the learning rate; "LR" in capitals is another name (logistic regression)
            if key in self._acronyms and self._in_compound(lowered or (lowered := text.lower()), start, end):
                continue  # "Pre-LN" is not LN: a short name never swallows the longer one it is part of
            # (each check below first looks at the one character it needs: most hits are neither case)
            if start > 1 and text[start - 1] == " " and text[start : start + 1].isupper() and _TITLE_HYPHEN_BEFORE.search(text, max(0, start - 40), start):
                continue  # "Grouped-Query Attention" is no plain attention: a capitalised hyphened word opens a longer name
            if text[end : end + 1] == "-" and self._hyphenated_name_continues(text, end):
                continue  # "DeepSpeed-Ulysses" is not DeepSpeed, "ZeRO-Offload" is not ZeRO
            if text[end : end + 1] == "+" and plus_variant(text, end) and norm[start:end] + "+" not in self.concept_of:
                continue  # "DeepLabv3+", "U-Net++": a later variant named after the name, not the name
            if text[end : end + 1] == "." and _DOTTED_TAIL.match(text, end):
                continue  # "llama.cpp", "Transformers.js": a tool named after the name, not the name
            if text[end : end + 1] == "." and "." in text[start:end] and _PATH_GOES_ON.match(text, end):
                continue  # "torch.nn.CrossEntropyLoss": a code path's first parts, a class inside them, not the module
            if text[end : end + 1] == "." and start > 1 and text[start - 1] == "." and _dotted_segment(text, start, end):
                continue  # "sklearn.ensemble.VotingClassifier": a module in a code path, not the concept
            if text[end : end + 1] == "." and _PATH_GOES_ON.match(text, end) and _opens_code_path(text, start, end):
                continue  # "nn.Dropout()", "np.linalg": a lower-case module opening a code path; its last part is the name
            if text[end : end + 4] == " to " and text[start:end].islower() and self.words.heed_before.search(text, max(0, start - 30), start):
                continue  # "it pays too much attention to data": the everyday word of the idiom ('## Pay attention!' may pun)
            if start and norm[start] >= "\u3400" and self._inside_cjk_word(norm, start, end):
                continue  # "模型轻量化" holds "量化" but is about making models light, not quantization
            if end < size and norm[end] in self.words.device_suffixes and norm[end - 1] >= "\u3400":
                continue  # "判别器" is a discriminator, a device named after 判别, not 判别 (a longer known name matched whole)
            if start and norm[start] >= "\u3400" and self.counted_compound(norm, start):
                continue  # "二分类" is binary classification, not the 分类 the lexicon names
            if text[end : end + 1] == "-" and self.adjective_compound(text, norm, start, end):
                continue  # "depth-first search" is about no network depth
            if text[end : end + 2] in self.words.coordinated_starts and self.coordinated_compound(text, norm, start, end):
                continue  # "depth and breadth first": depth-first, as the hyphen would say
            candidates.append((start, end, concept))
        if len(candidates) > 1 and "-" in text:
            candidates = _without_tails_of_hyphenated(text, candidates)
        if self._notes_keys and len(candidates) > 2:
            candidates = self._without_names_breaking_known_pairs(norm, candidates)
        if candidates and ("(" in text or "（" in text):
            # "Super-Resolution Generative Adversarial Network (SRGAN)": a name inside an acronym's spelled-out
            # form is a word of that longer name, not a mention of its own
            spans = long_form_spans(text, self.words)
            if spans:
                candidates = [c for c in candidates if not _inside_long_form(c[0], c[1], spans)]
        if candidates:
            # "Enhanced Mask Decoder", "Disentangled Attention": a word of a longer name kg does not know
            while True:
                ends = {e for _, e, _ in candidates}
                kept = [c for c in candidates if not _in_title_name(text, c[0], c[1], ends)]
                if len(kept) == len(candidates):
                    break
                candidates = kept
        if len(candidates) > 1:
            candidates = self._without_tails_before_head_nouns(norm, candidates)
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(len(norm))
        chosen: list[Mention] = []
        for start, end, concept in candidates:
            if taken.find(1, start, end) >= 0:  # any of it taken (in C: ~4× any() over a slice)
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(Mention(start, end, concept, text[start:end]))
        chosen.sort(key=lambda m: m.start)
        chosen = self._translated_compounds(text, chosen)
        if len(text) > 4 and any(m.start > 2 for m in chosen):
            chosen = self._shared_head_names(text, chosen)
        return chosen

    def _without_tails_before_head_nouns(
        self, norm: str, candidates: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """'max pooling layer': 'pooling layer' is the tail of 'max pooling' and a kg:HeadNoun that only says what
        kind of thing max pooling is; the name is 'max pooling', though 'pooling layer' is longer."""
        heads = self.words.head_nouns
        # only a name ending in a head noun can be such a tail: most calls compare nothing (str.endswith takes the
        # whole tuple at once: this runs for every matched span of every sentence)
        endings = self.words.head_noun_endings
        tailed = {b for b in candidates if norm.endswith(endings, b[0], b[1])} if endings else set()
        if not tailed:
            return candidates
        return [
            b
            for b in candidates
            if b not in tailed
            or not any(a[0] < b[0] < a[1] < b[1] and norm[a[1] : b[1]].strip() in heads for a in candidates)
        ]

    def _shared_head_names(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """'L1 and L2 regularization', 'exploding or vanishing gradients', 'L1/L2 正则化', '最大和平均池化': a word
        joined (kg:SharedHeadJoin) right before a name shares that name's head, which is written once; the word
        names the head's other kind (L1 regularization, exploding gradients, 最大池化) when the lexicon or the
        notes know that name. A shorter name the word alone spelled ('L1') gives way to it.

        Only a known name counts: 'BN and LN layers' makes nothing ('BN layers' is no name).
        """
        out = list(chosen)
        for mention in chosen:
            if not text[max(0, mention.start - 24) : mention.start].rstrip().endswith(self.words.shared_head_join_words):
                continue
            join = self.words.shared_head_join.search(text, max(0, mention.start - 24), mention.start)
            if join is None:
                continue
            word, word_start = join.group(1), join.start(1)
            for head in self._heads(mention.surface):
                concept = next(
                    (self.concept_of[k] for k in _shared_head_keys(word, head) if k in self.concept_of), None
                )
                if concept is None or concept == mention.concept:
                    continue
                start = word_start
                if _CJK.match(word[-1:]):
                    # the Chinese word before the join: its shortest tail that makes the known name
                    start = next(
                        (word_start + i for i in range(len(word) - 1, -1, -1)
                         if any(self.concept_of.get(k) == concept for k in _shared_head_keys(word[i:], head))),
                        word_start,
                    )
                end = join.end(1)
                inside = [m for m in out if start <= m.start and m.end <= end]
                if any(m.start < end and start < m.end and m not in inside for m in out):
                    break  # the word is part of a longer name of its own
                out = [m for m in out if m not in inside]
                out.append(Mention(start, end, concept, text[start:end]))
                break
        out.sort(key=lambda m: m.start)
        return out

    @staticmethod
    def _heads(surface: str) -> list[str]:
        """The heads a name may share with a word before it, longest first: its words after the first ('exploding
        gradient problem' → 'gradient problem', 'problem'), or its Chinese tail after a Latin prefix ('L2 正则化' →
        '正则化'), or its Chinese tails of two characters or more ('平均池化' → '均池化', '池化')."""
        if _CJK.match(surface[:1]):
            return [surface[i:] for i in range(1, len(surface) - 1)]
        latin_prefix = _LATIN_PREFIX.match(surface)
        if latin_prefix is not None and latin_prefix.end() < len(surface):
            return [surface[latin_prefix.end() :]]
        words = surface.split()
        return [" ".join(words[i:]) for i in range(1, len(words))]

    def _without_names_breaking_known_pairs(
        self, norm: str, candidates: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """'RNN梯度爆炸': a name another note made ('RNN梯度', from a heading 'RNN梯度计算') that ends inside a
        known Chinese name (梯度爆炸, exploding gradients) gives way when the text before that name is a known
        name too (RNN): a reader sees two known names side by side, not the notes' name cutting the second in
        two. A notes' name whose head is no known name ('多头注意力机制') keeps its reading."""
        lexicon = [c for c in candidates if norm[c[0] : c[1]] not in self._notes_keys]
        if not lexicon:
            return candidates
        known_spans = {(s, e) for s, e, _ in lexicon}
        out = []
        for start, end, concept in candidates:
            if norm[start:end] in self._notes_keys and end < len(norm) and norm[end - 1] >= "\u3400":
                if any(s < end < e and start < s and (start, s) in known_spans for s, e, _ in lexicon):
                    continue
            out.append((start, end, concept))
        return out

    def _translated_compounds(self, text: str, chosen: list[Mention]) -> list[Mention]:
        """'Transformer编码器' is 'Transformer encoder', 'Xavier初始化' 'Xavier initialization': Latin words
        right before a Chinese name, read with that name's English label, make one known longer name.

        Only a name the lexicon or the notes already have counts; the compound is never made up.
        """
        out: list[Mention] = []
        for mention in chosen:
            latin = self._latin_names.get(mention.concept, []) if _CJK.match(mention.surface) else []
            before = _LATIN_RUN.search(text, max(0, mention.start - 60), mention.start) if latin else None
            if before is None:  # (a Latin name, or one with no English label: no search)
                out.append(mention)
                continue
            words = list(_LATIN_WORD.finditer(before.group(1)))
            compound = None
            for first in words:  # the longest run of words first
                start = before.start(1) + first.start()
                prefix = normalize(text[start : before.end(1)])
                concept = next((self.concept_of[f"{prefix} {e}"] for e in latin if f"{prefix} {e}" in self.concept_of), None)
                if concept is not None and all(m.end <= start or m.start >= start for m in out):
                    compound = Mention(start, mention.end, concept, text[start : mention.end])
                    break
            if compound is None:
                out.append(mention)
                continue
            while out and out[-1].start >= compound.start:
                out.pop()  # "Transformer" alone gives way to "Transformer编码器"
            out.append(compound)
        return out


_CJK_ONLY = re.compile(r"[\u3400-\u9fff]+")
_LATIN_PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]* ?(?=[\u3400-\u9fff])")  # 'L2 ' of 'L2 正则化'


def _shared_head_keys(word: str, head: str) -> tuple[str, ...]:
    """The lexicon keys 'word + head' may have: 'l1 regularization', 'l1 正则化' / 'l1正则化', '最大池化'."""
    if _CJK.match(head[:1]):
        return (normalize(word + head), normalize(f"{word} {head}"))
    key = normalize(f"{word} {head}")
    return (key, key.removesuffix("s"))


# Matcher.find's patterns, compiled once: it asks them of every hit of the automaton (~85k per MB of notes)
_HYPHENED_BEFORE = re.compile(r"([a-z0-9]+)-$")
_HYPHENED_AFTER = re.compile(r"-([a-z0-9]+)")
_LOWER_WORD = re.compile(r"[a-z]+")
# a name ending in s, x, z, ch or sh, then the 'es' of its plural ('batch' → 'batches', 'box' → 'boxes')
_ES_PLURAL = re.compile(r".*(?:[sxz]|ch|sh)es")
_HYPHEN_TAIL = re.compile(r"-([A-Za-z]+)")
_GERUND = re.compile(r"[a-z]{3,}ing")  # "mixing", "sharing": a verb's -ing form
_NOUN_AFTER_COMPOUND = re.compile(r"[ \t]+(?!(?:of|to|in|for|and|or|with|by|on|is|are|was|were|the|a|an)\b)[A-Za-z\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_TWO_CJK = re.compile(r" ?([\u3400-\u9fff]{2})")
_DOTTED_TAIL = re.compile(r"\.[a-z][a-z0-9]{0,5}(?![A-Za-z0-9])")  # ".cpp", ".js": a name's file-type tail


def _initials(label: str) -> str:
    """A known label as the letters an abbreviation of it opens with: a short label itself ('bp', 'adam'), or the
    first letters of a name of two words or more ('back propagation' → 'bp'); '' for a longer one-word name."""
    words = label.replace("-", " ").split()
    if len(words) == 1:
        return words[0] if len(words[0]) <= 5 else ""
    return "".join(w[0] for w in words if w[0].isalnum())


_ARTICLE_BEFORE_LOWER = re.compile(r"^[Tt]he (?=[a-z][a-z\-]+ [A-Za-z])")  # 'The exponential family'
_PATH_GOES_ON = re.compile(r"\.[A-Za-z_]")  # a dotted code path goes on past the name
_CODE_PATH_GOES_ON = re.compile(r"\.[A-Za-z_]\w*[.(]")  # ... and on past its next part: 'ensemble.VotingClassifier('
_PLUS_TAIL = re.compile(r"\+\+?(?![A-Za-z0-9+])")


def plus_variant(text: str, end: int) -> str:
    """'DeepLabv3+', 'U-Net++', 'K-means++': plus signs right after a name, no word after them, name a later
    variant of it, a different thing (DeepLabv3+ has the decoder DeepLabv3 lacks). Two always do; one only after a
    version number ('DeepLabv3+'), since 'BN+ReLU' and 'x_0+' add. The signs, or '' when they name no variant."""
    match = _PLUS_TAIL.match(text, end)
    if match is None:
        return ""
    if match.group(0) == "+" and not text[end - 1 : end].isdigit():
        return ""
    return match.group(0)


def _without_tails_of_hyphenated(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'a variant of the Q-Learning algorithm': a name that starts right after the hyphen of a hyphenated name kg
    knows ('Q-Learning') is the tail of that name run on ('Learning algorithm'), not a name of its own, however
    much longer it is."""
    spans = [(s, e) for s, e, _ in candidates]
    return [
        c
        for c in candidates
        if not (
            c[0] >= 2 and text[c[0] - 1] == "-" and text[c[0] - 2].isalnum()
            and any(s < c[0] < e for s, e in spans)
        )
    ]


def _opens_code_path(text: str, start: int, end: int) -> bool:
    """The name opens a dotted code path ('nn.Dropout()', 'np.linalg.norm', 'nn.Linear'): written in lower case, with no
    word or dot glued before it, and either short as a module's alias is or followed by a path that goes on (another
    dot, a call). A module named after the concept (torch.nn), not the concept. A sentence run on without a space
    keeps its name ('an ensemble.Dropout helps', 'BN.Then')."""
    if not text[start:end].islower() or (start and (text[start - 1].isalnum() or text[start - 1] in "._")):
        return False
    return end - start <= 3 or _CODE_PATH_GOES_ON.match(text, end) is not None


def _dotted_segment(text: str, start: int, end: int) -> bool:
    """The name sits between two dots of a code path ('sklearn.ensemble.VotingClassifier', 'torch.nn.init'): a
    package or module there, named after the concept, as a reader sees; the path's last part is what it names."""
    before, after = text[start - 2], text[end + 1 : end + 2]
    return (before.isalnum() or before == "_") and (after.isalpha() or after == "_")


_HYPHEN_NAME = re.compile(r"-([A-Z][A-Za-z]*)(?![A-Za-z0-9])")  # "-Ulysses", "-XL", "-Offload"
_LATIN_HEAD = re.compile(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*)?")  # "encoder", "batch normalization"
_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9_\-])([A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z][A-Za-z0-9\-]*){0,2}) ?$")
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
# a hyphenated word in title case ('Q-Learning', 'Actor-Critic') is shaped like ordinary words too: after another
# capitalised word it is the tail of a longer name ('Deep Q-Learning', 'Soft Q-Learning' are methods of their own)
_TITLE_HYPHENATED = re.compile(r"[A-Z][a-z]*(?:-[A-Z][a-z]{2,})+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z\-]*) $")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?。！？|:：\n#>*\-]\s*)$")


_BRACKET_ACRONYM = re.compile(r"[(（]\s*([A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*?)s?\s*[)）]")
_ACRONYM_THEN_BRACKET = re.compile(
    r"(?<![A-Za-z0-9\-])([A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*?)s?[*_`]*\s*(?:\[[^\]\s]{1,12}\])?\s*[(（]([^()（）]{5,120})[)）]"
)


class MentionWords:
    """The patterns of this module that hold words, built from the ontology's word sets once per vocabulary
    (Vocabulary.derived): the words live in ontology/kg.ttl, the shape of each phrase here."""

    def __init__(self, vocab: Vocabulary) -> None:
        joins = vocab.alternation("SharedTailJoin")
        # 'depth and breadth first', 'depth- and breadth-first': two words sharing one ending
        self.coordinated_tail = re.compile(rf"-? (?:{joins}) [a-z]+[- ]([A-Za-z]+)(?![A-Za-z\-])")
        # 'L1 and L2 regularization', 'L1/L2 正则化', '最大和平均池化': a word, then a join, then the next name
        join_words = sorted({w.strip() for w in vocab.cue_set("SharedHeadJoin")} - {""}, key=lambda w: (-len(w), w))
        spaced = "|".join(re.escape(w) for w in join_words if w[:1].isalpha() and w.isascii())  # 'and', 'vs.'
        glued = "|".join(re.escape(w) for w in join_words if not (w[:1].isalpha() and w.isascii()))  # '/', '和'
        self.shared_head_join = re.compile(
            rf"(?<![A-Za-z0-9\-])([A-Za-z][A-Za-z0-9\-]*|[\u3400-\u9fff]{{1,6}})(?:\s+(?:{spaced})\s+|\s*(?:{glued})\s*)$"
        )
        # what the text before a name must end with (spaces aside) for that pattern to match there: tested first,
        # since the pattern is tried at each of the 24 characters before every name
        self.shared_head_join_words = tuple(join_words) or ("",)
        self.coordinated_starts = tuple(" " + w[:1] for w in (t.strip() for t in vocab.cue_set("SharedTailJoin")) if w) + ("- ",)
        # 'LSTM-based': the word after the hyphen says what is built on the name (kg:BasisSuffix), the name stays
        self.basis_words = frozenset(t.strip(" -").lower() for t in vocab.cue_set("BasisSuffix"))
        # a word of a spelled-out acronym: capitalised, or one of the small words between ('Mixture of Experts')
        small = vocab.alternation("LongFormWord")
        self.long_form_word = re.compile(rf"[A-Z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*|{small}")
        self.long_form_run = re.compile(rf"(?:(?:{self.long_form_word.pattern})[ \t]+)+$")
        # a bracket that cites or points elsewhere, or holds only a number or a year
        marks, verbs = vocab.alternation("CitationMark"), vocab.alternation("CitationVerb")
        self.not_a_name = re.compile(
            rf"^\s*(?:\d{{4}}|[0-9.,%\s×x*+\-/]+)\s*$|{marks}|\bhttps?:|\b(?:{verbs})\b|\d{{4}}[)）]?$", re.IGNORECASE
        )
        # 'pays too much attention to': the idiom's everyday noun right after a kg:HeedVerb and two words at most
        self.heed_before = re.compile(rf"\b(?:{vocab.alternation('HeedVerb')})(?: [a-z]+){{0,2}} $", re.IGNORECASE)
        # '（K是主题数）': a bracket whose words hold a Chinese copula between two others states something, it names nothing
        self.bracket_statement = re.compile(rf"\S(?:{vocab.alternation('Copula', script='cjk')})\S")
        or_latin = vocab.alternation("AlternativeWord", script="latin")
        or_cjk = vocab.alternation("AlternativeWord", script="cjk")
        self.alternatives = re.compile(rf"[,，;；、]|\b(?:{or_latin})\b|{or_cjk}")  # '(BN or BatchNorm)'
        # '（Reinforcement learning，简称RL）': the word that says another name follows is no part of it
        latin_marker, cjk_marker = (vocab.alternation("AliasMarker", script=s) for s in ("latin", "cjk"))
        self.alias_marker = re.compile(rf"^(?:(?:{latin_marker})(?![A-Za-z])|{cjk_marker})\s*[:：]?\s*", re.IGNORECASE)
        self.particles = re.compile(vocab.alternation("NameBreakParticle"))
        # words a particle character may stand in and still break the run ('使用' before '拉格朗日乘子法'): function
        # words and the Chinese cues; in any other word ('非对称', '用户') the character is no particle
        self.breaking_words = frozenset(normalize(w).strip() for w in vocab.cue_set("FunctionWord")) | frozenset(
            normalize(c.text).strip() for c in vocab.cues if c.role != "set" and not c.text.isascii()
        )
        self.value_statement = re.compile(rf"(?:{vocab.alternation('ValueCopula')}|=)\s*-?[\d.]+\s*$")  # '学习率为 0.01'
        ly, ed, ing = (vocab.alternation(n) for n in ("AdverbSuffix", "ParticipleSuffix", "GerundSuffix"))
        self.adverb_or_hyphen_end = re.compile(rf"(?:{ly}|-)\s*$")
        self.participle_end = re.compile(rf"[a-z]{{3}}(?<!e)(?:{ed})$")  # 'shuffled', not 'speed'
        self.participle_word = re.compile(rf"[A-Z][a-z]{{3,}}(?<!e)(?:{ed})")  # 'Interleaved'
        self.hyphened_participle = re.compile(rf"[A-Za-z]+-[A-Za-z]+(?:{ed})")  # 'Fine-Grained'
        self.gerund_word = re.compile(rf"[A-Z][a-z]{{2,}}(?:{ing})")  # 'Exploring'
        self.gerund_suffixes = tuple(t.strip() for t in vocab.cue_set("GerundSuffix"))
        # '判别器', '采样器': a Chinese name with one of these glued after it is the device named after it
        self.device_suffixes = frozenset(t.strip() for t in vocab.cue_set("NameSuffix") if len(t.strip()) == 1 and _CJK.match(t.strip()))
        self.counts = frozenset(normalize(t).strip() for t in vocab.cue_set("CountPrefix"))
        numerals = "|".join(sorted((re.escape(t.strip()) for t in vocab.cue_set("Numeral")), key=len, reverse=True))
        self.count_end = re.compile(rf"(?:\d|{numerals})+\s*$")  # '2000 ', '三': a number right before
        self.measure_words = tuple(sorted((t.strip() for t in vocab.cue_set("MeasureWord")), key=len, reverse=True))
        self.ordinal_prefixes = tuple(t.strip() for t in vocab.cue_set("OrdinalPrefix"))
        self.head_nouns = frozenset(normalize(t).strip() for t in vocab.cue_set("HeadNoun"))
        self.head_noun_endings = tuple(h for h in self.head_nouns if h)

    def after_count(self, preceding: str, name: str) -> str:
        """'2000 个候选框', '三种归一化': a name that holds a number and a kg:MeasureWord starts after that word; the
        number and the measure word count the thing, and nothing before them is part of its name."""
        for at in range(len(name)):
            head, rest = name[:at], name[at:]
            lead = next((w for w in self.measure_words if rest.startswith(w)), "")
            count = self.count_end.search(preceding + head)
            ordinal = (preceding + head)[: count.start()].endswith(self.ordinal_prefixes) if count else False
            if lead and len(rest) > len(lead) + 1 and count and not ordinal:  # '第一类错误' is a name, counts nothing
                return rest[len(lead) :]  # '面包用到两种酵母': the run before the number is no part of the name either
        return name

    def counted_modifier(self, term: str) -> bool:
        """'二阶' (second-order), '多头' (multi-head), '多卡': a count (kg:CountPrefix) and one character say how
        many of something; a modifier of the noun after it, never a name, even with a translation in brackets."""
        n = normalize(term).strip()
        return len(n) == 2 and n[0] in self.counts and bool(_CJK.match(n[1]))


def mention_words(vocab: Vocabulary | None = None) -> MentionWords:
    """The word patterns of ``vocab``, or of the default ontology for a caller that has no vocabulary at hand."""
    from kg.vocab import default_vocabulary

    return (vocab or default_vocabulary()).derived("mention-word-patterns", MentionWords)


def _spells(words: list[str], acronym: str) -> bool:
    """The words spell the acronym: they open with its first letter and hold all its letters in order
    ('Importance Weighted Actor-Learner Architectures' spells IMPALA, 'Super-Resolution Generative
    Adversarial Network' SRGAN); two words at least, the first capitalised."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    if len(words) < 2 or len(letters) < 2 or not words[0][:1].isupper():
        return False
    flat = "".join(words).lower()
    return flat[:1] == letters[0] and _letters_in_order(flat, letters)


def _letters_in_order(text: str, letters: list[str]) -> bool:
    """Each of the letters found in the (lower-case) text after the one before it: an acronym's letters in
    its long form (Schwartz & Hearst)."""
    at = 0
    for c in letters:
        at = text.find(c, at) + 1
        if not at:
            return False
    return True


def long_form_spans(text: str, words: MentionWords | None = None) -> list[tuple[int, int]]:
    """Where the text spells out an acronym beside it: 'Long Form (LF)' or 'LF (Long Form)'. A reader takes
    the long form as one name, the acronym's; a shorter known name inside it is a word of it."""
    spans: list[tuple[int, int]] = []
    long_form_word, long_form_run = (words or mention_words()).long_form_word, (words or mention_words()).long_form_run
    for m in _ACRONYM_THEN_BRACKET.finditer(text):
        inner = m.group(2)
        inner_words = inner.split()
        if all(long_form_word.fullmatch(w) for w in inner_words) and _spells(inner_words, m.group(1)):
            lead = len(inner) - len(inner.lstrip())
            spans.append((m.start(2) + lead, m.start(2) + len(inner.rstrip())))
    for m in _BRACKET_ACRONYM.finditer(text):
        before = text[max(0, m.start() - 160) : m.start()].rstrip() + " "  # "Network(SRGAN)" has no space
        run = long_form_run.search(before)
        run_words = before[run.start() :].split() if run is not None else []
        while run_words and not _spells(run_words, m.group(1)):
            run_words = run_words[1:]  # "The Super-Resolution …": words before the long form are not of it
        if run_words:
            end = len(text[: m.start()].rstrip())
            spans.append((end - len(" ".join(run_words)), end))
    return spans


def _inside_long_form(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b and end - start < b - a for a, b in spans)


def _in_title_name(text: str, start: int, end: int, known_ends: set[int] | frozenset[int] = frozenset()) -> bool:
    """A capitalised word ('Attention', 'Decoder') right after another capitalised word that opens no
    sentence: both belong to one longer name the lexicon does not know ('Disentangled Attention').

    Only words shaped like ordinary words count; acronyms and CamelCase names (BERT, ResNet) stand alone.
    The word before must not itself start a known name: the longest match already took known ones. At the
    start of an English sentence the capital may be the sentence's; right before Chinese it is the name's.
    """
    first = text[start : start + 1]
    if not ("A" <= first <= "Z" or first.isspace()):
        return False  # (this test alone settles most names: they open with no capital)
    word = text[start:end].split()[0]
    if not (_TITLE_WORD.fullmatch(word) or _TITLE_HYPHENATED.fullmatch(word)):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not _TITLE_WORD.fullmatch(before.group(1)) or before.end(1) in known_ends:
        return False
    if _CJK.search(text, end, end + 3):
        return True  # 'Page Attention基于…': Chinese has no sentence case, so a capital there is the name's own
    return not _SENTENCE_OPEN.search(text, max(0, before.start() - 3), before.start())


def lexicon_matcher(vocab: Vocabulary, extra: Iterable[tuple[str, str]] = ()) -> Matcher:
    """A matcher for the lexicon plus extra (label, IRI) terms, e.g. discovered ones."""
    lexicon = lexicon_terms(vocab)
    extra = list(extra)
    return Matcher(
        lexicon + extra + singular_abbreviations(extra, lexicon),
        vocab.cue_set("CommonWord"),
        vocab.cue_set("CountPrefix"),
        vocab.cue_set("CompoundTail"),
        mention_words(vocab),
        notes_from=len(lexicon),
    )


def singular_abbreviations(
    terms: list[tuple[str, str]], taken: Iterable[tuple[str, str]] = ()
) -> list[tuple[str, str]]:
    """'GNN' for a concept the notes define as '图神经网络（Graph Neural Networks, GNNs）': an abbreviation given in the
    plural names the concept in the singular too, as a plural in the text ('CNNs') names the singular label. Not
    where the singular is already another concept's name."""
    names = {normalize(label) for label, _ in terms} | {normalize(label) for label, _ in taken}
    out = []
    for label, iri in terms:
        singular = _new_singular(label, names)
        if singular is not None:
            out.append((singular, iri))
    return out


_PLURAL_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z]s")  # 'GNNs', 'RoIs', 'LLMs'


def _new_singular(label: str, names: set[str]) -> str | None:
    """'GNN' for the plural abbreviation 'GNNs' when no name (normalized, in ``names``) is that singular yet."""
    text = label.strip()
    if _PLURAL_ABBREVIATION.fullmatch(text) and normalize(text[:-1]) not in names:
        return text[:-1]
    return None


def singular_abbreviation_files(
    found: Iterable[DiscoveredConcept], taken: Iterable[tuple[str, str]] = ()
) -> dict[tuple[str, str], frozenset[str]]:
    """(singular key, concept) → the files that give the concept a plural abbreviation ('diffusion models (DMs)')
    whose singular is no name yet (singular_abbreviations adds it; 'LSTMs' beside the lexicon's LSTM is left
    alone). The singular is one author's short name, read as the concept in their notes only: elsewhere the
    same letters are as likely a symbol ('使用当期分布Dm加权', the distribution D_m) as this name."""
    found = list(found)
    names = {normalize(d.label) for d in found} | {normalize(label) for label, _ in taken}
    files: dict[tuple[str, str], set[str]] = {}
    for d in found:
        singular = _new_singular(d.label, names)
        if singular is not None:
            files.setdefault((normalize(singular), d.iri), set()).add(d.source)
    return {pair: frozenset(sources) for pair, sources in files.items()}


def lexicon_terms(vocab: Vocabulary) -> list[tuple[str, str]]:
    return [(lab.text, c.iri) for c in vocab.concepts.values() for lab in c.all_labels]


class HeadingReader:
    """What a heading names: '模型特性' nothing, 'SVM主要缺点' SVM, 'ResNet architecture' ResNet.

    A reader drops the words that name a part of the notes (kg:GenericHeading):
    English ones wherever they stand, Chinese ones from either end, until
    what is left is the name the section is about, or nothing.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        # a heading over sources or contributors (kg:ReferenceHeading: 参考文献, 致谢) names a part of the notes too
        words = {normalize(w).strip() for w in (*vocab.cue_set("GenericHeading"), *vocab.cue_set("ReferenceHeading"))}
        self.latin = {w for w in words if w.isascii()}
        self.versus = frozenset(normalize(t).strip() for t in vocab.cue_set("VersusWord"))
        self.pair_joins = frozenset(normalize(t).strip() for t in vocab.cue_set("PairJoin"))
        # kg:broad concepts ('Weights', 'Gradient'): in 'Estimating the Parameters of a GMM' they are an aspect of the
        # name after 'of', which is what the section is about
        self.broad = frozenset(c.iri for c in vocab.concepts.values() if c.broad)
        self.cjk = sorted((w for w in words if not w.isascii()), key=lambda w: (-len(w), w))  # one order every run
        # '医疗影像分割中的应用', '推荐系统中': a place postposition (kg:PlacePostposition) closing a Chinese heading says
        # 'in X'; the section is about X
        self.places = {normalize(w).strip() for w in vocab.cue_set("PlacePostposition")}
        # "Transformer based", "CNN-based": a name and a participle (kg:ReducedRelative) title a group of things
        self.participles = {normalize(w).strip() for w in vocab.cue_set("ReducedRelative") if w.isascii()}
        # "Features from frames" less its generic word is "from frames": a phrase that opens with a preposition
        self.prepositions = {normalize(w).strip() for w in vocab.cue_set("Preposition") if w.isascii()}
        # "Improvement over SimCLR", "Advantages over RNNs": the name after one of these is what the section's
        # topic is compared with, not the topic (kg:ComparisonBase)
        self.comparison_base = {normalize(w).strip() for w in vocab.cue_set("ComparisonBase") if w.isascii()}
        # 'Relation to K-means', 'Connection to Cross-Entropy' (kg:RelationBase) keep the topic the same way; so do
        # the Chinese '和逻辑回归的关系', '跟 BERT 的区别': a kg:CounterpartLead, the name, then a Chinese base
        self.relation_base = {normalize(w).strip() for w in vocab.cue_set("RelationBase") if w.isascii()}
        self.counterpart_tails = {
            normalize(w).strip(): kind
            for kind, cues in (("compared", vocab.cue_set("ComparisonBase")), ("related", vocab.cue_set("RelationBase")))
            for w in cues
            if not w.isascii()
        }
        self.counterpart_leads = {normalize(w).strip() for w in vocab.cue_set("CounterpartLead")}
        # '更新流程（最小化 KL 散度）', 'Minimizing the KL divergence': what the title's verb optimises (kg:OptimizeVerb)
        self.optimize_verbs = tuple(normalize(w).strip() for w in vocab.cue_set("OptimizeVerb"))
        self.determiners = frozenset(normalize(w).strip() for w in vocab.cue_set("Determiner"))
        heads = {normalize(w).strip() for w in vocab.cue_set("HeadNoun")}
        self.head_latin = {w for w in heads if w.isascii()}
        self.bound_prefixes = {normalize(w).strip() for w in vocab.cue_set("BoundPrefix")}
        extensions = "|".join(re.escape(w.strip().lstrip(".")) for w in vocab.cue_set("FileExtension")) or "(?!)"
        self.file_extension = re.compile(rf"(?<=[\w)）])\.(?:{extensions})\s*$", re.IGNORECASE)
        # one-word names of the lexicon ('Transformer'): what 'Transformer Architecture' leaves is still a name
        self.known_names = {normalize(lab.text) for c in vocab.concepts.values() for lab in c.all_labels}
        self.known_words = {name for name in self.known_names if name.isalpha()}
        self.head_cjk = sorted((w for w in heads if not w.isascii()), key=len, reverse=True)
        self.adjective_endings = tuple(normalize(t).strip() for t in vocab.cue_set("AdjectiveEnding"))
        stages = [normalize(t).strip() for t in vocab.cue_set("StageWord")]
        self.stages_cjk = tuple(w for w in stages if not w.isascii())
        latin = "|".join(re.escape(w) for w in stages if w.isascii())
        self.stages_latin = re.compile(rf"\b(?:{latin})\b" if latin else "(?!)")
        self._names: dict[str, str] = {}  # title → name: a section's title is read for each of its items

    def compared_base(self, title: str, start: int, end: int | None = None) -> bool:
        """'Improvement over SimCLR', 'Advantages compared with RNNs', 'Relation to K-means': the name at
        ``start`` follows a kg:ComparisonBase or kg:RelationBase word, and only generic heading words stand
        before that: the heading lists how the section's topic differs from (or relates to) that name, so the
        name is not the topic. 'BN vs LN' and 'Notes on ResNet' are left alone. A Chinese heading needs the
        name's ``end`` to see its closing base ('和逻辑回归的关系')."""
        if self._latin_base(title, start) is not None:
            return True
        return end is not None and self._chinese_base(title, start, end) is not None

    def counterpart(self, title: str, start: int, end: int) -> str | None:
        """'compared' or 'related' when the heading is nothing but the name at ``start``:``end`` and what says
        the section's topic is compared with it or related to it ('Comparison with BERT', 'Connection to
        Cross-Entropy', '和逻辑回归的关系'); None otherwise ('Improvement over SimCLR on ImageNet' goes on)."""
        kind = self._latin_base(title, start)
        if kind is None:
            return self._chinese_base(title, start, end)
        return kind if not normalize(_HEADING_NOISE.sub("", title[end:])).strip(" *_`)）]") else None

    def _latin_base(self, title: str, start: int) -> str | None:
        lead = normalize(_HEADING_NOISE.sub("", title[:start])).strip(" *_`[(（")
        for bases, kind in ((self.comparison_base, "compared"), (self.relation_base, "related")):
            for base in bases:
                if lead == base or lead.endswith(" " + base):
                    before = lead[: len(lead) - len(base)].split()
                    return kind if all(w.strip(_EDGE) in self.latin for w in before) else None
        return None

    def _chinese_base(self, title: str, start: int, end: int) -> str | None:
        if normalize(_HEADING_NOISE.sub("", title[:start])).strip() not in self.counterpart_leads:
            return None
        return self.counterpart_tails.get(normalize(_HEADING_NOISE.sub("", title[end:])).strip())

    def pair_only(self, title: str, mentions: list[Mention]) -> bool:
        """The heading's names are two different ones with only a kg:PairJoin between them and nothing else but
        generic words and numbering ('CNN 和 RNN 简介', 'Encoder and Decoder'): the section is about both."""
        if len(mentions) != 2 or mentions[0].concept == mentions[1].concept:
            return False
        a, b = mentions
        if normalize(title[a.end : b.start]).strip() not in self.pair_joins:
            return False
        rest = _HEADING_NOISE.sub("", title[: a.start] + " " + title[b.end :]).strip()
        return not rest or not self.name(rest)

    def versus_between(self, title: str, mentions: list[Mention]) -> bool:
        """Two different names (``mentions``, found in ``title``) with a kg:VersusWord between them ('Bert vs. GPT',
        'MAF versus IAF')."""
        for a, b in zip(mentions, mentions[1:]):
            if a.concept != b.concept and set(normalize(title[a.end : b.start]).split()) & self.versus:
                return True
        return False

    def optimised(self, title: str, start: int) -> bool:
        """The name at ``start`` of the title comes right after a kg:OptimizeVerb ('最小化 KL 散度', 'Minimizing the
        KL divergence'): it is the quantity a procedure optimises, not the section's topic."""
        return after_optimize_verb(title, start, self.optimize_verbs, self.determiners)

    def is_generic_word(self, text: str) -> bool:
        n = normalize(text).strip()
        return n in self.latin or n in self.cjk

    _OF_OWNER = re.compile(r"\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w\-*_`]+\s+){0,2}", re.IGNORECASE)

    def broad_of_owner(self, title: str, first: Mention, second: Mention) -> bool:
        """'Estimating the Parameters of a Partially-Observed GMM': a broad name (kg:broad) then 'of' and at most two
        words before another name: the broad one is an aspect of the other, and the heading is about the other."""
        return first.concept in self.broad and self._OF_OWNER.fullmatch(title, first.end, second.start) is not None

    def name(self, title: str) -> str:
        known = self._names.get(title)
        if known is None:
            known = self._names[title] = self._name(title)
        return known

    def _name(self, title: str) -> str:
        term = _HEADING_NOISE.sub("", _PICTOGRAPHS.sub(" ", title)).strip()  # '## 🔥 ResNet', '### ⭐ 重点': decoration
        if self.file_extension.search(term):
            term = self.file_extension.sub("", term).strip()  # "## Naive Bayes.ipynb": a notebook on Naive Bayes
        if not term:
            return ""
        if _CODE_PATH.match(term):
            return ""  # "pylearn2.models.vae.VAE", "torch.nn.functional": a module or class path of a program, a heading of its docs
        glued = _SCRIPT_BOUNDARY.sub(" ", term)
        if glued != term and not self._name(glued):
            return ""  # "Module模块", "Loss损失函数": a generic word glued to its translation is generic too
        numbered = _NUMBERED_PART.match(term)
        if numbered is not None and self._part_label(numbered.group(1)):
            # the subtitle is a title ('Planning by Dynamic Programming'): a name only when it is one known name,
            # else the section's topic is what the title names (section_topics)
            subtitle = numbered.group(2).strip()
            return subtitle if self._known_whole(subtitle) else ""
        subtitle = _SUBTITLE.search(term)
        if subtitle is not None and term[: subtitle.start()].strip():
            term = term[: subtitle.start()].strip()  # "KV Cache：推理阶段的工程优化": the name, then a subtitle
        seen_as = _SEEN_AS.search(term)
        if seen_as is not None and term.isascii() and term[: seen_as.start()].strip():
            # "DeepLabv3 as Encoder", "Linear attention as RNN", "Dropout as a Bayesian Approximation": a title about X
            # seen as Y, never a name of its own; it names X when X is one known name
            before = term[: seen_as.start()].strip()
            return before.strip(_EDGE) if self._known_whole(before) else ""
        # English: drop generic words from both ends ("Notes on training" → "", "Key ideas of BYOL" → "BYOL")
        words = term.split()
        while words and self._latin_generic(words[0]):
            words.pop(0)
        trailing = len(words)
        while words and self._latin_generic(words[-1]):
            words.pop()
        if (
            len(words) == 1 < trailing
            and (_plain_word(words[0]) or lone_adjective(words[0].strip(_EDGE), self.adjective_endings))
            and normalize(words[0].strip(_EDGE)) not in self.known_words
        ):
            # "Inverse Problems", "Capsule Networks", "Iterative method": the generic word is part of the name, the
            # modifier alone is none
            return ""
        if any(self._latin_generic(w) for w in words[1:-1]) and all(w.isascii() for w in words):
            return ""  # "Optimization in neural networks": a title about names, not a name
        term = " ".join(words).strip(_EDGE) if words else ""
        if words and normalize(words[0].strip(_EDGE)) in self.prepositions:
            return ""  # "features from frames" → "from frames": what is left is a fragment, not a name
        if term.isascii() and normalize(re.split(r"[\s-]", term)[-1]) in self.participles and len(term.split()) <= 3:
            return ""  # "Transformer based:", "CNN-based": what the items under it are built on, not a name
        changed = not term.isascii()  # (the generic Chinese words cannot stand at either end of a Latin term)
        while changed and term:
            changed = False
            n = normalize(term)
            if n in self.known_words:
                break  # "高斯过程": a name of the lexicon that ends in a generic word (过程, process) is that name
            for w in self.cjk:
                if n.endswith(w) and n[: len(n) - len(w)].rstrip()[-1:] in self.bound_prefixes:
                    break  # "手动调整超参数": 超 binds to 参数 (hyperparameter); stripping would cut the word
                if n.endswith(w):
                    term, changed = term[: len(term) - len(w)].strip(_EDGE), True
                    break
                if n.startswith(w):
                    first = common_words().segment_zh(n[:12])[:1]
                    if first and len(first[0]) > len(w) and first[0].startswith(w) and first[0] not in self.cjk:
                        continue  # "结构化稀疏": 结构 binds to 化 (structured); stripping would cut the word
                    term, changed = term[len(w) :].strip(_EDGE), True
                    break
        if not term.isascii() and len(term) >= 3 and normalize(term)[-1:] in self.places:
            cut = common_words().segment_zh(normalize(term))
            if len(cut) >= 2 and cut[-1] in self.places and _CJK.match(cut[-2][-1:]):
                # '医疗影像分割中' (of '医疗影像分割中的应用'): the postposition stands as a word of its own ('线上', online,
                # is one word), after Chinese: the place is the name
                term = term[:-1].strip(_EDGE)
        if self._only_head_nouns(term):
            return ""  # "Classic networks", "网络结构": nothing names a concept
        if not _balanced(term):
            term = term.strip("()（）[]【】《》")
            if term.count("《") != term.count("》"):
                return ""  # '神经网络》课程' (of the title '《神经网络》课程笔记'): a fragment cut across a title's brackets
        return term

    def model_stage(self, title: str, topic: str, parent: str | None, classes: dict[str, str]) -> bool:
        """'### RL训练' under '## AlphaGo': a technique the title names with a kg:StageWord, under the section of a model
        or of a name the notes discover, is that model's stage of training (AlphaGo learns by RL), so the section
        stays the model's."""
        if parent is None or parent == topic:
            return False
        if classes.get(parent) != KG.Model and not (classes.get(parent) == KG.Concept and _model_shaped(local_name(parent))):
            return False  # a name the notes discover has no class of its own: one shaped like a model's ('AlphaGo')
        if classes.get(topic) not in (KG.Technique, KG.Optimization):
            return False
        n = normalize(title)
        return any(w in n for w in self.stages_cjk) or self.stages_latin.search(n) is not None

    def all_generic(self, term: str) -> bool:
        """Every word of the term is a generic heading word ('Basic Concepts', '基本概念'); 'Maximum A Posteriori'
        or 'Generalized Advantage Estimation' hold one but are names."""
        if term.isascii():
            words = term.replace("-", " ").split()
            return bool(words) and all(self._latin_generic(w) for w in words)
        return not self.name(term)

    def _known_whole(self, text: str) -> bool:
        """One name the lexicon knows is all of the text ('VAE', 'Transformer'; not 'Planning by Dynamic Programming')."""
        return normalize(text.strip(_EDGE)) in self.known_names

    # an everyday word this common before a number labels a part ('Figure 4', 'Issue 1', 'Models 1': 4.0 and up);
    # a name with a version number stays a name ('Llama 2' 2.95, 'Claude 3' 3.76, 'YOLO 3' 2.95)
    PART_LABEL_ZIPF = 4.0

    def _part_label(self, label: str) -> bool:
        """The words before a heading's number label a part of a series: a generic heading word ('Lecture',
        'Chapter') or an everyday word ('Figure', 'Case', 'Generative Models') ends them, and they are no more
        than four words."""
        words = label.split()
        if not words or len(words) > 4:
            return False
        last = words[-1].strip(_EDGE)
        return self._latin_generic(last) or common_words().zipf_en(last) >= self.PART_LABEL_ZIPF

    def _latin_generic(self, word: str) -> bool:
        """A generic heading word, or its plural ('Key Architectures', 'Training Details')."""
        n = normalize(word.strip(_EDGE))
        if n.endswith(".") and n[:-1] in self.latin:
            return True  # "vs.": the word abbreviated with its full stop
        if len(n) > 4 and n.endswith("ies") and n[:-3] + "y" in self.latin:
            return True  # "Summaries", "Categories"
        return n in self.latin or (len(n) > 4 and n.endswith("s") and n[:-1] in self.latin)

    def _only_head_nouns(self, term: str) -> bool:
        rest = " ".join(w for w in re.split(r"\s+", normalize(term)) if w.strip(_EDGE) not in self.head_latin)
        for w in self.head_cjk:
            rest = rest.replace(w, "")
        return not rest.strip(_EDGE)


# a factor of a product of dimensions ('WF x HF x C', 'H×W'): a letter symbol on the other side of the sign
_SHAPE_FACTOR_AFTER = re.compile(r"(?:\s+x|\s*[×✕])\s*[A-Za-z][A-Za-z0-9]{0,3}(?![A-Za-z0-9])")
_SHAPE_FACTOR_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{0,3}(?:\s+x|\s*[×✕])\s*$")


def _model_shaped(name: str) -> bool:
    """A model's name as people coin them: one word with capitals inside or a version ('AlphaGo', 'DeepSeek_R1',
    'YOLOv2'); not words joined ('Fully_Decentralized') nor plain capitals ('CS'), which _coined both accepts."""
    return re.fullmatch(r"[A-Z][A-Za-z0-9_-]*", name) is not None and re.search(r"[a-z][A-Z]|\d", name) is not None


def everyday_gerund_kind(term: str, head_nouns: Collection[str]) -> bool:
    """'Learning Algorithm', 'Adding layers': an everyday word in -ing (as common as kg:CommonWord's phrase words,
    'learning' 4.9, 'adding' 4.7) before a kg:HeadNoun names an activity's thing, as 'the learning algorithm' in a
    report's rubric heading; it is no name. Technical gerunds ('Pooling layer' 3.0, 'Ranking model' 4.2,
    'Matching Networks' 4.1) stay names."""
    words = term.split()
    if len(words) != 2 or not term.isascii():
        return False
    first, head = normalize(words[0]), normalize(words[1])
    if not (first.isalpha() and first.endswith("ing")) or not (head in head_nouns or head.removesuffix("s") in head_nouns):
        return False
    return common_words().zipf_en(first) >= CommonWords.EN_PHRASE


def _plain_word(word: str) -> bool:
    """A capitalised or lower-case dictionary word ('Inverse', 'capsule'), not shaped like a name ('BYOL',
    'ResNet', 'GPT-2', 'T5') nor a rare word a name may be ('Kmeans')."""
    w = word.strip(_EDGE)
    return bool(re.fullmatch(r"[A-Za-z][a-z]+", w)) and common_words().zipf_en(w.lower()) >= 3.0  # not 'Kmeans


def _balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in ("()", "（）", "《》"))


class MentionFinder(Protocol):
    """What reads mentions in a text: the build's Matcher, or a file's view of it (facts.LocalMatcher)."""

    def find(self, text: str, norm: str | None = None) -> list[Mention]: ...


def section_topics(
    doc: Document, matcher: MentionFinder, classes: dict[str, str], headings: HeadingReader
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
        title_mentions = matcher.find(section.title)
        for text in (section.title, headings.name(section.title)):
            mentions = title_mentions if text is section.title else matcher.find(text)
            if text is section.title and any(headings.compared_base(text, m.start, m.end) for m in mentions):
                break  # 'Comparison with BERT': BERT is the other side, and 'BERT' is all the generic words leave
            kept = [
                m
                for m in mentions
                if classes.get(m.concept) != KG.Problem
                and not headings.is_generic_word(m.surface)
                and not headings.optimised(text, m.start)
            ]
            if kept:
                topic = kept[0].concept
                if len(kept) > 1 and headings.broad_of_owner(text, kept[0], kept[1]):
                    topic = kept[1].concept  # 'the Parameters of a GMM': the GMM's section
                break
        named_paper = paper_title_name(section.title)
        if named_paper is not None:
            # '### 2. Embedding Temporal Network via Neighborhood Formation（KDD 2018）': a paper's title names a paper
            # kg does not know; the names in it are words of the title, and the section speaks of the paper. Only a
            # name before the title's colon names it ('EvolveGCN: Evolving Graph Convolutional Networks …')
            named = [m for m in matcher.find(named_paper) if classes.get(m.concept) != KG.Problem] if named_paper else []
            topic = named[0].concept if named else None
            topics[id(section)] = topic
            stack.append((section.level, topic))
            continue
        if topic is not None and (
            headings.versus_between(section.title, title_mentions) or headings.pair_only(section.title, title_mentions)
        ):
            topics[id(section)] = None  # '## Bert vs. GPT': a comparison of two; neither is the section's topic
            stack.append((section.level, None))
            continue
        if topic is None and stack and not names_code(section.title):
            topic = stack[-1][1]
        elif topic is not None and stack and headings.model_stage(section.title, topic, stack[-1][1], classes):
            topic = stack[-1][1]  # '## AlphaGo' › '### RL训练': AlphaGo's RL stage, about AlphaGo
        topics[id(section)] = topic
        stack.append((section.level, topic))
    return topics


# a venue and year in brackets ending a heading: '（AAAI 2018）', '(ICCV2017)', '(ICLR 2019 Workshop)', '(NIPS-2019)'
_VENUE_END = re.compile(r"\s*[(（\[【]\s*[A-Za-z][A-Za-z&\- ]*'?\s*-?(?:19|20)\d\d[^)）\]】]{0,20}[)）\]】]\s*$")
_PAPER_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
PAPER_TITLE_WORDS = 4  # words of a title before its venue: fewer is a name with its venue ('HyperGCN (NIPS-2019)')


def paper_title_name(title: str) -> str | None:
    """A heading that is a paper's title and its venue ('Node Embedding over Temporal Graphs (IJCAI 2019)'): the
    text before the title's colon, which names the paper's model ('EPNE: Evolutionary …' → 'EPNE'), or '' when the
    title has no such name. None when the heading is no paper title."""
    venue = _VENUE_END.search(title)
    if venue is None:
        return None
    rest = title[: venue.start()]
    if len(_PAPER_TITLE_WORD.findall(rest)) < PAPER_TITLE_WORDS:
        return None
    colon = re.search(r"[:：]", rest)
    return rest[: colon.start()] if colon else ""


# where Latin letters and Chinese characters meet with nothing between ('Module模块')
_SCRIPT_BOUNDARY = re.compile(r"(?<=[A-Za-z])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[A-Za-z])")


_CODE_TITLE = re.compile(
    r"^[\s#\d.、)）]*(?:`[^`]+`|[A-Za-z_][\w\-]*\.(?:py|ipynb|sh|js|ts|cpp|c|h|java|go|rs|yaml|yml|json|toml|cfg|ini|txt|csv"
    r"|prototxt|caffemodel|weights|pt|pth|ckpt|h5|onnx)"
    r"|[a-z_][a-z0-9_]*(?:\.[a-z_][A-Za-z0-9_]*)+)\s*$"  # "model.config", "torch.nn": a dotted path of identifiers
)


def names_code(title: str) -> bool:
    """A heading that is only a code name ("## `dqn_atari.py`", "### nn.Linear" in backticks, "## train.py")
    is about that script or identifier, which kg does not know: its section does not inherit the parent
    heading's topic, so "It uses convolutional layers" there is not read as a fact about the parent."""
    return _CODE_TITLE.match(title) is not None


# what a code block defines: 'def knead(', 'class Crumb', 'Ptheta = …', 'Ptheta: float = …'
_ASSIGNED = re.compile(
    r"^[ \t]*(?:(?:def|class)[ \t]+([A-Za-z_]\w*)|([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=))", re.MULTILINE
)


_IMPORTED = re.compile(r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+\(?([\w., \t]+)", re.MULTILINE)


def imported_names(code: str) -> set[str]:
    """What a code block imports ('from main.cluster import Cluster, IdCluster', 'import numpy as np'): names of
    that program, not of the notes."""
    out: set[str] = set()
    for m in _IMPORTED.finditer(code):
        for part in m.group(1).split(","):
            out.update(w for w in re.split(r"[ \t]+as[ \t]+|[ \t.]+", part.strip()) if w)
    return out


def imported_by_code_first(doc: Document) -> set[str]:
    """The names the file's code imports that its prose does not name before that code: 'from main.cluster import
    IdCluster' then a table of IdCluster results is a program's class. A name the prose discusses first, as a
    word and not as `code` ('HiResCAM alleviates the problem of GradCAM', then 'from pytorch_grad_cam import
    GradCAM, HiResCAM'), is the notes' own, which a library happens to implement under that name; 'use Keras
    `EarlyStopping` class' before the import names the class."""
    imported_at: dict[str, int] = {}
    for item in doc.items:
        for span in item.spans:
            if span.code and "import" in span.text:
                for name in imported_names(span.text):
                    imported_at.setdefault(name, span.first_line)
    if not imported_at:
        return set()
    said_first: set[str] = set()
    for item in doc.items:
        for span in item.spans:
            if span.code:
                continue
            for name, line in imported_at.items():
                if name in said_first or name in item.code_terms:
                    continue  # an item that writes it as `code` names it as code
                if span.first_line < line and _word_in(name, span.text):
                    said_first.add(name)
    return set(imported_at) - said_first


def _shouted_word(term: str, prose: str) -> bool:
    """Five capitals or more that spell an English word the same notes also write in lower case ('**GENERATOR**' and
    'the generator', 'DISCRIMINATOR' and 'the discriminator') or next to another such word ('VANILLA ARCHITECT'): the
    words in capitals for emphasis. 'TRAMO' (no English word) and names kg knows ('SARSA', 'REINFORCE') stay."""
    if len(term) < CommonWords.SHOUT_LETTERS or not (term.isalpha() and term.isupper()):
        return False
    words = common_words()
    if words.zipf_en(term.lower()) < CommonWords.EN_RARE_WORD:
        return False
    if _word_in(term.lower(), prose):
        return True
    # 'VANILLA ARCHITECT: [Linear, ReLU]': next to another word in capitals, it is a phrase shouted
    for m in re.finditer(rf"(?<![A-Za-z])([A-Z]{{{CommonWords.SHOUT_LETTERS},}})[ \t]+([A-Z]{{{CommonWords.SHOUT_LETTERS},}})(?![A-Za-z])", prose):
        if term in m.groups():
            other = m.group(2) if m.group(1) == term else m.group(1)
            if words.zipf_en(other.lower()) >= CommonWords.EN_RARE_WORD:
                return True
    return False


ADJECTIVE_PLURAL_GAP = 1.5  # Zipf units: a word written this much more often than its plural is used as an adjective


def lone_adjective(term: str, endings: tuple[str, ...]) -> bool:
    """'Exponential', 'Asynchronous', 'Generative': one English word with an adjective's ending (kg:AdjectiveEnding)
    that the word list holds but never in the plural, or far less often in it. It describes; alone it names
    nothing. Nouns with those endings take a plural ('Residual', 'Potential', 'Heuristic': 'residuals'), and a
    word the list does not hold is a name coined ('Softplus')."""
    word = term.strip()
    if not re.fullmatch(r"[A-Za-z][a-z]{3,}", word) or not word.lower().endswith(endings):
        return False
    words, lower = common_words(), word.lower()
    plural = max(words.zipf_en(lower + "s"), words.zipf_en(lower + "es"))
    zipf = words.zipf_en(lower)
    # 'exponentials' is written (zipf 1.8) but some thirty times less often than 'exponential' (3.3); a noun's
    # plural is within a factor of ten or so ('residuals' 2.5 beside 'residual' 3.5, 'heuristics' beside 'heuristic')
    return zipf >= CommonWords.EN_RARE_WORD and (plural < CommonWords.EN_RARE_WORD or zipf - plural >= ADJECTIVE_PLURAL_GAP)


def after_optimize_verb(text: str, start: int, verbs: Iterable[str], determiners: Collection[str] = ()) -> bool:
    """The name at ``start`` comes right after one of ``verbs`` (kg:OptimizeVerb, normalized), perhaps after an opening
    bracket or a kg:Determiner: '（最小化 KL 散度）', 'Minimizing the KL divergence'."""
    before = normalize(text[:start]).rstrip(" \t(（")
    words = before.split()
    if words and words[-1] in determiners:
        before = " ".join(words[:-1])
    for verb in verbs:
        if before.endswith(verb) and (not verb.isascii() or not before[: len(before) - len(verb)][-1:].isalnum()):
            return True
    return False


def _word_in(name: str, text: str) -> bool:
    """``name`` stands in ``text`` as a word: no letter, digit, '_' or '.' (a dotted path) right before it, no
    letter, digit or '_' right after."""
    at = text.find(name)
    while at != -1:
        before, after = text[at - 1 : at] if at else "", text[at + len(name) : at + len(name) + 1]
        if not (before.isalnum() or before in ("_", ".")) and not (after.isalnum() or after == "_"):
            return True
        at = text.find(name, at + 1)
    return False


def discover(doc: Document, matcher: Matcher, vocab: Vocabulary) -> list[DiscoveredConcept]:
    """Terms this document makes concepts although the lexicon does not know them.

    Sources, most trusted first: headings (generic words stripped), names
    defined with their abbreviation or translation in brackets ("批归一化（Batch
    Normalization, BN）", "Spatially-Adaptive Denormalization (SPADE)"), bold
    and `code` terms, acronyms. Common words in either language (wordfreq) and
    labels like 图17 are never concepts; a bracketed alias of a known concept
    becomes one more label of it (how="alias").
    """
    # a references section lists sources (titles, venues, authors): it names no concept of the notes
    references = {normalize(t).strip() for t in vocab.cue_set("ReferenceHeading")}
    reference_modifiers = frozenset(normalize(t).strip() for t in vocab.cue_set("ReferenceModifier"))
    doc = replace(
        doc,
        items=[
            item
            for item in doc.items
            if item.section is None
            or not any(reference_heading(t, references, reference_modifiers) for t in item.section.path)
        ],
    )
    stop = vocab.derived("not-a-concept", not_a_concept)
    figure = {normalize(t) for t in vocab.cue_set("FigureWord")}
    dates = {normalize(t) for t in vocab.cue_set("DateWord")}
    steps = {normalize(t) for t in vocab.cue_set("StepVerb")}
    step_heads = {normalize(t).strip() for t in vocab.cue_set("HeadNoun") if t.isascii()}
    doing_verbs = {normalize(t).strip() for s in ("ActionVerb", "ObtainVerb") for t in vocab.cue_set(s) if not t.isascii()}
    verb_noun_tails = frozenset(normalize(t).strip() for t in vocab.cue_set("VerbNounTail"))
    # '预测编码网络', '检测变换器': a verb before a name's head noun says what the named thing does
    name_heads = tuple(
        normalize(t).strip() for s in ("HeadNoun", "NameSuffix") for t in vocab.cue_set(s) if not t.isascii()
    )
    changes = {normalize(t).strip() for t in vocab.cue_set("ChangeVerb")}
    states = frozenset(normalize(t).strip() for t in vocab.cue_set("StateAdjective"))
    title_words = frozenset(normalize(t).strip() for t in vocab.cue_set("TitleWord"))
    graded = frozenset(normalize(t).strip() for t in vocab.cue_set("GradedModifier"))
    part_nouns = frozenset(normalize(t).strip() for t in vocab.cue_set("PartNoun") if t.isascii())
    greek_letters = frozenset(normalize(t).strip() for t in vocab.cue_set("GreekLetterName"))
    citations = tuple(normalize(t).strip() for t in vocab.cue_set("AuthorCitation"))
    # the authors ('我们尝试过的方法', '本文方法', 'We use BERT'): a heading that opens with them is a sentence about
    # what they did, not a name. Not the reader (kg:ReaderPronoun): 'You Only Look Once', '用户画像' are names
    persons = tuple(normalize(t).strip() for t in vocab.cue_set("AuthorPronoun"))
    found: dict[str, DiscoveredConcept] = {}
    common = common_words()
    shape = vocab.derived("name-shape", NameShape)
    lexicon_iris = set(matcher.concept_of.values())
    adjective_endings = tuple(normalize(t).strip() for t in vocab.cue_set("AdjectiveEnding"))

    def add(
        term: str, how: str, line: int, iri: str | None = None, defined: bool = False, kind_of: bool = False
    ) -> str | None:
        """``defined``: the notes give the term with its other name in brackets, as a name is defined.
        ``kind_of``: the term is a known concept's name with a modifier joined to it ('cross-attention'),
        a name whatever its words are."""
        term = clean_label(term)
        key = normalize(term)
        if not term or _stopped(key, stop) or key in found or _is_figure(key, figure) or _is_date(key, dates):
            return found[key].iri if key in found else None
        if key in matcher.concept_of and not (defined and iri is not None and iri != matcher.concept_of[key]):
            return matcher.concept_of[key]  # (a known name these notes define as another concept stays: file_senses)
        # a concept of the lexicon has its other names there; one of these notes takes the names they define
        if defined and lone_adjective(term, adjective_endings):
            return None  # '指数衰减（Exponential）', '异步（Asynchronous）': a word that describes glosses no name
        defined = defined and iri not in lexicon_iris
        everyday = common.is_common(term) and not (defined and common.is_coined(term)) and not kind_of
        if everyday or not shape.ok(term, defined) or (how not in ALIAS_HOWS and _is_step(term, steps, step_heads)):
            return None  # an everyday word is neither a concept nor another name of one ("过程")
        if key.rstrip(" .").endswith(citations):
            return None  # '**Wang et al**', '何恺明等人': the authors a paper is cited by, people, not a name of the notes
        if is_change_clause(term, changes, states):
            return None  # '长度突然增加', 'loss decreases', '推理效率高': what happens to an amount, or how much, not a name
        if how in ("heading", "bold", "table") and not defined and verb_and_object(term, doing_verbs, verb_noun_tails, matcher.covers, name_heads):
            # '### 获取2d时序变化', '**构建决策树**': a verb of doing and its object title a step, not a name (a term
            # the notes define with another name in brackets, '训练后量化（PTQ）', is a name whatever its words)
            return None
        if how in ("heading", "bold", "table", "compound") and term.split()[0].lower() in graded and len(term.split()) > 1:
            return None  # 'Larger Batch Size', 'Steeper gradient', 'Lower layers': a setting compared, not a name
        if how in ("heading", "bold", "table") and not defined and opens_with_person(key, persons):
            return None  # '## 我们尝试过的方法', '**我方胜算最高**': what the authors did or want, not a name
        if not defined and greek_letter_name(term, greek_letters):
            return None  # 'Epsilon', 'lambda': a formula's symbol, which each note gives a meaning of its own
        if how in ("heading", "bold", "table") and numbered_part(term, part_nouns):
            return None  # '| Convolutional Layer 1 |', 'Layer 3 Dropout': the first or third layer of a listing, no name
        if how in ("heading", "bold", "table") and is_item_label(term):
            return None  # '## 4. E1：A100 vs H100': an experiment or question numbered E1, Q3, not a name
        if how == "parenthesis" and headings.all_generic(term):
            return None  # '基本概念 (Basic Concepts)': two generic heading words translated, not a name defined
        if how not in ALIAS_HOWS and (gerund_on_name(term, matcher) or titled_name(term, matcher, title_words)):
            return None  # 'Exploring LSTMs', 'The Illustrated Transformer': a title about a known name
        if not defined and everyday_gerund_kind(term, step_heads):
            return None  # 'Learning Algorithm', 'Adding layers': an everyday activity and a kind noun, no name
        target = iri or CONCEPT_NS + slug(term)
        if iri is None and target in lexicon_iris:
            iri = target  # `LogisticRegression` in code: the lexicon's concept by its IRI; another label of it, not a second prefLabel
        found[key] = DiscoveredConcept(target, term, language_of(term), _alias_how(how) if iri else how, doc.source, line)
        return target

    def named(key: str) -> str | None:
        """The concept a name stands for already: the lexicon's, or one these notes named before; ''
        for a word that is never a concept ('SOTA'), whose other names are none either."""
        if _stopped(key, stop):
            return ""
        hit = matcher.concept_of.get(key) or (found[key].iri if key in found else None)
        if hit is None and key.endswith("s") and key.isascii() and len(key) > 3 and " " not in key:
            hit = matcher.concept_of.get(key[:-1])  # '(RevNets)': a one-word known name in the plural is that name
        return hit

    heads = {normalize(w).strip() for w in vocab.cue_set("HeadNoun")}

    def kind(key: str) -> str | None:
        """'cnn 模型': a broad known concept (kg:broad) with a head noun after it; that concept, else None."""
        bare = next((key[: -len(h)].rstrip(" -") for h in heads if _ends_in_head(key, h)), "")
        entry = vocab.concepts.get(named(bare) or "") if bare else None
        return entry.iri if entry is not None and entry.broad else None

    def cut_short(name: str, names: list[str]) -> bool:
        """'沿时间展开的反向传播算法(Back Propagation Through Time, BPTT)': a Chinese name kg does not know whose
        stem, without its head noun (算法), is a known concept that none of the other names is, while an English
        name holds that concept's name and more words than head nouns. The Chinese name was cut at 的 and lost what
        makes it the bracket's thing ('蒸馏算法（Distillation algorithm）' keeps it: only a head noun is added)."""
        k = normalize(clean_label(name)).strip()
        if k.isascii() or named(k) is not None:
            return False
        bare = next((k[: -len(h)].strip() for h in heads if not h.isascii() and k.endswith(h) and len(k) > len(h)), "")
        iri = named(bare) if bare else None
        if not iri or any(named(normalize(clean_label(m)).strip()) == iri for m in names if m != name):
            return False
        entry = vocab.concepts.get(iri)
        labels = [normalize(lab.text).strip() for lab in entry.all_labels if lab.text.isascii()] if entry else []
        # the English name holds one of the known concept's names and more than head nouns ('… Through Time')
        spelled = any(" " in normalize(clean_label(o)).strip() and normalize(o).isascii() for o in names if o != name)
        for other in names:
            long = normalize(clean_label(other)).strip()
            if other == name or not long.isascii():
                continue
            for label in labels:
                if len(label) > 3 and label in long and long != label:
                    rest = long.replace(label, " ").replace("-", " ").split()
                    if any(w not in heads for w in rest):
                        return True
            # 'RNN的反向传播算法(BPTT)': with no English name spelled out, an abbreviation that opens with the known
            # concept's own abbreviation or initials and goes on ('BP' + 'TT') names a narrower thing, as the longer
            # English name does above ('反向传播算法（Back Propagation Algorithm, BPA）': the English name says what 'A' is)
            if not spelled and _is_abbreviation(clean_label(other).strip()) and any(
                len(short) >= 2 and long.startswith(short) and len(long) > len(short) for short in map(_initials, labels)
            ):
                return True
        return False

    def described(name: str, names: list[str]) -> bool:
        """'基础模型（Code Llama）', '输出层（LM Head）': a Chinese name that is an everyday word closing in a head noun
        (模型, 层: 'the base model') beside a Latin name that is neither an abbreviation nor closes in a head noun says
        which role the named thing plays; it does not translate the name. A translation keeps the head ('语言模型
        （Language Model）') or translates the name's own words ('白面包算法（White Bread）', '时间差分算法（Time
        difference）': no everyday word before the head); an abbreviation's long form is checked by its initials."""
        k = normalize(clean_label(name)).strip()
        if k.isascii() or not any(k.endswith(h) and len(k) > len(h) for h in heads if not h.isascii()):
            return False
        if not common.is_common(k[: -max(len(h) for h in heads if not h.isascii() and k.endswith(h))]):
            return False
        latin = [clean_label(n).strip() for n in names if n != name and clean_label(n).strip().isascii()]
        if not latin or any(_is_abbreviation(n) for n in latin):
            return False
        return not any(normalize(n).split()[-1:] and normalize(n).split()[-1] in heads for n in latin)

    def redefined(names: list[str]) -> bool:
        """The notes give a known abbreviation a long form of their own (see redefines_abbreviation)."""

        def labels_of(iri: str) -> list[str]:
            entry = vocab.concepts.get(iri)
            return [lab.text for lab in entry.all_labels] if entry else [d.label for d in found.values() if d.iri == iri]

        return redefines_abbreviation(names, named, labels_of, heads, written, termed)

    def termed(long_form: str) -> bool:
        """The long form, head nouns aside, opens a name kg knows ('fully-connected networks': 'fully connected
        layer'): a term of the field, not a slip ('Long Short Time Memory', 'Direct Policy Optimization')."""
        words = [w for w in re.split(r"[\s\-]+", normalize(long_form)) if w]
        while words and (words[-1] in heads or words[-1].removesuffix("s") in heads):
            words.pop()
        stem = " ".join(words)
        return len(words) >= 2 and any(k == stem or k.startswith(stem + " ") for k in matcher.concept_of)

    full_text: list[str] = []  # the notes' text, normalised, made on the first ask

    def written(iri: str) -> bool:
        """The notes write one of the concept's names of two words or more in full somewhere ('Direct Preference
        Optimization' beside 'DPO (Direct Policy Optimization)'): another spelling of the letters is a slip."""
        if not full_text:
            full_text.append(" ".join(normalize(sp.text) for item in doc.items for sp in item.spans))
        entry = vocab.concepts.get(iri)
        labels = [normalize(lab.text) for lab in entry.all_labels if lab.text.isascii() and " " in lab.text] if entry else []
        return any(label in full_text[0] for label in labels)

    def foreign_name(name: str, iri: str) -> bool:
        """'随机森林（Bagging）': a Latin name (no abbreviation) given in brackets to a concept of the lexicon that
        has Latin names of its own, none of which shares a word with it, names another thing (here its kind);
        a translation or a spelling of one of those names shares a word ('Random Forests', 'Batch Norm')."""
        text = clean_label(name).strip()
        entry = vocab.concepts.get(iri)
        if entry is None or not text.isascii() or _is_abbreviation(text) or named(normalize(text).strip()) == iri:
            return False
        latin = [lab.text for lab in entry.all_labels if lab.text.isascii() and not _is_abbreviation(lab.text.strip())]
        words = _latin_stems([text])
        return bool(latin) and bool(words) and not words & _latin_stems(latin)

    headings = vocab.derived("headings", HeadingReader)
    asks = vocab.derived("question-pattern", question_pattern)
    # names defined with their other names come first: "MLA(Multi-Head Latent Attention)" in the text makes
    # MLA a name of the known concept before the heading "MLA：…" could make it a new one
    for section in doc.sections:
        for name, aliases, _ in defined_names(section.title, vocab):
            _define(name, aliases, section.line, named, add, redefined=redefined, kind=kind, cut_short=cut_short, foreign=foreign_name, described=described)  # "## Inception network (GoogLeNet)"
    translator = vocab.derived("translation-reader", TranslationReader)
    aspects = vocab.derived("aspect-headings", lambda v: tuple(normalize(w).strip() for w in v.cue_set("AspectHeading")))
    in_aspect = aspect_items(doc, aspects)
    for item in doc.items:
        aspect = id(item) in in_aspect
        for span in item.spans:
            if not span.code:
                label_end = _label_end(span.text, item.bold) if aspect else 0
                for name, aliases, offset in defined_names(span.text, vocab):
                    if offset >= label_end:  # "**暗条纹（Dark Streaks）**：…" under 特征表现: an aspect, named twice
                        _define(name, aliases, span.line_at(offset), named, add, redefined=redefined, kind=kind, cut_short=cut_short, foreign=foreign_name, described=described)
                for name, aliases, offset in translator.names(span.text):
                    if offset >= label_end:
                        _define(name, aliases, span.line_at(offset), named, add, redefined=redefined, kind=kind, cut_short=cut_short, foreign=foreign_name, described=described)
    # the notes' running text, where a word written in capitals elsewhere may turn up in lower case
    prose = "\n".join(span.text for item in doc.items for span in item.spans if not span.code)
    for section in doc.sections:
        if _is_question(section.title) or asks.search(section.title):
            continue  # a heading that asks ("什么是支持向量机") is a question, not a name
        term = headings.name(section.title)
        if names_code(section.title) or _shouted_word(term, prose):
            continue  # '#### model.config', '## train.py': a program's identifier or file; '### GENERATOR': a word
        if term and _name_like(term) and not matcher.covers(term) and not _activity_on_model(term, matcher, vocab):
            add(term, "heading", section.line)
    acronyms: dict[str, list[int]] = {}
    units = shape.units  # kg:MeasureUnit, as NameShape reads it
    measured: set[str] = set()  # acronyms the notes write after a number, as units
    followers: dict[str, list[str]] = {}  # the CJK pair right after each occurrence of an acronym
    tails: dict[str, list[str]] = {}  # the text right after each occurrence
    emphasised: list[tuple[str, str, int]] = []
    # what the file's code blocks assign or define ('Ptheta = dist.pdf(theta)', 'def sample('): a `Ptheta` in the
    # prose is that program's variable, not a name of the notes
    code = "\n".join(span.text for item in doc.items for span in item.spans if span.code)
    assigned = {a or b for a, b in _ASSIGNED.findall(code)} | imported_by_code_first(doc)
    labels: dict[str, int] = {}  # how often each bold term opens an item as its run-in label
    for item in doc.items:
        for span in item.spans:
            if span.code:
                continue
            urls = [u.span() for u in _URL.finditer(span.text)]
            maths = [*span.maths, *(maths_spans(span.text) if "$" in span.text else [])]
            for match in _ACRONYM.finditer(span.text):
                if span.text[match.start() - 1 : match.start()] in ("{", "^", "_") or span.text[match.end() : match.end() + 1] in ("^", "_"):
                    continue  # "W^{DKV}", "CT^{-1}": a superscript or a symbol carrying one, in a formula, not a name
                if span.text[match.start() - 1 : match.start()] == "\\":
                    continue  # "\newcommand{\AVps}…", "$\FVps$": a TeX command the notes define, not a name
                if span.text[match.start() - 1 : match.start()] == "@" and not span.text[match.start() - 2 : match.start() - 1].isalnum():
                    # "Credits to @Dalle2Pics", "[@Joreskog73]": an '@' opening the word marks an account's handle or a
                    # citation key, not a name ('LoRA@MHSA' is LoRA applied at MHSA: a name)
                    continue
                if _in_url(match.start(), urls):
                    continue  # "%EF%BC": the escapes of a link, not a name
                if span.text[match.start() - 1 : match.start()] == "." or match.group(0) in assigned:
                    continue  # "autosklearn.classification.AutoSklearnClassifier", an imported class: code
                if _in_url(match.start(), maths):
                    continue  # "$$… \text{OldEstimate} …$$": a symbol of a formula, not a name
                if _SHAPE_FACTOR_AFTER.match(span.text, match.end()) or _SHAPE_FACTOR_BEFORE.search(
                    span.text, max(0, match.start() - 12), match.start()
                ):
                    continue  # "Output: WF x HF x C": a dimension of a tensor's shape, a symbol ('8 x A100' stays)
                if re.match(r"\(\s*[\dnNkK]\s*\)", span.text[match.end() : match.end() + 5]):
                    continue  # "SE(3)", "O(n)", "SO(3)": a group or an order written as a function, not a name
                if _NUMBER_BEFORE.search(span.text, 0, match.start()) and normalize(match.group(0)) in units:
                    measured.add(match.group(0))  # '16.06 GB', '3.35 TB/s': these notes use it as a unit
                acronyms.setdefault(match.group(0), []).append(span.line_at(match.start()))
                followers.setdefault(match.group(0), []).append(_cjk_after(span.text, match.end()))
                tails.setdefault(match.group(0), []).append(span.text[match.end() : match.end() + 40])
        aspect = id(item) in in_aspect
        for term in item.bold:
            if run_in_label(term, item.spans):
                labels[normalize(clean_label(term))] = labels.get(normalize(clean_label(term)), 0) + 1
                if aspect:
                    continue  # "- **Lossy** - …" under "Properties of Autoencoders": a property, not a name
            if names_code(term):
                continue  # "**yolo-face.cfg**", "**model.config**": a file or an identifier of a program, no concept
            bare = headings.name(term)  # "**Adam 总结**", "**步骤一**": the name without the heading words
            if stripped_to_plain_word(term, bare, common):
                continue  # "**结构缺失**" is no 缺失: what the heading word leaves is an ordinary word
            term = bare
            if term.isascii() and term.isalpha() and term.islower() and term in _maths_words(item.spans):
                # "$H,W = \\frac{H_0}{frac}$ where **frac** is 32": a lower-case word the formula uses as a symbol is
                # that symbol, defined ('**Zorbnet** … $Zorbnet(x)$' stays a name: a capital marks a name)
                continue
            if _short_term(term) and not matcher.covers(term) and not _sentence_like(term, matcher):
                emphasised.append((term, "bold", item.line))
        for term in item.code_terms:
            if term.isalpha() and term[1:].islower() and common.is_common(term.lower()):
                continue  # `Sequential`, `Subclass`: a class of some library named with an everyday word; the notes' prose 'sequential' is the word
            if _code_name(term) and not matcher.covers(term) and term not in assigned:
                emphasised.append((term, "code", item.line))
    # a bold or `code` term the notes use once is emphasis; a concept they are about comes back
    full = normalize("\n".join(span.text for item in doc.items for span in item.spans))
    function_words = tuple(normalize(w).strip() for w in vocab.cue_set("FunctionWord"))
    for term, how, line in emphasised:
        if _shouted_word(clean_label(term), prose):
            continue  # '**GENERATOR**' in notes that also write 'the generator': the word shouted, not a name
        said = full.count(normalize(clean_label(term)))
        if said >= 2 and not _bound_modifier(clean_label(term), full, function_words):
            if how == "bold" and said <= labels.get(normalize(clean_label(term)), 0):
                continue  # only ever a run-in label ("**加分项**：…", "**Memory Efficiency:** …"): an aspect, not a name
            add(term, how, line)
    # the names these notes write out, whose initials an acronym of the same notes may spell
    written_out = matcher.find(full)
    spelled_candidates = [(m.surface, m.concept) for m in written_out] + [
        (d.label, d.iri) for d in found.values() if d.how not in ALIAS_HOWS
    ]
    for term, lines in acronyms.items():
        # a capital pair or CamelCase word seen once is more often a placeholder, a variable or a
        # name dropped in passing (XX, MxN, LeCun) than a concept the notes are about
        if term in measured:
            continue  # 'GB' in '16.06 GB': a unit of measure, not a concept ('DB算法' is never after a number)
        if _shouted_word(term, prose):
            continue  # '**GENERATOR**' in notes that also write 'the generator': the word shouted, not an acronym
        if len(lines) > 1 and not re.fullmatch(r"[A-Z]x[A-Z]|[A-Z]+ ?\d+|[A-Z]\w*/\d+", term):
            longer = _longer_names(term, found.keys(), matcher.keys_opening_with(normalize(term)))
            if sum(not _continues(tail, longer) for tail in tails.get(term, [])) < 2:
                continue  # "KV Cache", "L1 norm": the acronym stands alone once at most; it is part of the name
            if _modifier_of_cjk_noun(followers.get(term, []), headings):
                continue  # "JS 散度" each time: the acronym is a piece of a longer Chinese name
            spelled = spelled_out(term, spelled_candidates)
            if spelled is None:
                spelled = last_spelled_before(term, written_out, full)
            if spelled is not None and not written_out_first(
                lines[0], (name for name, iri in spelled_candidates if iri == spelled), doc
            ):
                spelled = None  # 'CT' thirty times before one '彗尾伪影（Comet Tail）': CT was never short for it
            if spelled is not None:
                add(term, "initials", lines[0], iri=spelled)  # "RL" in notes that write "Reinforcement Learning"
                continue
            add(term, "acronym", lines[0])
    for term, line in plus_variants(doc, lambda name: matcher.covers(name) or bool(named(normalize(clean_label(name))))):
        add(term, "compound", line, kind_of=True)
    for term, line in hyphenated_kinds(doc, matcher):
        add(term, "compound", line, kind_of=True)
    for term, line in titled_kinds(doc, matcher, vocab):
        add(term, "compound", line, kind_of=True)
    for term, line in kind_phrases(doc, matcher, vocab):
        add(term, "compound", line, kind_of=True)
    for term, line in definition_leads(doc, matcher):
        add(term, "label", line)
    profile_sites = frozenset(normalize(t).strip() for t in vocab.cue_set("ProfileSite"))
    for term, line in linked_names(doc, matcher, profile_sites):
        add(term, "link", line)
    for names, line in table_row_names(doc, matcher, vocab):
        if len(names) > 1:
            _define(names[0], names[1:], line, named, add, redefined=redefined, kind=kind, cut_short=cut_short, foreign=foreign_name, described=described)
        else:
            add(names[0], "table", line)
    for name, aliases, line in label_definitions(doc, vocab):
        _define(name, aliases, line, named, add, redefined=redefined, kind=kind, cut_short=cut_short, foreign=foreign_name, described=described)
    for term, line in label_names(doc, matcher, vocab):
        add(term, "heading", line)
    for name, aliases, line in long_defined_names(doc, vocab):
        _define(name, aliases, line, named, add, long=True, kind=kind, foreign=foreign_name)
    for term, line in enumerated_headings(doc, matcher, vocab):
        add(term, "heading", line)
    marks = [DiscoveredConcept("", name, "en", DATASET_MARK, doc.source, line) for name, line in dataset_names(doc, vocab)]
    return list(found.values()) + marks


DATASET_MARK = "dataset-name"  # a discovered record that only says a name is a data set's (dataset_names)


def dataset_names(doc: Document, vocab: Vocabulary) -> Iterator[tuple[str, int]]:
    """Names the notes write as a data set's: right before a data-set head noun ('CMRC 2018 数据集', 'the GLUE
    benchmark', 'LJSpeech dataset'), or in the first column of a table whose first header cell is one
    ('| 数据集 | 任务 | 指标 |', '| Dataset | Size |'). A reader files such a name with ImageNet, as what models are
    trained and scored on, whatever else the notes say of it. These are marks, not concepts: a build gives
    the class kg:Dataset to a concept the notes name otherwise too (pipeline.discovered_classes), never to a
    concept of the lexicon ('DPO dataset' is a data set for DPO)."""
    heads, inline = vocab.derived("dataset-name-pattern", _dataset_name_pattern)
    if not heads:
        return
    for item in doc.items:
        for span in item.spans:
            if span.code:
                continue
            for m in inline.finditer(span.text):
                line = span.line_at(m.start())
                yield m.group(1), line
                if m.group(2).strip(" -"):
                    yield m.group(1) + m.group(2), line
        for table in item.tables:
            first = normalize(table.header[0] if table.header else "").strip(_EDGE)
            if first not in heads:
                continue
            for row_line, cells in table.rows:
                cell = clean_label(_INLINE_MATHS.sub("", cells[0] if cells else ""))
                if cell:
                    yield cell, row_line


def _dataset_name_pattern(vocab: Vocabulary) -> tuple[set[str], re.Pattern[str]]:
    """The data-set head nouns (kg:DatasetHead, lower case) and the pattern of a name written right before one."""
    heads = sorted({h.strip().lower() for h in vocab.cue_set("DatasetHead")} - {""}, key=len, reverse=True)
    inline = re.compile(
        # a name with a capital (a proper name: 'MNIST', 'LJSpeech', 'CMRC 2018'), then the head in any case
        r"(?<![\w\-.])([A-Za-z][A-Za-z0-9\-.]*[A-Z][A-Za-z0-9\-]*|[A-Z][A-Za-z0-9\-]*)((?:[\s\-]*\d{2,4})?)\s*(?i:"
        + ("|".join(re.escape(h) for h in heads) or "(?!)")
        + r")(?![A-Za-z])"
    )
    return set(heads), inline


@lru_cache(maxsize=2**16)  # asked of every written-out name for each acronym of a file
def initials(name: str) -> str:
    """'Reinforcement Learning' → 'RL', 'Graph Neural Networks' → 'GNN', 'Self-Attention' → 'SA': the first
    letter of each word (a hyphen parts words), upper case; '' for a name of one word or with other scripts."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    if len(words) < 2 or not all(w[:1].isascii() and w[:1].isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words).upper()


def spelled_out(acronym: str, names: Iterable[tuple[str, str]]) -> str | None:
    """The concept whose written-out name in the same notes the acronym spells ('RL' where the notes write
    'Reinforcement Learning'), when exactly one concept does: 'LR' in notes that name both learning rate
    and logistic regression is left alone. A plural -s of the acronym does not count ('CNNs')."""
    key = acronym.upper().removesuffix("S") if acronym.endswith("s") and acronym[:-1].isupper() else acronym.upper()
    if not key.isalpha() or len(key) < 2:
        return None
    hits = {iri for name, iri in names if initials(name) == key}
    return next(iter(hits)) if len(hits) == 1 else None


def last_spelled_before(acronym: str, written: Sequence[Mention], text: str) -> str | None:
    """The concept of the name written out last before the acronym first stands in ``text`` (normalised), when
    the names of two or more concepts spell it: 'MC' after '## Monte-Carlo learning' in notes that wrote 'Markov
    Chain' sections earlier is Monte Carlo, as a reader takes an abbreviation for the name just used, when the notes
    also write that name out more often than each other one. None when fewer than two concepts spell it, or none of
    them is written before it, or another is written as often."""
    key = acronym.upper()
    spelling = [m for m in written if initials(m.surface) == key]
    if len({m.concept for m in spelling}) < 2:
        return None
    first = re.search(rf"(?<![a-z0-9]){re.escape(acronym.lower())}(?![a-z0-9])", text)
    before = [m for m in spelling if first is not None and m.end <= first.start()]
    if not before:
        return None
    # and the notes are about it: they write it out more often than each other name that spells the acronym ('DP'
    # after one 'deterministic policy' in notes on dynamic programming stays unread)
    counts = Counter(m.concept for m in spelling)
    last = before[-1].concept
    return last if all(counts[last] > n for concept, n in counts.items() if concept != last) else None


def stripped_to_plain_word(term: str, bare: str, common: CommonWords) -> bool:
    """'**结构缺失**' → '缺失', '**镜像结构**' → '镜像': when dropping a heading word (kg:GenericHeading) from a
    bold Chinese term leaves one ordinary word (the word list holds it), the term was a description, and
    what is left is no name; '**BN层结构**' → 'BN层', '**Adam 总结**' → 'Adam' keep their names."""
    bare = clean_label(bare)
    if not bare or normalize(bare) == normalize(clean_label(term)) or not re.fullmatch(r"[\u3400-\u9fff]+", bare):
        return False  # nothing but punctuation went ('**检索：**' is 检索)
    return common.known_zh(bare)


def aspect_heading(title: str, aspects: Iterable[str]) -> bool:
    """'特征表现', 'Properties of Autoencoders', 'PEFT 的优点', 'Special Challenges of X': a heading over what
    something is like, is good or bad at (kg:AspectHeading), not over the things it is made of. The bold
    labels of its items ('**暗区**：…', '**Computational Efficiency:** …') name properties, not concepts."""
    text = normalize(title)
    for word in aspects:
        if word.isascii():
            if re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", text):
                return True
        elif word and word in text:
            return True
    return False


def aspect_items(doc: Document, aspects: Iterable[str]) -> set[int]:
    """id() of the items under a heading of properties (aspect_heading): a Markdown heading, or a bold line
    standing as one ('**Advantages of PEFT**', '**ALiBi在长文本的优势**：') until the next such line or heading."""
    aspects = tuple(aspects)
    sections = {id(s): aspect_heading(s.title, aspects) for s in doc.sections}
    out: set[int] = set()
    section: object = None
    pseudo: str | None = None
    for item in doc.items:
        if item.section is not section:
            section, pseudo = item.section, None
        if item.label:
            pseudo = item.label
        elif len(item.spans) == 1 and len(item.bold) == 1 and not item.spans[0].code:
            text = item.spans[0].text.strip().rstrip(":：").strip()
            if text == item.bold[0].strip().rstrip(":：").strip():
                pseudo = text  # a bold line alone: a heading in all but its markup
        if (item.section is not None and sections.get(id(item.section))) or (pseudo and aspect_heading(pseudo, aspects)):
            out.add(id(item))
    return out


def _label_end(text: str, bold: Iterable[str]) -> int:
    """Where a bold run-in label that opens ``text`` ends ('暗条纹（Dark Streaks）：…' → after the colon); 0 without one."""
    for term in bold:
        end = _label_opening_end(text, term.strip().rstrip(":："))
        if end:
            return end
    return 0


ACRONYM_INTRO_LINES = 10  # how far after an acronym's first use its name may still introduce it


def written_out_first(acronym_line: int, names: Iterable[str], doc: Document) -> bool:
    """An author writes a name out where they start to shorten it: an acronym stands for a name the notes spell
    out only when one of the names comes before the acronym's first use (``acronym_line``) or close after it
    (ACRONYM_INTRO_LINES: 'RL techniques …' two lines under '**Reinforcement Learning**'). An acronym used from
    the start, whose initials a name written once much later happens to spell ('CT' throughout imaging notes,
    'Comet Tail' glossing one ultrasound artifact 500 lines on), is its own name."""
    last = acronym_line + ACRONYM_INTRO_LINES
    keys = {normalize(n) for n in names if n.strip()}
    for item in doc.items:
        for span in item.spans:
            if span.code or span.lines[0] > last:
                continue
            text = normalize(span.text)
            for k in keys:
                at = text.find(k)
                if at >= 0 and span.line_at(at) <= last:
                    return True
    return False


def _bound_modifier(term: str, full: str, function_words: tuple[str, ...]) -> bool:
    """A Chinese term the notes stress ('**低秩**的') but otherwise only write as the first half of longer
    words ('低秩矩阵', '低秩分解', '低秩近似'): a modifier, not a name of its own. It stands free (end of text,
    punctuation, a particle such as 的 after it) at most once, and is bound into a longer word twice or more."""
    key = normalize(term)
    if not key or not _CJK_ONLY.fullmatch(key):
        return False
    free = bound = 0
    at = full.find(key)
    while at >= 0:  # each occurrence, left to right, none overlapping (a literal re.finditer, without the pattern)
        after = at + len(key)
        at = full.find(key, after)
        rest = full[after : after + 2]
        if _CJK.match(rest[:1]) and not rest.startswith(function_words):
            bound += 1
        else:
            free += 1
    return free <= 1 and bound >= 2


def _cjk_after(text: str, end: int) -> str:
    """The two CJK characters right after a position (one space allowed), or ''."""
    m = _TWO_CJK.match(text[end : end + 3])
    return m.group(1) if m else ""


def _longer_names(term: str, *names: Iterable[str]) -> list[str]:
    """The rest of each known or discovered name that opens with the acronym ('KV' → ' cache')."""
    key = normalize(term)
    return [n[len(key) :] for group in names for n in group if n.startswith(key) and n[len(key) : len(key) + 1] in " -"]


def _continues(tail: str, rests: list[str]) -> bool:
    """The text after an acronym carries on into one of the longer names it opens ('KV Cache')."""
    text = normalize(tail)
    return any(text.startswith(r) and (len(text) == len(r) or not text[len(r)].isalnum()) for r in rests)


def _modifier_of_cjk_noun(followers: list[str], headings: HeadingReader) -> bool:
    """An acronym always followed by the same Chinese noun ('JS 散度', 'JS 散度') modifies it: together they
    are one name kg does not know. A head noun ('BN 层', 'RPN 网络') leaves the acronym the name."""
    if len(followers) < 2 or len(set(followers)) != 1 or not followers[0]:
        return False
    pair = followers[0]
    return not any(pair.startswith(h) for h in headings.head_cjk)


_HYPHEN_PREFIX = re.compile(r"(?<![\w\-])([A-Za-z][A-Za-z0-9]+)-$")


_TITLED = re.compile(
    r"(?<![\w\-])((?:[A-Z][a-z]+|[A-Z][A-Za-z]*\d+) (?:(?:[A-Z][a-z]+|[A-Z]+\d*|[A-Z]\d+) )?[A-Z][a-z]+)(?![\w\-])"
)
_OPENS = re.compile(r"(?:^|[.!?:：。！？]\s*|\n\s*)$")


class KindHeads:
    """The words a kind's name ends in (kg:HeadNoun, kg:NameSuffix: 'layer', 'model', '网络', '模块'),
    normalised once per vocabulary for every rule that reads names of kinds; longest first."""

    def __init__(self, vocab: Vocabulary) -> None:
        words = sorted(
            {normalize(w).strip() for w in vocab.cue_set("HeadNoun") + vocab.cue_set("NameSuffix")}, key=len, reverse=True
        )
        self.every = tuple(words)
        self.latin = tuple(w for w in words if w.isascii())
        self.cjk = tuple(w for w in words if not w.isascii())


class _KindPhrases:
    """What kind_phrases() needs from the vocabulary, built once."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.heads = vocab.derived("kind-heads", KindHeads).latin
        self.pattern = re.compile(r"(?<![\w\-])([a-z]{4,}) (" + "|".join(self.heads) + r")(?![\w\-])")
        self.sizes = {normalize(w) for w in vocab.cue_set("SizeModifier")}
        self.steps = {normalize(w) for w in vocab.cue_set("StepVerb")}


def kind_phrases(doc: Document, matcher: Matcher, vocab: Vocabulary) -> Iterator[tuple[str, int]]:
    """'target network', 'teacher model', 'proposal layer', 'hidden layer': a noun in front of a head noun
    (kg:HeadNoun, kg:NameSuffix) names a kind of network, model or layer when the notes come back to it,
    three times at least in the file.

    Words that say which one or how big (kg:SizeModifier: 'previous layer', 'deep network'), everyday
    words ('the', 'this', 'first' …, common in any text), adverbs ('fully connected layer' is a longer
    name), verbs of a step, and known names ('transformer model' is the Transformer) make no kind.
    """
    reader = vocab.derived("kind-phrases", _KindPhrases)
    words = mention_words(vocab)
    common = common_words()
    # each use: the term, its line, and the word right before it when a word of content ('' otherwise)
    seen: dict[str, list[tuple[str, int, str]]] = {}
    for item in doc.items:
        for span in item.spans:
            if span.code:
                continue
            lowered = span.text.lower()
            for m in reader.pattern.finditer(lowered):
                word = m.group(1)
                if word in reader.sizes or word in reader.steps or common.zipf_en(word) >= 5.5:
                    continue
                if word.endswith(words.gerund_suffixes):
                    continue  # 'learning algorithm', 'training method': what it does, not which kind it is
                if words.adverb_or_hyphen_end.search(lowered[max(0, m.start() - 12) : m.start()]) or matcher.find(word):
                    continue
                term = span.text[m.start() : m.end()]
                if matcher.covers(term):
                    continue
                key = normalize(term).removesuffix("s") if m.group(2).endswith("s") else normalize(term)
                before = re.search(r"([a-z]+)[ \-]$", lowered[max(0, m.start() - 24) : m.start()])
                led = before.group(1) if before and common.zipf_en(before.group(1)) < 5.5 and before.group(1) not in reader.sizes else ""
                seen.setdefault(key, []).append((term, span.line_at(m.start()), led))
    for uses in seen.values():
        if all(led for _, _, led in uses):
            continue  # 'value iteration algorithm', 'policy iteration algorithm': the tail of longer names, never one alone
        if len(uses) >= 3:
            term = min((t for t, _, _ in uses), key=len)  # 'linear model' before 'linear models'
            yield term, uses[0][1]


_PLUS_SIGNS = re.compile(r"(?<=[A-Za-z0-9])\+")
_NAME_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-.]*")  # a Latin word of a name, not running on into Chinese


def plus_variants(doc: Document, known: Callable[[str], bool]) -> Iterator[tuple[str, int]]:
    """'DeepLabv3+', 'Yeast Powder++': a name ``known`` knows (the lexicon's or one these notes define) with the plus
    signs of a variant (plus_variant) is a name of its own. The name is the longest run of words before the signs
    that is a name."""
    for item in doc.items:
        for span in item.spans:
            text = span.text
            if span.code or "+" not in text:
                continue
            maths = [*span.maths, *(maths_spans(text) if "$" in text else [])]
            for match in _PLUS_SIGNS.finditer(text):
                end = match.start()
                if text[end - 1 : end + 1] == "++" or _in_url(end, maths):  # ('$x_0+y$': no name in maths)
                    continue
                signs = plus_variant(text, end)
                if not signs:
                    continue
                offset = max(0, end - 60)
                words = list(_NAME_WORD.finditer(text, offset, end))
                if not words or words[-1].end() != end:
                    continue
                for first in words[-4:]:  # the longest run first
                    if known(text[first.start() : end]):
                        yield text[first.start() : end] + signs, span.line_at(first.start())
                        break


def _in_title(text: str, start: int, end: int) -> bool:
    """The phrase stands among other capitalised words (two in the four words before and two after it):
    a title ('Rethinking Bottleneck Structure for Efficient Mobile Network Design'), whose capitals are
    the title's, not a name's."""
    before = text[max(0, start - 60) : start].split()[-4:]
    after = text[end : end + 40].split()[:2]
    return sum(bool(re.fullmatch(r"[A-Z][a-z]+\W*", w)) for w in before + after) >= 2


def titled_kinds(doc: Document, matcher: Matcher, vocab: Vocabulary) -> Iterator[tuple[str, int]]:
    """'Proposal Layer', 'Disentangled Attention', 'Smooth L1 Loss', 'Enhanced Mask Decoder': capitalised
    words in front of a head a reader knows, a head noun (kg:HeadNoun, kg:NameSuffix) or the one-word
    name of a known concept, make the name of a kind of that thing.

    Capitals prove a name only where they are not a sentence's: the phrase is used twice in the file,
    once at least in mid-sentence; a first word that is an everyday function word ('The Attention',
    'Our Model') names nothing.
    """
    heads = set(vocab.derived("kind-heads", KindHeads).latin) | matcher.word_keys
    common = common_words()
    steps = {normalize(t) for t in vocab.cue_set("StepVerb")}
    seen: dict[str, list[tuple[str, int, bool]]] = {}
    full: list[str] = []
    for item in doc.items:
        for span in item.spans:
            if span.code:
                continue
            full.append(span.text)
            for m in _TITLED.finditer(span.text):
                term = m.group(1)
                words = term.split()
                if normalize(words[-1]) not in heads or matcher.covers(term):
                    continue
                if common.zipf_en(words[0]) >= 6.0 or normalize(words[0]) in steps:
                    continue  # 'The Network', 'Using Dropout': a sentence's words, not a name's
                if any(normalize(w) in matcher.concept_of for w in words[:-1] if not w.isupper()):
                    continue  # 'Dropout Layer', 'Transformer Decoder': a known name and its part
                if _in_title(span.text, m.start(), m.end()):
                    continue  # 'Overcoming Bias in Captioning Models': a title capitalises every word
                mid = not _OPENS.search(span.text, max(0, m.start() - 3), m.start())
                seen.setdefault(normalize(term), []).append((term, span.line_at(m.start()), mid))
    text = normalize("\n".join(full))
    for key, uses in seen.items():
        if any(mid for _, _, mid in uses) and text.count(key) >= 2:
            yield uses[0][0], uses[0][1]


def hyphenated_kinds(doc: Document, matcher: Matcher) -> Iterator[tuple[str, int]]:
    """'quasi-random search', 'cross-attention', 'semi-supervised learning': a word hyphenated onto a
    known name makes a longer name, a kind of the known one; the short name must not swallow it.

    A reader takes the compound for a name of its own when the notes use it again (twice in the file);
    a prefix that is itself a known name ('CNN-LSTM') joins two names, not a modifier and a name.
    """
    seen: dict[str, list[tuple[str, int]]] = {}
    common = common_words()
    for item in doc.items:
        for span in item.spans:
            if span.code or "-" not in span.text:
                continue  # (no hyphen, no compound: the span need not be matched)
            # '\\label{boost-gradient}', '$(\\ref{boost-gradient})$': a hyphened word in maths is a formula's symbol or a
            # cross-reference key, not a name the prose uses
            maths = [*span.maths, *(maths_spans(span.text) if "$" in span.text or "\\begin" in span.text else ())]
            for m in matcher.find(span.text):
                if any(a <= m.start < b for a, b in maths):
                    continue
                prefix = _HYPHEN_PREFIX.search(span.text, max(0, m.start - 30), m.start)
                if prefix is None or normalize(prefix.group(1)) in matcher.concept_of:
                    continue
                if common.zipf_en(prefix.group(1)) >= 5.5:
                    continue  # 'high-parallelism', 'long-term': an everyday adjective says how much, not what kind
                if re.match(r" [A-Z][a-z]", span.text[m.end : m.end + 3]):
                    continue  # 'Multi-Head Latent Attention': a word of a longer capitalised name
                if re.match(r" [A-Za-z][A-Za-z0-9]*-[A-Za-z]", span.text[m.end : m.end + 40]):
                    continue  # 'Multi-channel bilstm-crf model': a modifier of the hyphened name after it
                term = span.text[prefix.start(1) : m.end]
                seen.setdefault(normalize(term), []).append((term, span.line_at(m.start)))
    for uses in seen.values():
        if len(uses) >= 2:
            yield uses[0]


_LINK_NAME = re.compile(r"(?<![\w.\-])[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9](?![\w\-])")
# a file path written out ("examples/ljspeech/tts0", "./configs/det", "~/data"): three segments or more, or one
# that opens with ./ ../ ~/; two ("encoder/decoder", "TCP/IP") are read as a pair of names
_PATH = re.compile(r"(?:\.{1,2}/|~/)[\w.\-/]+|[\w.\-]+(?:/[\w.\-]+){2,}")


def in_path(text: str, start: int, end: int, paths: list[tuple[int, int]] | None = None) -> bool:
    """The word at text[start:end] is a segment of a file path written in the text ('tts0' in
    '[examples/ljspeech/tts0](…)'): a folder or file of somebody's repository, which names no concept even
    when the link's address ends in the same segment. ``paths``: the text's path spans, if at hand."""
    spans = paths if paths is not None else [m.span() for m in _PATH.finditer(text)]
    return any(a <= start and end <= b for a, b in spans)
_PAGE_SUFFIX = re.compile(r"\.(?:html?|md|php|aspx?)$", re.IGNORECASE)


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


_DEFINITION_LEAD = re.compile(r"^\s*([A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9])\s*[:：]\s*(\S)", re.MULTILINE)


def definition_leads(doc: Document, matcher: Matcher) -> Iterator[tuple[str, int]]:
    """'* metapath2vec：异构图嵌入方法…', '- HERec: …', '- SmartBrush: …': a list item that opens with a
    name, a colon and what it is, defines that name, once is enough. Only a word shaped like a name
    (capitals inside it or digits: 'eDiffi', 'ECA-Net', 'IMDB') counts; 'Example:', 'Input:' are labels."""
    for item in doc.items:
        for span in item.spans:
            if span.code or not span.listed:
                continue
            for m in _DEFINITION_LEAD.finditer(span.text):
                name = m.group(1)
                if len(name) < 3 or not (any(c.isupper() for c in name[1:]) or any(c.isdigit() for c in name)):
                    continue
                if re.match(r"[\d.+\-%]", m.group(2)):
                    continue  # '- Top5: 0.91', '- v2: +3%': a field and its value, not a name and what it is
                if not matcher.covers(name):
                    yield name, span.line_at(m.start(1))


def linked_names(doc: Document, matcher: Matcher, profile_sites: frozenset[str] = frozenset()) -> Iterator[tuple[str, int]]:
    """'[HuBERT](model_doc/hubert)', '[Jurassic-1](…/jurassic1.html)': a name the notes link to a page
    named after it is a thing the author points the reader to, a concept. The page's last path segment
    must spell the name (letters and digits alike), so '[here](…)' or '[paper](…/2208.01626)' name nothing;
    a handle ('@[name](…/name)') names a person, and so does a link to a profile page (profile_link).
    """
    for item in doc.items:
        pages: set[str] = set()
        for href in item.links:
            if any(href in span.text for span in item.spans):
                continue  # '[http://keras.io/layers/recurrent/](…)': the text shows the address, no name is linked
            if profile_link(href, profile_sites):
                continue  # '[Pavel Izmailov](https://twitter.com/pavel_izmailov)': a person the author credits
            segment = _PAGE_SUFFIX.sub("", href.split("#")[0].split("?")[0].rstrip("/").rsplit("/", 1)[-1])
            if "." not in segment and len(_squash(segment)) >= 3:
                pages.add(_squash(segment))
        if not pages:
            continue
        for span in item.spans:
            if span.code:
                continue
            urls = [u.span() for u in _URL.finditer(span.text)]
            paths = [p.span() for p in _PATH.finditer(span.text)]
            tokens = list(_LINK_NAME.finditer(span.text))
            for i, m in enumerate(tokens):
                if _in_url(m.start(), urls) or (m.group(0).count("-") >= 2 and m.group(0).islower()):
                    continue  # the address itself, or its slug ('tokenization-in-natural-language-processing')
                if in_path(span.text, m.start(), m.end(), paths):
                    continue  # '[examples/ljspeech/tts0](…/tts0)': a folder of a repository, not a name
                if span.text[max(0, m.start() - 1) : m.start()] == "@":
                    continue  # '@[huiwenzhang](https://github.com/huiwenzhang)': a person's handle
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                two = span.text[m.start() : nxt.end()] if nxt and nxt.start() == m.end() + 1 else ""
                if two and two.isupper():
                    two = ""  # 'TRANSFORMER EXPLAINER': a title set in capitals, not one name
                if two and nxt is not None and common_words().is_common(nxt.group(0)):
                    two = ""  # '[LoRA insights](…/lora-insights/)', 'Smol Vision': an article's or a repository's title
                for candidate in (two, m.group(0)):
                    if candidate and _squash(candidate) in pages and not matcher.covers(candidate):
                        yield candidate, span.line_at(m.start())
                        break


def profile_link(href: str, profile_sites: frozenset[str]) -> bool:
    """A link to somebody's page: one path segment on a kg:ProfileSite host, after the path the site's profiles sit
    under if it names one ('twitter.com/pavel_izmailov', 'github.com/sovrasov', 'linkedin.com/in/x';
    'github.com/google/jax' is a repository), or a page of a handle or a home folder anywhere
    ('medium.com/@thomassimonini', 'www.mit.edu/~amini/')."""
    parsed = urlsplit(href)
    segments = [s for s in parsed.path.split("/") if s]
    if segments[-1:] and segments[-1].startswith(("@", "~")):
        return True
    host = parsed.netloc.lower()
    for site in profile_sites:
        # a site may carry the path its profiles sit under ('linkedin.com/in', 'zhihu.com/people'); 'mobile.' and
        # other subdomains of a listed host are that host
        site_host, _, prefix = site.partition("/")
        if host != site_host and not host.endswith("." + site_host):
            continue
        lead = [s for s in prefix.split("/") if s]
        if len(segments) == len(lead) + 1 and [s.lower() for s in segments[: len(lead)]] == lead:
            return True
    return False


_GLUED_TRANSLATION = re.compile(r"([A-Za-z][A-Za-z0-9\- ]*[A-Za-z0-9])\s*([\u3400-\u9fff]{2,8})")


def table_row_names(doc: Document, matcher: Matcher, vocab: Vocabulary) -> Iterator[tuple[list[str], int]]:
    """| 预训练模型 | 结构 | … | over rows 'UniLM', 'Gopher', 'T5.1.1': a table whose first header cell
    ends in a head noun (kg:HeadNoun: 模型, Model, 算法, 层 …) lists one such thing per row, and the row's
    first cell is its name, as a reader of the table takes it, and a cell under a kg:KindHeader ('Type') the
    name of the row's kind. Maths in the cell ('卷积层$C_1$') is a
    label of the row, not part of the name; a name glued to its translation ('Linear Kernel线性核') is two
    names of one concept. Names in brackets inside any cell ('知识检索(Knowledge Retrieval)') define
    names as in the text."""
    headings = vocab.derived("headings", HeadingReader)
    heads_latin, heads_cjk = headings.head_latin, tuple(headings.head_cjk)
    own = {normalize(w) for w in vocab.cue_set("AuthorPossessive")}
    kind_headers = {normalize(w).strip() for w in vocab.cue_set("KindHeader")}
    common = common_words()
    for item in doc.items:
        for table in item.tables:
            for row_line, cells in table.rows:
                for cell in cells:
                    for name, aliases, _ in defined_names(cell, vocab):
                        yield [name, *aliases], row_line
            first = normalize(_INLINE_MATHS.sub("", table.header[0] if table.header else "")).strip(_EDGE)
            if not first or not (first.split()[-1] in heads_latin or first.endswith(heads_cjk)):
                continue
            # '| Algorithm | Type | …' over 'Collaborative Filtering' in each row: the cells under a kind header name
            # the kinds the rows' things are, names as the rows' own are
            kind_columns = [j for j, h in enumerate(table.header[1:], 1) if normalize(h).strip(_EDGE) in kind_headers]
            for row_line, cells in table.rows:
                for j in kind_columns:
                    cell = clean_label(_INLINE_MATHS.sub("", cells[j] if j < len(cells) else ""))
                    if _name_like(cell) and not _is_question(cell) and not matcher.covers(cell) and not _sentence_like(cell, matcher):
                        if re.search(r"[A-Z\u3400-\u9fff]", cell) and not common.is_common(cell) and not everyday_name(cell, common):
                            yield [cell], row_line  # not '基线' (baseline), an everyday word for the row's role
            for row_line, cells in table.rows:
                cell = clean_label(_INLINE_MATHS.sub("", cells[0] if cells else ""))
                if _authors_own(cell, own):
                    continue  # 'Ours + RAG', '我们的方法': the authors' run, not a method's name
                if not _name_like(cell) or _is_question(cell) or matcher.covers(cell) or _sentence_like(cell, matcher):
                    continue
                glued = _GLUED_TRANSLATION.fullmatch(cell)
                maths = [m.strip("$ ") for m in _INLINE_MATHS.findall(cells[0]) if matcher.covers(m.strip("$ "))]
                short = _TRAILING_SHORT_FORM.fullmatch(cell)
                if short is not None and _letters_in_order(short.group(1).lower(), [c for c in short.group(2).lower() if c.isalpha()]):
                    yield [short.group(1).strip(), short.group(2)], row_line  # 'PositionRank（PR）': a name and its short form
                elif len(maths) == 1:
                    yield [cell, maths[0]], row_line  # '全局平均采样$GAP$': a name and its known abbreviation
                else:
                    yield ([glued.group(1).strip(), glued.group(2)] if glued else [cell]), row_line


_INLINE_MATHS = re.compile(r"\$[^$]*\$")
# a row's name followed by its short form in brackets: 'PositionRank（PR）', 'Reference Vector Algorithm (RVA)'
_TRAILING_SHORT_FORM = re.compile(r"(.*[A-Za-z\u3400-\u9fff].*?)\s*[(（]\s*([A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*)\s*[)）]")


def _authors_own(cell: str, own: set[str]) -> bool:
    """A cell opening with an author possessive (kg:AuthorPossessive: 'Ours', 'Our method', '我们的方法')."""
    key = normalize(cell)
    first = re.match(r"[a-z]+", key)
    return bool(first and first.group(0) in own) or any(key.startswith(w) for w in own if not w.isascii())


def label_definitions(doc: Document, vocab: Vocabulary | None = None) -> Iterator[tuple[str, list[str], int]]:
    """'**序列到序列的掩码语言建模 Seq2Seq Masked Language Modeling(Seq2Seq MLM)**' alone on its line labels
    the text after it, as a small heading does: the names it defines count as defined_names() in the text."""
    for item in doc.items:
        if item.label:
            for name, aliases, _ in defined_names(item.label, vocab):
                yield name, aliases, item.line


def label_names(doc: Document, matcher: Matcher, vocab: Vocabulary) -> Iterator[tuple[str, int]]:
    """'**忘记层门**' alone on its line, then the text about it: a bold label names what the blocks under
    it are about, as a heading does; read with the heading rules (generic words dropped, questions and
    sentences skipped). Only a label shaped like a name counts: one ending in a head noun (kg:HeadNoun,
    kg:NameSuffix) or an abbreviation-shaped word ('XGBoost')."""
    headings = vocab.derived("headings", HeadingReader)
    asks = vocab.derived("question-pattern", question_pattern)
    heads = vocab.derived("kind-heads", KindHeads).every
    for item in doc.items:
        label = item.label
        if not label or _is_question(label) or asks.search(label) or _SENTENCE_PUNCT.search(label):
            continue
        term = headings.name(label)
        if not term or not (normalize(term).endswith(heads) or _is_abbreviation(term)):
            continue  # '导数', '网络结构如下': a label, but no name; '忘记层门', 'XGBoost' are names
        if _name_like(term) and not matcher.covers(term) and not _sentence_like(term, matcher):
            if not _activity_on_model(term, matcher, vocab):
                yield term, item.line



_ENUMERATOR = re.compile(r"^\s*(?:[(（]\s*(?:[0-9]+|[一二三四五六七八九十]+|[A-Za-z])\s*[)）]|[\u2460-\u2473\u2776-\u277f])\s*")


def enumerated_headings(doc: Document, matcher: Matcher, vocab: Vocabulary) -> Iterator[tuple[str, int]]:
    """'## (1) Non-Contextual Embedding', '### ② 微调模型': a heading numbered with a bracketed or circled
    number is read, without its number, as any other heading is."""
    headings = vocab.derived("headings", HeadingReader)
    asks = vocab.derived("question-pattern", question_pattern)
    for section in doc.sections:
        number = _ENUMERATOR.match(section.title)
        if number is None:
            continue
        title = section.title[number.end() :]
        if _is_question(title) or asks.search(title):
            continue
        term = headings.name(title)
        if term and _name_like(term) and not matcher.covers(term) and not _activity_on_model(term, matcher, vocab):
            yield term, section.line

_LONG_CJK_RUN = re.compile(r"([\u3400-\u9fff]{3,24})\s*$")


def long_defined_names(doc: Document, vocab: Vocabulary) -> Iterator[tuple[str, list[str], int]]:
    """'高效空间金字塔卷积模块（ESP Module）': a Chinese name longer than defined_names() takes, cut at
    the last kg:FunctionWord before it ('提出一种…'), ending in a head noun (kg:HeadNoun, kg:NameSuffix),
    followed by its English name in brackets."""
    heads = vocab.derived("kind-heads", KindHeads).cjk
    function = [normalize(w) for w in vocab.cue_set("FunctionWord")]
    for item in doc.items:
        for span in item.spans:
            if span.code:
                continue
            for m in _BRACKETED.finditer(span.text):
                parts = [p.strip() for p in re.split(r"[,，;；、]", m.group(1)) if p.strip()]
                if not parts or not all(_short_term(p) and _latin_name(p) for p in parts):
                    continue
                run = _LONG_CJK_RUN.search(span.text, max(0, m.start() - 30), m.start())
                if run is None:
                    continue
                name = run.group(1)
                cut = max((name.rfind(w) + len(w) for w in function if w in name), default=0)
                name = name[cut:]
                if not 9 <= len(name) <= 16 or not any(name.endswith(h) for h in heads):
                    continue  # shorter names are defined_names()'s
                yield name, parts, span.line_at(m.start())


_URL = re.compile(r"(?:https?://|www\.)\S+|%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})+")


# (a single dollar pairs by structure's rule: not before a space, nor closing before a digit — prices)
_MATHS = re.compile(rf"\$\$.+?\$\$|{DOLLAR_OPEN}[^$\n]+?{DOLLAR_CLOSE}|\\begin\{{([A-Za-z]+\*?)\}}.+?\\end\{{\1\}}", re.DOTALL)


def _maths_words(spans: Iterable[Span]) -> set[str]:
    """The words written as symbols in the maths of these spans ('{frac}' in '$\\frac{H_0}{frac}$'): not TeX commands
    ('\\frac'), not functions applied ('entmax(z)'), and not the words of '\\text{…}' where the TeX is still there
    (maths the parser left in the text; in its own maths spans it has already written '\\text{x}' as the word x)."""
    words: set[str] = set()
    for span in spans:
        if "$" not in span.text and not span.maths:
            continue
        for a, b in [*span.maths, *maths_spans(span.text)]:
            formula = _TEXT_COMMAND.sub(" ", span.text[a:b])
            words.update(_MATHS_WORD.findall(formula))
    return words


_TEXT_COMMAND = re.compile(r"\\(?:text|mathrm|operatorname|textbf|mathbf)\s*\{[^{}]*\}")
# a word of a formula, not a TeX command ('\\frac') and not a function applied ('entmax(z)': a name of the notes)
_MATHS_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}(?![A-Za-z])(?!\s*\()")


def maths_spans(text: str) -> list[tuple[int, int]]:
    """Where the text holds maths, '$$…$$', a LaTeX environment ('\\begin{align}…\\end{align}') or '$…$' where
    the parser left it: capitals there ('$$\\text{NewEstimate}
    = \\text{OldEstimate} + …$$') are the formula's symbols, which a reader does not take for names of concepts."""
    return [m.span() for m in _MATHS.finditer(text)]


def _in_url(position: int, urls: list[tuple[int, int]]) -> bool:
    """The position lies inside a web address or a run of %-escapes ('github.com/…', '%E5%9E%8B')."""
    return any(start <= position < end for start, end in urls)


_TECHNIQUE_CLASSES = {KG.Technique, KG.Normalization, KG.Regularization, KG.Initialization, KG.Optimization}


def _activity_on_model(term: str, matcher: Matcher, vocab: Vocabulary) -> bool:
    """'Pretraining BERT', 'Fine-Tuning T5': a heading naming a known technique done to a known model is
    an activity, not one more concept."""
    found = matcher.find(term)
    if len(found) != 2 or found[0].start != 0 or found[1].end != len(term):
        return False
    if term[found[0].end : found[1].start].strip(" -"):
        return False
    first, second = (vocab.concepts.get(m.concept) for m in found)
    return first is not None and second is not None and first.cls in _TECHNIQUE_CLASSES and second.cls == KG.Model


_LATIN_CJK_GAP = re.compile(r"(?<=[a-z0-9])( ?)(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])( ?)(?=[a-z0-9])")


_VERSION_GLUED = re.compile(r"^([a-z][a-z0-9]*[a-z])(v\d+(?:\.\d+)?)$")  # 'yolov3', 'mobilenetv2'; not 'conv2', 'v2'


def _boundary_variant(key: str) -> str | None:
    """The key written the other way at its one Latin–Chinese boundary: with a space where it has none ('em距离' →
    'em 距离'), without where it has one. None for a key with no such boundary, or more than one."""
    found = list(_LATIN_CJK_GAP.finditer(key))
    if len(found) != 1:
        return None
    at = found[0]
    return key[: at.start()] + ("" if at.group(0) else " ") + key[at.end() :]


def _define(
    name: str,
    aliases: list[str],
    line: int,
    named: Callable[[str], str | None],
    add: Callable[..., str | None],
    long: bool = False,
    redefined: Callable[[list[str]], bool] | None = None,
    kind: Callable[[str], str | None] = lambda key: None,
    cut_short: Callable[[str, list[str]], bool] = lambda name, names: False,
    foreign: Callable[[str, str], bool] = lambda name, iri: False,
    described: Callable[[str, list[str]], bool] = lambda name, names: False,
) -> None:
    """One name and the other names the notes give it: all labels of one concept. ``named``: the concept
    a name stands for already ('' for a never-a-concept word). ``long``: a Chinese name too long for the
    short-term rule, already cut to a name by long_defined_names(). ``kind``: the broad concept a name is
    with a head noun after it ('CNN 模型'), else None. ``cut_short``: a Chinese name cut at 的 to a known stem.
    ``foreign``: a name that cannot be another name of the known concept (see discover's foreign_name).
    ``described``: a Chinese name that says what the others are, not what they are called (discover's described)."""
    names = [name, *aliases] if long else [n for n in [name, *aliases] if _short_term(clean_label(n))]
    names = [n for n in names if not too_short_to_translate(n, names)]
    names = [n for n in names if not cut_short(n, names)]  # '…的反向传播算法(Back Propagation Through Time)'
    names = [n for n in names if not described(n, names)]  # '基础模型（Code Llama）': the base model, not its name

    def key(n: str) -> str:
        return normalize(n if long else clean_label(n))

    # '1989 年提出的 CNN 模型（LeNet-5）': a kind and one of its members, not two names of one thing; the kind
    # drops out unless another name is that kind's ('卷积神经网络模型（CNN）')
    kinds = {n: iri for n in names if (iri := kind(key(n))) is not None}
    names = [n for n in names if n not in kinds or any(named(key(m)) == kinds[n] for m in names if m != n)]
    if len(names) < 2 and (not long or name not in names):
        return

    known = next((iri for n in names if (iri := named(key(n))) is not None), None)
    if known == "":
        return  # "State of the Art (SOTA)": the long form of a marker is no concept either
    respelled = abbreviation_spelled_as(names, key, named)
    if respelled is not None:
        # 'fully-connected networks (FCNs)' where kg knows FCN as the fully convolutional network: in these notes
        # the abbreviation is the long form's concept (file_senses), as a reader takes the definition in front of them
        add(respelled[0], "alias", line, respelled[1], defined=True)
        return
    if names_two_known(names, key, named):
        return  # "内存消耗和计算成本 (LLMs)": the bracket does not make computational cost a name of LLMs
    if known is not None and redefined is not None and redefined(names):
        everyday = [n for n in names if not _is_abbreviation(n.strip())]
        abbreviations = {_singular_abbreviation(clean_label(n)).upper() for n in names if _is_abbreviation(n.strip())}
        if all(common_words().is_common(clean_label(n)) for n in everyday) and not any(
            initials(n) in abbreviations for n in everyday
        ):
            return  # "in more formal terms (MLE)": everyday words whose letters only happen to spell the abbreviation
        known = None  # "Factorization-supported Neural Network (FNN)": this FNN is not the feed-forward network
    if known is not None:
        for n in names:
            if not foreign(n, known):  # '随机森林（Bagging）': the bracket gives its kind, not another name
                add(n, "alias", line, known, defined=True)
        return
    if _everyday_gloss(names):
        return  # '上下文(context word)': an everyday Chinese word glossed by everyday English words names nothing
    # neither is known: the concept takes its English name first, the rest as aliases
    names.sort(key=lambda n: 0 if n.isascii() and " " in n else 1 if n.isascii() else 2)
    # names the notes define together are one name even when made of everyday words ("遗忘门（Forget Gate）")
    iri = add(names[0], "parenthesis", line, defined=True)
    if iri is not None:
        for n in names[1:]:
            add(n, "alias", line, iri, defined=True)


def _everyday_gloss(names: list[str]) -> bool:
    """'上下文(context word)': a word of everyday Chinese (one the word list holds at least as often as
    CommonWords.ZH_LOCAL) and its translation in everyday English words. The author translates a word of the
    language; another author's 上下文 ('上下文信息', context information) is that word, not this author's term. A name
    the list does not hold ('遗忘门（Forget Gate）', made of everyday English words) is the notes' term."""
    common = common_words()
    latin = [n for n in names if n.isascii()]
    cjk = [n for n in names if not n.isascii()]
    return (
        bool(latin) and bool(cjk)
        and all(common.is_common(clean_label(n)) and not _is_abbreviation(n.strip()) for n in latin)
        and all(common.zipf_zh(clean_label(n).strip()) >= CommonWords.ZH_LOCAL for n in cjk)
    )


def too_short_to_translate(name: str, names: list[str]) -> bool:
    """'强化学习（GRPO，Group Relative Policy Optimization）': a Chinese name with no more characters than the English
    long form beside it has words (three or more) is not that name's translation (Chinese words mostly take two
    characters: '近端策略优化（Proximal Policy Optimization）', '全连接层（Fully Connected Layer）'); it is the broader
    thing the bracket names one of (reinforcement learning, of which GRPO is one; '树搜索（Monte Carlo Tree
    Search）'), and stays out of the definition. Two-word long forms are left alone ('早停（Early Stopping）')."""
    if not _CJK.search(name):
        return False
    # a name of its own inside the long form ('DeepSpeed Hybrid Engine' → 混合引擎) stays in Latin, untranslated
    # nor does a word the Chinese name writes as it is ('Q网络（Q Network）')
    kept = set(re.findall(r"[A-Za-z0-9]+", name.lower()))
    longest = max(
        (sum(not _KEPT_IN_LATIN.search(w) and w.lower() not in kept for w in n.split()) for n in names if n.isascii()),
        default=0,
    )
    return longest >= 3 and len(_CJK.findall(name)) <= longest


_KEPT_IN_LATIN = re.compile(r"[a-z][A-Z]|[A-Z]{2}|\d")  # 'DeepSpeed', 'GPT', 'T5': a name a translation keeps


def redefines_abbreviation(
    names: list[str],
    named: Callable[[str], str | None],
    labels_of: Callable[[str], Iterable[str]],
    heads: Iterable[str] = (),
    written: Callable[[str], bool] = lambda iri: False,
    termed: Callable[[str], bool] = lambda long_form: True,
) -> bool:
    """'Factorization-supported Neural Network (FNN)' where kg knows FNN as the feed-forward network: the notes
    spell out a known abbreviation as a name that shares no word with any name of the concept it stood for (head
    nouns such as 'network' aside). An abbreviation a file defines means that file's expansion (a reader takes
    the definition, not the usual sense); 'Feedforward Neural Network (FNN)' shares 'feedforward' and is the
    known concept."""
    abbreviations = [n for n in names if _is_abbreviation(n.strip())]
    long_forms = [n for n in names if len(n.split()) >= 2 and n.isascii()]
    if len(abbreviations) != 1 or not long_forms:
        return False
    known = named(normalize(clean_label(abbreviations[0])))
    if not known or any(named(normalize(clean_label(n))) for n in long_forms):
        return False

    head_words = set(heads)

    def words(text: str) -> set[str]:
        return {w for w in re.split(r"[\s\-_/]+", normalize(text)) if len(w) > 2 and w not in head_words}

    theirs = set().union(*(words(label) for label in labels_of(known) if label.isascii() and len(label.split()) >= 2))
    if not theirs:
        return False  # kg knows the abbreviation only ('GPT'): the notes spell it out, they do not redefine it
    if any(
        _letter_spelled_otherwise(n, abbreviations[0], labels_of(known), head_words) and termed(n) for n in long_forms
    ) and not written(known):
        return True  # 'fully-connected networks (FCNs)': the C is 'connected' here, 'convolutional' in kg's name
    return not any(words(n) & theirs or words(n.replace("-", "")) & theirs for n in long_forms)


def _letter_spelled_otherwise(long_form: str, abbreviation: str, labels: Iterable[str], heads: set[str]) -> bool:
    """The long form's words open with the abbreviation's letters, as the words of one of kg's names for it do,
    and a word of the one differs from the word of the other for the same letter: 'fully-connected networks' and
    'Fully Convolutional Network' spell FCN two ways, and are two things. Words count as one when their first four
    letters agree ('Convolution'/'Convolutional'), when both are head nouns ('nets'/'Network'), or when one is
    the other with its letters swapped ('Flase'/'False')."""
    short = _singular_abbreviation(abbreviation)
    if initials(long_form) != short.upper():
        return False

    def words(text: str) -> list[str]:
        return [normalize(w) for w in re.split(r"[\s\-]+", text.strip()) if w]

    def same(a: str, b: str) -> bool:
        if a[:4] == b[:4] or (a.removesuffix("s") in heads and b.removesuffix("s") in heads):
            return True
        return sorted(a) == sorted(b)  # 'Flase Positive (FP)': the letters of 'false' swapped, a slip of the keys

    mine = words(long_form)
    for label in labels:
        if label.isascii() and initials(label) == short.upper():
            if not all(same(a, b) for a, b in zip(mine, words(label))):
                return True
    return False


def _singular_abbreviation(abbreviation: str) -> str:
    """'FCNs' → 'FCN': an abbreviation without its plural 's' (two letters or more stay)."""
    text = abbreviation.strip()
    return text[:-1] if text.endswith("s") and len(text) > 2 else text


def abbreviation_spelled_as(
    names: list[str], key: Callable[[str], str], named: Callable[[str], str | None]
) -> tuple[str, str] | None:
    """'fully-connected networks (FCNs)': one abbreviation and one English long form, each a name kg knows of a
    different concept, where the long form's words open with the abbreviation's letters exactly (a hyphen parts
    words; a plural 's' aside). The notes spell out what the abbreviation means to them: (the abbreviation, the
    long form's concept). Names that only share letters in order are left to names_two_known."""
    abbreviations = [n.strip() for n in names if _is_abbreviation(n.strip())]
    long_forms = [n for n in names if n.isascii() and len(re.split(r"[\s\-]+", n.strip())) >= 2 and not _is_abbreviation(n.strip())]
    if len(abbreviations) != 1 or len(long_forms) != 1:
        return None
    abbreviation, long_form = abbreviations[0], long_forms[0]
    short = _singular_abbreviation(abbreviation)
    stands_for = named(key(abbreviation)) or named(key(short))
    meant = named(key(long_form)) or named(key(long_form).removesuffix("s"))
    if not stands_for or not meant or stands_for == meant:
        return None
    spelled = initials(long_form)
    if spelled not in (short.upper(), short.upper() + "S") or len(spelled.rstrip("S")) < 2:
        return None
    return short, meant


def names_two_known(names: list[str], key: Callable[[str], str], named: Callable[[str], str | None]) -> bool:
    """The names of one definition stand, already, for two different concepts: '计算成本 (LLMs)' where 计算成本 is
    computational cost and LLM a language model, a bracket misplaced by a translation or a name cut short. A
    reader does not make one the other's name; nothing is defined. An abbreviation's plural ('LLMs') is read as
    the abbreviation."""
    concepts = set()
    for n in names:
        k = key(n)
        iri = named(k)
        if iri is None and _is_abbreviation(n.strip()) and k.endswith("s"):
            iri = named(k[:-1])
        if iri:
            concepts.add(iri)
    return len(concepts) > 1


def _ends_in_head(key: str, head: str) -> bool:
    """'cnn 模型', 'cnn model': the key ends in the head noun, after a space or hyphen for a Latin one."""
    if not head or len(key) <= len(head) or not key.endswith(head):
        return False
    return not head.isascii() or key[-len(head) - 1] in " -"


_BRACKETED = re.compile(r"[(（]\s*([^()（）\n]{1,80}?)\s*[)）]")
_LATIN_WORDS = re.compile(r"((?:[A-Za-z][\w\-']*\s+){0,7}[A-Za-z][\w\-']*)\s*$")
_CJK_RUN = re.compile(r"([\u3400-\u9fff]{2,12})\s*$")


def defined_names(text: str, vocab: Vocabulary | None = None) -> Iterator[tuple[str, list[str], int]]:
    """'Name (ABBR)', 'ABBR (Full Name)', '中文（English, ABBR）', 'ABBR（中文）': a name and its other names.

    An English full name pairs with an abbreviation only when the abbreviation's
    letters spell the name's words in order (Schwartz & Hearst's rule); a Chinese
    name is the whole run of CJK right before the bracket, when nothing CJK
    stands before it. An abbreviation names one thing: given to two names in one
    text ('输入层（MLP）→ … → 输出层（MLP）'), the brackets say what each is made
    of, and define neither.
    """
    found = list(_defined_names(text, vocab))
    if len(found) < 2:
        yield from found
        return
    owners: dict[str, set[str]] = {}
    for name, aliases, _ in found:
        for a in aliases:
            if _is_abbreviation(a):
                owners.setdefault(a, set()).add(normalize(name))
    def two_things(names: set[str]) -> bool:  # 'Pooling (POOL) … the pooling layer (POOL)' name one thing
        return any(a not in b and b not in a for a in names for b in names)

    for name, aliases, offset in found:
        if not any(two_things(owners.get(a, set())) for a in aliases):
            yield name, aliases, offset


_QUOTE_OPENERS = {'"': '"', "'": "'", "”": "“", "’": "‘", "」": "「", "』": "『"}


def _unquoted(before: str) -> str:
    """'"Representation-focused architecture"(简称RF)', '“批归一化”（BN）': a name in quotes right before the
    bracket is the name the bracket gives another name of; the closing quote stands between them, no more.
    Only a quote opened within the name's reach counts (a quotation closing a sentence is no name's)."""
    opener = _QUOTE_OPENERS.get(before[-1:])
    if opener is None:
        return before
    start = before.rfind(opener, max(0, len(before) - 82), len(before) - 1)
    return before[:-1] if start >= 0 and before[start + 1 : -1].strip() else before


def _particle_tail(run: str, words: MentionWords) -> str:
    """The run's tail after its last particle that breaks it: one standing as a word of its own
    ('NIN由三层的多层感知卷积层' is cut after 的) or closing a function word or cue ('结合使用拉格朗日乘子法' after
    使用); a particle character inside another word ('非对称量化', 非对称 symmetric) breaks nothing."""
    bounds: list[tuple[int, int, str]] = []
    at = 0
    for w in common_words().segment_zh(run):
        bounds.append((at, at + len(w), w))
        at += len(w)
    for m in reversed(list(words.particles.finditer(run))):
        word = next((w for a, b, w in bounds if a <= m.start() < b), "")
        if word == m.group(0) or normalize(word) in words.breaking_words or len(word) < len(m.group(0)):
            return run[m.end() :]
    return run


def _defined_names(text: str, vocab: Vocabulary | None = None) -> Iterator[tuple[str, list[str], int]]:
    words = mention_words(vocab)
    for m in _BRACKETED.finditer(text):
        inside = m.group(1).strip()
        if words.not_a_name.search(inside) or words.bracket_statement.search(inside):
            continue
        parts = [words.alias_marker.sub("", p.strip()) for p in words.alternatives.split(inside) if p.strip()]
        parts = [p for p in parts if p]
        before = _unquoted(text[max(0, m.start() - 120) : m.start()].rstrip())  # a name is near its bracket
        token = re.search(r"[A-Za-z][A-Za-z0-9\-]*$", before)
        if token is not None:
            word = token.group(0)
            if _is_abbreviation(word) and len(parts) == 1:
                # "ESN（Echo State Network）", "ESN（回声状态网络）"
                full = parts[0]
                if (_CJK.search(full) and holds_initials(full, word)) or _long_form(full, word) == full:
                    yield full, [word], m.start()
                continue
            if len(parts) == 1 and _is_abbreviation(parts[0]):
                latin = _LATIN_WORDS.search(before)
                spelled = _long_form(latin.group(1), parts[0]) if latin else None
                if spelled:
                    yield spelled, [parts[0]], m.start()
            elif len(parts) == 1 and (shared := _shared_words_long_form(before, parts[0])):
                yield shared, [parts[0]], m.start()
            continue
        cjk = _CJK_RUN.search(before)
        if len(parts) >= 2 and not _one_name_spelled(parts):
            continue  # "句子嵌入（Doc2Vec或Sent2vec）": two names in the bracket are examples or alternatives, not its names
        if cjk is not None and all(_short_term(p) and _latin_name(p) for p in parts):
            # "批归一化（Batch Normalization, BN）": the translation is a name (capitals or an abbreviation);
            # the Chinese name is the run's tail after its last particle ("NIN由三层的多层感知卷积层")
            run = cjk.group(1)
            name = _particle_tail(run, words)
            if run.endswith("的" + name) and common_words().known_zh(name) and any(" " in p.strip() for p in parts):
                # "迭代级别的批处理（Iteration-level Batching）": cut at 的, what is left is the everyday head noun
                # (批处理, batching) of the name the brackets give; the modifier before 的 belongs to the name
                at = len(run) - len(name) - 1
                modifier = words.particles.split(run[:at])[-1] if at > 0 else ""
                if not modifier:
                    continue
                name = modifier + "的" + name
            latin_head = re.search(r"([A-Za-z][A-Za-z0-9\-]*) ?$", before[: cjk.start()])
            if name == cjk.group(1) and latin_head is not None:
                name = before[latin_head.start() : m.start()].strip()  # "L1 范数（L1 norm）": the name is "L1 范数"
            bounded = name != cjk.group(1) or cjk.start() == 0 or not re.match(r"[\w$]", before[cjk.start() - 1])
            parts = [p for p in parts if not _is_abbreviation(p) or holds_initials(name, p)]
            if words.counted_modifier(name):
                continue  # '二阶(Quadric)泰勒展开': the bracket translates a modifier of the name after it
            counted = words.after_count(before[: len(before) - len(name)], name)  # '2000 个候选框（Region Proposals）'
            # '模型大多属于一类编码器解码器（Encoder-Decoder）': a Chinese count and its measure word, words of their own,
            # start the name, so the name is bounded even where the run of Chinese before them is longer than a name
            # is ('16位浮点数': digits glued to 位 are the name's; '单一类型': 一类 is no word there)
            bounded = bounded or _counted_in_run(name, counted, words)
            name = counted
            if len(name) >= 2 and bounded and parts:
                yield name, parts, m.start()


def _counted_in_run(run: str, counted: str, words: MentionWords) -> bool:
    """The run of Chinese holds a count and its measure word, each a word of its own, right before ``counted``:
    '大多属于一类编码器解码器' (大多/属于/一类/编码器…), not '默认单一类型嵌入编码' (单一/类型/…) nor '位浮点数' (the number
    is digits, outside the run)."""
    if counted == run or not counted:
        return False
    head = run[: len(run) - len(counted)]
    lead = next((head[: -len(w)] for w in words.measure_words if w and head.endswith(w)), head)
    count = words.count_end.search(lead)
    if count is None or any(c.isdigit() for c in count.group(0)):
        return False
    cuts, at = {0}, 0
    for w in common_words().segment_zh(run):
        at += len(w)
        cuts.add(at)
    return len(head) in cuts and count.start() in cuts


def _spelling(name: str) -> str:
    """A name without case, spaces and hyphens: 'Batch-Norm' and 'batch norm' are one spelling."""
    return re.sub(r"[\s\-_]", "", name.lower())


def _one_name_spelled(parts: list[str]) -> bool:
    """'Batch Normalization, BN', 'Batch-Norm, batch norm': the names in one bracket are one name written out,
    shortened or spelled again: each is the longest one, the same spelling, or letters of it in order
    ('BN'); 'Doc2Vec或Sent2vec', 'RYE、SD' are two things."""
    longest = max(parts, key=len)
    return all(
        p == longest
        or _spelling(p) == _spelling(longest)
        or (any(c.isalnum() for c in p) and _long_form(longest, p) is not None)
        for p in parts
    )


def holds_initials(chinese: str, abbreviation: str) -> bool:
    """'回声状态网络（ESN）', '浮点（FP）': each capital of an initialism stands for a word, and a Chinese word takes
    one character at least, so a Chinese long form has as many characters as the initialism has capitals;
    '**动态NTK**（进阶）' (advanced: a remark) and '卷积（CNN）' (a word of the name only) are no long forms of it.
    Capitals that read as a word ('YEAST（酵母）', four letters or more with a vowel) are a name, not initials."""
    capitals = "".join(c for c in abbreviation if c.isupper())
    if len(capitals) >= 4 and re.search(r"[AEIOU]", capitals):
        return True
    return len(_CJK.findall(chinese)) >= len(capitals)


_LOWER_TRANSLATION = re.compile(r"[(（]\s*([a-z][a-z\-]*[a-z](?: [a-z][a-z\-]*[a-z]){0,4})\s*[)）]")


class TranslationReader:
    """'遗忘门（forget gate）', '通道注意力(channel attention)', '决策树 (decision tree)': a Chinese term
    followed by its English translation in lower case is a name the notes define, as a capitalised one is.

    Chinese has no spaces, so where the name starts is read as a reader reads it: the run after the last
    particle, cut after the last everyday function word or relation cue (kg:FunctionWord, the cues:
    '通过硬边界' → '硬边界', '来引入通道注意力' → '通道注意力'), then the longest tail of whole words
    (wordfreq's Chinese word list) about as long as a translation of that many English words is.
    A one-word translation ('步长（stride）') is taken only when the name stands alone, uncut
    ('使用随机丢弃技术（dropout）' is a phrase, not a name); a name shorter than the English has words
    ('上下文无关的嵌入(non-contextual embedding)' cut to '嵌入') is a piece of a longer one, not a name.
    """

    ENGLISH_FUNCTION = 6.5  # Zipf frequency of words that open or close no name: "the" 7.7, "of" 7.4, "with" 6.9

    def __init__(self, vocab: Vocabulary) -> None:
        self.words = mention_words(vocab)
        self.cut = self.words.breaking_words
        self.common = common_words()
        self.analogy = {normalize(w) for w in vocab.cue_set("AnalogyMarker")}

    def names(self, text: str) -> Iterator[tuple[str, list[str], int]]:
        for m in _LOWER_TRANSLATION.finditer(text):
            english = m.group(1)
            words = english.split()
            if any(self.common.zipf_en(w) >= self.ENGLISH_FUNCTION for w in (words[0], words[-1])):
                continue  # "(in general)", "(see below)": a remark, not a name
            if self.words.participle_end.search(words[-1]):
                continue  # "(memory-bounded)", "(shuffled)": a participle describes; a name ends in a noun
            run = _CJK_RUN.search(text, max(0, m.start() - 24), m.start())
            if run is None:
                continue
            if self.after_analogy(run.group(1)):
                continue  # 'KV cache 就像便利贴（post-it notes）': an everyday thing compared to, not a name
            name = self.chinese_name(run.group(1), len(english.replace("-", " ").split()))
            name = self.words.after_count(text[: run.end(1) - len(name)], name) if name else name
            if len(name) >= 2:
                yield name, [english], m.start()

    def after_analogy(self, run: str) -> bool:
        """The phrase before the translation follows an analogy marker (kg:AnalogyMarker: 像, 好比 …) in its
        own clause: what the notes liken the idea to, not a name they define."""
        piece = self.words.particles.split(run)[-1]
        return any(s in self.analogy for s in self.common.segment_zh(piece))

    def chinese_name(self, run: str, parts: int) -> str:
        """The name at the end of ``run`` that translates ``parts`` English words, or ''.

        The run is cut after its last particle that stands as a word of its own: '用户画像（user profile）'
        keeps 用户 whole (用 is a particle only where the text uses it as one), as does 在线学习."""
        words = self.common.segment_zh(run)
        last = max((i + 1 for i, w in enumerate(words) if self.words.particles.fullmatch(w)), default=0)
        piece = "".join(words[last:])
        segments = self.common.segment_zh(piece)
        last_cut = max((i + 1 for i, s in enumerate(segments) if s in self.cut), default=0)
        segments = segments[last_cut:]
        if parts == 1:
            name = "".join(segments)
            return name if name == piece and 2 <= len(name) <= 4 else ""
        longest = 2 * parts + 2
        while segments and len("".join(segments)) > longest:
            segments = segments[1:]
        name = "".join(segments)
        return name if len(name) > parts else ""


def _shared_words_long_form(before: str, abbr: str) -> str | None:
    """'Seq2Seq Masked Language Modeling (Seq2Seq MLM)': an abbreviation that keeps the name's first words
    as they are and shortens the rest; the full name is those words, then the rest's long form."""
    words = abbr.split()
    if not 2 <= len(words) <= 3 or not _is_abbreviation(words[-1]):
        return None
    latin = _LATIN_WORDS.search(before)
    if latin is None:
        return None
    tokens = latin.group(1).split()
    kept = words[:-1]
    for i in range(len(tokens) - len(kept)):
        if tokens[i : i + len(kept)] == kept:
            rest = " ".join(tokens[i + len(kept) :])
            if rest and _long_form(rest, words[-1]) == rest:
                return " ".join(tokens[i:])
    return None


def _latin_name(part: str) -> bool:
    """'Batch Normalization', 'BN', 'ResNet': a name written in Latin letters, not maths or a phrase."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9\- ']*", part)) and (
        _is_abbreviation(part) or any(w[:1].isupper() for w in part.split())
    )


def _is_abbreviation(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9\-]{1,11}", word)) and sum(c.isupper() for c in word) >= 2


def _long_form(words: str, abbr: str) -> str | None:
    """The shortest tail of ``words`` whose letters hold ``abbr``'s letters in order, first letters matching."""
    letters = [c.lower() for c in abbr if c.isalnum()]
    tokens = words.split()
    for size in range(1, min(len(tokens), len(letters) + 2) + 1):
        candidate = tokens[-size:]
        if candidate[0][0].lower() != letters[0]:
            continue
        if _letters_in_order(" ".join(candidate).lower(), letters) and (
            len(candidate) >= 2 or len(candidate[0]) > len(abbr) + 2
        ):
            return " ".join(candidate)
    return None


_EMOJI_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


POSSESSIVE_END = re.compile(r"(?<=[A-Za-z0-9])['’]s$")


def clean_label(term: str) -> str:
    """Markers, emoji and stray punctuation off the ends; an unclosed bracket cut ('X (SPADE' → 'X'); a line break
    or a run of spaces inside ('[Transformer\\nTransducer](…)', a link text wrapped) one space."""
    term = ZERO_WIDTH.sub("", term)  # 'H\u200b2\u200bO': zero-width spaces an editor left inside are no part of the name
    term = without_emoji_codes(term)  # ':bulb: **SpecMix**': GitHub draws the code as an emoji, no word of the name
    term = " ".join(term.split()).strip("*_`'\"“”‘’")
    if term.count('"') % 2 == 1:
        term = term.replace('"', "")  # '"Attention" layer' cut to 'Attention" layer': the partner of a quote cut off
    # "'Dumb' RAG Model" cut to "Dumb' RAG Model": a quote that is no apostrophe ("Bayes' theorem", "model's")
    term = re.sub(r"(?<![sS])'(?![A-Za-z])", "", term)
    for opening, closing in (("(", ")"), ("（", "）"), ("[", "]"), ("【", "】")):
        if term.count(opening) > term.count(closing):
            term = term[: term.rindex(opening)]
        elif term.count(closing) > term.count(opening):
            term = term[term.index(closing) + 1 :]
    while term and not (term[0].isalnum() or _CJK.match(term[0])):
        term = term[1:]
    while term and not (term[-1].isalnum() or _CJK.match(term[-1]) or term[-1] in ")）+#"):
        term = term[:-1]
    # "## U-Net's Success in Medical Imaging" with its generic words dropped: the possessive is the sentence's, the
    # name is U-Net
    term = POSSESSIVE_END.sub("", term)
    # '指数分布族（The exponential family）': the article of the sentence the gloss was taken from, not of the name
    # ('The Pile' keeps it: a capital after it marks a title)
    return _ARTICLE_BEFORE_LOWER.sub("", term.strip())


def not_a_concept(vocab: Vocabulary) -> set[str]:
    """Words that are never concepts: markers and stray acronyms (kg:NotAConcept), everyday words of
    mathematical prose (kg:EverydayWord), organisations and websites, people, and the venues references cite
    (kg:VenueName: a conference or a publisher is where a paper appeared, not what it is about)."""
    sets = ("NotAConcept", "EverydayWord", "OrganizationName", "PersonName", "VenueName")
    return {normalize(t) for name in sets for t in vocab.cue_set(name)}


def opens_with_person(key: str, persons: Collection[str]) -> bool:
    """'我们尝试过', '本文方法', 'we use bert': a normalized term that opens with a person (a Chinese one glued to
    what follows, an English one as a whole word)."""
    return any(
        key.startswith(p) and (not p.isascii() or key[len(p) : len(p) + 1] in ("", " ")) for p in persons if p
    )


def _stopped(key: str, stop: set[str]) -> bool:
    """A never-a-concept word, or its plural ('IDs', 'FAQs')."""
    return key in stop or (key.endswith("s") and key[:-1] in stop)


def _is_date(key: str, date_words: set[str]) -> bool:
    """'2018 年 10 月', '年 6 月', 'Oct 2019': numbers and date words (kg:DateWord) only."""
    rest = re.sub(r"[\d\s.,/\-]+", " ", key).split()
    if not rest or not re.search(r"\d", key):
        return False
    words = [w for piece in rest for w in (re.findall(r"[a-z]+|[^a-z]+", piece))]
    return all(w in date_words or all(c in date_words for c in w) for w in words)


def _is_step(term: str, step_verbs: set[str], heads: Collection[str] = ()) -> bool:
    """'Deploy model', 'Apply learning rate warmup', 'Iterate', '读取数据': a checklist step opens with a verb
    (kg:StepVerb) written as a plain word, not a name ('PlotNet'). A gerund before a kg:HeadNoun ('Preprocessing
    Layers') names a kind of that thing, no step."""
    if _CJK.match(term):
        return any(normalize(term).startswith(v) for v in step_verbs if not v.isascii())  # '读取数据'
    words = term.split()
    first = words[0] if words else ""
    if not first[1:].islower():
        return False
    key = normalize(first)
    # 'Choosing Lag Features', 'Avoiding Data Leakage': a capitalised gerund of a step verb opens a title of an
    # activity of two words or more (one alone, 'Fine-tuning', is the activity's name; 'running variable' in lower
    # case is a participle naming a thing)
    gerund = len(words) > 1 and first[:1].isupper() and key.endswith("ing") and _gerund_stem(key[:-3], step_verbs)
    gerund = gerund and normalize(words[-1]) not in heads
    return key in step_verbs or gerund


def verb_and_object(
    term: str, verbs: Collection[str], tails: Collection[str], known: Callable[[str], bool], heads: tuple[str, ...] = ()
) -> bool:
    """'获取2d时序变化', '构建决策树', '检测雾霾线': a Chinese term whose first word is a verb of doing (kg:ActionVerb,
    kg:ObtainVerb) and whose rest is that verb's object, a known name or three characters or more, titles a step of
    a method, not a name. A one-character noun glued to the verb (kg:VerbNounTail: '学习率', '优化器', '预测头')
    makes the verb part of a name, and a two-character rest ('生成模型', '压缩感知') reads as one too; so does a rest kg
    does not know that ends in a head noun (kg:HeadNoun, kg:NameSuffix: '预测编码网络', '检测变换器'), where the verb
    says what the thing does."""
    key = normalize(term).strip()
    if not _CJK.match(key):
        return False
    words = common_words().segment_zh(key)
    if not words or words[0] not in verbs:
        return False
    rest = key[len(words[0]) :].strip()
    if not rest or rest[:1] in tails:
        return False
    if known(rest):
        return True
    return len(rest) >= 3 and not rest.endswith(heads)


def _gerund_stem(stem: str, verbs: set[str]) -> bool:
    """'choos' → choose, 'plott' → plot, 'tun' → tune, 'select' → select: the verb a gerund's stem is of."""
    return stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)


def is_change_clause(term: str, change_verbs: set[str], state_adjectives: Collection[str] = ()) -> bool:
    """'平均路径长度增加', '长度突然增加', 'the loss decreases': a term that ends in a verb of change
    (kg:ChangeVerb) after a noun says what happens to an amount; it is a clause, not a name. The verb alone
    ('增加') is no clause, and an English one needs a word before it. So is a Chinese term of three characters
    or more ending in a kg:StateAdjective after Chinese ('推理效率高': how much of it there is)."""
    key = normalize(term).strip()
    if len(key) >= 3 and key[-1:] in state_adjectives and _CJK.match(key[-2:-1]) and _CJK.match(key[:1]):
        # the adjective is a word of its own, not the end of an everyday one ('后方回声增强': 增强, enhancement)
        if not common_words().is_common(key[-2:]):
            return True
    for verb in change_verbs:
        if verb.isascii():
            if key.endswith(" " + verb) and len(key) > len(verb) + 1:
                return True
        elif key.endswith(verb) and len(key) > len(verb):
            return True
    return False


def _is_figure(key: str, figure_words: set[str]) -> bool:
    """图17, Figure 3, 表 2, Figure 1c, Figure S1, Figure A.1, 图3-1(a): a pointer into the notes (or a panel of a
    figure, a supplement's or an appendix's figure), not a concept."""
    m = re.fullmatch(r"([^\d\s]+?)\s*(?:[a-z]?\d+|[a-z](?=\.\d))[a-z]{0,2}(?:[.\-][a-z]?\d*[a-z]{0,2})*(?:\s*[(（][a-z][)）])?", key)
    return bool(m and m.group(1).strip() in figure_words)


def _code_name(term: str) -> bool:
    """`RMSProp` is a name; `x_t`, `torch.optim.SGD(…)`, `32x32x1` are code, and so is a lowerCamelCase
    identifier (`inputSize`, `storageUri`: a variable or a field; `mBART`, one letter before the capitals, stays)."""
    return (
        bool(re.fullmatch(r"[A-Za-z\u3400-\u9fff][A-Za-z0-9\u3400-\u9fff\- ]{1,30}", term))
        and len(term.split()) <= 3
        and not term.islower()
        and not _LOWER_CAMEL.fullmatch(term)
        and not re.fullmatch(r"[Vv]\d{1,3}", term)  # `V1`, `v2`: a version (of whatever the text names), not a name
    )


_LOWER_CAMEL = re.compile(r"[a-z]{2,}(?:[A-Z][a-z0-9]*)+")


class CommonWords:
    """Everyday words of English and Chinese (wordfreq), which are never concepts of their own."""

    EN_WORD = 3.5  # Zipf frequency: "then" 6.1, "masked" 3.6, "inference" 3.9; "dropout" 3.1, "pooling" 3.0
    EN_LOWER = 2.5  # a lower-case single word: "eliminates" 3.3, "dropout" 3.1 (known anyway), "mixup" 1.6
    EN_LOWER_NOTES_ACRONYM = 3.0  # the same for capitals the notes made a name: "sum" 4.3, "combine" 4.1, "glue" 3.8
    EN_LOWER_ACRONYM = 4.4  # capitals that spell a word this common match only in capitals: "map" 4.8, "em" 4.6
    # ("attention map" is no MAP); "cnn" 4.3, "hmm" 4.1, "bert" 3.5 written in lower case still name theirs
    EN_ACRONYM = 5.0  # capitals that spell a word: "ONE" 6.5, "TRUE" 5.4; "EM" 4.6, "CNN" 4.3 stay
    # five capitals or more that spell a common word are shouting, not an acronym: "METHODS" 4.7,
    # "WARNING" 4.6 go; "ALBERT" 4.2, "ERNIE" 3.5, "ELECTRA" 2.9 stay (acronyms are mostly 2-4 letters)
    EN_SHOUT = 4.4
    # eight capitals or more are longer than almost any acronym: spelling a word in the plain range is enough
    # ("INCORRECT" 3.9, "PROJECTION" 3.8, "MODELING" 3.9 as list labels and title words); "MEGABYTE" 2.2 stays
    EN_LONG_SHOUT = EN_WORD
    LONG_SHOUT_LETTERS = 8
    EN_RARE_WORD = 1.5  # an English word at all: "discriminator" 1.8, "generator" 3.9; "tramo", "sarsa" 0
    SHOUT_LETTERS = 5
    EN_PHRASE = 4.4  # every word of a phrase at least this common: "useful concept", "plain network"
    ZH_LOCAL = 3.0  # a Chinese name this common is everyday writing: "精度" 3.9, "开源" 3.8, "上下文" 3.3; "方差" 2.9, "偏置" 2.1
    ZH_CHAR = 5.0  # a single character counts as an everyday word only when very common ("长", "多")
    ZH = 4.0  # "直接" 5.5, "组合" 4.8, "效率" 4.6; "梯度" 3.9, "判别" < 3

    def __init__(self) -> None:
        self._lists: dict[str, WordList] = {}

    def _zipf(self, word: str, lang: str) -> float:
        words = self._lists.get(lang)
        if words is None:
            words = self._lists[lang] = WordList.load(lang)
        # the Chinese list is in simplified characters: '學習資源' is looked up as 学习资源 (kg.text folds them)
        return words.zipf(normalize(word) if lang == "zh" else word)

    def is_common(self, term: str) -> bool:
        text = term.strip()
        if _CJK.search(text):
            return self._zipf(text, "zh") >= self.ZH or self._all_common_zh(text)
        words = text.replace("-", " ").replace("/", " ").split()
        if len(words) == 1:
            word = words[0]
            if any(c.isupper() for c in word[1:]) and not word.isupper() and not any(c.isdigit() for c in word):
                # "AlexNet" is shaped like a name; "MisLeading" (an aside's remark: capitalised words of three letters
                # or more run together) is the everyday word in odd case. "RoPE", "MoE", "ZeRO", "GloVe" spell words too,
                # but their capitals mark letters of an acronym, not words
                # "SAmple", "DEtection" (in 'Graph SAmple and aggreGatE', 'DEtection TRansformer'): the capitals
                # opening an everyday word mark the letters another name's acronym takes; the word is the everyday one
                shaped = re.fullmatch(r"(?:[A-Z][a-z]{2,}){2,}|[A-Z]{2}[a-z]{3,}", word)
                return bool(shaped) and self._zipf(word.lower(), "en") >= self.EN_WORD
            if any(c.isdigit() for c in word):
                return False  # "LeNet5": shaped like a name
            if word.islower():
                return self._zipf(word, "en") >= self.EN_LOWER  # "eliminates": a lower-case word is rarely a new name
            if word.isupper() and len(word) >= self.SHOUT_LETTERS and word.endswith("S"):
                # 'INPUTS', 'OUTPUTS' in capitals ('输入（INPUTS）'): the plural of an everyday word, not an acronym
                if self._zipf(word[:-1].lower(), "en") >= self.EN_WORD:
                    return True
            return self._zipf(word.lower(), "en") >= self._capitalised_threshold(word)
        return all(self._zipf(w.lower().strip(_EDGE), "en") >= self.EN_PHRASE for w in words)

    def _capitalised_threshold(self, word: str) -> float:
        """How common a capitalised word must be to count as an everyday word: an all-capitals word is an
        acronym unless it spells a very common word, or a common one when it is long ('METHODS', quoted
        from a paper's section title)."""
        if not word.isupper():
            return self.EN_WORD
        if len(word) >= self.LONG_SHOUT_LETTERS and word.isalpha():
            return self.EN_LONG_SHOUT
        return self.EN_SHOUT if len(word) >= self.SHOUT_LETTERS and word.isalpha() else self.EN_ACRONYM

    def known_zh(self, word: str) -> bool:
        """The Chinese word list holds this as one word (at any frequency): '轻量化', '反卷积'."""
        return self._zipf(word, "zh") > 0

    def is_coined(self, term: str) -> bool:
        """A name built of everyday words that is not itself one: 'forget gate', 'Decision Tree', 遗忘门,
        通道注意力. A phrase of two words or more, or Chinese of three characters or more that the word
        list does not hold as one word (表达能力, 学院派 are everyday words; 遗忘门 is not)."""
        text = term.strip()
        if _CJK.search(text):
            return len(text) >= 3 and bool(re.fullmatch(r"[\u3400-\u9fff]+", text)) and not self._zipf(text, "zh")
        words = text.split()
        return len(words) >= 2 and all(re.fullmatch(r"[A-Za-z][A-Za-z\-']*", w) for w in words)

    def zipf_zh(self, word: str) -> float:
        return self._zipf(word, "zh")

    def zipf_en(self, word: str) -> float:
        return self._zipf(word.lower(), "en")

    def segment_zh(self, text: str) -> list[str]:
        """Chinese text cut into words, the most likely cut by the word list's frequencies (a unigram
        model, as word segmenters do: '通过硬边界' is 通过/硬/边界, not 通/过硬/边界); a character the
        list lacks is a word of its own, and rare."""
        best: list[tuple[float, int]] = [(0.0, 0)] + [(-math.inf, 0)] * len(text)
        for end in range(1, len(text) + 1):
            for size in range(1, min(4, end) + 1):
                zipf = self._zipf(text[end - size : end], "zh")
                if not zipf and size > 1:
                    continue
                score = best[end - size][0] + _piece_score(zipf)
                if score > best[end][0]:
                    best[end] = (score, size)
        out: list[str] = []
        end = len(text)
        while end > 0:
            size = best[end][1]
            out.append(text[end - size : end])
            end -= size
        return out[::-1]

    def _all_common_zh(self, text: str) -> bool:
        """Two everyday words in a row (效率下降): greedy longest match over the dictionary."""
        pos, pieces = 0, 0
        while pos < len(text):
            for size in range(min(4, len(text) - pos), 0, -1):
                piece = text[pos : pos + size]
                if self._zipf(piece, "zh") >= (self.ZH if size > 1 else self.ZH_CHAR):
                    pos, pieces = pos + size, pieces + 1
                    break
            else:
                return False
        return pieces <= 2


class WordList:
    """One language's wordfreq list, compact: one sorted array of 64-bit keys, a key per word.

    wordfreq's own dictionary holds every word as a Python string (Chinese: 335k words, ~73 MB with
    the list it is made from, which wordfreq keeps too; English: ~28 MB); kg only asks how frequent
    a word is, which a key answers in 8 bytes: the high bits are a hash of the word's UTF-8 bytes,
    the low ones its frequency bucket (wordfreq's list index, -centibels). The answer is wordfreq's
    to the last bit: the same bucket, the same arithmetic, and a word listed twice keeps its last
    (larger) bucket, as ``get_frequency_dict`` does. Only a word absent from the list could be taken
    for one whose 54-bit hash it shares (odds ~2e-11 a lookup).

    The hash is BLAKE2b's, of the UTF-8 bytes, so the sorted keys are the same in every process and
    are kept in the user's cache folder between builds (``_keys_cache``). Words asked about are remembered (a build asks about the same few thousand
    again and again; a dictionary hit is ~50× faster than the search), up to ``SEEN`` of them.
    """

    SEEN = 50_000

    def __init__(self, keys: array, bits: int, zipfs: list[float]) -> None:
        self._keys, self._bits, self._zipfs = keys, bits, zipfs
        self._low = (1 << bits) - 1
        self._seen: dict[str, float] = {}

    @classmethod
    def load(cls, lang: str) -> WordList:
        try:
            import wordfreq
        except ImportError:
            return cls(array("q"), 1, [])
        cached = _cached_keys(lang)
        if cached is not None:
            buckets, keys = cached
        else:
            try:
                # the uncached reader: wordfreq's lru_cache would keep the whole list of strings alive
                pack: list[list[str]] = wordfreq.get_frequency_list.__wrapped__(lang)
            except (LookupError, OSError):
                return cls(array("q"), 1, [])
            buckets = len(pack)
            high = -(1 << _bucket_bits(buckets))
            keys = array("q", sorted((_utf8_hash(word) & high) | index for index, bucket in enumerate(pack) for word in bucket))
            _cache_keys(lang, buckets, keys)
        zipfs = [math.log10(wordfreq.cB_to_freq(-index)) + 9 for index in range(buckets)]
        return cls(keys, _bucket_bits(buckets), zipfs)

    def zipf(self, word: str) -> float:
        """wordfreq's Zipf frequency of the word (log10 per billion words); 0.0 when it is not listed."""
        value = self._seen.get(word)
        if value is None:
            key = _utf8_hash(word) | self._low
            keys = self._keys
            i = bisect.bisect_right(keys, key) - 1  # the word's largest bucket, if it is listed
            value = self._zipfs[keys[i] & self._low] if i >= 0 and (keys[i] ^ key) >> self._bits == 0 else 0.0
            if len(self._seen) < self.SEEN:
                self._seen[word] = value
        return value


def _utf8_hash(word: str) -> int:
    """64 bits of BLAKE2b over the word's UTF-8 bytes: the same in every process, so the sorted keys can be
    kept on disk between builds (Python's own hash of bytes changes from one process to the next)."""
    try:
        data = word.encode()
    except UnicodeEncodeError:  # a lone surrogate, from text that was never UTF-8
        data = word.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)


def _bucket_bits(buckets: int) -> int:
    return max(10, (buckets - 1).bit_length())  # wordfreq's lists have 800 buckets (0 to -799 cB)


def _keys_cache(lang: str) -> Path | None:
    """Where a language's sorted keys are kept: the user's cache folder, one file per wordfreq version.
    Building them costs ~0.4 s a language and every build, even a one-file rebuild, needs them."""
    try:
        from importlib.metadata import version

        release = version("wordfreq")
    except Exception:  # noqa: BLE001 - no metadata: do not cache rather than guess the version
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg" / f"wordfreq-{release}-{lang}-blake2b.keys"


def _cached_keys(lang: str) -> tuple[int, array] | None:
    path = _keys_cache(lang)
    try:
        data = path.read_bytes() if path is not None else b""
    except OSError:
        return None
    keys = array("q")
    if len(data) < 8 or len(data) % keys.itemsize:
        return None
    keys.frombytes(data)
    buckets = keys.pop(0)  # the first entry says how many frequency buckets the keys use
    return buckets, keys


def _cache_keys(lang: str, buckets: int, keys: array) -> None:
    """Write the keys for the next build, atomically; a cache that cannot be written is only slower."""
    path = _keys_cache(lang)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as out:
            out.write(array("q", [buckets]).tobytes() + keys.tobytes())
        os.replace(out.name, path)
    except OSError:
        pass


@lru_cache(maxsize=1)
def common_words() -> CommonWords:
    return CommonWords()


_everyday_words = common_words  # for Matcher.__init__, whose parameter `common_words` (a word list) shadows the function


def _sentence_like(term: str, matcher: Matcher) -> bool:
    """A bold phrase holding two names or more is a claim ('BN 和 Dropout'), not one new name."""
    return len(matcher.find(term)) >= 2




class NameShape:
    """What a name looks like: not a sentence piece, not two names joined, not maths.

    A Chinese name never opens with a function word (kg:FunctionWord: 的, 那么,
    也 …) nor holds a relation cue ('减少网络层参数' is a claim); no name holds
    'and/和' between two parts, maths (x_{i}) or only digits.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.words = mention_words(vocab)
        self.function = sorted((normalize(w) for w in vocab.cue_set("FunctionWord")), key=len, reverse=True)
        self.cues = [
            normalize(c.text) for c in vocab.cues if c.role != "set" and not c.text.isascii() and len(c.text) > 1
        ]
        self.joins = {normalize(w).strip() for w in vocab.cue_set("Coordination") if w.strip() not in (",", "，", "、")}
        self.degree = {normalize(w).strip() for w in vocab.cue_set("DegreeAdverb")}
        self.units = {normalize(w).strip() for w in vocab.cue_set("MeasureUnit")}
        self.folders = {normalize(w).strip() for w in vocab.cue_set("FolderWord")}
        self.clause_verbs = {normalize(w).strip() for w in vocab.cue_set("ClauseVerb")}
        self.group_modifiers = {normalize(w).strip() for w in vocab.cue_set("GroupModifier")}
        self.adjective_suffixes = {normalize(w).strip() for w in vocab.cue_set("AdjectiveSuffix")}
        # two-character ones only: '前' and '后' alone end names as often as they place something
        self.postpositions = tuple(w for w in (normalize(w).strip() for w in vocab.cue_set("Postposition")) if len(w) > 1)
        # 'in', 'on', 'over' and 'per' open names written apart ('On Policy', 'Over Smoothing', 'In Context Learning')
        self.title_prepositions = {
            w for w in (normalize(w).strip() for w in vocab.cue_set("Preposition")) if w.isalpha() and w.isascii()
        } - {"in", "on", "over", "per"}
        self.owner_determiners = {normalize(w).strip() for w in vocab.cue_set("OwnerDeterminer")}

    def ok(self, term: str, defined: bool = False) -> bool:
        """``defined``: the notes give the term with another name in brackets ('控制流图（Control Flow Graph）')."""
        n = normalize(term)
        if not re.search(r"[^\W\d_]", n) or re.search(r"[_{}\\^=$]", n):
            return False  # digits only, or maths / code
        if re.fullmatch(r"([XYZxyz])\1+", term.strip()):
            return False  # 'XX', 'YYY': x, y or z repeated stands for any name, a placeholder ('PP' is a name)
        if is_measurement(term, self.units) or names_folder(term, self.folders) or ends_in_variable(term):
            return False  # '240p', 'DeepSpeedExamples', '顶点i': an amount, a repository, a variable
        if is_clause(term, self.clause_verbs):
            return False  # '游戏有随机性', '输入是 s': a statement about something, not a name
        if is_participle(term, self.words) or names_group(term, self.group_modifiers):
            return False  # 'Interleaved' describes; 'Traditional Models' heads a group the section lists
        words = n.split()
        if len(words) > 1 and words[0] in self.title_prepositions:
            return False  # "Beyond DQN", "From a teacher solution": a title's phrase of place, time or means, not a name
        if len(words) > 1 and words[0] in self.owner_determiners:
            return False  # "My interpretation", "Our method": somebody's part of the text, not a name
        if len(words) > 1 and words[0] in self.degree:
            return False  # "highly correlated": a description by degree (kg:DegreeAdverb), not a name
        if len(words) > 1 and any(w in self.joins for w in words[1:-1]):
            return False  # "L1 and L2 Regularization": two names
        if re.search(r"[a-z][a-z0-9]*\s*/\s*[a-z]|[\u3400-\u9fff]\s*/\s*[\u3400-\u9fff]", n):
            return False  # "ROIHead/Fast R-CNN", "FP16/BF16", "全量/增量推理": two names
        if re.search(r"[a-z][a-z0-9]*\s*\+\s*[a-z]", n):
            return False  # "CRNN+CTC", "Ours + RAG": names joined, a combination of them, not one name
        hyphened = re.fullmatch(r"[A-Za-z][a-z]+-([a-z]+)", term.strip())
        if hyphened and hyphened.group(1) in self.adjective_suffixes:
            return False  # "spatial-agnostic", "channel-wise": a hyphenated adjective describes, it names nothing
        if self.words.hyphened_participle.fullmatch(term.strip()):
            return False  # "Fine-Grained", "Pre-trained": a hyphenated participle describes, it names nothing
        label = re.fullmatch(r"([a-z]{2,})(\d{1,2})", n)
        if label and common_words().zipf_en(label.group(1)) >= 4.0:
            return False  # "way1", "step2", "case3": an everyday word numbered is a list label ('gpt2', 't5' stay)
        if re.fullmatch(r"[a-z]-th|[ijkmnt]th|\d+(?:st|nd|rd|th)", n.replace(" ", "")):
            return False  # "i-th", "t-th", "k-th": an ordinal index of a formula, not a name
        if is_identifier(term):
            return False  # "BV1C3411s7t9", "a3f9c2e1b7": a video, commit or record id, not a name
        if re.fullmatch(r"[a-z]{1,4} ?\d{2,}|.+ (?:19|20)\d\d|[a-z]x[a-z]", n):
            return False  # "FC 4096", "FC84": a layer's size; "CVPR 2020": an event; "MxN": a shape
        if _CJK.search(n):
            if any(n.startswith(w) for w in self.function):
                return False
            if self._holds_cue_word(n, defined) or any(j in n for j in self.joins if not j.isascii()):
                return False
            if "的" in n:
                return False  # "语言的特征表示": a description, not a name
            if n.endswith(self.postpositions):
                return False  # "TSB之前", "卷积层之后": a place or a time next to a name, not a name
            if self.words.counted_modifier(n):
                return False  # '二阶', '多头': how many of something, a modifier, not a name
            if self.words.value_statement.search(n):
                return False  # "均值为0": a statement of a value, not a name
        return True

    def _holds_cue_word(self, n: str, defined: bool) -> bool:
        """A cue stands in the name as a word of its own ('防止过拟合' cuts 防止/过/拟合): a verb and its object, no
        name. In a name the notes define with another name in brackets, a cue inside a longer word of the word list's
        likeliest cut ('控制流图' cuts 控制流/图: control flow, not 控制 control) is part of that word."""
        cues = [c for c in self.cues if c in n]
        if not cues or not defined:
            return bool(cues)
        bounds = {0, *itertools.accumulate(len(w) for w in common_words().segment_zh(n))}  # the cut, once per name
        return any(
            at in bounds and at + len(c) in bounds for c in cues for at in range(len(n)) if n.startswith(c, at)
        )


_MEASUREMENT = re.compile(r"\d+(?:[.,]\d+)?(?:\s*[-~～–]\s*\d+(?:[.,]\d+)?)?\s*([^\d\s]{1,3})")


def is_measurement(term: str, units: set[str]) -> bool:
    """'144p', '240p', '30 fps', '16GB', '7B', '10x', '4天', '5-6 倍': a number (or a range) with a unit after it (kg:MeasureUnit) is an
    amount (a resolution, a size, a duration), never a concept; '3D' or 'T5' (no unit, or letters first) stay."""
    m = _MEASUREMENT.fullmatch(term.strip())
    return m is not None and normalize(m.group(1)) in units


def is_identifier(term: str) -> bool:
    """'BV19S4y1M7hm', 'a3f9c2e1b7d4': one word of eight or more letters and digits that switches between them
    five times or more is an id (a video, a commit, a record); names mix them at most a few times ('GPT4o',
    'ResNet50', 'R2D2')."""
    t = term.strip()
    if len(t) < 8 or not t.isascii() or not t.isalnum():
        return False
    return sum(a.isdigit() != b.isdigit() for a, b in zip(t, t[1:])) >= 5


_NUMBER_BEFORE = re.compile(r"\d\s?\Z")  # searched up to an acronym's start: a number right before it
_ITEM_LABEL = re.compile(r"[A-Z]\d{1,2}")


def greek_letter_name(term: str, letters: Collection[str]) -> bool:
    """'Epsilon', 'epsilon', 'LAMBDA': a Greek letter's name alone (kg:GreekLetterName) is a formula's symbol. Two or
    three capitals ('PI', 'ETA', 'TAU') may spell an acronym and are not taken for the letter."""
    word = term.strip()
    if not word.isalpha() or normalize(word) not in letters:
        return False
    return not (word.isupper() and len(word) <= 3)


def numbered_part(term: str, part_nouns: Collection[str]) -> bool:
    """'Convolutional Layer 1', 'Layer 3 Dropout', 'Block 2': a part noun (kg:PartNoun) and a number after it count
    the parts of one model in a listing (a table of layers, a heading per block); the phrase names an instance, not
    a concept. 'CONV5-3', 'conv1' carry no part noun and are left to the other checks."""
    words = normalize(term).split()
    return any(w in part_nouns and nxt.isdigit() for w, nxt in zip(words, words[1:]))


def is_item_label(term: str) -> bool:
    """'E1', 'O4', 'Q3': one capital letter and a small number is how notes number their experiments, questions
    and steps; as a heading, bold or table label it numbers an item, it does not name a concept ('T5' or 'C4',
    names of this shape, come from the lexicon, which is matched before discovery)."""
    return _ITEM_LABEL.fullmatch(term.strip()) is not None


_CAMEL_TAIL = re.compile(r"[A-Z][A-Za-z0-9]*[a-z0-9A-Z]([A-Z][a-z]+)")


def names_folder(term: str, folder_words: set[str]) -> bool:
    """'DeepSpeedExamples', 'TorchUtils': a CamelCase word whose last part is a plural word for a folder of
    code (kg:FolderWord) names a repository or folder, not a concept; 'ResNets', 'ConvNets' do not end in one."""
    m = _CAMEL_TAIL.fullmatch(term.strip())
    return m is not None and m.group(1).lower() in folder_words


_VARIABLE_END = re.compile(r".*[\u3400-\u9fff]\s*[A-Za-z\u0391-\u03a9\u03b1-\u03c9]")


def ends_in_variable(term: str) -> bool:
    """'顶点i' (vertex i), '上标 θ' (superscript θ), '输入是 s': Chinese words then one Latin or Greek letter name
    a variable of a formula, as 'vertex i' does; a name in Chinese ends in Chinese or in a name ('BN层', '注意力QK')."""
    return _VARIABLE_END.fullmatch(term.strip()) is not None


def is_participle(term: str, words: MentionWords | None = None) -> bool:
    """'Interleaved', 'Distributed', 'Pretrained': one word that is a past participle describes how something is
    done or made; alone it names nothing (as 'Fine-Grained' does not). A word ending in -eed ('Speed') is no
    participle, and names with capitals inside or digits ('GraphSAGE') are not asked."""
    return (words or mention_words()).participle_word.fullmatch(term.strip()) is not None


def names_group(term: str, modifiers: set[str]) -> bool:
    """'Traditional Models', 'Popular Domain Specific LLMs': a title that opens with a word sorting things by how
    usual or known they are (kg:GroupModifier) and ends in a plural heads the group of things a section lists,
    not one concept; 'Traditional Chinese Medicine' (no plural) or 'Recurrent Models' (no such word) stay."""
    words = term.split()
    last = words[-1] if words else ""
    return len(words) >= 2 and normalize(words[0]) in modifiers and len(last) > 3 and last.endswith("s") and not last.endswith("ss")


def titled_name(term: str, matcher: Matcher, title_words: frozenset[str]) -> bool:
    """'Illustrated Transformer', 'Annotated GPT-2', 'Transformers Explained': a word that titles a blog post or a
    tutorial (kg:TitleWord) beside a name kg knows names the article, not a concept. Participles that name a kind
    ('Gated Attention', 'Masked Attention') are no title words."""
    words = term.strip().split(" ")
    if len(words) < 2:
        return False
    if normalize(words[0]) in title_words:
        return matcher.covers(" ".join(words[1:]))
    return normalize(words[-1]) in title_words and matcher.covers(" ".join(words[:-1]))


def gerund_on_name(term: str, matcher: Matcher) -> bool:
    """'Exploring LSTMs', 'Understanding Batch Normalization', 'Visualizing CNNs': a capitalised -ing word before a
    name kg knows titles an article or a section about that name (as 'Pretraining BERT' names an activity); the
    name is the concept, the title is not another one. 'Learning Rate' (the rest names nothing known) stays."""
    first, _, rest = term.strip().partition(" ")
    return bool(matcher.words.gerund_word.fullmatch(first)) and bool(rest) and matcher.covers(rest)


def is_clause(term: str, clause_verbs: set[str]) -> bool:
    """'游戏有随机性' (the game is random), '输入是 s' (the input is s): a Chinese term with a copula or a verb of
    having (kg:ClauseVerb) standing as a word after its first word states something; it is no name. Words that
    hold the character ('有效', '所有', '是否') are other words: the term is cut into words first."""
    cjk = "".join(_CJK_ONLY.findall(term))
    if len(cjk) < 3:
        return False
    words = common_words().segment_zh(cjk)
    return any(w in clause_verbs for w in words[1:-1]) or (len(words) > 1 and words[-1] in clause_verbs and cjk != term.strip())


def _is_question(text: str) -> bool:
    return "?" in text or "？" in text


def _name_like(term: str) -> bool:
    """Short, no sentence punctuation: a name, not a sentence."""
    return _short_term(term) and not term[:1].isdigit()


def run_in_label(term: str, spans: Iterable[Span]) -> bool:
    """'**Computational Efficiency:** PEFT fine-tunes…', '2. **外推无敌**：训练2048…': the bold words open a
    paragraph or list item and a colon closes them. Such a label names an aspect the item goes on to describe;
    a concept the notes are about also turns up in their running text."""
    label = term.strip().rstrip(":：")
    return any(_opens_with_label(span.text, label) for span in spans)


def _opens_with_label(text: str, label: str) -> bool:
    return _label_opening_end(text, label) > 0


def _label_opening_end(text: str, label: str) -> int:
    r"""Where ``re.match(r"\s*(?:[-*+]\s+|\d+[.)、]\s*)?" + re.escape(label) + r"\s*[:：]", text)`` ends (0: no
    match), without compiling a pattern per label (a build asks about every bold term: thousands of patterns,
    each compiled afresh once the re module's cache of 512 is full). The label may start after all of the
    leading whitespace and a list marker ('-', '*', '+' and whitespace; digits, then '.', ')' or '、', then any
    whitespace), or after some of that whitespace alone; then only whitespace up to a colon. The starts are
    tried in the order the pattern tries them (each quantifier greedy), so the end is the one it gives."""
    size = len(text)
    lead = 0
    while lead < size and text[lead].isspace():
        lead += 1
    starts: list[int] = []
    if lead < size and text[lead] in "-*+":
        end = lead + 1
        while end < size and text[end].isspace():
            end += 1
        starts.extend(range(end, lead + 1, -1))  # the marker, then one or more whitespace characters
    elif lead < size and text[lead].isdecimal():
        end = lead
        while end < size and text[end].isdecimal():
            end += 1
        if end < size and text[end] in ".)、":
            first = end + 1
            end = first
            while end < size and text[end].isspace():
                end += 1
            starts.extend(range(end, first - 1, -1))
    starts.extend(range(lead, -1, -1))
    for start in starts:
        if text.startswith(label, start):
            after = start + len(label)
            while after < size and text[after].isspace():
                after += 1
            if after < size and text[after] in ":：":
                return after + 1
    return 0


def _short_term(term: str) -> bool:
    if _SENTENCE_PUNCT.search(term):
        return False
    if _CJK.search(term):
        return 2 <= len(term) <= 8
    return 2 <= len(term) <= 40 and len(term.split()) <= 4


_HOW_RANK = {"alias": 0, "initials": 0, "parenthesis": 1, "heading": 2, "bold": 3, "code": 4, "acronym": 5}


def fold_key(label: str) -> str:
    """Spellings a reader takes for one name: case, spaces, hyphens, a plural -s ("DenseNets", "Dense-Net")."""
    # a decimal point is part of a version: "OPT-1.3B" is not "OPT-13B"
    key = re.sub(r"[\s\-_·.]+", "", re.sub(r"(?<=\d)\.(?=\d)", ",", normalize(label)))
    plural_abbreviation = re.fullmatch(r"[A-Z][A-Za-z0-9]*[A-Z]s", label.strip())  # "RoIs", "CNNs"
    # a name in capitals keeps its S ('DARTS' is no plural of DART), and so does a short capitalised word: 'Darts'
    # (a library) is no plural of the acronym DART, whose plural is 'DARTs'
    short_word = re.fullmatch(r"[A-Z][a-z]{3,4}", label.strip()) is not None
    if key.isascii() and (len(key) > 4 or plural_abbreviation) and key.endswith("s") and not key.endswith("ss") and not label.strip().isupper() and not short_word:
        # "anchor boxes", "losses", "patches": -es after x, ss, sh, tch ("caches" is "cache" + s)
        key = key[:-2] if re.search(r"(?:x|ss|sh|tch)es$", key) else key[:-1]
    return key


def unify(
    found: list[DiscoveredConcept],
    lexicon: Iterable[tuple[str, str]],
    heads: Iterable[str] = (),
    prefixes: Iterable[str] = (),
    kinds: Iterable[str] = (),
    method_heads: Iterable[str] = (),
    everyday: Callable[[str], bool] = lambda label: False,
    agent_heads: Iterable[str] = (),
    adjective_endings: Iterable[str] = (),
    glued_heads: Iterable[str] = (),
) -> list[DiscoveredConcept]:
    """One node per concept across all files.

    Discovered terms that fold to the same key as each other or as a lexicon
    label (plural, case, hyphens), or that differ from a long lexicon label by
    one letter with the same digits ("AlextNet"), become labels of one concept:
    the lexicon's, else the best-attested discovered one (a bracketed
    definition before a heading before bold, code or an acronym).
    """
    from rapidfuzz.distance import DamerauLevenshtein
    from rapidfuzz.process import extractOne

    endings = tuple(normalize(e).strip() for e in adjective_endings)
    glued = {fold_key(h) for h in glued_heads if h.strip().isascii()}
    lexicon = list(lexicon)
    known: dict[str, str] = {}
    spelled: dict[str, list[str]] = {}  # folded key → the lexicon labels as written
    for label, iri in lexicon:
        known.setdefault(fold_key(label), iri)
        spelled.setdefault(fold_key(label), []).append(label)
    long_labels = [k for k in known if len(k) >= 6 and k.isascii()]
    target: dict[str, str] = {}  # discovered IRI → the IRI it becomes
    groups: dict[str, list[DiscoveredConcept]] = {}
    suffixes = sorted({fold_key(h) for h in heads if fold_key(h)}, key=len, reverse=True)
    operand_prefixes = sorted({fold_key(p) for p in prefixes if fold_key(p)}, key=len, reverse=True)
    kind_words = sorted({fold_key(k) for k in kinds if fold_key(k)}, key=len, reverse=True)
    for d in found:
        key = fold_key(d.label)
        bare = next((key[: -len(h)] for h in suffixes if key.endswith(h) and len(key) > len(h) + 1), key)
        if bare != key and bare in known and not _stem_as_written(d.label, bare, spelled[bare]):
            bare = key  # 'InBlock' is no block of IN: the acronym is written in capitals, 'In' is the word
        if d.how not in ALIAS_HOWS and (key in known or bare in known):
            target[d.iri] = known[key] if key in known else known[bare]  # "RPN 网络" is RPN
            continue
        fuller = named_with_kind(key, known, kind_words)
        # a noun of the language is that noun: 'Kernels' is no Kernel Activation Function left unsaid; an adjective
        # alone ('## Spectral') still stands for the kind it describes (Spectral Clustering)
        if d.how not in ALIAS_HOWS and fuller is not None and (not dictionary_word(d.label) or lone_adjective(d.label, endings)):
            target[d.iri] = known[fuller]  # "Kmeans" where the lexicon knows "k-Means Clustering"
            continue
        operand = operand_of(key, known, operand_prefixes)
        if d.how not in ALIAS_HOWS and operand is not None:
            target[d.iri] = known[operand]  # "模型微调" is 微调
            continue
        if d.how not in ALIAS_HOWS and key.isascii() and len(key) >= 6 and long_labels:
            hit = extractOne(key, long_labels, scorer=DamerauLevenshtein.distance, score_cutoff=1)
            # a plus sign is no typo: 'DeepLabv3+' is a later variant of DeepLabv3 (plus_variant)
            if hit is not None and re.sub(r"\D", "", hit[0]) == re.sub(r"\D", "", key) and hit[0].count("+") == key.count("+"):
                if (
                    not one_letter_word_apart(key, spelled.get(hit[0], []))
                    and not word_initial_substitution(d.label, hit[0])
                    and not initial_letter_apart(key, hit[0])
                    and not short_word_substitution(d.label, hit[0])
                    and not capital_substitution(d.label, spelled.get(hit[0], []))
                    and not acronym_letters_apart(d.label, spelled.get(hit[0], []))
                    and not edit_inside_acronym(d.label, spelled.get(hit[0], []))
                    and not dictionary_word(d.label)
                ):
                    target[d.iri] = known[hit[0]]
                    continue
        groups.setdefault(key, []).append(d)
    best_of: dict[str, str] = {}
    split = split_translations(found, lexicon)
    abbreviations = _abbreviations_of(found)
    long_words = _long_form_words(found, lexicon)
    keys_of: dict[str, set[str]] = {}  # IRI → the keys of its names; key → the IRIs named so
    iris_of: dict[str, set[str]] = {}
    for d in found:
        keys_of.setdefault(d.iri, set()).add(fold_key(d.label))
        iris_of.setdefault(fold_key(d.label), set()).add(d.iri)
    cut: set[tuple[str, str]] = set()  # (IRI, key): a name a concept got from a name cut short, dropped below
    for key, members in groups.items():
        longer = longer_abbreviation_owners({d.iri for d in members}, abbreviations)
        cut.update((iri, key) for iri in longer)
        members = [d for d in members if d.iri not in longer] or members
        clusters = [members]
        if all(_is_abbreviation(d.label.strip()) for d in members):
            # 'FNN' spelled out two ways: two concepts, each one node with the others spelled out its way
            linked = _linked_long_words({d.iri for d in members}, key, long_words, keys_of, iris_of)
            clusters = _expansion_clusters(members, linked, set(known.values()))
        for n, cluster in enumerate(clusters):
            iris = {d.iri for d in cluster}
            best = min(cluster, key=lambda d: (_HOW_RANK.get(d.how, 9), d.iri)).iri
            if n == 0:
                best_of[key] = best
            if normalize(cluster[0].label).strip() in split:
                break  # '输出层（Output Layer）' here, '输出层（LM Head）' there: one word, two things, never merged by it
            for iri in iris - {best}:
                target.setdefault(iri, best)
    # 'Gaussion distribution' in one note, 'Gaussian Distribution' in others: a name of words written again with one
    # word misspelled is that name (misspelled_groups)
    misspelled: set[str] = set()  # IRIs of names that misspell another: never the node a group is named by
    for key, into in misspelled_groups(groups, {fold_key(h) for h in heads}):
        root = _root(target, best_of[into])
        for d in groups[key]:
            misspelled.add(d.iri)
            if d.iri not in target and d.iri != root and _root(target, d.iri) != root:
                target[d.iri] = root
    # '判别网络' and '判别模型' (discriminator network, discriminative model): a bare name the notes also write
    # with two different heads, one of them no kg:MethodHead (网络, layer: a part or a device), stands for two
    # things, and neither folds into it; method heads alone ('提升树模型', '提升树算法') name one method
    shorter_of = {key: kind_of_named(key, best_of, suffixes) for key in groups}
    stems: dict[str, set[str]] = {}
    for key, shorter in shorter_of.items():
        if shorter is not None:
            stems.setdefault(shorter, set()).add(key)
    same = {fold_key(h) for h in method_heads}
    agents = {fold_key(h) for h in agent_heads}

    def two_things(shorter: str) -> bool:
        heads_used = {k[len(shorter) :] for k in stems.get(shorter, ())}
        return len(heads_used) > 1 and not heads_used <= same

    for key, members in groups.items():
        shorter = shorter_of[key]
        if shorter is not None and key[len(shorter) :] in glued and all(_glued_head(d.label, shorter) for d in members):
            continue  # 'DPPNET', 'PointNet': 'net' glued to a name makes a network's own name (kg:GluedNameHead)
        if (
            shorter is not None
            and key[len(shorter) :] in agents
            and cross_file_activity(members, groups[shorter], everyday)
        ):
            continue  # '采样模型（rollout model）' in one note is no name of another note's heading '采样'
        if shorter is not None:
            into = _root(target, best_of[shorter])
            if two_things(shorter):
                if key[len(shorter) :] not in same:
                    continue  # '判别网络': the device keeps its own node
                # '判别模型', '判别方法': the method's names are one node, the first of them
                first = min(k for k in stems[shorter] if k[len(shorter) :] in same)
                into = _root(target, best_of[first])
            for d in members:
                # "检索技术" where the notes also name 检索; never into a chain that leads back to it
                if d.iri not in target and into != d.iri and _root(target, d.iri) != into:
                    target[d.iri] = into
    lexicon_iris = set(known.values())
    rank: dict[str, int] = {}
    for d in found:
        if d.how not in ALIAS_HOWS:
            rank[d.iri] = min(rank.get(d.iri, 9), _HOW_RANK.get(d.how, 9))
    rank.update({iri: MISSPELLED_RANK for iri in misspelled})  # 'Schdduled Sampling' never names the node
    resolved = _merged(target, lexicon_iris, rank)
    # a concept whose every own name was cut keeps only other names ('JSD' after 'Jensen-Shannon-Divergence' went to
    # the group of 'Jensen-Shannon divergence'): those names follow the cut name into its group's node
    kept_own = {d.iri for d in found if d.how not in ALIAS_HOWS and (d.iri, fold_key(d.label)) not in cut}
    orphaned = {
        iri: best_of[key] for iri, key in cut if iri not in kept_own and iri not in lexicon_iris and best_of.get(key, iri) != iri
    }
    out = []
    for d in found:
        if (d.iri, fold_key(d.label)) in cut:
            continue  # '强化学习' is no name of RLHF: '基于人类反馈的强化学习（RLHF）' was cut at 的
        new = resolved.get(d.iri, d.iri)  # chains: acronym → heading concept → lexicon
        if new in orphaned:
            # also when another name led here: 'JSD' in one note merged into the node of another note's
            # 'Jensen-Shannon-Divergence (JSD)', whose own name went to 'Jensen-Shannon divergence' (a node left
            # with no name of its own is no node, so nothing may point at it)
            new = resolved.get(orphaned[new], orphaned[new])
        if new == d.iri:
            out.append(d)
        else:
            out.append(DiscoveredConcept(new, d.label, d.lang, _alias_how(d.how), d.source, d.line))
    return out


def _glued_head(label: str, stem: str) -> bool:
    """'DPPNET', 'PointNet': the label is one Latin word, the stem's letters and the head's with no space, hyphen or
    other mark between (not 'RPN net', 'RPN-Net', 'RPN 网络')."""
    word = label.strip()
    return word.isascii() and word.isalnum() and fold_key(word[: len(stem)]) == stem


def _stem_as_written(label: str, bare: str, spellings: list[str]) -> bool:
    """The name before a head noun ('RPN 网络', 'DenseBlock') stands for the known name ``bare`` (its fold key)
    when it is written as that name is: a known name written only in capitals (an acronym, 'IN') is that name in
    capitals, or in the small letters of casual notes ('dnn部分', 'clip模型'); 'InBlock' opens with the word 'In'."""
    if not spellings or not all(s.strip().isupper() for s in spellings):
        return True
    stem = label.strip()[: len(bare)]
    return fold_key(stem) != bare or stem.isupper() or stem.islower()


def _latin_stems(labels: Iterable[str]) -> set[str]:
    """The first four letters of each word of three letters or more in the Latin names: what two spellings or
    translations of one name share ('Output Layer', 'output layers')."""
    return {w[:4].lower() for label in labels if label.isascii() for w in re.findall(r"[A-Za-z]{3,}", label)}


def _activity_and_agent(a: Iterable[str], b: Iterable[str]) -> bool:
    """'Decoding' and 'decoder', 'tokenization' and 'tokenizer': every name of one that shares a stem with a name of the
    other says the activity (-ing, -ion) where the other says the thing that does it (-er, -or); they share letters,
    not a meaning. A noun and its own -ing ('cluster', 'clustering') is no such pair. Names of one word are compared."""
    activity, agent = ("ing", "ion", "ings", "ions"), ("er", "or", "ers", "ors")

    def pair(x: str, y: str) -> bool:
        if " " in x or " " in y or not (x.endswith(activity) and y.endswith(agent)) or x.startswith(y):
            return False
        shared = len(os.path.commonprefix([x, y]))
        return shared >= 4 and shared >= min(len(x), len(y)) - 5

    sharing = [  # single words only: a longer name ('Decoding Latency') is another thing the notes name
        (x.strip().lower(), y.strip().lower())
        for x in a
        for y in b
        if " " not in x.strip() and " " not in y.strip() and _latin_stems([x]) & _latin_stems([y])
    ]
    return bool(sharing) and all(pair(x, y) or pair(y, x) for x, y in sharing)


def _pairwise_disjoint(sets: list[set[str]]) -> bool:
    return all(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1 :])


def split_translations(
    found: Iterable[DiscoveredConcept], lexicon: Iterable[tuple[str, str]] = ()
) -> dict[str, dict[str, frozenset[str]]]:
    """Chinese names that notes translate as two different things: key → {concept: the files that define it so}.

    '输出层（Output Layer）' in one note and '输出层（LM Head）' in another: each author names what 输出层 is in
    their notes, and the two English names share no word, so they are two concepts, not one joined by the
    Chinese word. Each keeps the word in the notes that gave it; elsewhere the word names neither. A note that
    gives the word both names joins them. A concept of the ``lexicon`` (label, IRI pairs) is named by its labels
    too: '解码（Decoding）' in one note and '即解码（decoder）' in another are decoding and the decoder."""
    found = list(found)
    latin: dict[str, set[str]] = {}
    abbreviations: dict[str, set[str]] = {}  # '教师模型(MAF)': a concept the notes name only by letters
    for d in found:
        label = d.label.strip()
        if label.isascii():
            (abbreviations if _is_abbreviation(label) else latin).setdefault(d.iri, set()).add(label)
    claimed = {d.iri for d in found if d.how in (*ALIAS_HOWS, "parenthesis")}
    own_words: dict[str, set[str]] = {}  # a claimed lexicon concept → its own Chinese labels
    for label, iri in lexicon:
        if iri in claimed and label.strip().isascii():
            (abbreviations if _is_abbreviation(label.strip()) else latin).setdefault(iri, set()).add(label.strip())
        elif iri in claimed:
            own_words.setdefault(iri, set()).add(normalize(label).strip())

    def lexicon_word(key: str, iris: Iterable[str]) -> bool:
        """The word is a claimed lexicon concept's own Chinese label, perhaps with a short head after it ('策略梯度算法'
        of 策略梯度): the lexicon names it, and another note's other gloss is that note's loose one."""
        return any(key == w or (key.startswith(w) and len(key) - len(w) <= 2) for i in iris for w in own_words.get(i, ()))
    claims: dict[str, dict[str, set[str]]] = {}
    for d in found:
        label = d.label.strip()
        if (
            d.how in (*ALIAS_HOWS, "parenthesis")
            and re.fullmatch(r"[\u3400-\u9fff]+", label)
            and (d.iri in latin or d.iri in abbreviations)
        ):
            claims.setdefault(normalize(label).strip(), {}).setdefault(d.iri, set()).add(d.source)

    def related(a: str, b: str) -> bool:
        """Two English names of one thing share a word ('Output Layer', 'output layers'), or one's letters are
        the other's initials ('GBDT', 'Gradient Boosting Decision Tree'), or they are the same letters."""
        if _latin_stems(latin.get(a, ())) & _latin_stems(latin.get(b, ())) and not _activity_and_agent(
            latin.get(a, ()), latin.get(b, ())
        ):
            return True
        for x, y in ((a, b), (b, a)):
            for letters in abbreviations.get(x, ()):
                short = letters.upper().removesuffix("S") if letters.endswith("s") else letters.upper()
                if any(initials(name) == short or _long_form(name, short) for name in latin.get(y, ())):
                    return True
                if short in {o.upper().removesuffix("S") for o in abbreviations.get(y, ())}:
                    return True
        return False

    out: dict[str, dict[str, frozenset[str]]] = {}
    for key, by_iri in claims.items():
        iris = list(by_iri)
        sources = list(by_iri.values())
        # one note giving the word both names ('交并比(Jaccard Index)', '交并比（Intersection-over-Union）') says
        # they are one thing; only notes that each give it one name, the names unrelated, part them
        unrelated = all(not related(a, b) for i, a in enumerate(iris) for b in iris[i + 1 :])
        if len(by_iri) > 1 and _pairwise_disjoint(sources) and unrelated and not lexicon_word(key, iris):
            out[key] = {iri: frozenset(files) for iri, files in by_iri.items()}
    return out


def misspelled_groups(groups: dict[str, list[DiscoveredConcept]], heads: set[str]) -> list[tuple[str, str]]:
    """Pairs (key, key of the name it misspells) among the discovered names' fold keys: names of two words or more
    with the same words but one, that one a slip of the other's (misspelled_word). Names are bucketed by the words
    they share, so only names that could be one are compared. ``heads`` (fold keys of kg:HeadNoun words): names
    sharing only those ('RoFormer Model', 'Reformer Model') are two names of one kind."""
    from rapidfuzz.distance import DamerauLevenshtein

    buckets: dict[tuple[int, tuple[str, ...]], list[tuple[str, str]]] = {}
    for key, members in groups.items():
        words = re.findall(r"[A-Za-z]+", members[0].label)
        if not key.isascii() or len(words) < 2:
            continue
        lower = [w.lower() for w in words]
        for i, word in enumerate(words):
            buckets.setdefault((i, tuple(lower[:i] + lower[i + 1 :])), []).append((word, key))
    pairs = []
    for (_, shared), entries in buckets.items():
        if len(entries) < 2 or all(w in heads for w in shared):
            continue
        for slip, key in entries:
            into = next(
                (
                    other
                    for word, other in entries
                    if other != key
                    and re.sub(r"\D", "", other) == re.sub(r"\D", "", key)
                    and misspelled_word(slip, word)
                    and DamerauLevenshtein.distance(slip.lower(), word.lower()) == 1
                ),
                None,
            )
            if into is not None:
                pairs.append((key, into))
    return pairs


MISSPELLED_RANK = 99  # after every way a name is found (_HOW_RANK): a misspelled name never names its node


def misspelled_word(slip: str, word: str) -> bool:
    """``slip`` is ``word`` misspelled ('Gaussion' for 'Gaussian', 'reigon' for 'region'): the slip is no English
    word while the other is one, both four letters or more with the same first letter ('WGAN' is no misspelled
    'GAN'), and the slip is written as a word is, in small letters or with one capital ('RoFormer', 'YOLOX', a
    coined name's capitals, are no slips of 'Reformer', 'YOLO')."""
    if len(slip) < 4 or len(word) < 4 or slip[0].lower() != word[0].lower() or slip.lower() == word.lower():
        return False
    if not (slip.islower() or (slip[0].isupper() and slip[1:].islower())):
        return False
    common = common_words()
    return common.zipf_en(slip.lower()) == 0 and common.zipf_en(word.lower()) >= CommonWords.EN_RARE_WORD


def dictionary_word(label: str) -> bool:
    """'Optimize' beside the lexicon's 'Optimizer', 'Encode' beside 'Encoder': a word of the language is no
    misspelling of the name one letter away; it is another word (here the verb of the name's agent noun)."""
    word = label.strip()
    return word.isascii() and word.isalpha() and common_words().zipf_en(word.lower()) >= DICTIONARY_ZIPF


DICTIONARY_ZIPF = 2.5  # Zipf frequency of a word of the dictionary: 'optimize' 3.3, 'encode' 2.95; 'alextnet' none


def one_letter_word_apart(key: str, labels: Iterable[str]) -> bool:
    """'Deep Network' beside 'Deep Q-Network': the letter one name lacks is a word of the other's ('Q'), so the
    two are different names, not one name and its typo ('AlextNet' for AlexNet, where the letter is no word)."""
    for label in labels:
        words = [w for w in re.split(r"[\s\-]+", label.strip()) if w]
        for i, word in enumerate(words):
            if len(word) == 1 and fold_key(" ".join(words[:i] + words[i + 1 :])) == key:
                return True
    return False


def capital_substitution(label: str, others: Iterable[str]) -> bool:
    """'ChebNet' beside 'CheXNet': in the one letter the two differ, one writes a capital inside the word where the
    other writes a small letter. A typo slips a letter of the same kind; a capital inside a name is a part the
    author coined, so the two are different names."""
    for other in others:
        if len(other) != len(label):
            continue
        diffs = [(a, b) for a, b in zip(label, other) if a.lower() != b.lower()]
        if len(diffs) == 1 and diffs[0][0].isalpha() and diffs[0][1].isalpha() and diffs[0][0].isupper() != diffs[0][1].isupper():
            return True
    return False


def acronym_letters_apart(label: str, others: Iterable[str]) -> bool:
    """'SPP-Net' beside 'PSPNet', 'ALBART' beside 'ALBERT': the letters in which the two differ are capitals in both,
    letters of an acronym; an acronym with other letters, or its letters in another order, names another thing
    (spatial pyramid pooling, pyramid scene parsing). A typo slips inside a word."""
    mine = [c for c in label if c.isalnum()]
    for other in others:
        theirs = [c for c in other if c.isalnum()]
        if len(theirs) != len(mine):
            continue
        diffs = [i for i, (a, b) in enumerate(zip(mine, theirs)) if a.lower() != b.lower()]
        if diffs and all(mine[i].isupper() and theirs[i].isupper() for i in diffs):
            return True
    return False


def edit_inside_acronym(label: str, others: Iterable[str]) -> bool:
    """'Info Gain' beside 'InfoGAN': the letter one has and the other lacks (or has in its place) falls inside a part
    the known name writes in capitals, an acronym ('GAN'); an acronym's letters are chosen, not mistyped, and the
    word there ('Gain') is another word. A typo slips inside a word ('AlextNet')."""
    key = fold_key(label)
    for other in others:
        other_key = fold_key(other)
        if abs(len(key) - len(other_key)) > 1 or key == other_key:
            continue
        if not other.isascii() or len(other_key) != len(re.sub(r"[^A-Za-z0-9]", "", other)):
            continue  # (the folded key must map letter for letter onto the name as written)
        capitals = [False] * len(other_key)
        letters = [c for c in other if c.isalnum()]
        for m in re.finditer(r"[A-Z]{2,}(?![a-z])", "".join(letters)):
            for i in range(m.start(), m.end()):
                capitals[i] = True
        at = next((i for i, (a, b) in enumerate(zip(other_key, key)) if a != b), min(len(key), len(other_key)))
        if len(key) > len(other_key):  # a letter put in before other_key[at]
            inside = 0 < at < len(capitals) and capitals[at - 1] and capitals[at]
        else:  # other_key[at] changed or left out
            inside = at < len(capitals) and capitals[at]
        if inside:
            return True
    return False


def _substituted_at(label: str, other_key: str) -> int | None:
    """Where the folded label differs from ``other_key`` (a fold_key) in one letter, the two being as long; else None."""
    key = fold_key(label)
    if len(key) != len(other_key):
        return None
    diffs = [i for i, (a, b) in enumerate(zip(key, other_key)) if a != b]
    return diffs[0] if len(diffs) == 1 else None


def _word_spans(label: str) -> list[tuple[int, int]]:
    """The folded spans of a name's words: CamelCase parts, or the parts between marks ('WaveGlow': wave, glow)."""
    words: list[tuple[int, int]] = []
    at, previous = 0, ""
    for char in label.strip():
        folded = fold_key(char) if char.isalnum() else ""
        if folded:
            if not previous.isalnum() or (char.isupper() and previous.islower()) or not words:
                words.append((at, at))
            at += len(folded)
            words[-1] = (words[-1][0], at)
        previous = char
    return words


def short_word_substitution(label: str, other_key: str) -> bool:
    """'RetNet' beside 'RevNet': the one letter in which the two differ sits in a word of three letters or fewer
    (a CamelCase part: 'Ret', 'Rev'), and one letter of so short a word makes another word, so another name; a
    typo slips inside a longer word ('Pathway Language Model' for Pathways). ``other_key``: the other's fold_key."""
    at = _substituted_at(label, other_key)
    return at is not None and any(start <= at < end and end - start <= 3 for start, end in _word_spans(label))


def word_initial_substitution(label: str, other_key: str) -> bool:
    """'WaveFlow' beside 'WaveGlow', 'hswish' beside 'E-swish': the one letter in which the two differ opens a word
    of the name (a CamelCase part, or the name itself), which changes the word; a typo slips inside a word
    ('Pathway Language Model' for Pathways, 'AlextNet' for AlexNet). ``other_key``: the other name's fold_key."""
    at = _substituted_at(label, other_key)
    return at is not None and at in {start for start, _ in _word_spans(label)}


def initial_letter_apart(key: str, other_key: str) -> bool:
    """'NASNet' beside 'MnasNet': one name is the other with a letter before its first; a letter put in front makes
    another name (a prefix, an initial), a typo slips inside the name. Both are fold_keys."""
    longer, shorter = (key, other_key) if len(key) > len(other_key) else (other_key, key)
    return len(longer) == len(shorter) + 1 and longer[1:] == shorter


def _long_form_words(
    found: Iterable[DiscoveredConcept], lexicon: Iterable[tuple[str, str]]
) -> dict[str, tuple[set[str], set[str]]]:
    """IRI → the first words and all the words of its names of two words or more in Latin letters, lower case, a
    hyphen parting words ('Factorization-supported Neural Network': {factorization}, {factorization, supported,
    neural, network}); capitalised words run together are words too ('TopicPageRank': {topic}, {topic, page, rank})."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for label, iri in [*((d.label, d.iri) for d in found), *lexicon]:
        if _CAMEL_WORDS.fullmatch(label.strip()):
            label = " ".join(re.findall(r"[A-Z][a-z]+", label))  # 'TopicPageRank' spells 'Topic Page Rank'
        words = [w for w in re.split(r"[\s\-_/]+", normalize(label).strip()) if w]
        if label.isascii() and len(words) >= 2:
            firsts, every = out.setdefault(iri, (set(), set()))
            firsts.add(words[0])
            every.update(words)
    return out


_CAMEL_WORDS = re.compile(r"(?:[A-Z][a-z]{2,}){3,}")  # three capitalised words run together: 'TopicPageRank'


def _linked_long_words(
    iris: set[str],
    key: str,
    long_words: dict[str, tuple[set[str], set[str]]],
    keys_of: dict[str, set[str]],
    iris_of: dict[str, set[str]],
) -> dict[str, tuple[set[str], set[str]]]:
    """The long-form words of each concept sharing the abbreviation ``key``, with those of the concepts it shares
    another name with: '# FM' headed notes that also write '因子分解机', another note's '因子分解机（Factorization
    Machine）', spell FM out as Factorization Machine, though no Latin long form stands beside 'FM' itself."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for iri in iris:
        firsts: set[str] = set()
        every: set[str] = set()
        partners = {iri} | {other for k in keys_of.get(iri, ()) if k != key for other in iris_of.get(k, ())}
        for partner in partners:
            if partner in long_words:
                firsts |= long_words[partner][0]
                every |= long_words[partner][1]
        if every:
            out[iri] = (firsts, every)
    return out


def _expansion_clusters(
    members: list[DiscoveredConcept], long_words: dict[str, tuple[set[str], set[str]]], lexicon_iris: set[str]
) -> list[list[DiscoveredConcept]]:
    """The concepts sharing an abbreviation, in groups that spell it out alike (other_expansions, applied to what
    is left until nothing is): the first group is the lexicon's or the first concept's, each group one node."""
    clusters: list[list[DiscoveredConcept]] = []
    remaining = members
    while remaining:
        other = other_expansions({d.iri for d in remaining}, long_words, lexicon_iris)
        clusters.append([d for d in remaining if d.iri not in other] or remaining)
        remaining = [d for d in remaining if d.iri in other]
    return clusters


def other_expansions(
    iris: set[str], long_words: dict[str, tuple[set[str], set[str]]], lexicon_iris: set[str]
) -> set[str]:
    """Of concepts that share an abbreviation, those spelled out as another name than the group's first concept
    (the lexicon's if one is, else the first by IRI): 'Factorization-supported Neural Network (FNN)' in one note,
    '前馈神经网络（FNNs）' (the feed-forward network) in another are two concepts with one abbreviation, as each note
    defines it. A name is another when its first word is none of the other's words and the other's first words
    none of its own ('Direct Policy Optimization' and 'Direct Preference Optimization' for DPO are one, an
    author's slip); the words both end in ('neural network') do not make them one."""
    ordered = sorted(iris, key=lambda i: (i not in lexicon_iris, i))
    anchor = next((i for i in ordered if i in long_words), None)
    if anchor is None:
        return set()
    firsts, every = long_words[anchor]
    out = set()
    for iri in ordered:
        if iri != anchor and iri in long_words:
            own_firsts, own_every = long_words[iri]
            if not _words_meet(own_firsts, every) and not _words_meet(firsts, own_every):
                out.add(iri)
    return out


def _words_meet(some: set[str], others: set[str]) -> bool:
    """A word of ``some`` is one of ``others``, or a form of it (_forms_of_one_word)."""
    return any(a == b or _forms_of_one_word(a, b) for a in some for b in others)


def _forms_of_one_word(a: str, b: str) -> bool:
    """'attentional' and 'attention', 'permutation' and 'permuted' (five letters alike), 'rotary' and 'rotation'
    (one stem, two derivational endings): forms or spellings of one word. 'contrastive' and 'continual',
    'diffusion' and 'differentiable' open alike but are different words."""
    if len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        return True
    stems_a, stems_b = _stems(a), _stems(b)
    return bool(stems_a & stems_b)


_DERIVATIONAL_ENDINGS = ("ational", "ation", "ative", "ary", "ion", "al", "ive")  # 'rot-ary', 'rot-ation'


def _stems(word: str) -> set[str]:
    """The stems of a word of six letters or more, less one derivational ending, of three letters or more."""
    if len(word) < 6:
        return set()
    return {word[: -len(e)] for e in _DERIVATIONAL_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3}


def _abbreviations_of(found: Iterable[DiscoveredConcept]) -> dict[str, set[str]]:
    """IRI → the abbreviations among its names ('RL', 'RLHF'), upper-cased letters only."""
    out: dict[str, set[str]] = {}
    for d in found:
        label = d.label.strip()
        if _is_abbreviation(label) and label.isupper():
            out.setdefault(d.iri, set()).add(re.sub(r"[^A-Z]", "", label))
    return out


def longer_abbreviation_owners(iris: set[str], abbreviations: dict[str, set[str]]) -> set[str]:
    """Of concepts that share a name, those whose abbreviation spells a longer name than another's: 'RLHF' where
    another concept of the same name is 'RL'. A bracketed abbreviation belongs to the whole name before it
    ('基于人类反馈的强化学习（RLHF）'); when a reader's cut kept only the name's head ('强化学习', which other notes
    write '强化学习（RL）'), the head is the shorter abbreviation's name, and the longer one's concept is another.
    The longer abbreviation opens with the shorter one's first letter and holds all its letters in order."""
    out: set[str] = set()
    for iri in iris:
        for other in iris - {iri}:
            if any(
                len(a) > len(b) and a[0] == b[0] and _letters_in_order(a.lower(), list(b.lower()))
                for a in abbreviations.get(iri, ())
                for b in abbreviations.get(other, ())
            ):
                out.add(iri)
    return out


def _merged(target: dict[str, str], lexicon_iris: set[str], rank: dict[str, int]) -> dict[str, str]:
    """Every merged IRI → the one node it becomes. Merges are edges of one group: two notes may merge A into B
    by one name and B into A by another ('supervised fine-tuning (SFT)' here, 'SFT' spelling out
    'Supervised Fine-Tuning' there), so the group, not the edge's direction, decides: its lexicon concept,
    else its best-attested discovered one (kg's order of how a name was found, then the IRI). A group
    holding two lexicon concepts is never one node; its merges are followed edge by edge (_root)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in target.items():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[str, list[str]] = {}
    for iri in set(target) | set(target.values()):
        groups.setdefault(find(iri), []).append(iri)
    out: dict[str, str] = {}
    for members in groups.values():
        lexical = [i for i in members if i in lexicon_iris]
        if len(lexical) > 1:
            out.update({i: _root(target, i) for i in members})
            continue
        rep = lexical[0] if lexical else min(members, key=lambda i: (rank.get(i, 9), i))
        out.update({i: rep for i in members})
    return out


def _root(target: dict[str, str], iri: str) -> str:
    """Where a chain of merges (acronym → heading concept → lexicon) ends; a cycle stops where it closes."""
    seen = {iri}
    while iri in target and target[iri] not in seen:
        iri = target[iri]
        seen.add(iri)
    return iri


def cross_file_activity(
    longer: list[DiscoveredConcept], bare: list[DiscoveredConcept], everyday: Callable[[str], bool]
) -> bool:
    """'采样模型' (sampling model) in one note, '采样' (sampling) a heading in another: a bare name that is an
    everyday word names the activity, and the longer name with an agent head (kg:AgentHead) names one author's
    thing that does it. Only the notes that write both mean one concept by them. So too when the longer name is
    defined in brackets with its other name, whatever the bare word."""
    if {d.source for d in longer} & {d.source for d in bare}:
        return False
    # '上下文模块（context module）': a device one note defines in brackets is that note's thing, and another note's
    # '上下文' (context) is not it, however rare the word
    return all(everyday(d.label) for d in bare) or all(d.how in _DEFINED_HOWS for d in longer)


_DEFINED_HOWS = frozenset({"parenthesis", "alias"})  # names the notes define with their other name in brackets


def kind_of_named(key: str, named: dict[str, str] | set[str], suffixes: list[str]) -> str | None:
    """'检索技术' when '检索' is named too, 'kmeansclustering' beside 'kmeans': the folded key of a
    discovered name that is another discovered name plus a head noun or kind word (kg:HeadNoun, kg:KindWord)
    names that one; the shorter key, else None. The rest must be two characters at least ('GAN 网络' is GAN,
    '层' alone is nothing)."""
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            bare = key[: -len(suffix)]
            # 'kmeansclustering' beside 'Kmeans', whose key lost its s as a plural would
            for form in (bare, bare[:-1] if bare.isascii() and len(bare) > 5 and bare.endswith("s") else ""):
                if form and form in named and form != key:
                    return form
    return None


def named_with_kind(key: str, known: dict[str, str], kinds: list[str]) -> str | None:
    """'Kmeans' where the lexicon knows 'k-Means Clustering': a discovered name that, with a kind word
    (kg:KindWord) after it, is a known name is that name; the known key, else None. Only kind words, not
    head nouns: 'Residual' plus 'block' is no 'Residual block'. A key that lost a plural s gets it back.
    (unify asks this only of coined names and lone adjectives: 'Kernels', a noun of the language, is no 'Kernel
    Activation Function'; 'Spectral' is Spectral Clustering.)"""
    for stem in (key, key + "s"):
        for kind in kinds:
            if len(stem) >= 3 and stem + kind in known:
                return stem + kind
    return None


def operand_of(key: str, known: dict[str, str], prefixes: list[str]) -> str | None:
    """'模型微调' → '微调': a discovered name that is a kg:OperandPrefix (what something is done to) and a
    known name of two characters or more; the known key, else None."""
    for prefix in prefixes:
        if key.startswith(prefix) and len(key) - len(prefix) >= 2 and key[len(prefix) :] in known:
            return key[len(prefix) :]
    return None


def named_dataset(label: str, heads: Iterable[str]) -> bool:
    """'validation set', 'Pile corpus', '交叉验证集': a name ending in kg:DatasetHead words names a data set."""
    text = " ".join(label.strip().lower().split())
    return any(text == head or text.endswith(head if not head.isascii() else " " + head) for head in heads)


def named_problem(label: str, heads: Iterable[str]) -> bool:
    """'磁敏感伪影', 'Ring Artifact', 'checkerboard artifacts': a name ending in a kg:ProblemHead word names a
    problem (a reader files it with overfitting, not with the methods), and so does the word alone ('伪影',
    'Artifacts'); before a Chinese head stand two characters or none ('金属伪影', not the verb phrase '去伪影')."""
    text = label.strip()
    for head in heads:
        if head.isascii():
            words = text.lower().split()
            if words and words[-1] == head.lower():
                return True
        elif text.endswith(head) and len(text) - len(head) != 1:
            return True
    return False


def local_concepts(
    found: Iterable[DiscoveredConcept], common: CommonWords, known: Iterable[str] = (), heads: Iterable[str] = ()
) -> dict[str, frozenset[str]]:
    """Discovered concepts a reader takes for concepts only in the notes that made them: IRI → those files.

    One author's heading or bold word that is an everyday word of the language ('精度' precision, '开源'
    open source) is that author's topic, not a name other notes use: elsewhere the same word is ordinary
    prose, and reading it there as the concept gives wrong facts. So a discovered concept whose only name is
    one such word (everyday_name) matches only in the files that discovered it. A name given with another
    name in brackets, an acronym, a longer rarer or coined word ('生成器', '过拟合') or a concept named two ways is a
    name anywhere, and so is a concept of the lexicon (``known``), to which notes only add names ('量化' for
    Quantization). An everyday word with a head noun after it (``heads``: kg:HeadNoun, kg:KindWord) names no more:
    '近似' in bold in one note and a heading '近似算法' (approximation algorithm) in another are still that word."""
    lexicon = set(known)
    tails = sorted({h.strip() for h in heads if h.strip() and not h.isascii()}, key=len, reverse=True)
    names: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}
    defined: set[str] = set()
    for d in found:
        names.setdefault(d.iri, set()).add(d.label.strip())
        sources.setdefault(d.iri, set()).add(d.source)
        if d.how in ("parenthesis", "acronym"):
            defined.add(d.iri)
    out: dict[str, frozenset[str]] = {}
    for iri, labels in names.items():
        if iri in defined or iri in lexicon:
            continue
        base = min(labels, key=len)
        if not everyday_name(base, common):
            continue
        if all(label == base or any(label == base + tail for tail in tails) for label in labels):
            out[iri] = frozenset(sources[iri])
    return out


def everyday_name(label: str, common: CommonWords) -> bool:
    """'精度', '开源', '编程', '采样': a Chinese name that is one word of everyday writing: two characters, or
    held by the word list at least as often as kg's threshold (CommonWords.ZH_LOCAL); not '生成器' or '醒发箱'
    (longer, rarer, technical), '过拟合' (no word of the list), nor English, whose ordinary words name models and
    methods too often ('Mistral', 'Bagging') to be told apart by frequency. A two-character technical word the
    lexicon knows ('方差' for Variance) is no discovered concept, so this does not touch it."""
    text = label.strip()
    if not re.fullmatch(r"[\u3400-\u9fff]+", text):
        return False
    # '采样' (sampling), '度量' (metric), '调参' (tuning): a two-character word is a word of the language, however
    # rare in the list; another author writing it means the activity, not the first author's bolded topic
    return len(text) <= LOCAL_CJK_CHARS or common.zipf_zh(text) >= CommonWords.ZH_LOCAL


LOCAL_CJK_CHARS = 2  # a Chinese name this short is one word of the language


TITLE_WORD = 4.0  # Zipf frequency of the words of a title-case name read as ordinary words elsewhere: "sequence" 4.35
# a name of one such word is more surely an ordinary word ('Computation' 3.35, 'Attribution' 3.36) than a name of
# several ('Polynomial Kernel' names a kernel however common its words)
TITLE_ONE_WORD = 3.2


def title_case_names(found: Iterable[DiscoveredConcept], common: CommonWords, known: Iterable[str] = ()) -> dict[str, frozenset[str]]:
    """Discovered concepts named only by a capitalised heading, bold or label made of everyday English words
    ('Sequence Models', 'Data Preparation'): IRI → the files that named them. In another file the same words in
    lower case ('selective state space sequence models') are that author's ordinary words, not the other author's
    title; written as a name there (capitalised), they are the concept. Names found in lower-case prose (kind
    phrases), defined in brackets or known to the lexicon are names anywhere."""
    lexicon = set(known)
    labels: dict[str, set[str]] = {}
    hows: dict[str, set[str]] = {}
    files: dict[str, set[str]] = {}
    for d in found:
        labels.setdefault(d.iri, set()).add(d.label.strip())
        hows.setdefault(d.iri, set()).add(d.how)
        files.setdefault(d.iri, set()).add(d.source)
    out: dict[str, frozenset[str]] = {}
    for iri, names in labels.items():
        if iri in lexicon or not hows[iri] <= {"heading", "bold", "label"}:
            continue
        if all(_everyday_title(n, common) for n in names):
            out[iri] = frozenset(files[iri])
    return out


def _everyday_title(name: str, common: CommonWords) -> bool:
    words = name.replace("-", " ").split()
    return (
        bool(words)
        and all(re.fullmatch(r"[A-Za-z]+", w) for w in words)
        and words[0][0].isupper()
        and not any(w.isupper() and len(w) > 1 for w in words)
        and all(common.zipf_en(w) >= (TITLE_WORD if len(words) > 1 else TITLE_ONE_WORD) for w in words)
    )


def file_senses(found: Iterable[DiscoveredConcept], concept_of: dict[str, str]) -> dict[str, dict[str, str]]:
    """File → {abbreviation key: concept} where a file defines an abbreviation as another concept than the one the
    build's matcher gives it: 'CV' in notes that write 'cross-validation (CV)' is cross-validation there, though
    other notes' 'Computer Vision (CV)' took the abbreviation first. An abbreviation a file defines means that
    file's expansion in that file (the name's other files are not changed)."""
    out: dict[str, dict[str, str]] = {}
    defined = [d for d in found if d.how in (*ALIAS_HOWS, "parenthesis") and _is_abbreviation(d.label.strip())]
    written = {(d.source, normalize(d.label.strip())) for d in defined}
    for d in defined:
        label = d.label.strip()
        key = normalize(label)
        if concept_of.get(key, d.iri) != d.iri:
            out.setdefault(d.source, {})[key] = d.iri
        singular = normalize(label[:-1])
        if label.endswith("s") and len(label) > 2 and _is_abbreviation(label[:-1]) and (d.source, singular) not in written:
            # 'fully-connected networks (FCNs)': 'a FCN' in the same notes is one of them (unless they define 'FCN' too)
            if concept_of.get(singular, d.iri) != d.iri:
                out.setdefault(d.source, {})[singular] = d.iri
    return out


_BARE_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]{1,5}s?")  # 'AI', 'PI', 'KDE', 'LLMs'; not 'GShard', 'ResNet'


def abbreviation_files(
    found: Iterable[DiscoveredConcept], lexicon_keys: Iterable[str] = (), lexicon_iris: Iterable[str] = ()
) -> dict[tuple[str, str], frozenset[str]]:
    """(acronym key, concept) → the files where the acronym may stand for that discovered concept.

    Notes tie an abbreviation to a name they write out: in brackets ('Position Interpolation (PI)') or by its
    initials ('AI' in notes headed 'Arithmetic Intensity'). A definition in brackets makes a name anywhere, as a
    glossary does; a tie by initials is one author's reading of their own notes: in other notes the same letters
    stand for something else as often as not (AI is artificial intelligence in an agents note). So an acronym
    tied only by its initials to a concept the notes discovered means it only in the files that tie it, or that
    name the concept written out; elsewhere it is no name of it. Ties to a concept of the lexicon ('GNN' where
    notes write 'Graph Neural Network') and abbreviations the lexicon holds are left as they are."""
    named_in, _, tied = _acronym_ties(
        found, lexicon_keys, lexicon_iris, lambda d, label: normalize(label) if d.how == "initials" else None
    )
    return {(key, iri): frozenset(files | named_in.get(iri, set())) for (key, iri), files in tied.items()}


def _acronym_ties(
    found: Iterable[DiscoveredConcept],
    lexicon_keys: Iterable[str],
    lexicon_iris: Iterable[str],
    key_of: Callable[[DiscoveredConcept, str], str | None],
) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[tuple[str, str], set[str]]]:
    """What abbreviation_files and short_acronym_files both read from the notes' discoveries: concept → the files
    that write a name of it out, concept → those names (lower case), and (acronym key, concept) → the files that
    tie a bare acronym to it, where ``key_of`` gives the tying acronym's key (None: no tie). Acronyms the lexicon
    holds and ties to a lexicon concept are left out."""
    lexicon, known = set(lexicon_keys), set(lexicon_iris)
    named_in: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    tied: dict[tuple[str, str], set[str]] = {}
    for d in found:
        label = d.label.strip()
        if not _BARE_ABBREVIATION.fullmatch(label):
            named_in.setdefault(d.iri, set()).add(d.source)
            labels.setdefault(d.iri, set()).add(label.lower())
        elif normalize(label) not in lexicon and d.iri not in known and (key := key_of(d, label)) is not None:
            tied.setdefault((key, d.iri), set()).add(d.source)
    return named_in, labels, tied


# an acronym this short ('SD', 'SC') names a different thing in almost every field: Stable Diffusion in one note,
# Smart Deceivers in a crowdsourcing note, speaker classifier in a TTS note
SHORT_ACRONYM = 2


def short_acronym_files(
    found: Iterable[DiscoveredConcept],
    lexicon_keys: Iterable[str] = (),
    lexicon_iris: Iterable[str] = (),
    texts: Callable[[], Iterable[tuple[str, str]]] | None = None,
) -> dict[tuple[str, str], frozenset[str]]:
    """(acronym key, concept) → the files where a two-letter acronym one note defines in brackets stands for the
    name it defines ('SD(Smart Deceivers)'): the files that define it so, or that write the name out.

    ``found`` is what each file discovered on its own, before the notes' names are unified (unify makes every
    file's bare 'SD' an alias of the one definition, and the defining files could no longer be told apart).
    ``texts`` gives (source, text) of every file, read only when some acronym is tied: a file that writes the name
    out anywhere in its text ('Smart Deceivers are common. SD uses …') reads the acronym as it. The plural ('SDs')
    is tied the same way. A longer acronym defined in brackets is a name anywhere, as a glossary's is
    (abbreviation_files); two letters are too few: another author's 'SD' is as likely their own name for another
    thing."""
    named_in, labels, tied = _acronym_ties(
        found,
        lexicon_keys,
        lexicon_iris,
        lambda d, label: normalize(label.rstrip("s")) if d.how == "alias" and len(label.rstrip("s")) <= SHORT_ACRONYM else None,
    )
    if not tied:
        return {}
    wanted = {label: iri for (_, iri) in tied for label in labels.get(iri, ()) if len(label) > SHORT_ACRONYM}
    if wanted and texts is not None:
        written = re.compile("|".join(re.escape(w) for w in sorted(wanted, key=len, reverse=True)))
        for source, text in texts():
            for m in written.finditer(text.lower()):
                named_in.setdefault(wanted[m.group()], set()).add(source)
    out: dict[tuple[str, str], frozenset[str]] = {}
    for (key, iri), files in tied.items():
        out[(key, iri)] = out[(f"{key}s", iri)] = frozenset(files | named_in.get(iri, set()))
    return out


def activity_glosses(
    found: Iterable[DiscoveredConcept], activities: Iterable[str], heads: Iterable[str]
) -> dict[tuple[str, str], frozenset[str]]:
    """(name key, concept) → the files where a Chinese name made of an activity word and a head noun names that
    concept: '训练模型（policy model）', '采样模型（rollout model）'.

    One author glosses the words of an activity (kg:GenericHeading: 训练 training, 实验 experiment) plus a head
    noun (kg:HeadNoun: 模型) with the English name of the thing they mean in their notes; in other notes the same
    words are the activity and its object ('这样训练模型会过拟合', training the model this way overfits), not that
    thing. So such a name stands for the concept only in the files that gloss it; its English name is a name
    anywhere. A gloss that translates the activity word ('优势函数（Advantage Function）', the English opening with
    an activity word too) is the field's name for it, a name anywhere."""
    found = list(found)
    words = {w for w in activities if not w.isascii()}
    english = {w.lower() for w in activities if w.isascii()}
    tails = sorted({h for h in heads if not h.isascii()}, key=len, reverse=True)
    literal: set[str] = set()  # concepts with an English name that opens with an activity word
    for d in found:
        first = d.label.strip().lower().split()[:1]
        if d.label.isascii() and first and first[0] in english:
            literal.add(d.iri)
    out: dict[tuple[str, str], set[str]] = {}
    for d in found:
        label = d.label.strip()
        if d.how not in _DEFINED_HOWS or d.iri in literal or not re.fullmatch(r"[\u3400-\u9fff]+", label):
            continue
        tail = next((h for h in tails if label.endswith(h) and label[: -len(h)] in words), None)
        if tail is not None:
            out.setdefault((normalize(label), d.iri), set()).add(d.source)
    return {pair: frozenset(files) for pair, files in out.items()}


def heading_only_concepts(found: Iterable[DiscoveredConcept]) -> set[str]:
    """Discovered concepts that only a heading named (no bracketed definition, no alias of a known name).

    A heading is a concept's strongest sign among the discovered, yet one in five that kg keeps on unseen notes is a
    heading's words ('Model Complexity', '网络层内在'); a fact whose subject is only inherited from such a heading
    rests on two guesses (bench/corpus/seen-p: 47% of 45 list readings right, against 71% under a known name).
    """
    found = list(found)
    defined = {d.iri for d in found if d.how in ("parenthesis", *ALIAS_HOWS)}
    # a coined name ('TextCNN', 'NeRF', 'ESPNetv2', 'RWKV') is a name wherever it stands; the doubt is about headings
    # of everyday words ('Perform semantic text', 'Large batch', '適合情境')
    coined = {d.iri for d in found if any(_coined(word) for word in d.label.split())}
    return {d.iri for d in found if d.how == "heading" and d.iri not in defined and d.iri not in coined}


def made_in(found: Iterable[DiscoveredConcept], lexicon_iris: Collection[str]) -> dict[str, frozenset[str]]:
    """Discovered concept the lexicon does not hold → the files that made it (a heading, a bracketed name, bold).

    Another note's concept read in a note that never made it is a guess that the two authors mean the same: one
    author's 'SC' (sparse coding) is another's (speaker classifier). Facts that rest on one are less sure
    (confidence.FOREIGN_END)."""
    out: dict[str, set[str]] = {}
    for d in found:
        if d.iri not in lexicon_iris:
            out.setdefault(d.iri, set()).add(d.source)
    return {iri: frozenset(files) for iri, files in out.items()}


PLAIN_WORD = 3.0  # Zipf frequency of a one-word name read as a plain word in another note's English: "estimation" 3.5


def plain_words(found: Iterable[DiscoveredConcept], lexicon_iris: Collection[str], common: CommonWords) -> set[str]:
    """Discovered concepts (not the lexicon's) whose every Latin name is one everyday English word ('Estimation',
    'Convergence', 'Tensor'; not 'ResNet', 'GAN', 'Mixup'): in another note's English prose the word is as often
    that author's plain word as this concept (RelatorBase._confidence)."""
    names: dict[str, list[str]] = {}
    for d in found:
        if d.iri not in lexicon_iris:
            names.setdefault(d.iri, []).append(clean_label(d.label).strip())
    out = set()
    for iri, labels in names.items():
        latin = [n for n in labels if not _CJK.search(n)]
        if latin and all(
            re.fullmatch(r"[A-Za-z]+", n) is not None
            and not _coined(n)
            and not n.isupper()
            and _plain_zipf(n.lower(), common) >= PLAIN_WORD
            for n in latin
        ):
            out.add(iri)
    return out


def _plain_zipf(word: str, common: CommonWords) -> float:
    """How common a word is, a plural counted as its singular ('baselines' 2.3 is 'baseline' 3.7)."""
    zipf = common.zipf_en(word)
    if word.endswith("s") and len(word) > 3:
        zipf = max(zipf, common.zipf_en(word[:-1]))
    return zipf


_COINED = re.compile(r"[A-Za-z][A-Za-z0-9.+\-]*[A-Za-z0-9+]")


def _coined(word: str) -> bool:
    """'TextCNN', 'RNN', 'ESPNetv2': a word with a capital after its first letter, or a digit."""
    return bool(_COINED.fullmatch(word)) and (word[1:] != word[1:].lower() or any(c.isdigit() for c in word))


def unsure_concepts(found: Iterable[DiscoveredConcept]) -> set[str]:
    """Discovered concepts known only as an acronym, a bold or a `code` term: less surely concepts.

    A concept that a heading or a bracketed definition names, or that the lexicon knows (another
    file only gave it an alias), is sure.
    """
    found = list(found)
    sure = {d.iri for d in found if d.how in ("heading", "parenthesis", *ALIAS_HOWS)}
    return {d.iri for d in found if d.how in ("acronym", "bold", "code") and d.iri not in sure}
