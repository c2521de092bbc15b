"""structure: Markdown notes → Documents of sections and items, with line numbers.

markdown-it-py does the Markdown; this module only decides which blocks are
questions, answers, and other items. Recognised forms (any mix, any file):

- ``- $Q$: …`` with ``> $A$: …`` blockquote answers (the bundled example);
- ``Q:``/``A:``, ``问：``/``答：``, ``**Q**``/``**Q:**`` markers on paragraphs;
- numbered questions (``1.Transformer为何…？``, ``1. Why …?``);
- a heading that is itself a question, answered by the blocks under it;
- any other paragraph, list, table or code block, grouped under the bold
  label (``**背景介绍**``) it follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import NotesError
from kg.model import Document, Item, Section, Span, Table
from kg.text import language_of, normalize, without_emoji_codes
from kg.vocab import Vocabulary, default_vocabulary

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_NUMBERED = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]+)\s*([.、)）])\s*\S")  # group 1: the number's mark
_TOC = re.compile(r"^\s*(?:\$\{toc\}|\[toc\]|\[\[toc\]\]|\{:toc\})\s*$", re.IGNORECASE)
_DISPLAY_MATH = re.compile(r"\s*\$\$(?:(?!\$\$).)*\$\$\s*", re.S)  # a paragraph that is one display formula

# MDX (the Markdown of Next.js, Docusaurus and Astro blogs) opens with ES module lines ('import TOCInline from
# "@/components/TOCInline";', 'export const meta = …'): code the page runs, whose names are components, not concepts
_MDX_MODULE_LINES = re.compile(
    r"(?:\s*(?:import\s+[\w{}\s,*$]+\s+from\s+['\"][^'\"\n]+['\"]|import\s+['\"][^'\"\n]+['\"]"
    r"|export\s+(?:const|let|default|function)\b[^;\n]*);?)+\s*"
)
# '$d_k$', and kramdown's inline '$$d_k$$' (Jekyll blogs write inline maths between double dollars): read as one
# formula, not as a lone '$' before '$d_k$' that pairs with the next formula's first dollar
# A single dollar closes only against its formula (pandoc's rule: no space before it, no digit after it), so prices
# ('$5 with … and $10') stay prose
DOLLAR_OPEN, DOLLAR_CLOSE = r"\$(?!\s)", r"(?<!\s)\$(?!\d)"
_INLINE_MATH = re.compile(rf"\$\$([^$\n]{{1,200}}?)\$\$|{DOLLAR_OPEN}([^$\n]{{1,200}}?){DOLLAR_CLOSE}")
_TEX_TEXT = re.compile(r"\\(?:text|mathrm|operatorname|mathbf|mathit|textbf)\s*\{\s*([^{}]*?)\s*\}")
_TEX_WORD = re.compile(r"\$\s*\\(?:text|mathrm|operatorname|mathbf|mathit|textbf)\s*\{\s*([^{}$]{2,}?)\s*\}\s*\$")
_TEX_SPACE = re.compile(r"\\[ ,;:!]|\\quad\b|\\qquad\b")
_TAG = re.compile(r"<[^>\n]{0,200}>")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# a real tag: a name right after '<' ('<img …>', '</b>'), not a comparison ('error < 5%', 'Attention <-> FFN')
_ALT_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,300})?/?>")
# Obsidian's and Typora's highlight, '==text==' (no space inside either mark; 'a == b' compares)
_HIGHLIGHT = re.compile(r"(?<![=\w])==(?=[^\s=])(.+?)(?<=[^\s=])==(?![=\w])")
# a site generator's template tag in a blog post: '{% cite vaswani2017 %}' (Jekyll, Hexo), '{{< ref "x" >}}' (Hugo),
# '# {{ page.title }}' (a Liquid variable: spaces inside the braces or a dot in its path; LaTeX's '{{x}}' has neither)
_TEMPLATE_TAG = re.compile(
    r"\{[%$][^{}\n]{0,200}?%\}|\{\{[<%][^{}\n]{0,200}?[>%]\}\}"
    r"|\{\{\s+[A-Za-z_][\w.]*(?:\s*\|[^{}\n]{0,100})?\s+\}\}|\{\{[A-Za-z_]\w*\.[\w.]+\}\}"
)
# a short label alone on its line: up to 8 Chinese characters or 3 English words, then a colon
_LABEL_LINE = re.compile(r"^\s*(?:[\u3400-\u9fff]{1,8}|[A-Za-z][A-Za-z\-]*(?: [A-Za-z\-]+){0,2})\s*[:：]\s*$")


# inside a bold paragraph, a full stop followed by more text: the paragraph is sentences, not a label
_SENTENCE_INSIDE = re.compile(r"[。！!；;]\s*\S|\.\s+[A-Z\u3400-\u9fff]")
_PROSE_WORDS, _PROSE_CJK = 12, 30


# a heading's number: '3.2 ', '第三章 ', '1、'
HEADING_NUMBER = re.compile(r"^\s*(?:第?[0-9一二三四五六七八九十]+(?:\.[0-9]+)*\s*[章节.、)）,，]?)\s*")
_STYLE_OR_SCRIPT = re.compile(r"<(style|script)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
# the cells of an HTML table: a table of numbers ('<td>8.3252</td>', a data frame a notebook printed) is data, not prose
_TABLE_ELEMENT = re.compile(r"<table\b.*?(?:</table\s*>|$)", re.IGNORECASE | re.DOTALL)
_TABLE_CELL = re.compile(r"<td\b[^>]*>(.*?)</td\s*>", re.IGNORECASE | re.DOTALL)
_NUMBER_CELL = re.compile(r"\s*[-+−]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?\s*%?\s*|\s*(?:NaN|nan|None|True|False)\s*")
DATA_TABLE_SHARE = 0.8  # this share of a table's filled cells numbers: a table of data


def _blank_lead(text: str) -> tuple[int, str]:
    """How many blank lines ``text`` opens with, and the text after them."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) - 1 and not lines[i].strip():
        i += 1
    return i, "\n".join(lines[i:])


# a line holding only layout tags or images ('<br>', '<div id="x"></div>', '<img …>') opens an HTML block in
# CommonMark, and the block runs to the next blank line: a '### heading' right under it would be read as HTML text, and
# every section after it lost ('<br>' before each paper's heading in a survey). kramdown and marked, which blogs are
# built with, show that heading, as a reader does: the tag line, which holds no words, is read as a blank line (the
# line count stays; an <img> in an HTML block is no image kg records either way)
_LAYOUT_TAG_BEFORE_HEADING = re.compile(
    r"^[ ]{0,3}(?:</?(?:a|br|hr|p|div|span|center|figure|details|summary|section|font|img|image)\b[^<>\n]*>[ \t]*)+$"
    r"(?=\n[ ]{0,3}#{1,6}(?:[ \t]|$))",
    re.MULTILINE | re.IGNORECASE,
)


