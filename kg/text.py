"""text: normalisation shared by matching (extraction) and look-ups (read side).

Imports nothing of kg: ``kg concepts`` resolves a name with the same folding
the extractor used, without importing the extractor.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


_SAME = {"×": "x", "*": "x", "＊": "x"}  # "1*1", "1x1" and "1×1" are one spelling
# Full-width ASCII (Ａ-ｚ, ０-９, punctuation) folds to ASCII, as NFKC would.
_FOLD: dict[int, int | str] = {
    **{ord(k): v for k, v in _SAME.items()},
    **{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0A},
    0x3000: 0x20,
}
# Kangxi radicals and CJK compatibility ideographs that text copied from PDFs
# carries ("使⽤" with U+2F64 for 用) fold to the ideograph NFKC gives, when it
# is one character (so offsets stay the same).
for _cp in [*range(0x2F00, 0x2FD6), *range(0x2E80, 0x2EF4), *range(0xF900, 0xFADA)]:
    _n = unicodedata.normalize("NFKC", chr(_cp))
    if len(_n) == 1 and _n != chr(_cp):
        _FOLD[_cp] = ord(_n)
# Traditional characters fold to simplified ones (訓練 → 训练, 卷積網絡 → 卷积网络), so notes written in either
# match the ontology's names and word lists alike: one character for one, from OpenCC (kg/zh-fold.txt, made by
# tools/zh_fold.py).
for _line in Path(__file__).with_name("zh-fold.txt").read_text(encoding="utf-8").splitlines():
    if _line and not _line.startswith("#"):
        _traditional, _simplified = _line.split("\t")
        _FOLD[ord(_traditional)] = ord(_simplified)
# The script folds alone (traditional → simplified, radicals → ideographs), for text the rules read by its words
# but whose case and spacing still matter: one character for one, like normalize.
_SCRIPT_FOLD = {cp: v for cp, v in _FOLD.items() if cp >= 0x2E80 and isinstance(v, int) and v >= 0x2E80}
# Zero-width characters notes carry at line starts become spaces.
_FOLD.update({0x200B: 0x20, 0x200C: 0x20, 0x200D: 0x20, 0xFEFF: 0x20})
# A hyphen joins words the way a space does: "Batch-Normalization" is "batch normalization".
_FOLD.update({ord("-"): 0x20, 0x2010: 0x20, 0x2011: 0x20, 0x2013: 0x20})
# A line break inside a paragraph is a space to a reader: a name the notes wrap ("Fast\nR-CNN") is one name.
_FOLD.update({0x0A: 0x20, 0x0D: 0x20})


def opening_with(words: Iterable[str]) -> str:
    """A lookahead on the first characters of ``words`` (``'(?=[Ccv])'``), to open an alternation of them.

    Python's regular expressions try every alternative, lookbehinds included, at every position of the text; behind
    this one test they are tried only where one of the words can start (a search for 31 definition phrases over
    the lines of 500 note files: 1.5 s → 0.3 s). It changes no match: each alternative still has to match in full.
    ``'(?!)'`` (never) for no words."""
    firsts = sorted({w[0] for w in words if w})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])" if firsts else "(?!)"


def normalize(text: str) -> str:
    """Lower-case and fold full-width forms, one output character per input character."""
    if len(text) > _REMEMBER_LENGTH:
        return _normalize(text)
    # rules ask about the same short strings (cue words, names, titles) hundreds of thousands of
    # times per MB of notes: they are folded once (bench's 1 MB set: 375k calls, ~5% of a build's CPU)
    folded = _REMEMBERED.get(text)
    if folded is None:
        folded = _normalize(text)
        if len(_REMEMBERED) < _REMEMBER_COUNT:
            _REMEMBERED[text] = folded
    return folded


_REMEMBER_LENGTH = 48  # characters: names, cue words, headings; sentences and spans are folded each time
_REMEMBER_COUNT = 2**15  # strings (a few MB at most); past that, new ones are folded each time
_REMEMBERED: dict[str, str] = {}


def _normalize(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):  # the common case: no character changed length
        if text.isascii():  # '-', '*' and line breaks are the only ASCII characters _FOLD maps (replace is ~8× translate)
            return lowered.replace("-", " ").replace("*", "x").replace("\n", " ").replace("\r", " ")
        return lowered.translate(_FOLD)
    out = []
    for ch in text:
        folded = ch.lower()
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out).translate(_FOLD)


def fold_script(text: str) -> str:
    """Traditional characters as simplified ones ('對 tanh 會造成' → '对 tanh 会造成'), case and the rest kept; one
    character for one, so offsets into the text stay right."""
    return text if text.isascii() else text.translate(_SCRIPT_FOLD)


def language_of(text: str) -> str:
    return "zh" if _CJK.search(text) else "en"


def slug(term: str) -> str:
    """A readable IRI local name: letters, digits and CJK kept; the rest joined by '_'."""
    # a variant's trailing plus signs stay in its name ('DeepLabv3+' is not DeepLabv3, 'U-Net++' not U-Net)
    term = re.sub(r"(?<=\w)(\+\+?)\s*$", lambda m: " plus" * len(m.group(1)), term.strip())
    parts = re.findall(r"[0-9A-Za-z\u3400-\u9fff]+", unicodedata.normalize("NFKC", term))
    return "_".join(parts) or "concept"


# a GitHub emoji code standing as a word of its own (':+1:', ':heavy_check_mark:'); 'https:' or 'a:b:c' is none
_EMOJI_CODE = re.compile(r"(?<!\S):[a-z0-9_+-]{1,40}:(?!\S)")


def without_emoji_codes(text: str) -> str:
    """The text without GitHub emoji codes ('### warm-up pipeline :+1:'): the page draws each as an emoji, so it is no
    word of a heading or a name."""
    return _EMOJI_CODE.sub("", text).strip() if ":" in text else text
