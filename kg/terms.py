"""IRIs of the vocabulary, and the prefixes every query gets for free.

Plain strings, not rdflib terms: importing rdflib costs ~120 ms, and the
query path must start fast. `KG.foo` for a name the ontology does not define
raises AttributeError, so a typo is an error rather than a silent new IRI
(the same guarantee rdflib's DefinedNamespace gives with `_fail = True`).
"""

from __future__ import annotations

from typing import Final

KG_NS: Final = "https://w3id.org/kg-notes/ns#"
CONCEPT_NS: Final = "https://w3id.org/kg-notes/concept/"
NOTE_NS: Final = "https://w3id.org/kg-notes/note/"

RDF_NS: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS: Final = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS: Final = "http://www.w3.org/2002/07/owl#"
XSD_NS: Final = "http://www.w3.org/2001/XMLSchema#"
SKOS_NS: Final = "http://www.w3.org/2004/02/skos/core#"
SCHEMA_NS: Final = "https://schema.org/"
PROV_NS: Final = "http://www.w3.org/ns/prov#"
DCTERMS_NS: Final = "http://purl.org/dc/terms/"

PREFIXES: Final[dict[str, str]] = {
    "kg": KG_NS,
    "c": CONCEPT_NS,
    "note": NOTE_NS,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "owl": OWL_NS,
    "xsd": XSD_NS,
    "skos": SKOS_NS,
    "schema": SCHEMA_NS,
    "prov": PROV_NS,
    "dcterms": DCTERMS_NS,
}


# The relations that order study (sub-properties of kg:dependsOn), and the
# inverses of such relations read the other way round: "X partOf Y" says
# Y depends on X. One query for both the vocabulary (extraction reads it) and
# a plan (which reads it from the graph, so a remote endpoint answers alike).
PREREQUISITE_RELATIONS: Final = """
SELECT DISTINCT ?p ?inv WHERE {
  { ?p rdfs:subPropertyOf+ kg:dependsOn . FILTER NOT EXISTS { ?p owl:inverseOf ?x } FILTER NOT EXISTS { ?x owl:inverseOf ?p } BIND(false AS ?inv) }
  UNION { ?q rdfs:subPropertyOf+ kg:dependsOn ; owl:inverseOf ?p . BIND(true AS ?inv) }
  UNION { ?q rdfs:subPropertyOf+ kg:dependsOn . ?p owl:inverseOf ?q . BIND(true AS ?inv) }
}"""


class _Namespace:
    """A closed namespace: attribute access for the listed names only."""

    def __init__(self, base: str, names: str) -> None:
        self._base = base
        self._names = frozenset(names.split())

    def __getattr__(self, name: str) -> str:
        if name.startswith("_") or name not in self._names:
            raise AttributeError(f"{name!r} is not a term of {self._base}")
        value = self._base + name
        setattr(self, name, value)  # next time a plain attribute: extraction reads these in its inner loops
        return value

    def __contains__(self, iri: object) -> bool:
        return isinstance(iri, str) and iri.startswith(self._base) and iri[len(self._base) :] in self._names