def data_table(html: str) -> bool:
    """An HTML table whose filled cells are nearly all numbers: a data frame a notebook printed, or a table of
    results; its header names data columns ('MedInc', 'AveRooms'), not concepts of the notes. Empty cells and cells
    holding only an image (a gallery, a layout table) count for neither side."""
    cells = [text for text in (_TAG.sub("", c).strip() for c in _TABLE_CELL.findall(html)) if text and text != "-"]
    if len(cells) < 4:
        return False
    numbers = sum(1 for c in cells if _NUMBER_CELL.fullmatch(c))
    return numbers >= DATA_TABLE_SHARE * len(cells)
# an HTML comment is text the author hid from the page (a draft sentence, a note to self): no reader sees it
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
# an HTML heading alone on its line (up to three spaces before it, as Markdown allows a '#')
_HTML_HEADING = re.compile(r"(?m)^ {0,3}<h([1-6])\b[^>\n]*>([^\n]*?)</h\1\s*>[ \t]*$", re.IGNORECASE)
# a <pre> element (or a theme's code element, al-folio's <d-code>) holds code, pseudocode or a formula laid out by hand,
# and may run over blank lines, where Markdown would read its lines as paragraphs ('class SKBlock(nn.Module):')
_CODE_ELEMENT = re.compile(r"<(pre|d-code|xmp)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# Jekyll's '{% highlight python %} … {% endhighlight %}' is a code block too (its tags alone are template markup)
_HIGHLIGHT_BLOCK = re.compile(r"\{%-?\s*highlight\b[^%\n]*-?%\}.*?\{%-?\s*endhighlight\s*-?%\}", re.DOTALL)


def _markdown_heading(m: re.Match[str]) -> str:
    """'<h2 id="8.lffd">8.LFFD人脸检测模型的结构和特点？</h2>' on a line of its own: the heading it is on the page, in
    Markdown, so that it opens a section; its tags and attributes go."""
    inner = " ".join(_TAG.sub("", m.group(2)).split())
    return "#" * int(m.group(1)) + " " + inner if inner else m.group()


def _blank_code_element(m: re.Match[str]) -> str:
    """A code element's text goes, its line breaks stay; one that holds a Markdown fence is left to the fence (a
    note about HTML quoting '<pre>' in its code)."""
    return m.group() if "```" in m.group() or "~~~" in m.group() else _keep_lines(m)


def _keep_lines(m: re.Match[str]) -> str:
    """What a removed stretch of a block leaves: its line breaks, so the lines after it keep their numbers."""
    return _line_breaks(m.group())


def _line_breaks(text: str) -> str:
    return "\n" * text.count("\n")


def reference_heading(title: str, words: set[str], modifiers: frozenset[str] = frozenset()) -> bool:
    """A heading made of a kg:ReferenceHeading word ('References', '## 5. 参考文献'): its section lists sources.
    With ``modifiers`` (kg:ReferenceModifier), also one where such a word stands only among them ('参考文献列表',
    '更多阅读资料', 'References and Further Readings', 'Useful Links')."""
    key = normalize(re.sub(r"^[\W\d_]+|[\W_]+$", "", HEADING_NUMBER.sub("", title)))
    return key in words or (bool(modifiers) and _modified_reference(key, words, modifiers))


def _modified_reference(key: str, words: set[str], modifiers: frozenset[str]) -> bool:
    """Every piece of the heading a reference word or a modifier of one, and one of them a reference word. A
    Chinese run is cut from its start into the longest known words ('学习参考的资料' 学习/参考/的/资料); anything
    else in it ('相关工作', 'Summary & References') leaves the heading a section of its own."""
    named, longest = False, max(map(len, (*words, *modifiers)), default=0)
    for piece in re.findall(r"[a-z0-9]+|[\u3400-\u9fff]+", key):
        if not _CJK_RUN.fullmatch(piece):
            if piece not in words and piece not in modifiers:
                return False
            named = named or piece in words
            continue
        while piece:  # the longest known word the run opens with, then the rest
            word = next((piece[:n] for n in range(min(len(piece), longest), 0, -1) if piece[:n] in words or piece[:n] in modifiers), "")
            if not word:
                return False
            named = named or word in words
            piece = piece[len(word) :]
    return named


_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def _is_prose(text: str) -> bool:
    """A bold paragraph that is sentences ('**16. Convolution layer (CONV) ― The convolution layer uses
    filters … Its hyperparameters include …**'), not a label: two sentences, or longer than any label."""
    body = text.strip()
    cjk = sum(1 for ch in body if "\u3400" <= ch <= "\u9fff")
    return bool(_SENTENCE_INSIDE.search(body)) or len(body.split()) > _PROSE_WORDS or cjk > _PROSE_CJK


def _bold_statement(block: _Block) -> bool:
    """'1. **Loss 计算方面采用了 TaskAlignedAssigner，并引入了 DFL**': a wholly bold list item with a clause mark inside
    is one of the list's statements, set in bold for emphasis; a label ('- **优点**') names what follows it."""
    return block.list_item is not None and _CLAUSE_MARK_INSIDE.search(block.span.text.strip()) is not None


_CLAUSE_MARK_INSIDE = re.compile(r"\S[，,；;]\s*\S")
_SHORT_QUESTION = 40  # characters: a numbered line longer than this is a statement, whatever words it holds


def _is_question_text(text: str) -> bool:
    return "?" in text or "？" in text


# --------------------------------------------------------------------------- blocks


@dataclass
class _Block:
    kind: str  # paragraph, heading, code, table, html, fence (a line of prose in a fence)
    span: Span
    level: int = 0  # heading level
    quote_depth: int = 0
    list_item: int | None = None  # id of the outermost list item holding it
    ordered: bool = False
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    bold: list[str] = field(default_factory=list)
    code_terms: list[str] = field(default_factory=list)
    whole_bold: bool = False
    image_only: bool = False
    table: Table | None = None
    toc_entry: bool = False  # "- [Why X?](#why-x)": a table of contents line, not content
    link_only: bool = False  # "- [Why X?](https://…)": a link to another text alone on its line (Span.linked)
    fence_start: bool = False  # the first line of a prose fence ("fence" blocks): the lines after it join its item


def _markdown():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    # commonmark's maxNesting of 20 silently drops everything after a list nested ~10 deep;
    # lines are flattened to MAX_INDENT / MAX_QUOTES first, so this limit is never reached
    return MarkdownIt("commonmark", {"html": True, "maxNesting": 200}).enable(["table", "strikethrough"])


MAX_INDENT = 64  # columns of leading space kept: ~16–30 list levels; deeper items become siblings
MAX_QUOTES = 24  # '>' markers kept at the start of a line
_LEAD = re.compile(r"^([ \t]*)((?:>[ \t]?)*)", re.MULTILINE)


def flatten_deep(text: str) -> str:
    """Cap indentation and blockquote depth so that no content is nested past the parser's limit.

    Line numbers and the text of every line are kept; only the depth of the deepest items shrinks.
    """

    def cap(match: re.Match[str]) -> str:
        spaces, quotes = match.group(1), match.group(2)
        width = len(spaces.expandtabs(4))
        if width > MAX_INDENT:
            spaces = " " * MAX_INDENT
        if quotes.count(">") > MAX_QUOTES:
            quotes = "> " * MAX_QUOTES
        return spaces + quotes

    return _LEAD.sub(cap, text)


_MD = None


def _tex_group(m: re.Match[str]) -> str:
    """The text of ``\\mathbf{W}``, ``\\text{ softmax}``. A single letter is a symbol of the formula: it is
    kept apart from its neighbours, so that ``\\mathbf{B}\\mathbf{A}\\mathbf{x}`` and ``\\Delta\\mathbf{W}``
    do not read as the names 'BAx' and 'DeltaW'."""
    inner, text, start, end = m.group(1), m.string, m.start(), m.end()
    if not (len(inner) == 1 and inner.isalpha()):
        return inner
    left = " " if start > 0 and text[start - 1].isalpha() else ""
    right = " " if end < len(text) and (text[end].isalpha() or text[end : end + 2][1:].isalpha() and text[end] == "\\") else ""
    return f"{left}{inner}{right}"


def clean_inline(text: str) -> str:
    """Make inline math readable: ``$\\text{ softmax}$`` → ``softmax``, ``$d_k$`` → ``d_k``, ``hard \\ swish`` → ``hard swish``."""
    return clean_inline_maths(text)[0]


def clean_inline_maths(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """clean_inline's text, and where in it each inline formula now stands. A formula that is one word set in
    text type ('$\\text{SUM}$') is that word, written in the notes' maths: no formula's symbol."""
    if "$" in text:
        text = _TEX_WORD.sub(lambda m: m.group(1), text)
    text = _TEX_TEXT.sub(_tex_group, text)
    text = _TEX_SPACE.sub(" ", text).replace("\\times", "×")
    if "$" not in text:
        return text, ()
    out: list[str] = []
    maths: list[tuple[int, int]] = []
    size = last = 0
    for m in _INLINE_MATH.finditer(text):
        out.append(text[last : m.start()])
        size += m.start() - last
        inner = " ".join((m.group(1) or m.group(2)).split())  # "$hard \\ swish$" → "hard swish": a run of spaces is one space
        out.append(inner)
        maths.append((size, size + len(inner)))
        size += len(inner)
        last = m.end()
    out.append(text[last:])
    return "".join(out), tuple(maths)


def _cleaned(span: Span, text: str) -> Span:
    cleaned, maths = clean_inline_maths(text)
    return Span(cleaned, span.lines, span.code, span.listed, maths, span.linked)


def _inline_text(token, block: _Block, br: str = " ") -> str:  # type: ignore[no-untyped-def]
    """Plain text of an inline token; records links, images and bold terms on the block. A <br> becomes ``br``:
    a space in prose, a line break in a table cell (the one way a cell holds several lines)."""
    out: list[str] = []
    bold_start: int | None = None
    bold_depth = 0
    struck = 0  # inside ~~…~~: what the author struck out is retracted ('~~TensorFlow常常被用于写论文~~'), not said
    children = token.children or []
    for index, child in enumerate(children):
        t = child.type
        if t in ("s_open", "s_close"):
            struck += 1 if t == "s_open" else -1
        elif struck > 0 and t in ("text", "code_inline"):
            continue
        elif t == "text":
            out.append(child.content)
        elif t == "code_inline":
            out.append(child.content)
            block.code_terms.append(child.content)
        elif t == "softbreak":
            out.append("\n")
        elif t == "hardbreak":
            # a line the author broke on purpose (two trailing spaces, a backslash) ends what it says: a carriage
            # return marks it for the sentence splitter (normalize folds it to a space; lines still count by \n)
            out.append("\r\n")
        elif t == "html_inline":
            out.append(br if _BR.fullmatch(child.content.strip()) else "")
        elif t == "image":
            src = child.attrGet("src")
            if src:
                block.images.append(str(src))
            # an exported note may put a whole tag in the alt text ('![\\<img data-attachment-key="K7KXTPIF" …>](…)'):
            # markup, whose attribute values are no words of the notes
            out.append(_ALT_TAG.sub(" ", child.content or ""))
        elif t == "link_open":
            href = child.attrGet("href")
            if href:
                block.links.append(str(href))
        elif t == "strong_open":
            bold_depth += 1
            if bold_depth == 1:
                bold_start = len("".join(out))
        elif t == "strong_close":
            bold_depth -= 1
            if bold_depth == 0 and bold_start is not None:
                text_so_far = "".join(out)
                term = text_so_far[bold_start:].replace("\r", "").strip()
                following = children[index + 1].content if index + 1 < len(children) else ""
                glued = (following[:1].isascii() and following[:1].isalnum() and term[-1:].isalnum()) or (
                    text_so_far[bold_start - 1 : bold_start].isascii()
                    and text_so_far[bold_start - 1 : bold_start].isalnum()
                    and term[:1].isalnum()
                )
                if term and not glued:  # "**GoogLe**Net" stresses part of a word: not a term
                    block.bold.append(term)
                bold_start = None
        elif t in ("em_open", "em_close"):
            # '3*3*3' parsed as emphasis inside a word keeps its asterisks; '*masked language modeling*' or
            # '_dropout_' around words is italics, and its marks are no letters of the name ('*' folds to 'x')
            if t == "em_open":
                beside = "".join(out)[-1:]
            else:
                beside = children[index + 1].content[:1] if index + 1 < len(children) else ""
            if beside.isascii() and beside.isalnum():
                out.append(child.markup)  # (a Chinese character beside the mark is no word the mark sits inside: '用*MNIST*的')
    text = _TEMPLATE_TAG.sub("", "".join(out))  # markup for the site, no words of the notes
    if "[^" in text:
        # 'GMN(Graph Matching Network)[^15]', 'score matching[^sm]': a footnote's mark points to a reference, it is no
        # part of the name or sentence it follows (a footnote's own definition, '[^15]: …', opens its paragraph)
        text = _FOOTNOTE_MARK.sub("", text)
    if "==" in text:
        text = _HIGHLIGHT.sub(r"\1", text)  # '==GAP is similar to FC layers==': a highlighter's marks, no part of a name
    links = [c for c in children if c.type == "link_open"]
    block.toc_entry = (
        len(links) == 1
        and str(links[0].attrGet("href") or "").startswith("#")
        and all(c.type in ("link_open", "link_close", "text", "code_inline") for c in children)
        and not "".join(c.content for c in children if c.type == "text" and c is not children[1]).strip()
    )
    block.link_only = bool(_BROKEN_LINK.match(text)) or (
        len(links) == 1
        and str(links[0].attrGet("href") or "").startswith(("http://", "https://"))
        and children[0] is links[0]
        and all(c.type in ("link_open", "link_close", "text", "code_inline", "strong_open", "strong_close", "em_open", "em_close") for c in children)
        and not _LINK_TAIL.sub("", _text_after_link(children))
    )
    block.image_only = bool(block.images) and all(
        c.type in ("image", "softbreak", "hardbreak") or (c.type == "text" and not c.content.strip())
        for c in token.children or []
    )
    block.whole_bold = _is_whole_bold(block.bold, text) and not block.images
    return text


# '[^15]', '[[^4]]' right after a word; not '[^15]:', which opens the footnote's own text
_FOOTNOTE_MARK = re.compile(r"(?<=\S)\[\[?\^[^\[\]\s]{1,40}\]\]?(?!:)")

# '[Title](https://…#:~:text=a sentence with spaces)': a link whose address holds spaces is no link to the parser, yet
# the line is still one link to a reader, its address running to the end
_BROKEN_LINK = re.compile(r"\[[^\[\]\n]+\]\(https?://[^()\s]+ [^()]*\)?[\s.。;；]*$")
_LINK_TAIL = re.compile(r"[\s.。;；,，:：]+")  # what may follow a link alone on its line: punctuation


def _text_after_link(children) -> str:  # type: ignore[no-untyped-def]
    """The text after the first link of an inline run."""
    close = next((i for i, c in enumerate(children) if c.type == "link_close"), len(children))
    return "".join(c.content for c in children[close + 1 :])


def _is_whole_bold(bold: list[str], text: str) -> bool:
    """The paragraph is one bold term, maybe with a colon after it ('**Advantages:**', '**优点**：').

    Only colons on the term's own lines count: a line of colons below it (a Docusaurus
    ':::' fence) is another line, not part of the label.
    """
    whole = text.strip()
    return bool(bold) and bold[-1] == whole.strip(":：").strip() and whole.count("\n") == bold[-1].count("\n")


def _blocks(text: str) -> Iterator[_Block]:
    global _MD
    if _MD is None:
        _MD = _markdown()
    tokens = _MD.parse(text)
    quote_depth = 0
    list_depth = 0
    item_counter = 0
    current_item: int | None = None
    ordered_stack: list[bool] = []
    heading_level = 0
    table_rows: list[tuple[int, str]] = []
    table_cells: list[tuple[int, tuple[str, ...]]] = []
    row_cells: list[str] = []
    in_table = False
    row_line = 0
    pending: _Block | None = None
    topic_items: list[int | None] = []  # per open list item: the level of the section it opened, if any
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
            ordered_stack.append(t == "ordered_list_open")
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            ordered_stack.pop()
        elif t == "list_item_open":
            topic_items.append(None)
            if list_depth == 1:
                item_counter += 1
                current_item = item_counter
        elif t == "list_item_close":
            opened = topic_items.pop() if topic_items else None
            if opened is not None:
                # the list item that named a topic is over: its children's section ends
                yield _Block("end", Span("", (tok.map[1] if tok.map else 1,)), level=opened)
            if list_depth == 1:
                current_item = None
        elif t == "heading_open":
            heading_level = int(tok.tag[1:])
        elif t == "table_open":
            in_table, table_rows, table_cells = True, [], []
        elif t == "tr_open":
            row_cells, row_line = [], (tok.map[0] + 1 if tok.map else row_line + 1)
        elif t == "tr_close":
            table_rows.append((row_line, " | ".join(c.replace("\n", " ") for c in row_cells)))
            table_cells.append((row_line, tuple(row_cells)))
        elif t == "table_close":
            in_table = False
            if table_rows:
                # a table is linked to its concepts but not read as sentences (code=True)
                yield _Block(
                    "table",
                    Span("\n".join(r for _, r in table_rows), tuple(n for n, _ in table_rows), code=True),
                    quote_depth=quote_depth,
                    list_item=current_item,
                    table=Table(table_cells[0][1], tuple(table_cells[1:])),
                )
        elif t == "inline":
            start = (tokens[i - 1].map or tok.map or [0, 1])[0] + 1
            block = _Block("paragraph", Span("", (start,)), quote_depth=quote_depth, list_item=current_item)
            content = _inline_text(tok, block, "\n" if in_table else " ")
            described: _Block | None = None  # the line of a "Label: description" item that opens a section
            if in_table:
                row_cells.append(content.strip())
                continue
            if tokens[i - 1].type == "heading_open" and block.image_only:
                pass  # '![alt text](fastText.JPG)' over a '----' line: a picture, not a section's name
            elif tokens[i - 1].type == "heading_open":
                block.kind, block.level = "heading", heading_level
                content = content.replace("\r", "").replace("\n", " ")
            elif topic_items and not block.toc_entry and _names_a_topic(tokens, i, content):
                # "- **AlexNet**" with a nested list: the nested items are about AlexNet,
                # as if it were a heading one level below everything above it
                block.kind, block.level = "heading", 6 + len(topic_items)
                content = content.strip().strip("*_ ").rstrip(":：").strip()
                topic_items[-1] = block.level
            elif topic_items and not block.toc_entry and (label := _labelled_topic(tokens, i, content)) is not None:
                # "- Detection Transformer (DETR): End-to-End Object …" with a nested list: the label before the
                # colon names what the nested items are about; the whole line is still read, under it
                lines = tuple(range(start, start + content.count("\n") + 1))
                described = replace(block, span=Span(content, lines, listed=block.list_item is not None))
                # the line's links and bold terms are the described block's: counted once, not once per block
                block.links, block.images, block.bold, block.code_terms = [], [], [], []
                block.kind, block.level = "heading", 6 + len(topic_items)
                content = label
                topic_items[-1] = block.level
            block.ordered = bool(ordered_stack and ordered_stack[-1])
            n = content.count("\n") + 1
            if block.kind == "paragraph" and (_DISPLAY_MATH.fullmatch(content) or _MDX_MODULE_LINES.fullmatch(content)):
                # "$$\n\frac{\partial \mathrm{loss}}{\partial z} = …\n$$": a display formula is no prose, as code is not;
                # nor are an MDX page's module lines
                yield _Block("code", Span(content, tuple(range(start, start + n)), code=True), quote_depth=quote_depth, list_item=current_item)
                continue
            block.span = Span(content, tuple(range(start, start + n)), listed=block.list_item is not None, linked=block.link_only)
            pending = block
            yield pending
            if described is not None:
                described.ordered = block.ordered
                yield described
        elif (t == "fence" and _prose_fence(tok.info, tok.content)) or (t == "code_block" and _prose_indented(tok.content)):
            # "```text" holding the answer's sentences, or a paragraph indented four spaces ('    传统强化学习例如 TD
            # 学习…', an editor's export): each line is read as a line of prose
            first = (tok.map or [0, 1])[0] + (2 if t == "fence" else 1)
            for k, (numbers, line_text) in enumerate(_fence_lines(tok.content, first)):
                yield _Block(
                    "fence",
                    Span(line_text, numbers),
                    quote_depth=quote_depth,
                    list_item=current_item,
                    fence_start=k == 0,
                )
        elif t in ("fence", "code_block"):
            start = (tok.map or [0, 1])[0] + 1 + (1 if t == "fence" else 0)
            content = tok.content.rstrip("\n")
            n = content.count("\n") + 1
            yield _Block(
                "code",
                Span(content, tuple(range(start, start + n)), code=True),
                quote_depth=quote_depth,
                list_item=current_item,
            )
        elif t == "html_block":
            start = (tok.map or [0, 1])[0] + 1
            # a <style> or <script> element holds CSS or code, no prose ('font-weight: bold;')
            raw = _BR.sub(" ", _STYLE_OR_SCRIPT.sub("", _HTML_COMMENT.sub(_keep_lines, tok.content.rstrip("\n"))))
            tables = [t for t in _TABLE_ELEMENT.finditer(raw) if data_table(t.group(0))]
            if tables:
                # a table of numbers is read as code; the prose around it in the same block stays prose (each side
                # keeps the other's line breaks, so both keep their line numbers)
                data, prose, at = [], [], 0
                for t in tables:
                    data += [_line_breaks(raw[at : t.start()]), t.group(0)]
                    prose += [raw[at : t.start()], _line_breaks(t.group(0))]
                    at = t.end()
                data.append(_line_breaks(raw[at:]))
                raw = "".join(prose) + raw[at:]
                frame = _TEMPLATE_TAG.sub("", _TAG.sub("", "".join(data)))
                # each part starts at its own first line, not the block's: two blocks of one first line would be one
                # node with two texts ('<table>…</table><p>5 rows × 371 columns</p>')
                blank, frame = _blank_lead(frame)
                first = start + blank
                n = frame.count("\n") + 1
                yield _Block("code", Span(frame, tuple(range(first, first + n)), code=True), quote_depth=quote_depth, list_item=current_item)
            content = _TEMPLATE_TAG.sub("", _TAG.sub("", raw))  # a template tag inside a <div>: markup too
            if content.strip():
                first = start
                if tables:
                    blank, content = _blank_lead(content)
                    first = start + blank
                n = content.count("\n") + 1
                yield _Block(
                    "html",
                    Span(content, tuple(range(first, first + n))),
                    quote_depth=quote_depth,
                    list_item=current_item,
                )


# ---------------------------------------------------------------- prose in a fence

# a fence whose info string says it holds plain text (or says nothing) may hold the notes' own sentences
_TEXT_FENCE_INFO = frozenset({"", "text", "txt", "markdown", "md"})
# how a line of code looks: a keyword that opens a statement, or a line that opens or closes a block
_CODE_LINE = re.compile(
    r"^\s*(?:def |class |import |from \S+ import |return\b|print\(|for \S+ in |while |if .*:\s*$|#include|function\b|"
    r"var |let |const |>>>|\$ |@\w)|[{;]\s*$|^\s*[})\]]"
)
_CODE_SYMBOLS = frozenset("=(){}[]<>;_^*/\\|#$+")
# box-drawing characters: a tree or a diagram drawn in text, not sentences
_DRAWING = re.compile(r"[\u2500-\u257f]|^\s*[|+]-{2,}")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
_INDENTED = re.compile(r"^(?: {4}|\t)")


def _line_kind(line: str) -> str:
    """'code', 'prose' or 'short' for one line of a fence.

    Code: a statement keyword, a block opened or closed, or symbols (=, brackets, operators) making up
    more than a sixth of the line. Prose: four or more CJK characters, or four or more Latin words that
    make up most of the line. Anything else (a title, a lone name, '核心:') is short.
    """
    text = line.strip()
    if not text:
        return "short"
    if _CODE_LINE.search(line):
        return "code"
    dense = sum(1 for ch in text if ch in _CODE_SYMBOLS) / len(text)
    if dense > 1 / 6:
        return "code"
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    words = _LATIN_WORD.findall(text)
    if cjk >= 4 or (len(words) >= 4 and sum(map(len, words)) >= 0.6 * len(text.replace(" ", ""))):
        return "prose"
    return "short"


def _prose_fence(info: str, content: str) -> bool:
    """A fence that holds the notes' sentences, not code: ``` or ```text (txt, markdown, md) whose lines are
    mostly CJK or word-heavy prose ('第一个子层是多头自注意力机制', 'The encoder maps the input to …').

    Not a fence of another language (```python, ```bash, ```mermaid), a drawing (box characters), an
    indented block (two indented lines running: code), or one where code-like lines are a third or more,
    or prose lines fewer than half of its lines.
    """
    if info.strip().lower() not in _TEXT_FENCE_INFO:
        return False
    lines = [line for line in content.split("\n") if line.strip()]
    if not lines or any(_DRAWING.search(line) for line in lines):
        return False
    if any(_INDENTED.match(a) and _INDENTED.match(b) for a, b in zip(lines, lines[1:])):
        return False
    kinds = [_line_kind(line) for line in lines]
    prose, code = kinds.count("prose"), kinds.count("code")
    return prose * 2 >= len(kinds) and code * 3 < len(kinds)


def _prose_indented(content: str) -> bool:
    """An indented block (four spaces) that holds the notes' sentences, not code: CommonMark makes it a code
    block, a reader of the raw notes sees an indented paragraph. As a prose fence, and no line that opens a
    fence inside it ('```bash') or reads as a shell prompt."""
    if any(line.lstrip().startswith(("```", "~~~", "$ ", ">>> ")) for line in content.split("\n")):
        return False
    return _prose_fence("", content)


def _fence_lines(content: str, first_line: int) -> list[tuple[tuple[int, ...], str]]:
    """The lines of a prose fence to read, each a unit of its own (in a fence a line break is the author's):
    (line numbers, text), code-like lines left out. An English line that breaks mid-sentence (it ends in
    a word or a comma and the next opens in lower case), or any line that ends in a comma ('与BatchNorm不同，'),
    is joined with the next."""
    out: list[tuple[tuple[int, ...], str]] = []
    joined = False
    for number, line in enumerate(content.split("\n"), first_line):
        if not line.strip() or _line_kind(line) == "code":
            joined = False
            continue
        if joined and out and (re.match(r"\s*[a-z]", line) or out[-1][1].endswith(("，", "、", ","))):
            lines, text = out[-1]
            out[-1] = ((*lines, number), text + "\n" + line.strip())
        else:
            out.append(((number,), line.strip()))
        joined = bool(re.search(r"[A-Za-z,，、]\s*$", line))
    return out


_NAME_PUNCT = re.compile(r"[。，,;；!！.?？]\s*\S")


def _names_a_topic(tokens, i: int, content: str) -> bool:  # type: ignore[no-untyped-def]
    """A list item's first paragraph that is a short name followed by a nested list."""
    first = i >= 2 and tokens[i - 2].type == "list_item_open"
    nested = i + 2 < len(tokens) and tokens[i + 2].type in ("bullet_list_open", "ordered_list_open")
    if not (first and nested):
        return False
    text = content.strip().strip("*_ ").rstrip(":：").strip()
    if not text or "\n" in text or _NAME_PUNCT.search(text):
        return False
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    return len(text.split()) <= 5 and len(text) <= 60 and cjk <= 16


_LABEL_COLON = re.compile(r"^\s*\**([^:：\n]{1,60}?)\**\s*[:：]\s*\S")


def _labelled_topic(tokens, i: int, content: str) -> str | None:  # type: ignore[no-untyped-def]
    """A list item's first paragraph 'Label: description' followed by a nested list, whose label alone is
    a short name (_names_a_topic's test): the label, else None."""
    m = _LABEL_COLON.match(content)
    if m is None:
        return None
    label = m.group(1).strip().strip("*_ ").strip()
    return label if label and _names_a_topic(tokens, i, label) else None


# --------------------------------------------------------------------------- items


def _strip_marker(span: Span, marker: re.Pattern[str]) -> Span:
    """Remove a Q/A marker from the start of every line, keeping line numbers."""
    lines = [marker.sub("", line, count=1) for line in span.text.split("\n")]
    return _cleaned(span, "\n".join(lines))


def qa_markers(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The question and answer markers opening a line: the letter forms ('Q:', 'A1.', '$Q$:') and the words of
    kg:QuestionLabel and kg:AnswerLabel ('问题：', 'Answer:'), each before a colon or a full stop."""
    q, a = vocab.alternation("QuestionLabel"), vocab.alternation("AnswerLabel")
    return (
        re.compile(rf"^\s*(?:\$\s*Q\s*\$|Q\d*|{q})\s*[:：.]\s*", re.IGNORECASE),
        re.compile(rf"^\s*(?:\$\s*A\s*\$|A\d*|{a})\s*[:：.]\s*", re.IGNORECASE | re.MULTILINE),
    )


def _split_inline_answer(
    span: Span, answer_marker: re.Pattern[str], first_line_asks: bool = False
) -> tuple[Span, Span | None]:
    """A question and its answer in one paragraph: split at the first line with an
    answer marker (``Q: …`` then ``A: …``), else after the line that ends the
    question (``1. Why …?`` then ``Because …``, a list item's lazy continuation), or after
    the first line when it asks without a question mark (``first_line_asks``: '6、…怎么解决过拟合的。')."""
    lines = span.text.split("\n")
    if first_line_asks and len(lines) > 1 and not any(line.rstrip().endswith(("?", "？")) for line in lines):
        return Span(lines[0], span.lines[:1]), Span("\n".join(lines[1:]), span.lines[1:])
    for index, line in enumerate(lines[1:], start=1):
        if answer_marker.match(line):
            return Span("\n".join(lines[:index]), span.lines[:index]), Span(
                "\n".join(lines[index:]), span.lines[index:]
            )
    for index, line in enumerate(lines[:-1]):
        if line.rstrip().endswith(("?", "？")):
            question = Span("\n".join(lines[: index + 1]), span.lines[: index + 1])
            return question, Span("\n".join(lines[index + 1 :]), span.lines[index + 1 :])
    return span, None


def _clean(span: Span) -> Span:
    return span if span.code else _cleaned(span, span.text)


class _ItemBuilder:
    def __init__(
        self, asks: re.Pattern[str] | None, markers: tuple[re.Pattern[str], re.Pattern[str]],
        unmarked: re.Pattern[str] | None = None,
    ) -> None:
        self.asks = asks  # question words: a heading or bold line holding one asks
        self.unmarked = unmarked  # kg:UnmarkedQuestionWord: a numbered line holding one asks without '？'
        self.q_marker, self.a_marker = markers  # 'Q:' / '问题：' and 'A:' / '答：' opening a line
        self.items: list[Item] = []
        self.sections: list[Section] = []
        self.section: Section | None = None
        self.stack: list[Section] = []
        self.current: Item | None = None
        self.quote_style = False  # answer lives in blockquotes of the question's list item
        self.question_item: int | None = None
        self.label: str | None = None
        self.work: str | None = None  # the outside work a bold link alone on its line named (Item.work)
        self.heading_question = False
        self.fence_item: Item | None = None  # the item the lines of the prose fence being read go to
        self.fence_in_answer = False
        self.seen_list_items: set[int] = set()  # list items a block was read from: a question opens its item

    def flush(self) -> None:
        if self.current is not None and (self.current.question or self.current.body):
            self.items.append(self.current)
        self.current = None
        self.heading_question = False

    def _new(self, kind: str, block: _Block) -> Item:
        return Item(
            kind=kind,
            section=self.section,
            line=block.span.first_line,
            end_line=block.span.last_line,
            label=self.label if kind == "block" else None,
            work=self.work,
        )

    def _attach(self, item: Item, block: _Block) -> None:
        item.end_line = max(item.end_line, block.span.last_line)
        item.links += block.links
        item.images += block.images
        item.bold += [b for b in block.bold if not block.whole_bold]
        item.code_terms += block.code_terms
        if block.table is not None:
            item.tables.append(block.table)

    def heading(self, block: _Block) -> None:
        self.flush()
        self.label = None
        if block.level <= 6:
            self.work = None  # a list item naming a topic (level 7 and below) stays under the work
        title = clean_inline(without_emoji_codes(block.span.text)).strip()  # '### warm-up pipeline :+1:'
        while self.stack and self.stack[-1].level >= block.level:
            self.stack.pop()
        path = tuple(s.title for s in self.stack) + (title,)
        self.section = Section(title, block.level, block.span.first_line, path)
        self.stack.append(self.section)
        self.sections.append(self.section)
        if len(title) < 200 and (self.q_marker.match(title) or _is_question_text(title) or self._asks(title)):
            # A heading that asks: the blocks under it answer.
            item = self._new("qa", block)
            item.question = _strip_marker(Span(title, block.span.lines), self.q_marker)
            self.current = item
            self.heading_question = True
            self.quote_style = False
            # the question belongs to the section above it
            item.section = self.stack[-2] if len(self.stack) > 1 else None

    def question(self, block: _Block) -> None:
        self.flush()
        first_line = block.span.text.split("\n", 1)[0]
        asks_unmarked = not _is_question_text(first_line) and self._asks_unmarked(block.span.text)
        q_span, inline_answer = _split_inline_answer(block.span, self.a_marker, asks_unmarked)
        item = self._new("qa", block)
        item.question = _strip_marker(q_span, self.q_marker)
        if inline_answer is not None:
            item.answer.append(_strip_marker(inline_answer, self.a_marker))
        self._attach(item, block)
        self.current = item
        self.question_item = block.list_item
        self.quote_style = block.list_item is not None

    def other(self, block: _Block) -> None:
        cur = self.current
        is_answer = bool(self.a_marker.match(block.span.text))
        if cur is not None and cur.kind == "qa":
            belongs = (
                self.heading_question
                or is_answer
                or (self.quote_style and block.list_item is not None and block.list_item == self.question_item)
                or (self.quote_style and not cur.answer and not block.whole_bold and block.list_item is None)
                or (not self.quote_style and not block.whole_bold)
            )
            if belongs:
                cur.answer.append(_strip_marker(block.span, self.a_marker) if not block.span.code else block.span)
                self._attach(cur, block)
                return
        if block.image_only and (cur is not None or self.items):
            # a picture on its own illustrates the item just before it
            self._attach(cur if cur is not None else self.items[-1], block)
            return
        first, _, rest = block.span.text.partition("\n")
        if (
            block.kind == "paragraph"
            and block.bold
            and rest.strip()
            and first.strip().strip(":： ") == block.bold[0].strip(":： ")
        ):
            # "**背景**" on its own line, then the text it labels
            self.flush()
            self.label = block.bold[0].strip(":： ")
            block.span = Span(rest, block.span.lines[1:], listed=block.span.listed)
            block.bold = block.bold[1:]
            block.whole_bold = _is_whole_bold(block.bold, rest)  # the label is gone; is what it labels bold?
        if block.whole_bold and block.kind == "paragraph" and not _is_prose(block.span.text) and not _bold_statement(block):
            # a bold-only paragraph labels the blocks that follow it (a bold run of sentences is text)
            self.flush()
            self.label = block.bold[-1].strip(":： ")
            # '**[Pyro](https://pyro.ai/)**': a link alone names an outside work (a paper, a library) the blocks after
            # it are about; a plain bold label ('**Advantages**') is an aspect of the section's topic
            self.work = self.label if any(link.startswith(("http://", "https://")) for link in block.links) else None
            return
        if block.kind == "paragraph" and block.list_item is None and _LABEL_LINE.match(block.span.text):
            # "优点：" or "Advantages:" alone on its line labels the blocks that follow it, as a bold one does
            self.flush()
            self.label = block.span.text.strip().rstrip(":：").strip()
            return
        if cur is not None and cur.kind == "qa":
            self.flush()
        if self.current is None or self.label is None:
            self.flush()
            self.current = self._new("block", block)
        self.current.body.append(_clean(block.span))
        self._attach(self.current, block)

    def fence_line(self, block: _Block) -> None:
        """A line of prose in a fence. The first is placed as a paragraph would be (the answer of the question
        before it, or a block of its own); the lines after it join the same item, where a paragraph of their
        own would have started a new one: the fence is one answer, written line by line."""
        cur = self.current
        if not block.fence_start and cur is not None and cur is self.fence_item:
            target = cur.answer if self.fence_in_answer else cur.body
            target.append(_strip_marker(block.span, self.a_marker) if self.fence_in_answer else _clean(block.span))
            self._attach(cur, block)
            return
        self.other(block)
        self.fence_item = self.current
        self.fence_in_answer = self.current is not None and bool(self.current.answer) and self.current.answer[-1].lines == block.span.lines

    def end_section(self, level: int) -> None:
        """A list item that named a topic closed: back to the section around it."""
        self.flush()
        self.label = None
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        self.section = self.stack[-1] if self.stack else None

    def feed(self, block: _Block) -> None:
        self._feed(block)
        if block.list_item is not None:
            self.seen_list_items.add(block.list_item)

    def _feed(self, block: _Block) -> None:
        text = block.span.text
        if block.kind == "end":
            self.end_section(block.level)
        elif block.kind == "heading":
            self.heading(block)
        elif block.kind == "fence":
            self.fence_line(block)
        elif _TOC.match(text) or not text.strip() or block.toc_entry:
            return
        elif block.kind == "paragraph" and self._starts_question(block):
            self.question(block)
        else:
            self.other(block)

    def _asks(self, title: str) -> bool:
        return self.asks is not None and bool(self.asks.search(title))

    def _starts_question(self, block: _Block) -> bool:
        text = block.span.text
        if self.q_marker.match(text):
            return True
        if block.whole_bold and block.quote_depth == 0 and (_is_question_text(text) or self._asks(text)):
            return True  # "**How does momentum differ from Nesterov? ⭐️**"
        if (
            self.current is not None
            and self.current.kind == "qa"
            and (self.heading_question or (self.quote_style and block.quote_depth > 0))
        ):
            return False  # numbered lines inside an answer are not new questions
        first_line = text.split("\n", 1)[0]
        if block.quote_depth == 0 and (_is_question_text(first_line) or self._asks_unmarked(text)):
            if _NUMBERED.match(first_line) or (block.list_item is not None and block.ordered):
                return True
        if (
            block.quote_depth == 0
            and block.list_item is not None
            and block.list_item not in self.seen_list_items
            and "\n" not in text.strip()
            and (first_line.rstrip().endswith(("?", "？")) or self._asks_in_english(first_line))
        ):
            return True  # "* How to combat overfitting/What is regularization" with the answers nested under it
        return False

    def _asks_unmarked(self, text: str) -> bool:
        """'6、深度学习中是怎么解决过拟合的。', '4. 为什么要位置编码': a short Chinese first line holding a
        kg:UnmarkedQuestionWord, no clause inside and no label before a colon, asks, question mark or not, when it is
        numbered (the caller checks the number). Not when the next line is numbered the same way ('1、…\n2、…'): then
        it is a step of a list."""
        line, _, rest = text.partition("\n")
        body = line.strip().rstrip("。.：:")
        if self.unmarked is None or len(body) > _SHORT_QUESTION or language_of(body) != "zh":
            return False
        if re.search(r"[，,；;：:]", body) or not self.unmarked.search(body):
            return False
        first, second = _NUMBERED.match(line), _NUMBERED.match(rest.lstrip("\r\n"))
        return not (first and second and first.group(1) == second.group(1))

    def _asks_in_english(self, line: str) -> bool:
        """A short line that opens with an English question word and ends no sentence ('* Explain Adam',
        '* How to combat overfitting'): a question, as a reader of a list of interview questions reads it."""
        words = line.split()
        return (
            self.asks is not None
            and 1 < len(words) <= 15
            and not line.rstrip().endswith((".", "。", ":", "："))
            and bool(self.asks.match(line))
            and line.lstrip(" *-+•").isascii()
        )


def question_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """kg:QuestionWord as one pattern: English words open the text, Chinese ones stand anywhere."""
    words = vocab.cue_set("QuestionWord")
    latin = sorted((w for w in words if w.isascii()), key=len, reverse=True)
    cjk = sorted((w for w in words if not w.isascii()), key=len, reverse=True)
    parts = []
    if latin:
        parts.append(r"^\W*(?:(?:\d+(?:\.\d+)*|[QＱ]\d*)[.、:：)]?\s*)?(?:" + "|".join(map(re.escape, latin)) + r")\b")
    if cjk:
        parts.append("|".join(map(re.escape, cjk)))
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


# a front matter's one-line title ('title: "Random Forests"', TOML's 'title = "Random Forests"'), its value unquoted
_FRONT_TITLE = re.compile(r"""^title[ \t]*[:=][ \t]*(?:"((?:[^"\\]|\\.)+)"|'([^']+)'|([^"'>|\s][^\n]*?))[ \t]*$""", re.M)
_BODY_H1 = re.compile(r"^ {0,3}#[ \t]+(\S[^\n]*?)[ \t#]*$", re.M)


def _reference_headings(vocab: Vocabulary) -> set[str]:
    return {normalize(w).strip() for w in vocab.cue_set("ReferenceHeading")}


def _title_as_heading(front: str, body: str, reference_headings: set[str]) -> str:
    """The front matter, blanked line for line; its title, when the body has no level-1 heading of its own, kept as
    one ('title: Random Forests' → '# Random Forests'): a blog shows a post's title as its heading, and a reader
    takes it as what the post is about. A '# References' closing the post (kg:ReferenceHeading) is the post's
    list of sources, not its own heading."""
    blank = "\n" * front.count("\n")
    found = _FRONT_TITLE.search(front)
    if found is None or any(not reference_heading(h.group(1), reference_headings) for h in _BODY_H1.finditer(body)):
        return blank
    title = next(g for g in found.groups() if g).strip()
    line = front.count("\n", 0, found.start())
    return "\n" * line + "# " + title + "\n" * (front.count("\n") - line)


# '\[' or '\]' alone on a line opens or closes a LaTeX display formula, but Markdown reads the backslash as an escape
# and leaves a bare bracket; doubled, it stays '\[' in the text, where sentences end at it as at '$$'. ('\[1\]'
# opening a reference line is no formula: the line holds more than the bracket.)
_LATEX_DISPLAY_LINE = re.compile(r"^([ \t]*)(\\[\[\]])[ \t]*$", re.MULTILINE)


def parse_text(
    text: str, source: str = "<string>", path: Path | None = None, vocab: Vocabulary | None = None
) -> Document:
    """Parse Markdown text into a Document; ``source`` is how the file is named in the graph."""
    vocab = vocab or default_vocabulary()
    if text.startswith(("---\n", "+++\n")):  # YAML front matter, or TOML between '+++' lines (Hugo)
        end = text.find("\n" + text[:3], 4)
        if end != -1:
            # front matter: blank it out, keeping every line number (and its title as the heading, when the body
            # has none; a '# …' line inside a code block counts as one, so such a post keeps no title)
            front = text[: end + 4]
            text = _title_as_heading(front, text[end + 4 :], vocab.derived("reference-headings", _reference_headings)) + text[end + 4 :]
    text = _LATEX_DISPLAY_LINE.sub(r"\1\\\2", flatten_deep(text))
    if "<pre" in text or "<d-code" in text or "<xmp" in text:
        text = _CODE_ELEMENT.sub(_blank_code_element, text)
    if "highlight" in text:
        text = _HIGHLIGHT_BLOCK.sub(_blank_code_element, text)
    if "<h" in text:
        text = _HTML_HEADING.sub(_markdown_heading, text)
    if "<" in text:
        text = _LAYOUT_TAG_BEFORE_HEADING.sub("", text)
    builder = _ItemBuilder(
        vocab.derived("question-pattern", question_pattern),
        vocab.derived("qa-markers", qa_markers),
        vocab.derived("unmarked-questions", lambda v: re.compile(v.alternation("UnmarkedQuestionWord") or "(?!)")),
    )
    for block in _blocks(text):
        builder.feed(block)
    builder.flush()
    return Document(path=path or Path(source), source=source, sections=builder.sections, items=builder.items)


def parse_file(path: Path, source: str | None = None) -> Document:
    """Parse one Markdown file. Raises NotesError for a file that is not UTF-8 text."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NotesError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise NotesError(f"not UTF-8 text (byte {exc.start})", str(path), line) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise NotesError("binary data in a Markdown file (NUL byte)", str(path), line)
    return parse_text(text, source or str(path), path)


def find_note_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Every Markdown file under the given files and folders, recursively, sorted.

    Returns (path, source name) pairs; the source name is relative to the folder
    given, so a graph does not depend on where the user's home is.
    """
    found: list[tuple[Path, str]] = []
    for root in paths:
        if not root.exists():
            raise NotesError("no such file or folder", str(root))
        if root.is_file():
            found.append((root, root.name))
            continue
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts):
                continue  # .git, .obsidian, .kg …
            if path.is_file() and path.suffix.lower() in MARKDOWN_SUFFIXES:
                found.append((path, rel.as_posix()))
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise NotesError(f"no Markdown files (*.md) found in {shown}")
    return found
