"""The relator's state (the vocabulary's cues, classes and word sets, loaded once) and the helpers
every rule uses: a span's sentences with their mentions and hits, the names grouped before or after a
position, negation before a cue, the confidence and the class constraints of a fact."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extraction.confidence import INHERITED_EVIDENCE, score
from kg.extraction.facts.sentences import (
    ALIAS_ASIDE,
    CJK_CHAR,
    CLAUSE_CHARS,
    LOWER_HYPHEN_PREFIX,
    PROBLEM,
    QUANTIFIER,
    CueMatcher,
    Hit,
    LocalMatcher,
    Sentence,
    WordPatterns,
    bracket_start,
    clause_bounds,
    formula_symbol,
    modifier_gap,
    sentence_bounds,
    wise_adjective,
)
from kg.extraction.mentions import HeadingReader, Matcher, common_words
from kg.model import Assertion, Mention, Span
from kg.terms import KG
from kg.text import fold_script, normalize, opening_with
from kg.vocab import Cue, Vocabulary

# "汇聚/池化层": an alternative word slash-joined before the next name, or after the one before ("池化/汇聚层、")
SLASH_ALTERNATIVE_BEFORE = re.compile(r"(?![和与及或]|以及)[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9\-]{0,9}\s*/$")
SLASH_ALTERNATIVE_AFTER = re.compile(r"^/\s*[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9\-]{0,9}")
BOOK_TITLE = re.compile(r"《[^《》\n]{1,120}》")  # Chinese book-title marks around a paper's or a book's title
# a bibliographic reference: authors, 'et al.', a quoted (or emphasised) title, a year in brackets
CITATION = re.compile(r"\bet al\.,?\s*[\"“*_].{5,300}?\((?:19|20)\d\d\)")
GLOSSED_RUN = re.compile(r"[\u3400-\u9fff]{0,8}[(（]\s*")  # the rest of a Chinese name, then the bracket of its gloss


_COMPONENT_CLASSES = frozenset({KG.Component, KG.ActivationFunction})
_NAME_MARKUP = " \t*_`"  # spaces and inline markup around a name ('用 **ReLU** 作为')
_PARTICIPLE_TAIL = re.compile(r"(?:后|过|版)?的(?!是)")  # not the cleft '使用的是 X' (what is used is X)
_BEFORE_PARTICIPLE = re.compile(r"(?:了|过)?\s*(?:一种|一个|一套|一版|个|种)?\s*$")


def _participle_after_cue(
    text: str, h: Hit, hits: list[Hit], cause_words: Iterable[str] = (), mentions: Iterable[Mention] = ()
) -> bool:
    """'GPT-2 使用改进的 BPE 算法', '采用优化后的残差连接': a cue verb with 的 right after it, itself right after another
    cue's verb, describes the name that follows (the improved BPE); the first verb is what the clause says.

    So too with words that name nothing between the two Chinese verbs ('缓解网络层数过多导致的过拟合'): they are the
    relative clause's own subject, what causes the noun after 的, and the noun is the first verb's object."""
    if not any(c.role != "set" for c in h.cues) or _PARTICIPLE_TAIL.match(text, h.end) is None:
        return False
    if CJK_CHAR.match(text[h.start : h.start + 1]) and any(c.role == "cue" for c in h.cues):
        verbs = [  # verb cues only: '在 X 中所使用的就是 Y' has a container's 中 before 使用
            g for g in hits
            if g is not h and g.end <= h.start and any(c.role == "cue" for c in g.cues) and CJK_CHAR.match(text[g.start : g.start + 1])
        ]
        prev = max(verbs, key=lambda g: g.end, default=None)
        if prev is not None:
            between = text[prev.end : h.start]
            # a relative clause's own subject is a short phrase ('网络层数过多而'); more words than a phrase make a
            # clause of their own, whose verb the reading leaves to the clause rules
            if (
                0 < len(between.strip()) <= 16
                and all(CJK_CHAR.match(ch) or ch.isspace() for ch in between)
                and not any(prev.end <= m.start < h.start for m in mentions)
            ):
                return True
    lead = _BEFORE_PARTICIPLE.search(text, 0, h.start)
    at = lead.start() if lead is not None else h.start
    # '解决由于异常点而导致的线性不可分问题': a reason (kg:Cause) between the two verbs is part of what describes the name
    window = text[max(0, h.start - 16) : h.start]
    reason = max((window.rfind(w) for w in cause_words), default=-1)
    if reason >= 0 and not CLAUSE_CHARS.search(window, reason):
        at = min(at, h.start - len(window) + reason)
    return any(
        at <= g.end <= h.start and g.end - g.start >= 2 and g is not h and any(c.role != "set" for c in g.cues) for g in hits
    )


def _verb_pair_before_noun(text: str, h: Hit, hits: list[Hit], mentions: list[Mention]) -> bool:
    """'softmax 和对数似然损失函数配合使用的效果': two cue verbs in a row, then 的 and a noun that is no name, describe
    that noun (the effect of using the two together); the first verb has no object of its own after it. ('使用改进的
    BPE' keeps 使用: what follows 的 there is a name, and the second verb describes it.)"""
    if not any(c.role != "set" for c in h.cues):
        return False
    second = next((g for g in hits if g is not h and h.end <= g.start <= h.end + 1 and any(c.role != "set" for c in g.cues)), None)
    tail = _PARTICIPLE_TAIL.match(text, second.end) if second is not None else None
    if tail is None or not text[tail.end() : tail.end() + 1].isalnum():
        return False  # ('是在 WB 的基础上改进的。': nothing after 的, which closes the clause, not a noun it describes)
    return not any(tail.end() <= m.start <= tail.end() + 1 for m in mentions)


# between a name and the broader name heading its phrase: nothing, one space or hyphen, or the name's closing markup
# ('`tanh` activation', '**Adam** optimizer')
_KIND_HEAD_GAP = re.compile(r"[`*_\"']{0,2}[ \-]?")


class RelatorBase:
    """The relator's state (the vocabulary's cues, classes and word sets, loaded once) and the helpers"""

    def __init__(
        self,
        vocab: Vocabulary,
        matcher: Matcher,
        classes: dict[str, str],
        unsure: Iterable[str] = (),
        local: dict[str, frozenset[str]] | None = None,
        senses: dict[str, dict[str, str]] | None = None,
        titles: dict[str, frozenset[str]] | None = None,
        abbreviations: dict[tuple[str, str], frozenset[str]] | None = None,
        headed: Iterable[str] = (),
        made_in: dict[str, frozenset[str]] | None = None,
        plain_words: Iterable[str] = (),
    ) -> None:
        self.vocab = vocab
        self.matcher: Matcher | LocalMatcher = matcher
        self._all_files_matcher = matcher
        self._keys_by_concept: dict[str, set[str]] | None = None  # concept → its names (keys), made when first asked
        # discovered concepts named by an everyday word: names only in the files that made them (local_concepts)
        self.local = local or {}
        self.senses = senses or {}  # file → abbreviations the file defines as another concept (mentions.file_senses)
        self.titles = titles or {}  # title-case names of everyday words → their files (mentions.title_case_names)
        # (abbreviation, discovered concept) → the files that tie the two (mentions.abbreviation_files)
        self.abbreviations = abbreviations or {}
        self.classes = classes  # concept IRI → class IRI, lexicon and discovered
        self.unsure = frozenset(unsure)  # discovered only as an acronym or a bold term: less sure they are concepts
        self.headed = frozenset(headed)  # discovered only from a heading (mentions.heading_only_concepts)
        # discovered concepts (not the lexicon's) → the files that made them; a fact in another file with such an
        # end is less sure (confidence.FOREIGN_END). The file being read is set by relate()
        self.made_in = made_in or {}
        # discovered concepts named by one everyday English word ('Estimation', 'Convergence'; mentions.plain_words)
        self.plain_words = frozenset(plain_words)
        self.reading_source = ""
        self.broad = frozenset(c.iri for c in vocab.concepts.values() if c.broad)  # "gradient", "neural network"
        self._broader = {c.iri: frozenset(c.broader) for c in vocab.concepts.values() if c.broader}
        # sets compared as text at one place only (what stands between two names): kept out of the automaton,
        # so their words do not end names or shadow shorter cues elsewhere ('为', 'is a' over 'is')
        text_only = {
            KG.MeansFollower, KG.Definition, KG.BareDefinition, KG.BareKindStop, KG.VerbCoordination, KG.Quantifier, KG.KindFollower,
            KG.InstanceCopula, KG.Occurrence, KG.Advantage, KG.Cause, KG.Whereas, KG.AuthorPossessive, KG.AnalogyMarker,
            KG.MeasureUnit, KG.FolderWord, KG.ClauseVerb, KG.GroupModifier, KG.FiniteAuxiliary, KG.BuildVerb, KG.QuantityWord,
            KG.BeVerb, KG.PassiveAdverb, KG.InstrumentMarker, KG.BareUseVerb, KG.UseRoleMarker, KG.FamilyWord,
            KG.Article, KG.NameArticle, KG.ClauseConnective, KG.NounDeterminer, KG.ItemConjunction, KG.PassivePurpose,
            KG.ComparisonComplement, KG.ComparisonWord, KG.ComparedSideWord, KG.JointSideCue, KG.PassiveAgent, KG.StandInNoun, KG.DefiniteArticle, KG.Genitive, KG.AdvantageOver,
            KG.AdvantageModifier, KG.WhereasBlocker, KG.ContrastSideLead, KG.TaskLead, KG.PhraseEndParticle, KG.CompareVerbFollower, KG.SidePreposition, KG.ShortcomingNoun, KG.OpeningConnective, KG.RelativeDeterminer, KG.NounSuffix, KG.PassiveMarker, KG.AdviceWord, KG.MetricName,
            KG.PlacePostposition, KG.UseVerb, KG.AdverbSuffix, KG.ParticipleSuffix, KG.ParticipleModifier,
            KG.RelativePronoun, KG.IndefiniteArticle, KG.SharedTailJoin, KG.LongFormWord, KG.CitationMark,
            KG.CitationVerb, KG.AlternativeWord, KG.AliasMarker, KG.NameBreakParticle, KG.ValueCopula, KG.GerundSuffix,
            KG.Adversative, KG.OutputVerb, KG.ImplicationVerb, KG.CountedParts, KG.ListIntro, KG.CountWord, KG.BasisSuffix, KG.ExpletiveOpener, KG.StructureNoun, KG.InclusionVerb, KG.BasisFrameOpener, KG.ModelKindWord, KG.BoundPrefix, KG.MannerQualifier, KG.ConditionFrame, KG.FileExtension,
            KG.QuestionLabel, KG.AnswerLabel, KG.InsideMarker, KG.InsideCloser, KG.SequenceConnective,
            KG.AttributeNoun, KG.ComparisonBase, KG.RelationBase, KG.CounterpartLead, KG.BothSides, KG.Possessive, KG.PurposeMarker, KG.DestinationMarker,
            KG.ExpletiveObject, KG.SingleQualifier, KG.LesserDegree, KG.AbsenceLead, KG.OriginCue, KG.ReferenceLabel, KG.ReferenceModifier, KG.TrainingParticiple, KG.SidePostposition, KG.SamenessWord, KG.ChangeParticiple, KG.ProfileSite, KG.OwnerPreposition, KG.LikenessNounSuffix, KG.LikenessPhrase, KG.MakingVerb, KG.WorkModelNoun, KG.MeasureVerb, KG.RemedyLabel,
            KG.ObjectPronoun, KG.GoalPreposition, KG.ApplicationPreposition, KG.MeansPreposition, KG.MemberNoun, KG.SettingNoun,
            KG.SharedSubjectAdverb, KG.TimeClosure, KG.TimeCompound, KG.PlotNoun, KG.PriorPractice, KG.AbilityModal, KG.LikenessCue, KG.SubstituteQuantity,
            KG.InnerAdverb, KG.PreverbAdverb, KG.EventNoun, KG.MeansMarker, KG.ReducedOutcome, KG.ActionVerb, KG.SequencePreposition, KG.PeopleWord, KG.OutsideAgent, KG.ApplyVerb, KG.ModalWord, KG.PossessivePronoun,
            KG.CombineVerb, KG.NetworkNoun, KG.GroupQuantifier, KG.UniversalQuantifier, KG.DestinationPreposition, KG.KindListNoun, KG.KindIntroNoun, KG.KindIntroFollower, KG.KindIntroLead, KG.KindListSignal, KG.VerbNounTail, KG.OptimizeVerb, KG.GroupTie, KG.StepCloser, KG.LinkingVerb, KG.ComparativeWord, KG.NotComparative, KG.CueParticle, KG.PropositionVerb, KG.DeniedAmount, KG.ToolNoun, KG.VerbParticle, KG.GradedAdjective, KG.HavingGerund,
        }  # fmt: skip
        self._words = vocab.derived("fact-word-patterns", WordPatterns)  # the patterns that hold words
        self._definite = {t.strip() for t in vocab.cue_set("DefiniteArticle")}
        self._inside_closers = {t.strip() for t in vocab.cue_set("InsideCloser")}
        self._inside_closer_tuple = tuple(self._inside_closers)
        self._whereas_blockers = {t.strip() for t in vocab.cue_set("WhereasBlocker")}
        self._contrast_side_lead = {""} | {t.strip() for t in vocab.cue_set("ContrastSideLead")}
        self._task_lead = {t.strip() for t in vocab.cue_set("TaskLead")}
        self._phrase_end = {t.strip() for t in vocab.cue_set("PhraseEndParticle")}
        self._side_prepositions = tuple(t.strip() for t in vocab.cue_set("SidePreposition"))
        self._relative_determiners = tuple(t.strip() for t in vocab.cue_set("RelativeDeterminer"))
        # 'instead' closing a clause, not 'instead of' (kg:AdviceWord): the clause's object is an alternative
        self._advice_word = re.compile(rf"\b(?:{vocab.alternation('AdviceWord', script='latin')})\b(?!\s+of)", re.IGNORECASE)
        self._opening_connective = re.compile(rf"^[\s\u200b*`]*(?:{vocab.alternation('OpeningConnective')})[，,\s]*")
        shortcomings = vocab.alternation("ShortcomingNoun")
        # "解决 ROI Pooling 的（上述）缺点" / "the limitations of X" / "X's drawbacks": X's weak points, eased by
        # improving on X
        self._shortcoming_after = re.compile(rf"\s*(?:的\s*(?:\w{{0,2}}\s*)?|'s\s+)(?:{shortcomings})", re.IGNORECASE)
        self._shortcoming_before = re.compile(rf"(?:{shortcomings})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
        # what may follow the verb 比较 (compare): '比较了', '比较时', or a particle that ends the word ('比较的结果')
        self._after_compare_verb = tuple(self._phrase_end | {t.strip() for t in vocab.cue_set("CompareVerbFollower")})
        self._frame_chars = "".join(sorted(w for w in (t.strip() for t in vocab.cue_set("ComparisonFrame")) if len(w) == 1)) + " "
        self._adverb_suffixes = tuple(t.strip() for t in vocab.cue_set("AdverbSuffix"))
        self._noun_suffixes = tuple(t.strip() for t in vocab.cue_set("NounSuffix"))
        self._passive_markers = tuple(t.strip() for t in vocab.cue_set("PassiveMarker"))
        self._measure_verbs = {normalize(t).strip() for t in vocab.cue_set("MeasureVerb")}
        self._subject_pronoun_sets = ("Pronoun", "PeoplePronoun", "PluralPronoun", "AuthorPronoun", "ReaderPronoun")
        self._participle_suffixes = tuple(t.strip() for t in vocab.cue_set("ParticipleSuffix"))
        # endings that make an English verb no bare form: 'uses', 'used', 'using'
        self._gerund_suffixes = tuple(t.strip() for t in vocab.cue_set("GerundSuffix"))
        self._present_suffix = "s"  # 'uses', 'contains': an English verb's finite form for one doer
        self._inflections = (self._present_suffix, *self._participle_suffixes, *self._gerund_suffixes)
        self._participle_modifiers = {t.strip() for t in vocab.cue_set("ParticipleModifier")}
        self._nominal_prefix = {w for w in (t.strip() for t in vocab.cue_set("NominalPrefix")) if w.isascii()}
        self._manner_adverbs = tuple(sorted((t.strip() for t in vocab.cue_set("MannerAdverb")), key=len, reverse=True))
        self._relative_pronouns = {t.strip() for t in vocab.cue_set("RelativePronoun")}
        self._group_ties = {t.strip() for t in vocab.cue_set("GroupTie")}
        self._linking_verbs = {w for t in vocab.cue_set("LinkingVerb") for w in normalize(t).split()}
        # ', which', '，that': a relative clause opened after a comma, about the name before the comma
        comma_relative = rf"[,，]\s*(?:{vocab.alternation('RelativePronoun', script='latin')})\b"
        self._comma_relative = re.compile(comma_relative, re.I)
        self._comma_relative_end = re.compile(comma_relative + r"\s*$", re.I)
        self._alternative_words = {normalize(t).strip() for t in vocab.cue_set("AlternativeWord")}
        indefinite = [t.strip() for t in vocab.cue_set("IndefiniteArticle")]
        self._kind_openers = tuple(f"{w} " for w in indefinite) + tuple(f"is {w} " for w in indefinite)
        self._whereas = sorted((normalize(t).strip() for t in vocab.cue_set("Whereas")), key=len, reverse=True)
        # "(… Adaboost was 0.055, while for the Random Forest is … using OOB)": inside a bracket, where commas split
        # no clause, a comma and a kg:BracketClauseConjunction still open one
        self._bracket_clause = re.compile(rf"[,，;；]\s*(?:{vocab.alternation('BracketClauseConjunction', script='latin')})\b", re.I)
        # what opens that clause's own subject: a determiner, after a preposition too ('…, while for the Random Forest')
        self._subject_lead = re.compile(
            rf"\s*(?:(?:{vocab.alternation('Preposition', script='latin')})\s+)?(?:{vocab.alternation('Determiner')})\b", re.I
        )
        self._cause_words = sorted((normalize(t).strip() for t in vocab.cue_set("Cause")), key=len, reverse=True)
        self._advantage = {normalize(t).strip() for t in vocab.cue_set("Advantage")}
        self._occurrence = {normalize(t).strip() for t in vocab.cue_set("Occurrence")}
        # adverbs that may stand inside a passive and leave it affirmative ('is clearly outperformed by'; not 'is
        # not', 'is rarely'): kg:PassiveAdverb and kg:InnerAdverb words that are no kg:Negation, kg:Hedge or kg:LesserDegree
        denying = {normalize(t).strip() for k in ("Negation", "Hedge", "LesserDegree") for t in vocab.cue_set(k)}
        # 'is better than' ends in the kg:Hedge word 'than': the longer cue hides that word from the hits
        self._hedge_words = tuple(sorted({normalize(t).strip() for t in vocab.cue_set("Hedge")}, key=len, reverse=True))
        passive_adverbs = sorted(
            {normalize(t).strip() for k in ("PassiveAdverb", "InnerAdverb") for t in vocab.cue_set(k)} - denying
        )
        self.cues = CueMatcher(
            (c for c in vocab.cues if not (c.role == "set" and c.target in text_only)),
            vocab.cue_set("InnerAdverb"),
            vocab.cue_set("CueParticle"),
            vocab.cue_set("BeVerb"),
            passive_adverbs,
            {t: KG.uses for t in vocab.cue_set("TrainingParticiple")},
            [t for k in ("SamenessWord", "ComparisonWord") for t in vocab.cue_set(k) if t.isascii()],
        )
        definitions = sorted((normalize(t).strip() for t in vocab.cue_set("Definition")), key=len, reverse=True)
        self._definition = re.compile(
            opening_with(definitions)
            + "(?:"
            + "|".join(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])" if w.isascii() else re.escape(w) for w in definitions)
            + ")",
            re.IGNORECASE,
        )
        bare = sorted((normalize(t).strip() for t in vocab.cue_set("BareDefinition")), key=len, reverse=True)
        self._bare_kind_stops = frozenset(normalize(t).strip() for t in vocab.cue_set("BareKindStop"))
        self._member_nouns = frozenset(normalize(t).strip() for t in vocab.cue_set("MemberNoun"))
        self._bare_definition = re.compile(
            opening_with(bare)
            + "(?:"
            + "|".join(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])" if w.isascii() else re.escape(w) for w in bare)
            + ")",
            re.IGNORECASE,
        )
        self.relations = vocab.relations
        self._quantifiers = {" ".join(normalize(t).split()) for t in vocab.cue_set("Quantifier")}
        self._member_phrases = tuple(" " + " ".join(normalize(t).split()) for t in vocab.cue_set("MemberPhrase"))
        self._clause_openers = {
            normalize(t).strip() for name in ("Anaphora", "VerbCoordination", "Cause", "Hypothetical") for t in vocab.cue_set(name)
        }
        self._suggestion_words = {normalize(t).strip() for t in vocab.cue_set("SuggestionWord")}
        self._distributive = {" ".join(normalize(t).split()) for t in vocab.cue_set("DistributivePronoun")}
        self._verb_coordination = {" ".join(normalize(t).split()) for t in vocab.cue_set("VerbCoordination")}
        self._step_closers = tuple(sorted((t.strip() for t in vocab.cue_set("StepCloser")), key=len, reverse=True))
        counts = "|".join(re.escape(t.lower().strip()) for t in vocab.cue_set("CountWord"))
        parts = "|".join(re.escape(t.lower().strip()) for t in sorted(vocab.cue_set("CountedParts"), key=len, reverse=True))
        intros = "|".join(re.escape(t.lower().strip()) for t in sorted(vocab.cue_set("ListIntro"), key=len, reverse=True))
        # '由三部分组成，分别是 ', 'consists of two parts: ': a count of parts, then (after a colon, or a comma and a
        # kg:ListIntro word) the list of them; not '由几个卷积层组成，' (the count's noun names the parts itself)
        self._counted_parts = re.compile(
            rf"\s*(?:\d+|{counts})\s*(?:个|种)?\s*(?:{parts})\s*(?:组成|构成)?\s*(?:[：:]\s*(?:{intros})?|[，,]\s*(?:{intros})\s*[：:]?)"
        )
        suffixes = "|".join(re.escape(t.lower()) for t in vocab.cue_set("BasisSuffix"))
        self._basis_suffix = re.compile(rf"(?:{suffixes})((?:\s+[A-Za-z\-]+){{1,3}})", re.IGNORECASE)
        openers = "|".join(re.escape(t.lower()) for t in sorted(vocab.cue_set("ExpletiveOpener"), key=len, reverse=True))
        # 'It is also possible to use …': a dummy 'it', then at most three words, then 'to'
        purposes = sorted((re.escape(t.strip()) for t in vocab.cue_set("PurposeMarker")), key=len, reverse=True)
        self._purpose = re.compile(rf"[\s*_`>\-•]*(?:{'|'.join(purposes) or '(?!)'})(?![A-Za-z])", re.IGNORECASE)
        self._expletive = re.compile(rf"[\s*_`>\-•]*(?:{openers})\s+(?:[a-z]+\s+){{0,3}}?to\s", re.IGNORECASE)
        # 'This toy dataset …', '这个序列 …': a kg:Anaphora word opening a noun phrase of its own (see _determiner)
        self._demonstrative_latin = re.compile(r"[\s*_`>\-•]*(?:this|that)\s+([A-Za-z][A-Za-z\-]*)", re.IGNORECASE)
        self._demonstrative_cjk = re.compile(r"[\s*_`>\-•]*这(?:个|些|一|几|种)\s*")
        self._verb_companions = {
            w.strip().lower() for w in vocab.cue_set("FiniteAuxiliary") + vocab.cue_set("PassiveAdverb")
        }
        # the Chinese head and kind nouns, and the nouns of kg:Pronoun's '这种结构', '该架构': '这个结构' is the name before
        demonstratives = ("这个", "这种", "该", "此")
        pronoun_nouns = {
            w.strip()[len(d) :] for w in vocab.cue_set("Pronoun") for d in demonstratives if w.strip().startswith(d)
        }
        kind_nouns = {w.strip() for w in vocab.cue_set("HeadNoun") + vocab.cue_set("KindWord") if not w.isascii()}
        self._kind_heads = tuple(sorted((kind_nouns | pronoun_nouns) - {""}, key=len, reverse=True))
        # "making it easier to use …": the dummy 'it' of kg:ExpletiveObject, an adjective and 'to' end right at the cue
        objects = vocab.alternation("ExpletiveObject", script="latin")
        self._expletive_object = re.compile(rf"\b(?:{objects})\s+(?:[a-z]+\s+){{1,2}}to\s+$", re.IGNORECASE)
        # '…在 VAE 中' right before a cue: where the clause happens (kg:SettingOpener … kg:InsideMarker)
        openers = "|".join(re.escape(t.strip()) for t in vocab.cue_set("SettingOpener")) or "(?!)"
        inside = "|".join(re.escape(t.strip()) for t in vocab.cue_set("InsideMarker")) or "(?!)"
        self._place_tail = re.compile(rf"(?:{openers})[^，。,;；]{{1,30}}?(?:{inside}|上)\s*$")
        self._model_kind_words = tuple(normalize(t).strip() for t in vocab.cue_set("ModelKindWord"))
        model_nouns = sorted({normalize(t).strip() for t in vocab.cue_set("ModelNoun")}, key=len, reverse=True)
        nouns = "|".join(map(re.escape, model_nouns))
        self._model_noun_at_end = re.compile(rf"(?<=[^\s])[ \t]?(?:{nouns})$", re.IGNORECASE)
        self._model_noun_after = re.compile(rf"[ \t]?(?:{nouns})(?![A-Za-z])", re.IGNORECASE)
        networks = "|".join(sorted((re.escape(t.strip()) for t in vocab.cue_set("NetworkNoun")), key=len, reverse=True))
        self._network_noun_after = re.compile(rf"[ \t]?(?:{networks})(?![A-Za-z\-])", re.IGNORECASE)
        # where a noun phrase opens: an English article or determiner, a Chinese kg:RelativeDeterminer ('一个'), 这/该
        self._noun_phrase_openers = tuple(
            {" " + normalize(w).strip() for k in ("Article", "NounDeterminer") for w in vocab.cue_set(k)}
            | {normalize(w).strip() for w in vocab.cue_set("RelativeDeterminer")}
        )
        self._manner_words = tuple(normalize(t).strip() for t in vocab.cue_set("MannerQualifier"))
        # '当 … 时': the two halves of a condition frame, as the cue set lists them ('当…时', '当…的时候')
        self._condition_frames = tuple(
            tuple(normalize(part).strip() for part in t.split("…")) for t in vocab.cue_set("ConditionFrame") if "…" in t
        )
        self._frame_openers = {normalize(t).strip() for t in vocab.cue_set("BasisFrameOpener")}
        self._inclusion_verbs = {normalize(t).strip() for t in vocab.cue_set("InclusionVerb")}
        self._structure_nouns = tuple(t.strip() for t in vocab.cue_set("StructureNoun"))
        self._use_role_markers = tuple(sorted((t.strip() for t in vocab.cue_set("UseRoleMarker")), key=len, reverse=True))
        self._bare_use_verb = re.compile(vocab.alternation("BareUseVerb"))
        # '的攻击主要包括': adverbs between a noun and its verb, taken off before the noun is read (guards._unknown_head)
        adverbs = "|".join(sorted((re.escape(t.strip()) for t in vocab.cue_set("PreverbAdverb")), key=len, reverse=True))
        self._preverb_adverbs = re.compile(rf"(?:{adverbs or '(?!)'})+\s*$")
        self._preverb_lead = re.compile(rf"(?:{adverbs or '(?!)'})+\s*")  # 'LSGAN 就用 …': adverbs before the verb
        self._implication_verbs = tuple(t.strip() for t in vocab.cue_set("ImplicationVerb"))
        self._output_verbs = {normalize(t).strip() for t in vocab.cue_set("OutputVerb")}
        self._copulas = tuple(sorted((t.strip() for t in vocab.cue_set("Copula")), key=len, reverse=True))
        self._adversative = sorted({" ".join(normalize(t).split()) for t in vocab.cue_set("Adversative")}, key=len)
        self._instrument_markers = tuple(normalize(t).strip() for t in vocab.cue_set("InstrumentMarker"))
        self._family_words = tuple(normalize(t).strip() for t in vocab.cue_set("FamilyWord"))
        # a form of 'be' (kg:BeVerb) and one or two kg:PassiveAdverb words right before a participle: 'are not used'
        be = "|".join(re.escape(w.strip()) for w in vocab.cue_set("BeVerb")) or "(?!)"
        self._be_words = {normalize(w).strip() for w in vocab.cue_set("BeVerb")}
        adverbs = "|".join(re.escape(w.strip()) for w in vocab.cue_set("PassiveAdverb")) or "(?!)"
        self._passive_lead = re.compile(rf"\b(?:{be})\s+(?:(?:{adverbs})\s+){{1,2}}$", re.IGNORECASE)
        self._bare_passive_lead = re.compile(rf"\b(?:{be})\s+$", re.IGNORECASE)
        # 'are mapped', 'can then be projected', '(the variance) scalar is expanded': a passive of a kg:ChangeParticiple
        # right after a name or the one head noun it modifies (modals and kg:PassiveAdverb words may stand before and
        # after the be-verb), read by Guards.changed_by_tool
        fillers = "|".join(re.escape(w.strip()) for w in {*vocab.cue_set("ModalWord"), *vocab.cue_set("PassiveAdverb")} if w.isascii())
        change = "|".join(re.escape(w.strip()) for w in vocab.cue_set("ChangeParticiple")) or "(?!)"
        self._changed_passive = re.compile(
            rf"(\s+[a-z][a-z-]*)?\s+(?:(?:{fillers or '(?!)'})\s+){{0,2}}(?:{be})\s+(?:(?:{adverbs})\s+){{0,2}}(?:{change})\b", re.IGNORECASE
        )
        owners = "|".join(re.escape(w.strip()) for w in vocab.cue_set("OwnerPreposition")) or "(?!)"
        self._owner_lead = re.compile(rf"\b(?:{owners})\s+(?:the\s+)?$", re.IGNORECASE)  # 'the inputs to (the) BERT'
        # ', and GPT-2 uses …', 'but GPT-2 …': a kg:Coordination, kg:Adversative or kg:Whereas word (English) before a name
        joiners = {normalize(w).strip() for n in ("Coordination", "Adversative", "Whereas") for w in vocab.cue_set(n)}
        joined = "|".join(
            sorted(((r"\b" if w[0].isalpha() else "") + re.escape(w) for w in joiners if w.isascii() and w), key=len, reverse=True)
        ) or "(?!)"
        self._clause_joined = re.compile(rf"(?:{joined})\s+(?:the\s+)?$", re.IGNORECASE)
        likeness_nouns = "|".join(re.escape(w.strip()) for w in vocab.cue_set("LikenessNounSuffix")) or "(?!)"
        self._likeness_noun = re.compile(rf"\s*(?:{likeness_nouns})")
        self._be_adverb_lead = re.compile(rf"\b(?:{be})\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # 'is modified', 'is heavily modified'
        # 'In ResNet, batch normalization is used …': a kg:ContainerLead opening the sentence, then the name it places
        # the clause in (read_container_passive)
        containers = vocab.alternation("ContainerLead", script="latin", capital=True) or "(?!)"
        self._reduced_relatives = {normalize(w).strip() for w in vocab.cue_set("ReducedRelative")}
        articles = vocab.alternation("Article") or "(?!)"
        self._container_lead = re.compile(rf"[\s\u200b*_`>-]*(?:{containers})\s+(?:(?:{articles})\s+)?")
        self._negation_words = {normalize(w).strip() for w in vocab.cue_set("Negation") if w.isascii()}
        self._negation_cjk = tuple(sorted({w.strip() for w in vocab.cue_set("Negation") if not w.isascii()}, key=len, reverse=True))
        # '方差为1', '方差不变': a name whose value the clause states, right after it (guards._sentence_subject)
        self._value_after_name = re.compile(
            rf"\s*(?:(?:{vocab.alternation('ValueCopula')}|=)\s*-?[\d.]+|(?:{vocab.alternation('SteadyWord')}))"
        )
        # 'Select a small batch …', 'Training: Select …': an instruction verb opening an English clause
        self._step_verbs = {normalize(w).strip() for w in vocab.cue_set("StepVerb") if w.isascii()}
        self._making_verbs = {normalize(w).strip() for w in vocab.cue_set("MakingVerb") if w.isascii()}
        self._count_words = {normalize(w).strip() for w in vocab.cue_set("CountWord")}
        # a number right after a kg:SelectVerb: '选择 128 个 RoIs', 'selects two subwords' (instances, not a method)
        self._selected_count = re.compile(
            rf"[ \t*_`]*(?:\d|(?:{vocab.alternation('CountWord')})(?![A-Za-z]))", re.IGNORECASE
        )
        self._reduced_outcome = {normalize(w).strip() for w in vocab.cue_set("ReducedOutcome")}
        words = "|".join(sorted((re.escape(w.strip()) for w in vocab.cue_set("SequencePreposition")), key=len, reverse=True))
        self._sequence_before = re.compile(rf"\b(?:{words})\s+$", re.I)
        self._action_verbs = tuple(sorted((w.strip() for w in vocab.cue_set("ActionVerb")), key=len, reverse=True))
        # words that open a noun phrase: 'and the target network' joins a second object, not a second verb
        self._noun_openers = {normalize(w).strip() for k in ("Article", "NounDeterminer") for w in vocab.cue_set(k)}
        self._imperative_lead = re.compile(r"[\s\u200b*_`>\-•]*(?:[A-Z][\w -]{0,30}:\s*)?([A-Za-z][a-z-]+)\s")
        self._relative_between = re.compile(rf"\b(?:{vocab.alternation('RelativePronoun')})\b")
        self._clause_connective_words = {normalize(w).strip() for w in vocab.cue_set("ClauseConnective")}
        self._part_words = {normalize(w).strip() for w in vocab.cue_set("CountedParts") if w.isascii()}
        self._article_phrase_before = re.compile(
            rf"\b(?:{vocab.alternation('Article', capital=True)})(?:\s+[a-z][a-z-]*){{0,2}}\s+([a-z][a-z-]*)\s+$"
        )
        # 'a refinement of X', 'the output of the X' right before a name (clauses._participle_after_of_phrase)
        self._of_phrase_before = re.compile(
            rf"\b(?:{vocab.alternation('Article', capital=True)})\s+(?:(?:\d+|{vocab.alternation('CountWord')})\s+)?([a-z][a-z-]+)\s+of\s+"
            rf"(?:(?:{vocab.alternation('Article')})\s+)?$"
        )
        self._quantifier_words = {normalize(w).strip() for w in vocab.cue_set("Quantifier") if w.isascii()}
        self._group_quantifiers = {normalize(w).strip() for w in vocab.cue_set("GroupQuantifier") if w.isascii()}
        self._universal_quantifiers = {normalize(w).strip() for w in vocab.cue_set("UniversalQuantifier") if w.isascii()}
        self._object_pronouns = {normalize(w).strip() for w in vocab.cue_set("ObjectPronoun") if w.isascii()}
        # one-word English pronouns of a clause's subject ('it', 'they'): kg:Pronoun's English words
        self._pronoun_words = {w for w in (normalize(t).strip() for t in vocab.cue_set("Pronoun")) if w.isascii() and " " not in w}
        # 'the full return of REINFORCE', 'its causal objective of GPT': a noun phrase that owns the name after 'of'
        owners = "|".join(
            sorted({re.escape(normalize(w).strip()) for k in ("Article", "PossessivePronoun") for w in vocab.cue_set(k) if w.isascii()})
        )
        self._owning_phrase = re.compile(rf"\s*(?:(?:{owners})\s+)?(?:[a-z]+\s+){{0,4}}([a-z]+)\s+of\s+(?:(?:{owners})\s+)?")
        self._stand_in_nouns = {normalize(w).strip() for w in vocab.cue_set("StandInNoun")}
        # the authors' possessive that is no bare pronoun ('本文的', '我们的', 'our'), compared as text at a sentence's start
        pronouns = {normalize(w).strip() for w in vocab.cue_set("AuthorPronoun")}
        self._possessive_openers = tuple(
            sorted((w for w in (normalize(t).strip() for t in vocab.cue_set("AuthorPossessive")) if w not in pronouns), key=len, reverse=True)
        )
        # 'permutation layers of Real NVP': a lower-case noun, 'of', perhaps an article and a capitalised word, then the name
        self._owner_after_noun = re.compile(
            rf"\b([a-z][a-z-]+)\s+of\s+(?:(?:{vocab.alternation('Article')})\s+)?(?:[A-Z][a-z]+\s+)?$"
        )
        self._inverse_prefixes = {t.strip() for t in vocab.cue_set("InversePrefix")}
        self._verb_particles = {normalize(t).strip() for t in vocab.cue_set("VerbParticle")}
        # 'ResNet、VGG 等模型都使用了 BN', 'GRU 和 LSTM 可以缓解…': what may stand between a group of subjects and their
        # verb (coordinated_doers): a kind noun after 等, then a kg:GroupAdverb or kg:ModalWord or two ('都可以', 'can also')
        adverbs_cjk = "|".join(filter(None, (vocab.alternation(n, script="cjk") for n in ("GroupAdverb", "ModalWord"))))
        adverbs_latin = "|".join(filter(None, (vocab.alternation(n, script="latin") for n in ("GroupAdverb", "ModalWord"))))
        self._group_tail = re.compile(
            rf"\s*(?:等\s*[\u3400-\u9fff]{{1,4}}?)?\s*(?:(?:{adverbs_cjk})\s*|(?:{adverbs_latin})\s+){{0,2}}",
            re.IGNORECASE,
        )
        # '比 ReLU 效果更好': the better one is A (layouts._read_comparatives)
        self._better_after = re.compile(
            rf"[\s$`*]*(?:的)?[\u3400-\u9fff]{{0,4}}?(?:还|要|更加|更)?(?:{vocab.alternation('BetterWord')})"
            rf"(?:(?:{vocab.alternation('BetterFollower')})|(?![\u3400-\u9fff]))"
        )
        self._container_passive = re.compile(
            rf"\s+(?:{be})\s+((?:(?:{adverbs})\s+){{0,2}})({vocab.alternation('UseParticiple')})\b(?!\s+by\b)",
            re.IGNORECASE,
        )
        # '是回归模型还是分类模型？': an object set against another option (guards.one_side_of_choice)
        self._choice_after = re.compile(rf"[\s$`*_]*的?[\u3400-\u9fff]{{0,3}}?\s*(?:{vocab.alternation('ChoiceWord')})")
        self._choice_before = re.compile(rf"(?:{vocab.alternation('ChoiceWord')})[\s$`*_]*$")
        self._coordination = {normalize(t).strip() for t in vocab.cue_set("Coordination")}
        # the Chinese words among them ('和', '以及'), longest first; not the punctuation ('、', '，')
        self._coordination_words_zh = tuple(
            sorted((w for w in self._coordination if w and all(CJK_CHAR.match(c) for c in w)), key=len, reverse=True)
        )
        # one of them between two names, spaces and all ('编码器和解码器', 'BERT 与 GPT'): _coordinated_next
        self._coordination_zh_gap = re.compile(
            r"\s*(?:" + "|".join(map(re.escape, self._coordination_words_zh)) + r")\s*" if self._coordination_words_zh else "(?!)"
        )
        # what may stand beside the names in a comparison frame: coordination words and side modifiers ('传统的')
        self._side_modifiers = tuple(normalize(t).strip() for t in vocab.cue_set("SideModifier"))
        self._joining = self._coordination | set(self._side_modifiers)
        self._joining_longest_first = sorted((w for w in self._joining if w), key=len, reverse=True)
        self._coordination_longest_first = sorted((w for w in self._coordination if w), key=len, reverse=True)
        self._demonstrative = {normalize(t).strip() for t in vocab.cue_set("Demonstrative")}
        self._list_end = {normalize(t).strip().rstrip(".") for t in vocab.cue_set("ListEnd")}
        self._locative = {normalize(t).strip() for t in vocab.cue_set("Locative")}
        self._possessives = {normalize(t).strip() for t in vocab.cue_set("Possessive")}
        # "X 的 Y", "X's Y" after a name (kg:Possessive); "Y of X" before it (kg:Genitive): the name owns Y
        # "'s" must end its word ("'second" is none); 的 may run into a Latin name ('AE的Encoder')
        self._possessive_after = re.compile(rf"\s*(?:{vocab.alternation('Possessive')})(?:(?<![A-Za-z])|(?![A-Za-z]))")
        self._genitive_before = re.compile(rf"\b(?:{vocab.alternation('Genitive')})\s+(?:the\s+|an?\s+)?$", re.I)
        # 'This approach simply reshapes …', 'The model reshapes …': an article or a determiner, a noun of one or two
        # words kg does not know, an -ly adverb, a verb in -s or -ed: the clause's doer is that unnamed noun
        self._unnamed_doer = re.compile(
            rf"(?:{vocab.alternation('Article', capital=True)}|{vocab.alternation('NounDeterminer', capital=True)})\s+"
            rf"(?:[a-z][a-z-]*\s+){{1,2}}?(?:[a-z]+ly\s+)?[a-z]{{2,}}(?:s|ed)\b"
        )
        # verbs whose object is a second doer ('allows ResNet to …', 'helps the GAN converge', 'showed ResNet
        # converges'): kg:Causative, and the verbs of kg:ReportingVerb without their 'that'
        self._second_doer_verbs = {normalize(w).strip() for w in vocab.cue_set("Causative") if w.isascii()} | {
            normalize(w).split()[0] for w in vocab.cue_set("ReportingVerb") if w.isascii() and len(w.split()) > 1
        }
        # 'the embedding vector of FM', 'the attention in ViT': the name heads a phrase another owns
        self._owned_after = re.compile(rf"\s+(?:{vocab.alternation('OwnerPreposition')})\s", re.I)
        self._basis_suffixes = sorted((t.lower() for t in vocab.cue_set("BasisSuffix")), key=len, reverse=True)
        self._basis_words = {t.lower().strip(" -") for t in vocab.cue_set("BasisSuffix")}  # 'based'
        self._reference = {normalize(t).strip() for t in vocab.cue_set("ReferenceHeading")}
        self._reference_labels = self._reference | {normalize(t).strip() for t in vocab.cue_set("ReferenceLabel")}
        self._reference_modifiers = frozenset(normalize(t).strip() for t in vocab.cue_set("ReferenceModifier"))
        self._component_headers = {normalize(t).strip() for t in vocab.cue_set("ComponentHeader")}
        self._instance_headers = {normalize(t).strip() for t in vocab.cue_set("InstanceHeader")}
        self._kind_headers = {normalize(t).strip() for t in vocab.cue_set("KindHeader")}
        self._purpose_links = {t.strip() for t in vocab.cue_set("PurposeLink")}
        self._used_in_headers = {normalize(t).strip() for t in vocab.cue_set("UsedInHeader")}
        self._model_headers = {normalize(t).strip() for t in vocab.cue_set("ModelInstanceHeader")}
        self._means_followers = sorted((t.strip() for t in vocab.cue_set("MeansFollower")), key=len, reverse=True)
        self._problem_nouns = {t.strip() for t in vocab.cue_set("ProblemNoun")}
        self._shortcoming_nouns = {t.strip() for t in vocab.cue_set("ShortcomingNoun")}
        self._method_nouns = sorted((t.strip() for t in vocab.cue_set("MethodNoun")), key=len, reverse=True)
        self._ba = {normalize(t).strip() for t in vocab.cue_set("ObjectMarker")}
        self._combine_verbs = tuple(sorted({normalize(t).strip() for t in vocab.cue_set("CombineVerb")}, key=len, reverse=True))
        self._target_markers = {normalize(t).strip() for t in vocab.cue_set("TargetMarker")}
        self._not_target_words = tuple(normalize(t).strip() for t in vocab.cue_set("NotTargetMarker"))
        self._degree_words = {normalize(t).strip() for t in vocab.cue_set("DegreeAdverb")}
        self._graded_adjectives = {normalize(t).strip() for t in vocab.cue_set("GradedAdjective")}
        self._measured_comparison_openers = tuple(normalize(t).strip() for t in vocab.cue_set("MeasuredComparisonOpener"))
        self._alternatives_words = sorted(normalize(t).strip() for t in vocab.cue_set("AlternativesIntro"))
        self._modification_words = sorted(normalize(t).strip() for t in vocab.cue_set("ModificationIntro"))
        self._substitute = {normalize(t).strip() for t in vocab.cue_set("Substitute")}
        self._replaced_place = {normalize(t).strip() for t in vocab.cue_set("ReplacedPlace")}
        proposal = "|".join(sorted(re.escape(t.strip()) for t in vocab.cue_set("ProposalParticiple")))
        purpose = "|".join(sorted(re.escape(t.strip()) for t in vocab.cue_set("PurposeMarker") if t.strip().isascii()))
        # 'X introduced … (as a way) to V': the participle right after the name, the infinitive marker right before V
        self._proposal_after_name = re.compile(rf"\s*(?:(?:which|that)\s+)?(?:(?:is|was|are|were)\s+)?(?:{proposal})\b", re.I)
        self._infinitive_before = re.compile(rf"\b(?:{purpose})\s*$", re.I)
        # 'One way to fix RYE is to use WB': a name right after 'to' and a verb (an article may stand between) is
        # what the infinitive acts on
        determiners = "the|a|an|this|that|these|those|its|their|our|his|her|each|every|any"
        self._infinitive_object = re.compile(
            rf"\b(?i:{purpose})\s+(?!(?:{determiners})\b)[a-z]{{2,}}(?:\s+(?:{determiners}))?\s+$"
        )
        # 'the objective function which is minimized using Adam': a kg:OptimizeVerb's passive participle right before
        # the cue ('minimized', 'maximised'): what is minimised is the objective, not who uses the optimiser
        optimized = sorted({w + "d" for w in (normalize(t).strip() for t in vocab.cue_set("OptimizeVerb")) if w.isascii() and w.endswith("e")})
        self._optimized_before = re.compile(rf"\b(?:{'|'.join(optimized)})\s+(?:by\s+)?$", re.I) if optimized else None
        self._event_nouns = frozenset(normalize(t).strip() for t in vocab.cue_set("EventNoun"))
        quantities = sorted({normalize(t).strip() for t in vocab.cue_set("SubstituteQuantity")}, key=len, reverse=True)
        self._substitute_quantity = tuple(quantities)
        self._reduced = {normalize(t).strip() for t in vocab.cue_set("ReducedRelative")}
        self._auxiliary = {normalize(t).strip() for t in vocab.cue_set("AuxiliaryWord")}
        self._passive_adverbs = {normalize(t).strip() for t in vocab.cue_set("PassiveAdverb")}
        # adverbs that may stand between 'and' and a second verb ('… path and just uses X'): kg:InnerAdverb and
        # kg:PassiveAdverb words that deny nothing
        self._verb_adverbs = frozenset(passive_adverbs)
        self._means_participle = {normalize(t).strip() for t in vocab.cue_set("MeansParticiple")}
        # "quantize 3D → voxel grid → … → a detector similar to SSD": each step of a pipeline is a clause of its own
        arrows = sorted((re.escape(t.strip()) for t in vocab.cue_set("SequenceArrow")), key=len, reverse=True)
        self._clause_marks = re.compile("|".join([CLAUSE_CHARS.pattern, *arrows]))
        determiners = "|".join(sorted((re.escape(t.strip()) for t in vocab.cue_set("Determiner")), key=len, reverse=True))
        # one lower-case word right before a name, neither a determiner nor a verb's -ing: 'window attention'
        self._modifier_word = re.compile(rf"[ \t]*(?!(?:{determiners})\b)(?![a-z]+ing\b)([a-z][a-z-]+)[ \t]+")
        # a lower-case word, a determiner and at most two modifiers right before a name: 'maximizing the',
        # 'quantize a', 'optimizes the auto-encoding' — the name is that verb's (or preposition's) object; after a
        # gerund, a count written as one letter is a determiner too ('transforming N embeddings of size d'; not the
        # pronoun I nor the article A, nor after a verb of having: 'containing L Transformer layers using LN')
        having = "|".join(re.escape(t.strip()) for t in vocab.cue_set("HavingGerund"))
        self._worked_on = re.compile(
            rf"\b(?:[a-z]{{2,}}\s+(?:{determiners})|(?!(?:{having})\b)[a-z]{{2,}}ing\s+[B-HJ-Z])\s+(?:[\w-]+\s+){{0,2}}$"
        )
        # an English past-tense verb and maybe a determiner right before a name: 'improved the ', 'introduced '
        self._past_verb_before = re.compile(rf"\b[A-Za-z]{{3,}}ed\s+(?:(?:{determiners})\s+)?$")
        # an infinitive, a word or three and a determiner right before a name: 'to then throw away the ' (the name is
        # that verb's object, as after a past-tense verb)
        # ('to' of kg:PassivePurpose: the infinitive's marker)
        infinitive = vocab.alternation("PassivePurpose", script="latin")
        self._infinitive_verb_before = re.compile(rf"\b(?:{infinitive})\s+(?:[a-z]+\s+){{1,3}}(?:{determiners})\s+$")
        # 'for the vanilla version of': a definite article and at most two words before a kind cue, and the word before
        self._definite_lead = re.compile(
            rf"(?:\b([A-Za-z]+)\s+)?\b(?:{vocab.alternation('DefiniteArticle')})\s+(?:[a-z][a-z-]*\s+){{0,2}}$", re.IGNORECASE
        )
        self._article_words = {t.strip().lower() for t in vocab.cue_set("Article")}
        # words that open an owned or determined noun phrase: 'the final hidden state', 'its uses' (English)
        self._owner_words = self._article_words | {
            normalize(w).strip() for w in vocab.cue_set("PossessivePronoun") if w.isascii()
        }
        # 'to help prevent', 'to prevent': the purpose infinitive (kg:PassivePurpose) within a few words before a cue
        self._purpose_before = re.compile(rf"\b(?:{infinitive})\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
        # 'is followed by', 'was replaced by': a passive with its agent named (kg:BeVerb, kg:PassiveAdverb, kg:PassiveAgent)
        self._passive_with_agent = re.compile(
            rf"\b(?:{vocab.alternation('BeVerb')})\s+(?:(?:{vocab.alternation('PassiveAdverb')})\s+)*[a-z]{{2,}}ed\s+"
            rf"(?:{vocab.alternation('PassiveAgent', script='latin')})\b"
            rf"(?!\s+(?:[a-z]+(?:{vocab.alternation('AdverbSuffix')})\s+)?[a-z]+(?:{vocab.alternation('GerundSuffix')})\b)",  # 'by applying': a means
            re.IGNORECASE,
        )
        # 'A Conv followed by BN is …': a past participle and the agent word (kg:PassiveAgent) right before a name, an
        # article perhaps between; with no be-verb before the participle, a reduced relative clause
        self._participle_agent_before = re.compile(
            rf"\b[a-z]{{2,}}ed\s+(?:{vocab.alternation('PassiveAgent', script='latin')})\s+(?:(?:{vocab.alternation('Article')})\s+)?$"
        )
        self._be_verb = re.compile(rf"\b(?:{vocab.alternation('BeVerb')})\b", re.IGNORECASE)
        # 'Performer can "estimate" regular dot-product attention using …': an English auxiliary (kg:FiniteAuxiliary),
        # a verb (quoted or not) and at most two modifiers before the name: the name is that verb's object too
        auxiliaries = "|".join(sorted((re.escape(t.strip()) for t in vocab.cue_set("FiniteAuxiliary")), key=len, reverse=True))
        self._auxiliary_worked_on = re.compile(
            rf"\b(?:{auxiliaries})\s+[\"“']?[a-z]{{2,}}[\"”']?\s+(?:(?:{determiners})\s+)?(?:[\w-]+\s+){{0,2}}$"
        )
        self._frame_open = sorted((normalize(t).strip() for t in vocab.cue_set("ComparisonFrame")), key=len, reverse=True)
        self._frame_end = sorted((normalize(t).strip() for t in vocab.cue_set("ComparisonFrameEnd")), key=len, reverse=True)
        self._joint_side_cues = {normalize(t).strip().lower() for t in vocab.cue_set("JointSideCue")}
        # 'Active play offers benefits over experience replay': the words that make the name after them the side
        # compared against (kg:ComparedSideWord, and the English kg:ComparisonWord and kg:ComparisonFrame words)
        side = "|".join(
            vocab.alternation(n, script="latin") for n in ("ComparedSideWord", "ComparisonWord", "ComparisonFrame")
        )
        self._compared_side_marker = re.compile(rf"\b(?:{side})\s+(?:(?:{vocab.alternation('Article')})\s+)?$", re.IGNORECASE)
        self._example_markers = {normalize(t).strip() for t in vocab.cue_set("ExampleMarker")}
        self._naming_markers = {normalize(t).strip() for t in vocab.cue_set("NamingMarker")}
        # 'LeCun had called GANs …': an auxiliary of the active verb (kg:FiniteAuxiliary that is no kg:BeVerb)
        self._active_auxiliaries = {normalize(t).strip() for t in vocab.cue_set("FiniteAuxiliary")} - {
            normalize(t).strip() for t in vocab.cue_set("BeVerb")
        }
        # what opens a bracket that names the object before it: an example ('（如 X）') or another name ('（简称X）')
        self._naming_openers = self._example_markers | {normalize(t).strip() for t in vocab.cue_set("AliasMarker")}
        self._comparison_markers = {normalize(t).strip() for t in vocab.cue_set("ComparisonMarker")}
        self._comparatives = sorted((t.strip() for t in vocab.cue_set("Comparative")), key=len, reverse=True)
        self._head_nouns = {normalize(t).strip() for t in vocab.cue_set("HeadNoun")}
        self._part_nouns = {normalize(t).strip() for t in vocab.cue_set("PartNoun")}
        self._place_words = tuple(t.strip() for t in vocab.cue_set("PlacePostposition"))
        followers = {normalize(t).strip() for t in vocab.cue_set("KindFollower")}
        self._kind_followers = {w for w in followers if w.isascii()}
        self._kind_nouns = self._head_nouns | {f for f in self._kind_followers if f not in self._auxiliary}  # _is_kind_noun
        self._kind_followers_cjk = sorted((w for w in followers if not w.isascii()), key=len, reverse=True)
        self._instance_copulas = {" ".join(normalize(t).split()) for t in vocab.cue_set("InstanceCopula")}
        self._head_nouns_cjk = sorted((w for w in self._head_nouns if not w.isascii()), key=len, reverse=True)
        self._head_nouns_longest = sorted(self._head_nouns, key=lambda w: (-len(w), w))
        self._headings = vocab.derived("headings", HeadingReader)
        self._function_chars = {w for w in (t.strip() for t in vocab.cue_set("FunctionWord")) if len(w) == 1}
        prepositions = {normalize(t).strip() for t in vocab.cue_set("Preposition")}
        self._prepositions = {w for w in prepositions if w.isascii()}
        self._prepositions_cjk = [w for w in prepositions if not w.isascii()]
        self._participle = sorted((t.strip() for t in vocab.cue_set("Participle")), key=len, reverse=True)
        degree = {normalize(t).strip() for t in vocab.cue_set("Degree")}
        self._degree = {w for w in degree if w.isascii()}
        self._degree_cjk = [w for w in degree if not w.isascii()]
        # before a bare verb cue, words that make it modify the noun after it ('of substitute words', 'the replace step')
        self._attributive_leads = {normalize(t).strip() for t in vocab.cue_set("Article")} | {"of"}
        self._gerund_joins = {normalize(t).strip() for t in vocab.cue_set("Coordination") if t.strip().isascii() and t.strip().isalpha()}
        self._outside_agents = sorted((normalize(t).strip() for t in vocab.cue_set("OutsideAgent")), key=len, reverse=True)
        self._modal_words = {normalize(t).strip() for t in vocab.cue_set("ModalWord")}
        # words that open an English noun phrase before its adjectives: 'a popular and widely used X', 'two other …'
        self._determiners = frozenset(normalize(t).strip() for t in vocab.cue_set("Determiner"))
        self._optimize_verbs = tuple(normalize(t).strip() for t in vocab.cue_set("OptimizeVerb"))
        self._phrase_openers = (
            set(self._determiners)
            | {normalize(t).strip() for t in vocab.cue_set("GroupModifier")}
            | self._quantifier_words
        )
        self._attributive = sorted((t.strip() for t in vocab.cue_set("AttributiveMarker")), key=len, reverse=True)
        self._problem_relations = {KG.causes, KG.mitigates}
        self._instruments = {normalize(c.text).strip() for c in vocab.cues if c.role == "cue" and c.target == KG.uses}
        self._means_words = {normalize(t).strip() for t in vocab.cue_set("Means")}
        self._instruments |= self._means_words
        posts = sorted((w.strip() for w in vocab.cue_set("Postposition")), key=len, reverse=True)
        # a two-character postposition stands alone ("卷积层之后都…"); a one-character one only before
        # punctuation, a Latin word or a use verb ("实例前使用"), since 前/后 also begin words (前馈)
        # (a use cue after 后 makes it a place too: '多头注意力后加入了一层 LN' adds LN after the attention)
        verbs = sorted((w for w in self._instruments if CJK_CHAR.match(w[:1]) and len(w) > 1), key=len, reverse=True)
        follow = "|".join(["[^\u3400-\u9fff]", vocab.alternation("UseVerb"), *(re.escape(w) for w in verbs)])
        # ('前 6 层', '后三层': a number after 前/后 counts the first or last layers, no place)
        alternatives = [re.escape(w) for w in posts if len(w) > 1] + [
            re.escape(w) + rf"(?!\s*[0-9一二三四五六七八九十几两])(?={follow})" for w in posts if len(w) == 1
        ]
        closers = sorted((normalize(w).strip() for w in vocab.cue_set("BasisCloser")), key=len, reverse=True)
        self._basis_closer = re.compile(
            r"\s*的?\s*(?:" + "|".join(re.escape(w) for w in closers) + ")" if closers else "(?!)"
        )
        self._postposition = re.compile(
            r"\s*[\u3400-\u9fff]{0,2}?(?:" + "|".join(alternatives) + ")" if alternatives else "(?!)"
        )
        sides = sorted((w.strip() for w in vocab.cue_set("SidePostposition")), key=len, reverse=True)
        self._side_postposition = re.compile(
            r"\s*的?\s*(?:" + "|".join(re.escape(w) for w in sides) + ")" if sides else "(?!)"
        )
        self._source_markers = tuple(w.strip() for w in vocab.cue_set("SourceMarker"))
        self._destination_markers = tuple(w.strip() for w in vocab.cue_set("DestinationMarker"))
        self._reference_verbs = tuple(w.strip() for w in vocab.cue_set("ReferenceVerb"))
        self._question_particles = tuple(w.strip() for w in vocab.cue_set("QuestionParticle"))
        self._possession_verbs = tuple(w.strip() for w in vocab.cue_set("PossessionVerb"))
        self._pronouns_zh = frozenset(w.strip() for w in (*vocab.cue_set("Anaphora"), *vocab.cue_set("Pronoun")) if not w.isascii())
        self._single_words = tuple(normalize(w).strip() for w in vocab.cue_set("SingleQualifier"))
        # "less prone to overfitting", "不太容易出现": a kg:LesserDegree word right before the cue
        lesser_latin, lesser_cjk = vocab.alternation("LesserDegree", script="latin"), vocab.alternation("LesserDegree", script="cjk")
        self._lesser_before = re.compile(rf"(?:\b(?:{lesser_latin})|(?:{lesser_cjk}))\s*$", re.IGNORECASE)
        # '来源于' (kg:OriginCue) over a cause cue ('源于'): where something comes from
        self._origin_cue = re.compile(rf"(?:{vocab.alternation('OriginCue') or '(?!)'})$")
        # "…，模型采用 kNN 搜索", "so the model uses …": a clause opening with its own subject, the work's model
        model_latin = vocab.alternation("WorkModelNoun", script="latin")
        model_cjk = vocab.alternation("WorkModelNoun", script="cjk")
        self._model_noun_opening = re.compile(
            rf"[\s\u200b*`，,]*(?:(?:{vocab.alternation('OpeningConnective')}|so|thus|therefore|hence)[，,\s]*)?"
            rf"(?:(?:(?:{vocab.alternation('NounDeterminer')})\s+(?:{model_latin})|(?:该|这个|此|本|这一)?\s*(?:{model_cjk})))"
            rf"[\s*`]*(?:[a-z]+ly\s+|(?:则|就|会|也|还|主要|通常|一般|直接)\s*)*",
            re.IGNORECASE,
        )
        # "…, so we use WB instead", "…，所以我们使用 WB": a later clause the authors open, after a connective or none
        self._authors_opening = re.compile(
            rf"[\s\u200b*`，,]*(?:(?:{vocab.alternation('OpeningConnective')}|{vocab.alternation('ClauseConnective')})(?![A-Za-z])[，,\s]*)?"
            rf"(?:{vocab.alternation('AuthorPronoun')})(?![A-Za-z])",
            re.IGNORECASE,
        )
        # "The lack of dropout causes …", "忽略此先验会导致…": a kg:AbsenceLead word (an article or a demonstrative after
        # it) right before a name
        absent_latin, absent_cjk = vocab.alternation("AbsenceLead", script="latin"), vocab.alternation("AbsenceLead", script="cjk")
        self._absence_before = re.compile(
            rf"(?:(?<![\w-])(?:{absent_latin})\s+(?:(?:the|a|an|this|that)\s+)?|(?:{absent_cjk})\s*(?:[此这该那]\s*)?)$", re.IGNORECASE
        )
        # '移除了基于 …': a Chinese kg:AbsenceLead verb and its aspect particle right before a cue
        self._removal_before = re.compile(rf"(?:{absent_cjk})了?\s*$")
        self._setting_open = tuple(w.strip() for w in vocab.cue_set("SettingOpener"))
        self._sequence_connectives = tuple(
            sorted((normalize(t).strip() for t in vocab.cue_set("SequenceConnective")), key=len, reverse=True)
        )
        quantity = [normalize(t).strip() for t in vocab.cue_set("QuantityWord")]
        counts = "|".join(re.escape(w) for w in quantity if w.isascii())
        # the count's own words end in it, or a list of them does ('number of substitutions, insertions')
        self._quantity_before = re.compile(rf"\b(?:{counts})\s+(?:[A-Za-z\-]+(?:,\s*|\s+(?:and|or)\s+)){{0,6}}$", re.IGNORECASE)
        self._quantity_after = tuple(w for w in quantity if not w.isascii())
        # "之前使用的都是平均池化", "Previously, X was used" (kg:PriorPractice): what others did before, no doer named
        self._prior_practice = re.compile(
            rf"[\s*_`>\-•]*(?:{vocab.alternation('PriorPractice')})(?![A-Za-z])", re.IGNORECASE
        )
        # '在 ILSVR 2012 上': after a name in a setting, a few Latin words or numbers, then the kg:SettingCloser
        self._placed_tail = re.compile(
            rf"[\sA-Za-z0-9.\-]{{0,12}}(?:{'|'.join(re.escape(w.strip()) for w in vocab.cue_set('SettingCloser'))})"
        )
        self._likeness_cues = frozenset(normalize(t).strip() for t in vocab.cue_set("LikenessCue"))
        self._likeness_phrases = frozenset(normalize(t).strip() for t in vocab.cue_set("LikenessPhrase"))
        # "- **优点**：可结合 Adam 使用": a sentence opening with a kg:ProsConsLabel and a colon, as a block's label does
        self._pros_cons_lead = re.compile(
            rf"[\s*_`>\-•]*(?:{vocab.alternation('ProsConsLabel')})[\s*_`]*[：:][\s*_`]*$", re.IGNORECASE
        )
        # "May use stateful RNNs", "也可以使用 X" (kg:AbilityModal, perhaps with kg:ModalWord adverbs): advice, no doer named
        modal_adverbs = vocab.alternation("ModalWord")
        self._advice_opening = re.compile(
            rf"[\s*_`>\-•]*(?:(?:{modal_adverbs})\s*)*(?:{vocab.alternation('AbilityModal')})(?:\s*(?:{modal_adverbs}))*\s*$",
            re.IGNORECASE,
        )
        # "a plot of RMSE vs epochs", "the RMSE vs epochs curve" (kg:PlotNoun): the names are a plot's axes
        plots = vocab.alternation("PlotNoun")
        self._plot_of_before = re.compile(rf"\b(?:{plots})\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
        self._plot_after = re.compile(rf"\s*(?:{plots})(?![A-Za-z])", re.IGNORECASE)
        self._build_verbs = frozenset(normalize(t).strip() for t in vocab.cue_set("BuildVerb"))
        self._finite_auxiliaries = frozenset(normalize(t).strip() for t in vocab.cue_set("FiniteAuxiliary"))
        self._attribute_nouns = tuple(normalize(t).strip() for t in vocab.cue_set("AttributeNoun"))
        self._attribute_of_gap = re.compile(
            rf"(?:(?:{vocab.alternation('Article')})\s+)?(?:[a-z]+\s+)?(?:{vocab.alternation('AttributeNoun', script='latin')})"
            rf"\s+of(?:\s+(?:{vocab.alternation('Article')}))?",
            re.IGNORECASE,
        )
        self._count_nouns = {normalize(t).strip() for t in vocab.cue_set("CountNoun")}
        # concepts named by attribute nouns alone ('吞吐量', 'latency'): what two things are measured by. Every name
        # counts: a note's '准确率（EM）' gives EM (expectation maximisation) a measure's name, not a measure's sense
        measure_words = set(self._attribute_nouns) | {normalize(t).strip() for t in vocab.cue_set("MetricName")}
        named = {matcher.concept_of[k] for k in measure_words if k in matcher.concept_of}
        # a longer Chinese name ending in an attribute noun ('需要平衡吞吐量', a clause a bracket cut short) is still the
        # measure's: only a name of another sense ('EM' beside '准确率') makes the concept more than a measure
        cjk_attributes = tuple(w for w in self._attribute_nouns if not w.isascii())
        other_names = {
            c
            for k, c in matcher.concept_of.items()
            if c in named and k not in measure_words and not (not k.isascii() and k.endswith(cjk_attributes))
        }
        self._measures = frozenset(named - other_names)
        self._both_sides = tuple(normalize(t).strip() for t in vocab.cue_set("BothSides"))
        self._setting_close = tuple(w.strip() for w in vocab.cue_set("SettingCloser"))
        arrows = sorted((t.strip() for t in vocab.cue_set("SequenceArrow")), key=len, reverse=True)
        self._arrows = re.compile("|".join(re.escape(a) for a in arrows) or "(?!)")
        self._sentence_cache: dict[int, tuple[Span, list[Sentence]]] = {}
        self._names_of: dict[str, list[str]] | None = None  # concept → its keys, made when first asked (relate)
        self._reference_paths: dict[tuple[str, ...], bool] = {}  # _in_references' answers, for one document
        self._heading_names_seen: dict[tuple[str, str], str] = {}
        self._pros_cons_labels = {normalize(t).strip() for t in vocab.cue_set("ProsConsLabel")}
        self._remedy_labels = {normalize(t).strip() for t in vocab.cue_set("RemedyLabel")}
        # a remedy word as a whole word of a heading ('### 过拟合的解决方案', '## Solutions to overfitting')
        self._remedy_label_word = re.compile(
            "|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" for w in sorted(self._remedy_labels, key=len, reverse=True) if w)
        )
        self._remark_labels = {t.strip() for t in vocab.cue_set("RemarkLabel")}  # case kept: 'NB:' is an aside, 'nb' no label
        goal, applied = vocab.alternation("GoalPreposition"), vocab.alternation("ApplicationPreposition")
        # "added to the X code": right after a use verb, a preposition of destination (kg:GoalPreposition)
        self._destination_after = re.compile(rf"\s+(?:{goal})\s+(?:the\s+|an?\s+)?$", re.I)
        # "applies it to X", "use them on X": a pronoun object (kg:ObjectPronoun), then a preposition
        self._pronoun_object = re.compile(
            rf"\s+(?:{vocab.alternation('ObjectPronoun')})\s+(?:{goal}|{applied})\s+(?:the\s+|an?\s+)?$", re.I
        )
        # "overcome this with X": then a preposition of the means the pronoun's referent is handled with
        # (kg:MeansPreposition); a use verb's 'with' joins a second thing used ('uses it with X')
        self._pronoun_means = re.compile(
            rf"\s+(?:{vocab.alternation('ObjectPronoun')})\s+(?:{vocab.alternation('MeansPreposition')})\s+(?:the\s+|an?\s+)?$", re.I
        )
        # "Mult-VAE is an item-based CF method based on VAE": a name between 'is a(n)' (and at most two words) and a
        # kg:HeadNoun describes what kind the subject is; the subject, not the name, does the verb after it
        self._predicate_kind_before = re.compile(
            rf"\b(?:{vocab.alternation('BeVerb', script='latin')})\s+(?:an?|one)\s+(?:[A-Za-z\-]+\s+){{0,2}}$", re.I
        )
        self._head_noun_after = re.compile(rf"\s+(?:{vocab.alternation('HeadNoun', script='latin')})\b", re.I)
        # "X is a generative model that uses …": the name after 'is a' is the kind, and the relative clause after it
        # describes that kind, so its verb is X's
        self._relative_after = re.compile(rf"\s+(?:{vocab.alternation('RelativePronoun', script='latin')})\s+[a-z]", re.I)
        # "is a general class of ": what makes the next name the kind the subject belongs to (kg:MemberNoun)
        self._kind_of_before = re.compile(
            rf"\b(?:{vocab.alternation('BeVerb', script='latin')})\s+(?:an?|one)\s+(?:[a-z\-]+\s+){{0,2}}"
            rf"(?:{vocab.alternation('MemberNoun')})\s+of\s+$",
            re.I,
        )
        inside_closers = {t.strip() for t in vocab.cue_set("InsideCloser")}
        outside = "|".join(re.escape(t.strip()) for t in vocab.cue_set("SettingCloser") if t.strip() not in inside_closers)
        # " 2018上的", "(中文命名实体识别)任务上，": after a data set or task the work is done on (kg:SettingNoun)
        self._on_setting_after = re.compile(
            rf"\s*(?:\d{{2,4}})?\s*(?:[（(][^（）()\n]{{0,30}}[）)])?\s*(?:{vocab.alternation('SettingNoun')})?\s*(?:{outside or '(?!)'})\s*(?:的|，|,)"
        )
        # "RL过程中，", "RL的过程中，": after a name, the time the work happens in (kg:PhaseNoun)
        self._during_after = re.compile(rf"\s*的?\s*(?:{vocab.alternation('PhaseNoun')})\s*[中里内]?\s*(?:的|，|,)")
        # "…提取特征、都使用 X": an enumeration comma, perhaps a kg:SharedSubjectAdverb, right before the next cue
        self._parallel_verb_gap = re.compile(rf"[\u3400-\u9fff]、\s*(?:{vocab.alternation('SharedSubjectAdverb')})?$")
        # "… 进行网络训练时": the stretch of one clause after a cue where a kg:TimeClosure may close a time phrase
        self._time_stretch = re.compile(r"[^，,。；;:：（(]{1,31}")
        self._time_closures = tuple(normalize(t).strip() for t in vocab.cue_set("TimeClosure"))
        self._time_compounds = tuple(normalize(t).strip() for t in vocab.cue_set("TimeCompound"))
        self._pros_cons = False

    def _is_problem(self, concept: str) -> bool:
        return self.classes.get(concept) == PROBLEM

    def _coordinated(self, text: str, a: Mention, b: Mention) -> bool:
        # an aside in brackets after the first name ('编码器（Encoder）和解码器') and an article after the joining
        # word ('an encoder and a decoder') leave the two names coordinated
        gap = QUANTIFIER.sub("", normalize(ALIAS_ASIDE.sub("", text[a.end : b.start])))
        gap = self._words.trailing_article.sub("", " ".join(gap.split()))
        if gap.count("/") == 1 and text[b.end : b.end + 1] != "/" and text[a.start - 1 : a.start] != "/":
            # "卷积层、汇聚/池化层和全连接层": a word kg does not know, slash-joined to a name, is another name of it, and
            # the list goes on (a path, 'tensorflow/contrib/seq2seq/…', lists nothing)
            bare = SLASH_ALTERNATIVE_AFTER.sub("", SLASH_ALTERNATIVE_BEFORE.sub("", gap)).strip()
            if bare and "/" not in bare and bare in self._coordination:
                return True
        if gap == "":
            # "conv relu" in Chinese notes is a list; "1x1 卷积降维" and, in English, "Transformer decoder"
            # are compounds (the second name is the head)
            return a.surface.isascii() and b.surface.isascii() and b.start > a.end and bool(CJK_CHAR.search(text))
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
            and not CJK_CHAR.search(text)
        ):
            return False
        last = normalize(b.surface).split()[-1] if b.surface.split() else ""
        return b.concept not in self.broad and last not in self._head_nouns

    def _hyphen_modifier(self, text: str, m: Mention) -> bool:
        """'pretrained with a next-token objective', 'a masked-token loss': a name hyphenated after an
        unknown lower-case word, with a noun after it, is the tail of a compound modifier of that noun;
        the sentence speaks of the objective, not of tokens. A known prefix ('encoder-decoder') joins two
        names, and a verb or cue after it ('cross-attention uses …') leaves the name as the sentence's."""
        prefix = LOWER_HYPHEN_PREFIX.search(text, max(0, m.start - 20), m.start)
        if prefix is None or normalize(prefix.group(1)) in self.matcher.concept_of:
            return False
        after = re.match(r" ([a-z]+)\b", text[m.end : m.end + 30])
        if after is None or common_words().zipf_en(after.group(1)) >= 6.0:
            return False
        hits = self.cues.find(after.group(1), normalize(after.group(1)))
        return not any(c.role != "set" for h in hits for c in h.cues)

    def _models_named_after(self, text: str, m: Mention) -> bool:
        """'shortcut models', 'attention 模型': a layer's or component's name (kg:Component) before a model noun
        (kg:ModelNoun) names a family of models built around it, which is not the component; a training method's name
        before a kg:NetworkNoun ('BP神经网络') names a network trained with it."""
        if self.classes.get(m.concept) == KG.Optimization:
            # 'BP神经网络', 'a BP network': a network trained with the method, not the method; only where the name opens a
            # noun phrase ('ResNet 采用 SGD 网络收敛更稳定': the method is the verb's object, 网络 opens the next clause)
            if self._network_noun_after.match(text, m.end) is None:
                return False
            lead = " " + normalize(text[max(0, m.start - 24) : m.start]).rstrip(" \t*_`")
            if m.start <= 24 and not text[: m.start].strip(" \t*_`#>-"):
                return True  # the sentence opens with it
            return not (lead[-1].isalnum() or CJK_CHAR.match(lead[-1])) or lead.endswith(self._noun_phrase_openers)
        if self.classes.get(m.concept) not in _COMPONENT_CLASSES:
            return False
        # the matcher may have taken the noun into the mention already ('cnn 模型' is CNN), or left it after
        # ('reward model' is a name of its own: only a noun the bare name did not have counts)
        noun = self._model_noun_at_end.search(text, m.start, m.end)
        if noun is not None:
            return self.matcher.concept_of.get(normalize(text[m.start : noun.start()]).strip()) == m.concept
        return self._model_noun_after.match(text, m.end) is not None

    def _phrasal_verb(self, text: str, m: Mention) -> bool:
        """'to judiciously filter out contaminated nodes': a one-word name in lower case with a kg:VerbParticle right
        after it is a phrasal verb ('filter out'), not the name (a filter)."""
        if not self._verb_particles or not re.fullmatch(r"[a-z]+", m.surface):
            return False
        after = re.match(r"\s+([a-z]+)\b", text[m.end : m.end + 8])
        return after is not None and after.group(1) in self._verb_particles

    def predicate_kind(self, text: str, m: Mention) -> bool:
        """'X is an item-based CF method …': the name stands between 'is a(n)' and a kg:HeadNoun, or is itself the
        kind a relative clause describes ('X is a generative model that uses …')."""
        return bool(
            self._predicate_kind_before.search(text[max(0, m.start - 60) : m.start])
            and (self._head_noun_after.match(text, m.end) or self._relative_after.match(text, m.end))
        )

    def relative_subject(self, text: str, m: Mention) -> int | None:
        """', which is an item-based CF method': the copula before the name has a relative pronoun after a comma for
        its subject (another name, before the comma); 'It is a deep interest network model' has the name's own. Where
        that comma is, or None."""
        start = max(0, m.start - 80)
        window = text[start : m.start]
        cut = self._predicate_kind_before.search(window)
        relative = self._comma_relative_end.search(window[: cut.start()] if cut else window)
        return None if relative is None else start + relative.start()

    @staticmethod
    def relative_antecedent(s: Sentence, comma: int) -> Mention | None:
        """The name right before the comma of ', which is a <kind> …' (relative_subject): 'BERT, which is a language
        model that uses …' is BERT's clause. None when the comma follows no name ('the model, which is a …')."""
        return next((n for n in reversed(s.mentions) if n.end <= comma and not s.text[n.end : comma].strip(" )）")), None)

    @staticmethod
    def _last_word(text: str) -> str:
        """The last lower-cased English word of ``text`` ('' when it has none)."""
        words = re.findall(r"[a-z]+", text.lower())
        return words[-1] if words else ""

    def _inverted(self, text: str, m: Mention) -> bool:
        """'最大反池化', '逆卷积': a Chinese name with a kg:InversePrefix glued before it names the inverse operation,
        not the name (the matcher already prefers a longer known word such as 反卷积 or 反向传播)."""
        if m.start > 0 and text[m.start - 1] in self._inverse_prefixes and bool(CJK_CHAR.match(text[m.start : m.start + 1])):
            return True
        # 'results in a non-convex function': the opposite of a convex function ('non-' opening a word)
        before = text[max(0, m.start - 8) : m.start].lower()
        return any(
            before.endswith(p) and not before[: -len(p)][-1:].isalpha() for p in self._inverse_prefixes if p.endswith("-")
        )

    def _without_kind_heads(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'RMSProp优化器', 'the ReLU activation function', 'Dropout 正则化': a name the lexicon files under a broader
        one (skos:broader), with that broader name right after it (glued, or one space, hyphen or closing markup away,
        _KIND_HEAD_GAP): the broader name only says what kind the first is; the phrase is one mention of the first."""
        out = [mentions[0]]
        for m in mentions[1:]:
            last = out[-1]
            if m.concept in self._broader.get(last.concept, ()) and _KIND_HEAD_GAP.fullmatch(text, last.end, m.start):
                out[-1] = Mention(last.start, m.end, last.concept, text[last.start : m.end])  # the whole phrase names it
                continue
            out.append(m)
        return out

    def _sentences(self, span: Span) -> list[Sentence]:
        """Sentences with their mentions and cue hits; the span is matched once, then split."""
        cached = self._sentence_cache.get(id(span))
        if cached is not None and cached[0] is span:
            return cached[1]
        out: list[Sentence] = []
        text = span.text
        if "et al" in text and CITATION.search(text):
            self._sentence_cache[id(span)] = (span, out)
            return out  # 'Yu, Adams Wei, et al. "QANet: …" arXiv (2018).': a reference states nothing ('Adams' is no Adam)
        norm = normalize(text)
        all_mentions = [
            m
            for m in self.matcher.find(text, norm)
            if not self._hyphen_modifier(text, m) and not formula_symbol(text, m) and not wise_adjective(text, m)
            and not _straddles_word(text, m) and not self._inverted(text, m) and not _author_name(text, m)
            and not _version_tail(text, m)
            and not self._phrasal_verb(text, m) and not self._models_named_after(text, m)
        ]
        all_mentions = [m for m in all_mentions if not _capital_hyphen_prefix(text, m, all_mentions)]
        if len(all_mentions) > 1:
            all_mentions = self._without_kind_heads(text, all_mentions)
        if "-" in text:
            all_mentions = _outside_name_chains(text, all_mentions)
        covered = bytearray(len(text) + 1)
        for m in all_mentions:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        titles = [t.span() for t in BOOK_TITLE.finditer(text)] if "《" in text else []
        if titles:
            # "《Batch Normalization 加速训练》这篇论文使用了 Dropout": a title in book marks names a paper or a book;
            # its words state nothing, and a name in it is not what the sentence is about
            all_mentions = [m for m in all_mentions if not any(a <= m.start < b for a, b in titles)]
            for a, b in titles:
                covered[a:b] = b"\x01" * (b - a)
        # a cue inside a name is part of the name: "别" (don't) in 判别器, "is" in "Attention Is All You Need"
        # — except a hedge: 'The common misconception is that …' calls the claim wrong even when a heading made
        # 'common misconception' a name
        all_hits = [h for h in self.cues.find(text, norm) if not all(covered[h.start : h.end]) or h.in_set("Hedge")]
        # "a Dogs-vs-Cats classifier", "one-vs-rest": a cue joined by hyphens on both sides is a word of a compound
        all_hits = [h for h in all_hits if not (text[h.start - 1 : h.start] == "-" and text[h.end : h.end + 1] == "-")]
        all_hits = [h for h in all_hits if not self._inside_word(text, h)]
        if any(h.in_set("KnownEndsCue") for h in all_hits):
            all_hits = _without_means_before_verb(text, all_hits)
        if "(" in text or "（" in text:
            all_hits = [h for h in all_hits if not self._inside_glossed_name(text, h, all_mentions)]
        if "的" in text:
            all_hits = [
                h
                for h in all_hits
                if not _participle_after_cue(text, h, all_hits, self._cause_words, all_mentions)
                and not _verb_pair_before_noun(text, h, all_hits, all_mentions)
            ]
            # 'BN 的引入缓解了…': an event noun after 的, right before the clause's verb, is no verb of its own
            all_hits = [h for h in all_hits if not self._event_noun_before_verb(text, h, all_hits)]
        if self._bare_use_verb.search(text):
            all_hits = self._with_bare_uses(text, all_hits, all_mentions, covered)
        if "、" in text:
            # "包括 Linear、LayerNorm、Add 和 GeLU 操作": a Latin word beside the enumeration comma 、 is an item of
            # the list, a name of an operation, not the English verb the cue is
            all_hits = [h for h in all_hits if not _enumerated_word(text, h.start, h.end)]
        pos = 0
        mi = hi = 0  # mentions and hits are sorted by start: one pass over each for all sentences
        bounds = sentence_bounds(text)
        if "\r" in text:
            # 'Dropout 可以缓解␣␣⏎过拟合', 'RYE uses␣␣⏎WB': a hard break right after a relation's cue leaves its object
            # on the next line; the sentence goes on
            cue_ends = {h.end for h in all_hits if any(c.role != "set" for c in h.cues)}
            bounds = [b for b in bounds if not (text[b - 1 : b] == "\r" and b - 1 in cue_ends)]
        for end in bounds:
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
                    hits.append(Hit(h.start - pos, h.end - pos, h.cues, h.sets))
                hi += 1
            if chunk.strip():
                chunk = fold_script(chunk)
                out.append(Sentence(chunk, pos, span, mentions, hits, clause_bounds(chunk, self._clause_marks)))
            pos = end
        self._sentence_cache[id(span)] = (span, out)
        return out

    def _with_bare_uses(self, text: str, hits: list[Hit], mentions: list[Mention], covered: bytearray) -> list[Hit]:
        """'FFN 用 ReLU 作为激活函数', 'DIEN，用 GRU 来建模兴趣迁移': a kg:BareUseVerb right before a name that a
        kg:UseRoleMarker follows is the kg:uses verb 使用 would be there. Added as a hit only there, where no other
        cue and no name holds it: elsewhere the character is a piece of other words (用于, 作用) and no hit at all."""
        added = []
        for found in self._bare_use_verb.finditer(text):
            start, end = found.span()
            if covered[start] or any(h.start < end and start < h.end for h in hits):
                continue
            at = end + len(text[end:]) - len(text[end:].lstrip(_NAME_MARKUP))
            name = next((m for m in mentions if m.start == at), None)
            rest = text[name.end :].lstrip(_NAME_MARKUP) if name is not None else ""
            marker = next((w for w in self._use_role_markers if rest.startswith(w)), None)
            if name is None or marker is None:
                continue
            verb_at = len(text) - len(rest) + len(marker)
            verb_at += len(text[verb_at:]) - len(text[verb_at:].lstrip(_NAME_MARKUP))
            if any(h.start == verb_at and any(c.role != "set" for c in h.cues) for h in hits):
                continue  # 'SAGAN 用 self-attention 来替代卷积层': the verb after it is the relation, 用 its instrument
            added.append(Hit(start, end, (Cue(found.group(0), "cue", KG.uses),), frozenset({"BareUseVerb"})))
        return sorted([*hits, *added], key=lambda h: h.start) if added else hits

    def _event_noun_before_verb(self, text: str, h: Hit, hits: list[Hit]) -> bool:
        if text[h.start - 1 : h.start] != "的" or normalize(text[h.start : h.end]).strip() not in self._event_nouns:
            return False
        return any(
            g.start >= h.end and not text[h.end : g.start].strip() and any(c.role != "set" for c in g.cues) for g in hits
        )

    def _keys_of(self, concept: str) -> set[str]:
        """Every name (normalised key) the build knows for a concept: for a subject the sentence does not write
        (a heading's, a table row's)."""
        if self._keys_by_concept is None:
            self._keys_by_concept = {}
            for key, iri in self._all_files_matcher.concept_of.items():
                self._keys_by_concept.setdefault(iri, set()).add(key)
        return self._keys_by_concept.get(concept, set())

    def _inside_glossed_name(self, text: str, h: Hit, mentions: list[Mention]) -> bool:
        """'MLM+替换词检测(Replaced Token Detection)': a Chinese cue inside a run of Chinese characters that a bracketed
        name right after it translates, where the translation holds an English cue of the same relation
        ('Replaced'): the Chinese words are that name, and the cue a word of it, no verb."""
        if not CJK_CHAR.match(text[h.start : h.start + 1]):
            return False
        run = GLOSSED_RUN.match(text, h.end)
        if run is None:
            return False
        gloss = next((m for m in mentions if m.start == run.end()), None)
        if gloss is None or not re.match(r"\s*[)）]", text[gloss.end :]):
            return False
        targets = {c.target for c in h.cues if c.role != "set"}
        return any(c.target in targets for g in self.cues.find(gloss.surface, normalize(gloss.surface)) for c in g.cues)

    def _inside_word(self, text: str, h: Hit) -> bool:
        """A relation cue that is part of a longer word, so no verb: glued after an adverb by a hyphen ('the
        widely-used LoRA', 'commonly-applied'), or before a kg:NounSuffix that makes
        a word with it ('选择性搜索' selective search; not '带来性能', where 性 opens 性能)."""
        if not any(c.role != "set" for c in h.cues):
            return False
        if text[h.start - 1 : h.start] == "-":
            word = re.search(r"[A-Za-z]+$", text[max(0, h.start - 20) : h.start - 1])
            if word is not None and word.group(0).lower().endswith(self._adverb_suffixes) and len(word.group(0)) > 3:
                return True
        if CJK_CHAR.match(text[h.end - 1 : h.end]) is None or not text.startswith(self._noun_suffixes, h.end):
            return False
        suffix = next(x for x in self._noun_suffixes if text.startswith(x, h.end))
        if not CJK_CHAR.match(text[h.end + len(suffix) : h.end + len(suffix) + 1]):
            return True  # '选择度（Selectivity）', '相关度。': the suffix closes the word, a noun
        # the word list cuts the words: '选择性/搜索' holds the cue in a word, '带来/性能' does not; '相似/度/分布'
        # leaves the suffix a word of one character, so it still ends the cue's word (similarity)
        words = common_words().segment_zh(text[h.start : h.end + 4])
        first = words[0]
        if first == text[h.start : h.end] and len(words) > 1 and words[1] == suffix:
            return True
        return len(first) > h.end - h.start and first.startswith(text[h.start : h.end])

    def _top_class(self, cls: str) -> str:
        """The class right under kg:Concept that ``cls`` is (Regularization → Technique); itself when none."""
        return self.vocab.top_classes.get(cls, cls)

    def focus(self, sentence: Sentence) -> str | None:
        """What a sentence is about: its first mention that is not a problem ('X 中的 Y' → Y)."""
        remedied = self._remedied_with_problems(sentence)
        ms = [m for m in sentence.mentions if not self._is_problem(m.concept) and m.concept not in remedied]
        if len(ms) > 1 and self._placed(sentence.text, ms[0]):
            ms = ms[1:]  # "在 ILSVR 2012 上提出了 AlexNet：": where it happened is not what it is about
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

    def _whereas_opening(self, s: Sentence, start: int, end: int) -> str | None:
        """The kg:Whereas word the text from ``start`` opens with ('而 BatchNorm 是…', 'whereas MAE …'), as written;
        None for none, or for 而 opening another word (kg:WhereasBlocker: 而且, 而是)."""
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

    def _placed(self, text: str, m: Mention) -> bool:
        """The name sits in a setting: 在 (kg:SettingOpener, a word of its own: not the end of 现在 or 存在) right
        before it and 上/中/下 (kg:SettingCloser) after it, with at most a few Latin words or numbers between
        ('在 ILSVR 2012 上提出了 AlexNet', '在 ImageNet 上'): where something happened, not what it is about."""
        return self._placed_tail.match(text, m.end) is not None and self._setting_opened(text, m)

    def _setting_opened(self, text: str, m: Mention) -> bool:
        """在 (kg:SettingOpener) right before the name, a word of its own: not the end of 现在 or 存在."""
        before = text[max(0, m.start - 8) : m.start].rstrip()
        if not before.endswith(self._setting_open):
            return False
        words = common_words().segment_zh(normalize(before))
        return bool(words) and words[-1] in self._setting_open

    def _remedied_with_problems(self, s: Sentence) -> set[str]:
        """'如何解决梯度消失和梯度膨胀': names listed with a problem right after a remedy cue (a kg:mitigates cue) are
        what is to be remedied, problems too, though kg does not know the second one as a problem; what the
        sentence is about is something else."""
        cue = next((h for h in s.hits if any(c.target == KG.mitigates and c.role == "cue" for c in h.cues)), None)
        if cue is None:
            return set()
        group = self._group_after(s, cue.end, len(s.text) + 1, head=False)
        if len(group) < 2 or not any(self._is_problem(m.concept) for m in group):
            return set()
        return {m.concept for m in group}

    def denied_focus(self, s: Sentence) -> bool:
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

    def _inside_unknown(self, s: Sentence, m: Mention) -> bool:
        """'X 计算中 Y…' / 'X 中的 Y…' with a Y kg does not know: the phrase is about Y, X only places it."""
        after = s.text[m.end : m.end + 12]
        hit = self._words.in_place.match(after)
        if hit is None or normalize(hit.group(1)) not in self._locative:
            return False
        at = m.end + hit.end()
        if at >= len(s.text) or not s.text[at].strip():
            return False
        return not any(x.start == at for x in s.mentions) and not any(h.start == at for h in s.hits)

    def _group_after(self, s: Sentence, pos: int, limit: int, head: bool = True) -> list[Mention]:
        after = [m for m in s.mentions if pos <= m.start < limit]
        if not after:
            return []
        group = [after[0]]
        for m in after[1:]:
            if m.concept == group[-1].concept and re.fullmatch(r"\s*[(（]\s*", s.text[group[-1].end : m.start]):
                continue  # the name again in brackets ('编码器（Encoder）'): an aside, the list goes on after it
            gap = normalize(s.text[group[-1].end : m.start]).strip()
            if head and len(group) == 1 and (
                self._locative_gap(gap)
                or (modifier_gap(gap) and not self._verb_phrase_gap(gap))
                or self._compound(s.text, group[-1], m)
            ):
                group[-1] = m  # "3*3 的计算量", "AlexNet 中第一层卷积核", "窗口为3×3、步幅为2的最大池化层"
            elif self._coordinated(s.text, group[-1], m) and not self._new_clause_subject(s, group[-1], m):
                group.append(m)
            else:
                break
        return group

    def _verb_phrase_gap(self, gap: str) -> bool:
        """'更新第一阶段的' in 'GRPO 更新第一阶段的 LVLM': a kg:ActionVerb and its own object before 的 make a verb phrase
        whose means the name before is; a verb right before 的 ('基于 ImageNet 训练的 CNN') is a relative clause on
        the name after, which stays the head."""
        verb = next((v for v in self._action_verbs if gap.startswith(v)), None)
        return verb is not None and bool(gap[len(verb) : -1].strip())

    def _new_clause_subject(self, s: Sentence, last: Mention, m: Mention) -> bool:
        """', and DPO might have …': after a comma and a coordination word, a name with a kg:FiniteAuxiliary right
        after it opens a clause of its own; it is no item of the list before."""
        if "," not in s.text[last.end : m.start]:
            return False
        word = re.match(r"\s+([a-z]+)\b", s.text[m.end : m.end + 12])
        return word is not None and word.group(1) in self._finite_auxiliaries

    def _comparison_opener(
        self, s: Sentence, hit: Hit, clause: tuple[int, int]
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
        rest = _blanked(s.text, cstart, cend, [(m.start, m.end) for m in compared] + [(hit.start, hit.end)])
        # names and their brackets ('卷积神经网络（CNN）'), coordination words and modifiers of a side ('传统的')
        words = [w for w in re.split(r"[\s,，:：*`()（）]+", normalize(rest)) if w]
        if not all(self._only_joining_words(w) for w in words) and not self._described_side(s, hit, compared, cend):
            return None
        following, main = self._next_clause_opening(s, cend)
        if following is None or main is None:
            return None
        # 'Unlike the RNN, the Transformer does not …': an article may open the subject's noun phrase, whose head
        # the name is ('Compared with FNN, the embedding vector of FM …' compares FM's vector: no name kg knows)
        lead = s.text[following[0] : main.start].strip(" \t*`_").lower()
        if lead and (lead not in self._article_words or self._owned_after.match(s.text, main.end)):
            return None
        if self._is_problem(main.concept) or any(main.concept == m.concept for m in compared):
            return None
        if self._doer_of_relative(s, main):
            return None  # '相对于常见的 DPO、PPO，DeepSeek 采用的算法是 GRPO': the algorithm is compared, not DeepSeek
        named = [(m.start, m.end) for m in s.mentions if following[0] <= m.start and m.end <= following[1]]
        if not re.sub(r"[\s,，、;；()（）*`_]+", "", _blanked(s.text, following[0], following[1], named)):
            return None  # '对比HT(Hashing trick), ECOC(…), PMI(…)，BE…': the next clause is one more item of the list
        # 'the original Transformer decoder': the decoder is compared, 'Transformer' only says whose
        heads = [m for i, m in enumerate(compared) if not (i + 1 < len(compared) and self._compound(s.text, m, compared[i + 1]))]
        return main, heads

    @staticmethod
    def _next_clause_opening(s: Sentence, end: int) -> tuple[tuple[int, int] | None, Mention | None]:
        """The clause that starts at ``end`` and the first name in it (None for either when there is none)."""
        following = next((c for c in s.clauses if c[0] == end), None)
        if following is None:
            return None, None
        return following, next((m for m in s.mentions if following[0] <= m.start < following[1]), None)

    def _described_side(self, s: Sentence, hit: Hit, compared: list[Mention], cend: int) -> bool:
        """'相比于缺少修正因子、在训练初期偏置很高的 RMSProp，Adam …': after a Chinese frame word, one name closes the
        clause and a phrase ending in 的 right before it only describes it (no name in the phrase)."""
        if len(compared) != 1 or compared[0].start < hit.end or s.text[hit.start : hit.end].isascii():
            return False
        side = compared[0]
        if s.text[side.end : cend].strip(" \t*`_，,"):
            return False
        phrase = s.text[hit.end : side.start].rstrip(" \t*`_")
        return phrase.endswith("的") and len(phrase) <= 40

    @staticmethod
    def _cue_right_after(s: Sentence, at: int) -> Hit | None:
        """The relation cue (not a word of a set) that starts at ``at``, after spaces only."""
        start = at + len(s.text[at:]) - len(s.text[at:].lstrip())
        return next((h for h in s.hits if h.start == start and any(c.role != "set" for c in h.cues)), None)

    def _doer_of_relative(self, s: Sentence, m: Mention) -> bool:
        """'DeepSeek 采用的强化学习算法': the name is the doer in a relative clause (a verb cue and 的 right after
        it) over the noun the clause is about."""
        h = self._cue_right_after(s, m.end)
        return h is not None and s.text[h.end : h.end + 1] == "的"

    def _only_joining_words(self, word: str) -> bool:
        """A coordination word or a side modifier, or (Chinese, written without spaces: '与传统的') a run of them."""
        if word in self._joining:
            return True
        if word.isascii():
            return False
        while word:
            lead = next((w for w in self._joining_longest_first if word.startswith(w)), None)
            if lead is None:
                return False
            word = word[len(lead) :]
        return True

    def _list_continues(self, s: Sentence, cend: int) -> int:
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

    def _group_before(self, s: Sentence, pos: int, floor: int, glosses: bool = False) -> list[Mention]:
        """The names coordinated right before ``pos``; with ``glosses``, a name glossed in brackets by another name
        of its concept ('A（a）和 B（b）的区别') counts once, so the gloss does not part the coordination."""
        mentions = with_glosses(s.text, s.mentions) if glosses else s.mentions
        before = [m for m in mentions if floor <= m.start and m.end <= pos]
        if not before:
            return []
        owned = self._bracket_owner(s, before, pos, floor)
        if owned is not None:
            owner, joined = owned
            if joined and s.text[owner.end : pos].isascii():
                # 'Adam (and AdamW) versus SGD': the bracket adds a side to its owner's (in Chinese, where 'A 和 B 相比'
                # compares the two joined names, the owner alone stays the side)
                return [owner, *[m for m in before if m.start > owner.end]]
            # 'SwiGLU (SiLU + gating mechanism) versus ReLU': the names in a bracket right after a name say what that
            # name is made of or is; the name before the bracket is the side
            before = [m for m in before if m.end <= owner.end]
        group = [before[-1]]
        for m in reversed(before[:-1]):
            if not self._coordinated(s.text, m, group[0]):
                break
            group.insert(0, m)
        return group

    def _bracket_owner(self, s: Sentence, before: list[Mention], pos: int, floor: int) -> tuple[Mention, bool] | None:
        """The name right before a bracket that closes right before ``pos`` and holds the last names before it, and
        whether the bracket opens with a coordination word (its names are joined to the owner, not parts of it)."""
        if s.text[before[-1].end : pos].strip(" \t*`_") not in (")", "）"):
            return None
        opened = bracket_start(s.text, before[-1].start, floor)
        if opened <= floor or s.text[opened - 1] not in "(（":
            return None
        owner = next((m for m in reversed(before) if m.end <= opened - 1), None)
        if owner is None or s.text[owner.end : opened - 1].strip(" \t*`_"):
            return None
        inside = normalize(s.text[opened : before[-1].start]).strip(" \t*`_")
        joined = any(
            inside.startswith(w) and (not w.isalpha() or not w.isascii() or not inside[len(w) : len(w) + 1].isalpha())
            for w in self._coordination
        )
        return owner, joined

    def _negation_before(self, s: Sentence, hit: Hit, floor: int) -> Hit | None:
        for h in s.hits:
            # "不需要使用卷积", "no need to use X": a word calling the use unneeded (kg:NotNeeded) negates it too
            if h.end <= hit.start and h.start >= floor and (h.in_set("Negation") or h.in_set("NotNeeded")):
                # emphasis marks are no words: "we will *not* be using MSE" denies as "will not be using" does
                gap = s.text[h.end : hit.start].replace("*", "").replace("_", "").replace("`", "")
                if len(gap.strip()) <= 3:
                    return h
        return None

    def _negated_before(self, s: Sentence, hit: Hit, floor: int) -> bool:
        return self._negation_before(s, hit, floor) is not None

    def suggested(self, s: Sentence, hit: Hit, floor: int) -> bool:
        """'why not use convolutions for region proposals?': a kg:SuggestionWord right before the cue's negation
        proposes the use; the sentence denies nothing (and states no use either)."""
        negation = self._negation_before(s, hit, floor)
        if negation is None:
            return False
        words = normalize(s.text[floor : negation.start]).split()
        return bool(words) and words[-1] in self._suggestion_words

    def _is_kind_noun(self, word: str) -> bool:
        """An English head noun or kind follower ('model', 'architecture', 'approach'; not an auxiliary), singular
        or plural."""
        w, nouns = word.lower(), self._kind_nouns
        return w in nouns or (w.endswith("s") and w[:-1] in nouns) or (w.endswith("es") and w[:-2] in nouns)

    def _starts_with(self, s: Sentence, start: int, name: str, whole_word: bool = False) -> bool:
        lead = s.text[start:]
        stripped = len(lead) - len(lead.lstrip(" \t0123456789.、)）(（-*•"))
        for h in s.hits:
            if h.start == start + stripped and h.in_set(name):
                # whole_word: "不。" is an answer, "不确定" is not
                return not whole_word or h.end >= len(s.text) or not s.text[h.end].isalnum()
        return False

    def file_matcher(self, source: str) -> Matcher | LocalMatcher:
        """The build's matcher as one file reads it: other files' everyday-word concepts hidden, the abbreviations
        the file defines read as it defines them, and other files' abbreviations of discovered names not read as
        those names."""
        foreign = frozenset(iri for iri, files in self.local.items() if source not in files)
        senses = self.senses.get(source, {})
        titles = frozenset(iri for iri, files in self.titles.items() if source not in files)
        untied = frozenset(pair for pair, files in self.abbreviations.items() if source not in files)
        if not foreign and not senses and not titles and not untied:
            return self._all_files_matcher
        return LocalMatcher(self._all_files_matcher, foreign, senses, titles, untied)

    def _fact(
        self, subject: str, relation: str, obj: str, cue: str, sentence: str, line: int, index: int, evidence: str
    ) -> Assertion:
        confidence = self._confidence(evidence, subject, relation, obj, weak=False, text=sentence)
        return Assertion(subject, relation, obj, cue, False, sentence, line, index, evidence, confidence)

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
        if relation == KG.comparedWith and (subject in self._measures) != (obj in self._measures):
            return False  # "相比 vLLM，吞吐量提升 5 倍": throughput is what is compared, not one of the sides
        if relation in (KG.uses, KG.partOf) and (subject in self._measures or obj in self._measures):
            return False  # "ZeRO++ 比 ZeRO-3 实现了 24% 的吞吐量增益": a system reaches a throughput, it uses none
        s_cls, o_cls = self.classes.get(subject, KG.Concept), self.classes.get(obj, KG.Concept)
        if relation == KG.mitigates and obj in self.vocab.concepts and o_cls != PROBLEM:
            return False  # "Q-learning is adopted to solve the MDP": what the lexicon files as no problem is not eased
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
        self, evidence: str, subject: str, relation: str, obj: str, *, weak: bool, answer_object: bool = False,
        far: bool = False, text: str = "",
    ) -> float:
        """``text``: the sentence read, when there is one (English prose tells a plain word from a name less)."""
        discovered = sum(1 for c in (subject, obj) if c in self.unsure)
        if evidence in INHERITED_EVIDENCE and subject in self.headed:
            discovered += 1  # a subject the sentence does not name, inherited from a heading that may be no concept
        # a broad end is rarely what a fact is about, except a kind-of link: 'X is a kind of normalization', 'a
        # hyperparameter such as the learning rate' relate a name to its broad category. Of such relatedTo readings
        # held back by the broad end, 144 judged on bench/corpus: 88% right (½ borderline); with another relation 35–57%
        broad = 0 if relation == KG.relatedTo else sum(1 for c in (subject, obj) if c in self.broad)
        foreign_subject, foreign_object = (
            c in self.made_in and self.reading_source not in self.made_in[c] for c in (subject, obj)
        )
        # another note's one-word name ('Estimation', a heading there) as the subject of English prose here: the word
        # is as likely this author's plain word, the head of a longer phrase ('slack estimation', 'Convergence curves
        # for …') as the other note's concept. A Latin word in Chinese prose is a term either way
        plain = foreign_subject and subject in self.plain_words and bool(text) and not CJK_CHAR.search(text)
        return score(
            evidence,
            weak_cue=weak,
            discovered_ends=discovered,
            broad_ends=broad,
            foreign_ends=foreign_subject + foreign_object,
            answer_object=answer_object,
            far=far,
            plain_subject=plain,
        )


def _without_means_before_verb(text: str, hits: list[Hit]) -> list[Hit]:
    """'通过使用 1×1 卷积': a kg:KnownEndsCue (通过, by way of) right before a relation's cue leaves the reading to
    that verb."""
    verb_starts = {h.start for h in hits if any(c.role != "set" for c in h.cues)}
    return [
        h for h in hits
        if not (h.in_set("KnownEndsCue") and h.end + len(text[h.end :]) - len(text[h.end :].lstrip()) in verb_starts)
    ]


def _blanked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with each of ``spans`` (inside it) replaced by a space."""
    out = text[start:end]
    for a, b in sorted(spans, reverse=True):
        out = out[: a - start] + " " + out[b - start :]
    return out


_HYPHEN_CHAIN = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}(?![A-Za-z0-9_-])")


def _outside_name_chains(text: str, mentions: list[Mention]) -> list[Mention]:
    """'conv-BN-activation', 'CNN-RNN-CTC': three names or more joined by hyphens, nothing else between, are one
    term (a layer order, a model built of parts); its names are words of it, not mentions of their own ('差异不大'
    after it compares two orders, not convolution with BN). A chain with other words ('GPT-3-based',
    'sequence-to-sequence-with-attention') is a phrase about its names and keeps them."""
    drop: set[int] = set()
    for chain in _HYPHEN_CHAIN.finditer(text):
        inside = [i for i, m in enumerate(mentions) if chain.start() <= m.start and m.end <= chain.end()]
        covered = sum(mentions[i].end - mentions[i].start for i in inside) + len(inside) - 1
        if len(inside) >= 2 and covered >= chain.end() - chain.start():
            drop.update(inside)  # every word of the chain a name: 'sequence-to-sequence-with-attention' is a phrase
    return [m for i, m in enumerate(mentions) if i not in drop] if drop else mentions


def _capital_hyphen_prefix(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """'the Beta-Bernoulli model': a Latin name hyphened after a capitalised word that is no name of its own is the
    tail of a longer name (a conjugate pair, 'Pre-LN'), not the name alone; so is one after a single capital letter
    ('Z-GCNETs' is no GCNet, as 'L-BFGS' is no BFGS)."""
    if m.start < 2 or text[m.start - 1] != "-" or not text[m.start : m.start + 1].isascii():
        return False
    word = re.search(r"(?<![\w-])([A-Z][a-z]*)-$", text[max(0, m.start - 30) : m.start])
    if word is None:
        return False
    start = m.start - len(word.group(0))
    return not any(x.start <= start < x.end for x in mentions)


STRADDLED_WORD = 5.0  # Zipf frequency of an everyday word the name's last character makes with the next: 表示 5.6


def with_glosses(text: str, mentions: list[Mention]) -> list[Mention]:
    """'生成模型（Generative Model）': a name glossed in brackets by another name of the same concept, as one mention
    that spans the gloss."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.concept == m.concept and text[m.end : nxt.start].strip() in ("(", "（"):
            close = re.match(r"\s*[)）]", text[nxt.end :])
            if close is not None:
                out.append(Mention(m.start, nxt.end + close.end(), m.concept, m.surface))
                i += 2
                continue
        out.append(m)
        i += 1
    return out


AUTHORS_AFTER = re.compile(r"(?:\s+[A-Z][a-z'\-]+){0,2}\s+et\s+al\b")  # ' He et al.': a person's name goes on


def _author_name(text: str, m: Mention) -> bool:
    """'Kaiming He et al. introduced ResNet': a name followed by at most two capitalised words and 'et al.' is an
    author's name (Kaiming He), not the concept named after a person (Kaiming initialization)."""
    return m.surface[:1].isupper() and AUTHORS_AFTER.match(text, m.end) is not None


def _version_tail(text: str, m: Mention) -> bool:
    """'GPT-3.5-turbo', 'GPT-4.5': a name that ends in a number the text carries on with '.' and a digit names
    another version than the one the lexicon knows; GPT-3.5 is no GPT-3."""
    return m.surface[-1:].isdigit() and text[m.end : m.end + 1] == "." and text[m.end + 1 : m.end + 2].isdigit()


def _straddles_word(text: str, m: Mention) -> bool:
    """'上下文感知的词表示' (word representations): a Chinese name whose last character makes a very common word with
    the character after it ('表' + '示': 表示, to represent) ends inside that word, so the name is not there. Not
    when the next character opens a commoner word of its own ('Q值得到更新': 得到, not 值得)."""
    end = m.end
    if end >= len(text) or not CJK_CHAR.match(text[end]) or not CJK_CHAR.match(text[end - 1]):
        return False
    words = common_words()
    straddled = words.zipf_zh(text[end - 1 : end + 1])
    if straddled < STRADDLED_WORD:
        return False
    return words.zipf_zh(text[end : end + 2]) < straddled


def _enumerated_word(text: str, start: int, end: int) -> bool:
    """A Latin-script word with the enumeration comma 、 right before or after it (spaces allowed)."""
    if not text[start:end].isascii():
        return False
    return text[:start].rstrip().endswith("、") or text[end:].lstrip().startswith("、")
