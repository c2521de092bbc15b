"""confidence: how much to trust one fact, from the evidence of its sentence.

A fact read from a sentence that names both ends next to a strong cue is
likely right; one whose subject was only inherited from a heading, that
hangs on a vague cue ("introduces", "选择"), or whose ends the lexicon does
not know is less so. The weights below are the whole model; they were set by
measuring precision on the real-notes corpus (bench/corpus, `python -m bench
quality`), and the facts a file states more than once add up (noisy-or).

A fact below the build's threshold (``kg build --min-confidence``, default
``DEFAULT_THRESHOLD``) is still stored as a ``kg:Fact`` record with its
confidence, so it can be queried and reviewed; only the direct triple that
plans, pages and ``?s kg:uses ?o`` queries see is left out.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import noisy_or

DEFAULT_THRESHOLD = 0.5

# How the subject of the fact was found.
SUBJECT_EVIDENCE: dict[str, float] = {
    "explicit": 0.85,  # named in the same clause as the cue
    # "it / 它 / 这" resolved to the previous sentence's subject: 62% right (½ borderline) of 53 such readings on notes
    # first read unseen (bench/corpus/seen-p), against 85% for a subject named in the clause; with an end the notes
    # only made as an acronym or bold term, below the threshold (6 such readings there: 1 right, 1 borderline)
    "pronoun": 0.55,
    "question": 0.7,  # an answer read against the concept its question asks about
    "label": 0.7,  # a list item or paragraph read against the name it opens with ("剪枝：…")
    "sentence": 0.65,  # a later clause continuing the subject that opens the sentence
    "table": 0.75,  # a table row: its first cell and a cell under a header naming parts or methods
    "row": 0.7,  # a table row's prose cell read against the name that is the row's whole first cell
    # names side by side in a table header: columns of one table, compared only sometimes. Below the
    # threshold: of 12 such facts judged (7 first read on unseen notes, 5 on dev), 5 were right
    "table header": 0.45,
    "list": 0.7,  # an item of the list that answers "how to solve P?": the name the item opens with
    "topic": 0.45,  # inherited from the section heading
    "quantified": 0.4,  # "some Transformers incorporate convolutions": said of some members, not of the concept
    "listed": 0.55,  # a list item (or a layer sequence) right under the heading that names the subject
    "heading": 0.5,
    "example": 0.6,  # an example after its kind: "encoder-only (e.g., BERT)", "编码端架构（如 BERT）"
    "possessive": 0.6,  # "Transformer 的位置编码": a component named as a model's own, no verb saying so
    "comparative": 0.7,  # "A 比 B 好": both names in the clause, the comparison marker between them  # a question about a component asked under a model's heading
}
# evidence whose subject the sentence does not name: it is inherited from a heading above (a list's, a question's,
# a section's). Such a subject that only a heading made a concept counts as one more discovered end
INHERITED_EVIDENCE = frozenset({"listed", "topic", "question", "heading"})
WEAK_CUE = 0.2  # a cue in the ontology's kg:WeakCue set
DISCOVERED_END = 0.1  # each end discovered only as an acronym or a bold term
# each end that other notes made a concept (a heading, a bracketed name, bold) and this note did not: the name may
# mean something else here ('SC' sparse coding in one note, speaker classifier in another). Measured on the 2,640
# judged readings of 804 notes by many authors (bench/corpus/seen-p): 61% correct, 16% wrong with such an end,
# against 78% / 6% when the note made the concept itself and 83% / 3% for lexicon concepts
FOREIGN_END = 0.1
# the same end in a fact whose subject is inherited from a question or a heading above (INHERITED_EVIDENCE): two
# guesses stacked, the subject and what the name means here. Of such readings judged on seen-p (1,099 notes), answers
# to a question with one foreign end were 48% right (½ borderline, 26 judged) against 78% with none, listed items 45%.
# So with a kg:WeakCue: read from a vague cue ('introduces', '包括') with one foreign end, explicit readings were 59%
# right (81 judged on seen-p, 1,417 notes: 34 correct, 27 borderline, 20 wrong) against 80% with no foreign end
FOREIGN_END_INHERITED = 0.25
BROAD_END = 0.4  # each end the lexicon marks kg:broad ("gradient", "neural network"): rarely what a fact is about
PROBLEM_UNKNOWN = 0.3  # causes/mitigates whose object the lexicon does not know as a problem, nor the notes call one
TOPIC_FOR_PROBLEMS = 0.1  # causes/mitigates whose subject was only inherited from a heading
ANSWER_OBJECT = 0.05  # the object was taken from the answer to a wh-question
# a one-word everyday English name another note made, as the subject of English prose (RelatorBase._confidence).
# Of the 22 such readings shown before and judged on seen-p (1,328 notes), 6 were right, 7 borderline, 9 wrong
PLAIN_FOREIGN_SUBJECT = 0.4
FAR_SUBJECT = 0.1  # more than FAR_CHARS between the subject and the cue
FAR_CHARS = 60


def score(
    evidence: str,
    *,
    weak_cue: bool,
    discovered_ends: int,
    broad_ends: int = 0,
    foreign_ends: int = 0,
    answer_object: bool,
    far: bool,
    plain_subject: bool = False,
) -> float:
    value = SUBJECT_EVIDENCE.get(evidence, 0.5)
    value -= BROAD_END * broad_ends
    value -= WEAK_CUE if weak_cue else 0.0
    value -= DISCOVERED_END * discovered_ends
    stacked = evidence in INHERITED_EVIDENCE or weak_cue
    value -= (FOREIGN_END_INHERITED if stacked else FOREIGN_END) * foreign_ends
    value -= ANSWER_OBJECT if answer_object else 0.0
    value -= FAR_SUBJECT if far else 0.0
    value -= PLAIN_FOREIGN_SUBJECT if plain_subject else 0.0
    return round(max(0.05, min(0.99, value)), 3)


def combined(confidences: Iterable[float]) -> float:
    """Several sentences stating one fact: the chance that at least one reading is right (noisy-or)."""
    return noisy_or(confidences)