KG = _Namespace(
    KG_NS,
    """Concept Model Technique Component ActivationFunction Normalization Regularization
    Initialization Optimization Problem Dataset Task NoteFile NoteBlock Fact Sentence CueSet ConceptRelation
    cue inverseCue suffixCue pairCue placementCue containerCue sectionSubjectClass sectionTopicClass negatedAs impliesPrerequisite
    forbiddenSubjectClass forbiddenObjectClass confidence broad endsAlike joinsKind contextOnly
    dependsOn relatedTo uses doesNotUse partOf hasPart replaces conflictsWith mitigates
    causes improvesOn comparedWith
    sourceFile line endLine section blockLabel cueText negated discovered
    link image topic inFile
    Correction correctionKind correction rejectedBy acceptedBy assertedBy
    Negation Contrast Hypothetical WhQuestion YesNoQuestion Affirmative NegativeAnswer Blocker
    Anaphora Nominalizer NotAConcept Coordination Locative NominalPrefix Pronoun CommonWord GenericHeading
    WeakCue HeadNoun CueGuard ReferenceHeading FigureWord ComponentHeader SequenceArrow QuestionWord FunctionWord ProblemNoun ObjectMarker TargetMarker NotTargetMarker AlternativesIntro Hedge MethodNoun Postposition NotNeeded
    TargetCue AttributiveMarker Preposition Degree Means Copula Definition BareDefinition VerbCoordination PluralPronoun InstanceHeader KindHeader UsedInHeader PurposeLink ModelInstanceHeader MeansFollower Quantifier MemberPhrase KindFollower InstanceCopula Occurrence Advantage Cause Whereas Participle ProsConsLabel
    ExampleMarker NamingMarker ComparisonMarker Comparative Substitute ComparisonFrame ComparisonFrameEnd ReducedRelative AuxiliaryWord MeansParticiple Determiner GenericAgent TitleWord AdjectiveSuffix
    Demonstrative NameSuffix DeicticAdverb CompareVerbFollower AgentMarker CompositionVerb SidePreposition ShortcomingNoun OpeningConnective RelativeDeterminer PeoplePronoun AdviceWord MetricName CountNoun
    Article NameArticle ClauseConnective BracketClauseConjunction NounDeterminer ItemConjunction PassivePurpose ComparisonComplement ComparisonWord
    ComparedSideWord JointSideCue PassiveAgent StandInNoun PaperSelfReference
    DefiniteArticle Genitive AdvantageOver AdvantageModifier WhereasBlocker ContrastSideLead TaskLead PhraseEndParticle
    PlacePostposition UseVerb AdverbSuffix ParticipleSuffix ParticipleModifier RelativePronoun IndefiniteArticle
    SharedTailJoin LongFormWord CitationMark CitationVerb AlternativeWord AliasMarker NameBreakParticle ValueCopula GerundSuffix
    QuestionLabel AnswerLabel InsideMarker InsideCloser Adversative DatasetHead OutputVerb ImplicationVerb CountedParts ListIntro CountWord BasisSuffix ExpletiveOpener StructureNoun InclusionVerb BasisFrameOpener ModelKindWord CompetitionWord BoundPrefix MannerQualifier ConditionFrame FileExtension
    EverydayWord OrganizationName PersonName VenueName DateWord StepVerb ChangeVerb SettingOpener SettingCloser SourceMarker DestinationMarker ExpletiveObject SingleQualifier LesserDegree AbsenceLead OriginCue ReferenceLabel AuthorCitation WorkModelNoun ReducedOutcome ActionVerb SequencePreposition KindWord OperandPrefix CountPrefix MeasureWord Numeral OrdinalPrefix PoorOutcome StateAdjective CompoundTail AuthorPronoun AuthorPossessive AnalogyMarker DegreeAdverb Basis PartNoun SizeModifier ProblemHead BasisCloser AspectHeading MeasureUnit FolderWord ClauseVerb GroupModifier HowTo BeVerb PassiveAdverb ReaderPronoun Respectively ReportingVerb Causative InstrumentMarker BareUseVerb UseRoleMarker FamilyWord
    SequenceConnective AttributeNoun ComparisonBase RelationBase CounterpartLead SelectVerb BothSides Possessive PurposeMarker CueHolder FiniteAuxiliary BuildVerb QuantityWord NounSuffix PassiveMarker MeasureVerb MethodHead AgentHead SideModifier RemedyLabel SubstituteQuantity InnerAdverb PreverbAdverb EventNoun MeansMarker PeopleWord OutsideAgent ApplyVerb ModalWord PossessivePronoun DestinationPreposition KindListNoun ComparativeWord NotComparative CueParticle PropositionVerb OwnerDeterminer StageWord PhaseNoun ReasonQuestionWord PairJoin GreekLetterName
    ContainerLead UseParticiple SteadyWord RemarkLabel InversePrefix GroupAdverb BetterWord BetterFollower ObjectPronoun GoalPreposition ApplicationPreposition MeansPreposition MemberNoun SettingNoun SharedSubjectAdverb TimeClosure TimeCompound PlotNoun PriorPractice AbilityModal LikenessCue DeniedAmount ToolNoun SharedHeadJoin MannerAdverb KnownEndsCue ReplacedPlace ProposalParticiple PresentDayAdverb ObtainVerb VerbParticle BeliefHedge ListEnd ModelNoun GradedModifier ReferenceVerb QuestionParticle PossessionVerb DistributivePronoun SuggestionWord HeedVerb CombineVerb NetworkNoun GroupQuantifier UniversalQuantifier BareKindStop UnmarkedQuestionWord AdjectiveEnding ModificationIntro VersusWord ReferenceModifier TrainingParticiple SidePostposition SamenessWord ChangeParticiple ProfileSite OwnerPreposition LikenessNounSuffix LikenessPhrase MakingVerb KindIntroNoun KindIntroFollower KindIntroLead KindListSignal VerbNounTail OptimizeVerb GroupTie StepCloser LinkingVerb PrepositionIdiom GradedAdjective HavingGerund MeasuredComparisonOpener GluedNameHead CompetitionHead ChoiceWord""",
)
RDF = _Namespace(RDF_NS, "type Statement subject predicate object")
RDFS = _Namespace(RDFS_NS, "label comment subClassOf subPropertyOf domain range")
OWL = _Namespace(OWL_NS, "inverseOf SymmetricProperty TransitiveProperty ObjectProperty Class")
XSD = _Namespace(XSD_NS, "string integer boolean")
SKOS = _Namespace(SKOS_NS, "Concept prefLabel altLabel broader")
SCHEMA = _Namespace(SCHEMA_NS, "Question Answer acceptedAnswer text about CreativeWork name")
PROV = _Namespace(PROV_NS, "wasDerivedFrom Entity")
DCTERMS = _Namespace(DCTERMS_NS, "isPartOf title source created creator")


def local_name(iri: str) -> str:
    """The IRI's last segment: after its '#' or its last '/', whichever is later (kg:uses → uses, c:ResNet → ResNet)."""
    return iri[max(iri.rfind("#"), iri.rfind("/")) + 1 :]


def compact(iri: str) -> str:
    """Shorten an IRI with the known prefixes (`kg:uses`); return it unchanged otherwise."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, name = ns, prefix
    if best:
        local = iri[len(best) :]
        if local and all(ch.isalnum() or ch in "_-." for ch in local) and not local.endswith("."):
            return f"{name}:{local}"
    return f"<{iri}>"


def expand(curie: str) -> str:
    """`kg:uses` → full IRI; an IRI in angle brackets or a full IRI passes through."""
    if curie.startswith("<") and curie.endswith(">"):
        return curie[1:-1]
    prefix, sep, local = curie.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return curie
