"""The speech lexicon: the verbs and nouns by which text says who speaks or frames.

"X said", "X characterised Y as ...", "one reading, from X, is that ...":
these words make a sentence a statement (:mod:`extractors.statements`), and
they say how a sentence speaks rather than what it is about, so topic terms
leave them out (:mod:`queries.tensions`).
"""

from __future__ import annotations

from extractors.attribution import REPORTING_VERBS

#: Reporting verbs that give numbers rather than positions ("the data show").
_DATA_VERBS = frozenset(
    "estimate show find calculate indicate reveal record project forecast disclose".split()
)
#: Verbs by which an actor says or argues something.
SPEAKING_VERBS = (REPORTING_VERBS - _DATA_VERBS) | frozenset(
    "caution insist believe contend maintain stress emphasise emphasize acknowledge admit "
    "assert remark comment counter respond reply question doubt sum".split()
)
#: Speaking verbs that say something whatever follows them; the others ("add",
#: "note", "report") only with a clause, a quotation or an inverted subject.
PLAIN_SPEAKING_VERBS = frozenset(
    "say tell argue warn claim caution insist believe contend assert acknowledge admit "
    "stress emphasise emphasize reckon".split()
)
#: Verbs by which an actor frames or characterises something.
FRAMING_VERBS = frozenset(
    "characterise characterize describe frame portray depict treat see view regard call "
    "present position cast interpret dismiss challenge label brand".split()
)
#: Framing verbs that frame only with "as" ("treat X as", "see X as").
AS_FRAMING_VERBS = frozenset(
    "frame treat see view regard present position cast interpret dismiss".split()
)
#: What "challenged this framing" challenges.
FRAME_NOUNS = frozenset(
    "framing frame view reading notion idea narrative assumption claim premise argument "
    "thesis interpretation consensus story characterisation characterization".split()
)
#: Nouns naming a reading of events: "one reading, from X, is that ...".
READING_NOUNS = frozenset(
    "reading view interpretation take explanation argument thesis theory perspective "
    "assessment account".split()
)
#: Words of attribution rather than topic ("said", "evidence", "framing").
FRAME_WORDS = frozenset(
    "said says told wrote written saw seen according evidence data framing claims argument".split()
)

#: Verbs of belief: what an actor holds true ("believes", "thinks", "fears").
BELIEF_VERBS = frozenset(
    "believe think feel know expect fear doubt suspect assume consider worry hope "
    "understand realize realise reckon guess suppose trust figure imagine bet recognize "
    "recognise deem".split()
)
#: Verbs of intention: what an actor means to do ("wants", "plans", "vows").
INTENTION_VERBS = frozenset(
    "want plan intend seek aim vow pledge promise threaten decide refuse propose "
    "hope push wish decline prefer".split()
)
#: Verbs of a position taken: for or against something ("backs", "endorses", "warned").
POSITION_VERBS = frozenset(
    "back endorse support oppose favor favour reject defend criticize criticise condemn "
    "praise urge demand blame accuse denounce applaud welcome slam attack dispute "
    "deny agree disagree recommend advocate vote blast tout thank champion embrace decry "
    "lambaste mock target protest ridicule chide rebuke scold pan assail fault deplore "
    "lament regret appreciate resent rebut refute contradict castigate berate denigrate "
    "disparage deride belittle lampoon excoriate hail commend congratulate salute "
    "celebrate laud resist veto boycott rail".split()
) | frozenset(
    # Verbs of judging (VerbNet's judgement class): "insulted women", "credited him for".
    "insult credit rebuff renounce disavow repudiate disown "
    "chastise reprimand admonish censure impugn vilify demonize smear ridicule "
    "compliment commend honor honour forgive excuse absolve vindicate exonerate "
    # Directives: "ordered the city to release it", "pressed him to resign".
    "order instruct direct persuade encourage press implore beseech exhort petition".split()
)
#: Adjectives by which an actor means to act: "X is willing to ...", "eager to".
INTENTION_ADJECTIVES = frozenset(
    "willing unwilling eager determined reluctant ready keen loath intent".split()
)
#: Adjectives by which an actor takes a side: "X is critical of ...", "angry at".
POSITION_ADJECTIVES = frozenset(
    "critical supportive opposed proud angry furious disappointed pleased happy upset "
    "frustrated grateful wary dismissive appreciative outraged".split()
)
#: Verbs of reported speech beyond the reporting verbs of claims.
SPEECH_VERBS = frozenset(
    "say tell add note state claim announce write argue warn explain insist report "
    "suggest acknowledge admit ask reply respond confirm declare contend maintain stress "
    "emphasize emphasise mention complain joke concede boast charge allege tweet testify "
    "recall predict caution assert remark comment counter answer observe conclude "
    "describe call characterize characterise question challenge point find show reveal "
    "indicate chant write urge talk speak ask express reiterate repeat cite discuss "
    "mention highlight echo retweet recount interject shout proclaim speculate underscore "
    "inform plead apologize apologise hint muse quip scoff marvel retort posit opine assure "
    "affirm reaffirm brag outline detail recommend lament wonder quote".split()
)
#: Adjectives by which an actor holds a belief: "X is confident that ...".
BELIEF_ADJECTIVES = frozenset(
    "confident convinced sure certain skeptical sceptical worried concerned hopeful "
    "afraid optimistic pessimistic aware".split()
)
