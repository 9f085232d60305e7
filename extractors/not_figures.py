"""Numbers that look like figures and are not: when, ranks, scores, names, events.

The quantity tagger reads every number with its unit; these rules then drop
the ones news uses for something else, each read from the words around it:

- a stretch of time that says *when*, not how long: "in three days", "the
  three months to December", "within 10 years", "five days before", "three
  minutes left", "four-month highs" (a duration that is an amount keeps:
  "jailed for six months"); a time on the 24-hour clock ("between 2200 and 0700");
- a rank: "top 10 hit", "the top five spammers";
- a race or event named by its distance: "the 100m final", "a 10K race";
- a sports score: "won 6-3 4-6", "the score at 1-1";
- a name: "BBC Four", "24 Hour Party People", a capitalised number word
  inside a sentence; betting odds and times of day ("6/4", "0400 GMT");
- the unit of an exchange rate: "one euro worth $1.32".

Examples
--------
>>> text = "It took £7.2m in three days, a top 10 hit, after the 100m final."
>>> [not_a_figure(text, text.index(w), text.index(w) + len(w), k)
...  for w, k in (("three days", "duration"), ("10 hit", "count"), ("100m", "physical"))]
['when', 'rank', 'event']
>>> not_a_figure("He was jailed for six months.", 17, 27, "duration") is None
True
"""

from __future__ import annotations

import re

#: Before a duration: it says when ("in three days", "within a year", "the first six months").
_WHEN_BEFORE = re.compile(
    r"(?:\b(?:in|within|over|during|after|before|since|on|under|last|past|next|opening"
    r"|first|second|final|closing|coming|previous|preceding|following|each|once\s+every)\s+"
    r"(?:all\s+)?"
    r"(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+|around\s+|(?:a\s+)?little\s+)?)$",
    re.I,
)
#: After a duration or a count: it says when or how far off ("five days before", "to go").
_WHEN_AFTER = re.compile(
    # "three weeks and a day after": a smaller unit added to the stretch first
    r"^(?:\s+and\s+(?:a|an|one|a\s+half|\d+|two|three|four|five|six)"
    r"(?:\s+(?:day|week|month|year|hour|minute)s?)?)?"
    r"\s*(?:to\s+(?:the\s+end\b|[A-Z0-9])|(?:before|after|later|earlier|ago|prior|into"
    r"|previously|from\s+now|since|of\s+release|ahead\s+of)\b)",  # "weeks ahead of the vote"
)
#: After a count: how much is left of a contest ("two laps to go", "three minutes left").
#: (not "five million left homeless": a count of people, and what befell them)
LEFT_AFTER = re.compile(
    r"^\s*(?:of\s+(?:normal\s+|regular\s+|injury\s+|extra\s+)?time\s+)?"  # "of normal time left"
    r"(?:to\s+go|left(?!\s+(?:homeless|stranded|without|dead|injured|jobless|destitute"
    r"|unemployed|penniless|orphaned|hungry|behind)\b)|remaining)\b",
    re.I,
)
#: A move up or down a table just before "N places": a rank moved, not a count of posts.
_MOVED_BEFORE = re.compile(
    r"\b(?:slip|climb|rise|rose|risen|fall|fell|fallen|drop|move|jump|leap|gain|lose|lost|"
    r"up|down|tumble|plunge|soar|surge|sink|sank|shot|rocket)\w*\s+(?:by\s+)?$",
    re.I,
)
_RANK_BEFORE = re.compile(
    r"\b(?:top|bottom|number|no\.?|round|stage|phase|chapter|grade|tier|level|ranked|seeded"
    r"|section|clause|article|paragraph|amendment"
    # a label numbering a place: "precinct 78", "gate 12", "room 101", "page 3"
    r"|precinct|district|ward|room|gate|platform|exit|route|page|terminal)"
    r"\s+$",
    re.I,
)
#: Nouns that make a distance the name of a race or an event.
_EVENT_AFTER = re.compile(
    r"^\s*(?:(?:race|final|title|crown|ranking|relay|record|champion|event|heat|winner|runner"
    r"|medal|finalist|hurdler|course)s?|championships?"
    r"|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|sprint|dash|qualifying"
    r"|semi-finals?|quarter-finals?|gold|silver|bronze|specialist"
    r"|indoor|outdoor|world|olympic|european|,\s*\d+(?:k|km|m)\b)",
    re.I,
)
#: Before a distance: a list whose first item is an event ("at 3km, 5km and").
_EVENT_LIST = re.compile(
    r"\b(?:at|the)\s+\d+\s?(?:m|km|k)(?:,\s*\d+\s?(?:m|km|k))*(?:,|\s+and|\s+or)\s+$", re.I
)
_SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")
_SCORE_CONTEXT = re.compile(
    r"\b(?:score|scored|win|won|beat|beating|lead|led|draw|drew|victory|defeat|lost|set|sets"
    r"|serving|at|match|tie-break|defeated|beaten|thrashed|drawing|losing|winning|trailing"
    r"|odds)\b[^.]{0,30}$",
    re.I,
)
_NUMBER_WORD = re.compile(
    r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty)\b"
)
#: Where a sentence, a line or a quotation opens, just before a word (searched backwards).
# (also a full stop glued to the next sentence, as feed summaries run them: "last year.Five")
SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"”’]?\s+|(?<=[a-z0-9])\.|\n\s*|[\"“‘(]\s*)$")
_RATE_BASE = re.compile(
    r"^\s*(?:is\s+|was\s+)?(?:worth|buys?|buying|bought|equals?|=|against)\b", re.I
)
#: A score told with its result: "a 1-1 draw", "the 2-2 stalemate", "a 3-0 win".
_SCORE_RESULT = re.compile(
    r"^\d{1,2}-\d{1,2}\s+(?:draw|win|victory|defeat|loss|stalemate|lead|thrashing|scoreline"
    r"|success|triumph|reverse|home\s+win|away\s+win)$",
    re.I,
)
#: Digits before a proper name that is no plural noun: a seeding, a rank or a title
#: ("1 Roger Federer", "2003 Australian Open"); "four All Blacks", "24 Oscar categories",
#: "three Grammy Awards" count (a plural, or a lower-case plural noun, ends them).
_DIGITS_BEFORE_NAME = re.compile(
    r"^\d+\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*[^\Ws]$"
    # "its 787 Dreamliner plane": more than one takes a plural, so a singular noun after a
    # name makes the number part of the name (a model), not a count; not "10 A320 aircraft"
    # (the model is named already) nor a noun whose plural is its singular
    r"|^(?!1\s)\d+\s+(?:[A-Z][a-zA-Z'’.-]*\s+){1,3}"
    r"(?!(?:aircraft|people|staff|police|personnel|sheep|fish|cattle|deer|series|species)$)"
    r"[a-z]+[^\Ws]$"
)
#: A year before a singular noun: "the 1982 film" ("2000 people" is a count: plural).
_YEAR_BEFORE_NOUN = re.compile(
    r"^(?:1[89]\d\d|20\d\d)\s+(?!(?:people|men|women|children|staff|police)$)[a-z-]*[a-rt-z]$"
)
#: After a place: "in the world" (rankings), not a count of the world's things
#: ("only 200 in the world are left").
_WORLD_RANK = re.compile(r"^\s+in\s+the\s+world\b(?!\s+(?:are|were|is|was|have|had)\b)")
#: A league table's total, which the guidelines make no figure: "five points from three
#: matches" (both numbers).
_GAMES_AFTER = re.compile(r"^\s+from\s+(?:\d+|[a-z]+)\s+(?:games|matches)\b", re.I)


def _league_total(span: str, before: str, after: str) -> bool:
    if re.search(r"\spoints$", span):
        return bool(_GAMES_AFTER.match(after))
    return bool(
        re.search(r"\s(?:games|matches)$", span) and re.search(r"\bpoints\s+from\s+$", before)
    )


#: "at one point", "at one stage": a moment in a story, not one of something.
_AT_ONE_MOMENT = re.compile(r"^one\s+(?:point|stage|moment|juncture)$", re.I)
#: "ran alongside me one day", "one chilly night this July": "one" picks a moment, as "at
#: one point" does; not "for one day", "in one night", "one day later", "one day's pay".
_ONE_MOMENT = re.compile(r"^one\s+(?:[a-z]+\s+)?(?:day|night|morning|afternoon|evening)$", re.I)
_SPAN_BEFORE = re.compile(
    r"\b(?:for|in|within|than|only|just|about|over|of|every|per|after|a|the|least|by"
    r"|last\w*|took|takes?|taking|spen[dt]\w*|stay\w*|wait\w*)\s+$",
    re.I,
)
_SPAN_AFTER = re.compile(r"^(?:\s+(?:later|earlier|after|before|ago|long|of|to|or|and)\b|['’-])")
#: After a number, a time of day: "9 p.m.", "7 A.M.", "10 o'clock" (never a figure).
_CLOCK_AFTER = re.compile(r"^\s*(?:[ap]\.\s?m\.|[ap]m\b|o['’]clock\b)", re.I)
_CURRENCY_WORD = re.compile(r"^(?:one|1)\s+(?:euro|dollar|pound|yen|yuan|franc|rupee)s?$", re.I)


#: After a duration: the record it dates ("four-month highs", "a 10-year low").
_RECORD_AFTER = re.compile(r"^\s+(?:highs?|lows?|peaks?)\b", re.I)
#: A time on the 24-hour clock: "0700"; "2200" when paired with one ("between 2200 and 0700").
_HOURS = re.compile(r"^0\d[0-5]\d$")
_HOURS_PAIRED = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_PAIRED_AFTER = re.compile(r"^\s*(?:and|to|-|–)\s*0\d[0-5]\d\b")


#: A number hyphened to a noun that with it names a kind of thing, not a count of the
#: noun: "a two-party system" (not "a three-party contest"), "a five-way race", "a
#: four-letter word", "a two-horse race", "a five-alarm fire", "his one-man show", "a
#: one-man team" (not "a 20-man team"), "a two-goal lead" (a margin in a match).
_KIND_COMPOUND = re.compile(
    r"^(?:(?P<one>one)|(?P<two>two)|three|four|five|six|seven|eight|nine|ten|\d{1,2})[-\s]"
    # "a six-figure sum", "a two-front war": an order of size or a kind, no count
    r"(?P<noun>(?:way|horse|letter|alarm|star|figure|front)\b|(?(two)party\b|(?!))"
    r"|person(?=\s+(?:race|contest|field|battle|fight)\b)"  # "a two-person race"
    r"|(?(one)(?:(?<=-)(?:man|woman|person)(?=\s+[a-z]+\b)"
    r"|(?:man|woman)(?=\s+(?:show|band|operation|job)\b))|(?!))"
    r"|(?:goal|run|stroke|shot|try|game)(?=\s+(?:lead|margin|advantage|cushion)\b))",
    re.I,
)


#: "must not stop for one minute", "never doubted it for one second": an idiom of "at all".
_NOT_FOR_ONE = re.compile(r"(?:one|a\s+single)\s+(?:minute|second|moment|instant)$", re.I)
_NEGATED_FOR = re.compile(r"(?:\bnot|\bnever|n['’]t)\b[^.;!?]{0,30}\bfor\s+$", re.I)


#: A count of scoring plays within a match, which the guidelines make no figure (as goals
#: within a match are): "denied two tries", "missed three penalties", "three shots at goal",
#: "two sets down", "dominated the first two sets"; a season's or a career's totals stay.
_PLAYS = re.compile(r"\s(?:tries|try|penalt(?:y|ies)|conversions?|drop[- ]goals?)$", re.I)
#: Bookings within a match, and points kicked: no figures, as goals within a match are.
_BOOKINGS = re.compile(r"\s(?:cautions|bookings|yellow\s+cards|red\s+cards)$", re.I)
_KICKED_BEFORE = re.compile(r"\bkick(?:ed|s|ing)\s+$", re.I)
_SHOTS_AT_GOAL = re.compile(r"^\s+(?:at|on)\s+(?:goal|target)\b", re.I)
_SETS = re.compile(r"\ssets?$", re.I)
_SETS_IN_PLAY = re.compile(r"^\s+(?:down|up)\b|^\s+to\s+love\b", re.I)
_SETS_BEFORE = re.compile(r"\b(?:first|opening|last|final|taken\s+to)\s+$", re.I)
#: Words around a count of plays that place it in a match.
_MATCH_WORDS = re.compile(
    r"\b(?:kick\w*|missed|slotted|scored|converted|conceded|denied|awarded|match|half|game"
    r"|fly-half|goal|spot|defeat|win|won|lost|draw|try|tries|referee|half-time)\b",
    re.I,
)


def _match_play(span: str, before: str, after: str, sentence: str) -> bool:
    if _PLAYS.search(span):
        return bool(_MATCH_WORDS.search(sentence))
    if _BOOKINGS.search(span) or (_KICKED_BEFORE.search(before) and span.endswith("points")):
        return True  # "sent off for two cautions", "O'Gara, who kicked 13 points"
    if re.search(r"\sshots$", span):
        return bool(_SHOTS_AT_GOAL.match(after))
    return bool(_SETS.search(span) and (_SETS_IN_PLAY.match(after) or _SETS_BEFORE.search(before)))


#: After a part of a side's own run of contests: "lost nine of their 14 matches" is a
#: sporting record, a result like a score.
_OF_ITS_CONTESTS = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:matches|games|tests|fixtures|outings|meetings|ties)\b", re.I
)


def not_a_part(text: str, start: int, end: int) -> str | None:
    """Why the part at ``text[start:end]`` is no figure, or None: a side's record."""
    owned = re.search(r"\bof\s+(?:their|his|her|its)\s", text[start:end], re.I)
    if owned and _OF_ITS_CONTESTS.match(text, end):
        return "result"  # "winning only three of their next 10 games"
    return None


def not_a_figure(text: str, start: int, end: int, kind: str) -> str | None:
    """Why the number at ``text[start:end]`` is no figure ("when", "rank", ...), or None."""
    span = text[start:end]
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if kind in ("duration", "count") and _says_when(span, before, after, kind):
        return "when"
    if kind == "duration" and _FRONTED_FOR.search(before) and after.startswith(","):
        return "when"  # "For almost 60 years, the Census denied ...": the clause's time
    if (
        kind == "duration"
        and _FIRST_BEFORE.search(text, max(0, start - 80), start)
        and not re.match(r"\s+of\b", after)  # (not "the first payment for 20 years of service")
    ):
        return "when"  # "their first away win in the Six Nations for nearly four years"
    if kind == "duration" and "-" in span and _RECORD_AFTER.match(after):
        return "when"  # "fresh four-month highs": how long since, no amount
    if kind == "number" and (
        _HOURS.match(span) or (_HOURS_PAIRED.match(span) and _PAIRED_AFTER.match(after))
    ):
        return "time of day"  # "a curfew between 2200 and 0700"
    if kind == "count" and _AT_ONE_MOMENT.match(span) and re.search(r"\bat\s+$", before, re.I):
        return "when"  # "at one point on Sunday", "at one stage": a moment, no count
    if _ONE_MOMENT.match(span) and not (_SPAN_BEFORE.search(before) or _SPAN_AFTER.match(after)):
        return "when"  # "ran alongside me one day": a moment, no stretch of time
    if _NOT_FOR_ONE.match(span) and _NEGATED_FOR.search(before):
        return "idiom"  # "must not stop for one minute": not at all, no duration
    if re.match(r"^[\w.,-]+[”\"]\s", span):
        return "name"  # "the “big four” negotiators": a nickname in quotes, the noun outside
    if re.search(r"-calib(?:er|re)$", span, re.I):
        return "name"  # "the .45-caliber weapon": a kind of gun
    kind_of = _KIND_COMPOUND.match(span + after)
    if kind_of and kind_of.end("noun") == len(span):
        return "idiom"  # "a two-party system", "a five-way race"
    if re.match(r"^one-two\b", span, re.I):
        return "idiom"  # "a one-two punch", "a one-two finish": a blow or the top places
    if re.fullmatch(r"one\s+another", span, re.I) or (
        span.lower() == "one" and re.match(r"\s+another\b", after, re.I)
    ):
        return "idiom"  # "politeness with one another": each other, no count
    if kind == "number" and _WORLD_RANK.match(after) and re.search(r"\b(?:to|at)\s+$", before):
        return "rank"  # "has slipped to 64 in the world": a place in a ranking
    if kind == "count" and _league_total(span, before, after):
        return "league total"  # "tied on five points from three matches"
    around = text[max(0, start - 100) : end + 100] if kind == "count" else ""
    if kind == "count" and _match_play(span, before, after, around):
        return "match play"  # "were denied two tries", "came back from two sets down"
    if _RANK_BEFORE.search(before) and kind in ("count", "number", "physical"):
        return "rank"
    distance = kind == "physical" and re.search(r"\d\s?(?:m|km|k|K|metres?)$", span)
    # "the 100m", "champion at 1500m": a race; not "stands at 182 metres", a height
    race = re.search(r"\bthe\s+$", before, re.I) or (
        re.search(r"\bat\s+$", before, re.I) and re.search(r"\d(?:m|km|k|K)$", span)
    )
    if distance and (_EVENT_AFTER.match(after) or race):
        return "event"
    hyphened = kind == "physical" and re.search(r"-(?:metre|meter|kilometre|kilometer|mile)$", span)
    glued_k = re.match(r"^\d+[kK]\b", span) if kind in ("count", "number") else None
    rest = span[glued_k.end() :] + after if glued_k else after
    if (hyphened or glued_k) and _EVENT_AFTER.match(rest):
        return "event"  # "the six-kilometre race", "a 10K race"
    if distance and _EVENT_LIST.search(before):
        return "event"  # "record holder at 3km, 5km and 10km"
    places = kind == "count" and re.search(r"\w\s+(?:places|spots|positions|rungs)$", span)
    if places and _MOVED_BEFORE.search(before):
        return "rank"  # "slipped four places to number eight"; not "5,125 positions go"
    if _SCORE.match(span) and (
        _SCORE_CONTEXT.search(before) or re.match(r"^\s+\(?\d{1,2}-\d{1,2}\b", after)
    ):
        return "score"  # "6-7 (2-7) 7-6", "the score at 1-1"
    if re.search(r"\d{1,2}-\d{1,2}\s+\(?$", before) and _SCORE.match(span):
        return "score"
    if _SCORE.match(span) and re.match(r"^\s+(?:down|up)\b", after):
        return "score"  # "from 0-2 down"
    if _NUMBER_WORD.match(span) and not SENTENCE_START.search(text[max(0, start - 4) : start]):
        return "name"  # "BBC Four viewers", "the Jackson Five"
    if re.match(r"^\d+\s+[A-Z][a-z]+", span) and kind in ("duration", "physical"):
        return "name"  # "24 Hour Party People"
    tail = span[re.match(r"^\S*", span).end() :] + after  # type: ignore[union-attr]
    if re.match(r"^/\d", tail) or re.match(r"^\s*(?:GMT|BST|UTC|EST|EDT|CET)\b", tail):
        return "odds or time"  # "6/4 favourite", "by 0400 GMT"
    if _CLOCK_AFTER.match(tail):
        return "odds or time"  # "at 9 p.m.": the "p" is no pence
    if re.match(r"^x\d", tail):
        return "name"  # "the 4x100m relay"
    if re.match(r"^\s*calib(?:re|er)\b", tail, re.I):
        return "name"  # ".22 calibre rifle"
    if _CURRENCY_WORD.match(span) and _RATE_BASE.match(after):
        return "rate base"
    if _SCORE_RESULT.match(span):
        return "score"  # "a 1-1 draw", "their 3-0 win"
    if kind == "count" and _DIGITS_BEFORE_NAME.match(span):
        return "name"  # "1 Roger Federer (Switzerland)", "the 2011 Rugby World Cup"
    if re.search(r"\bper\s+$", before) and kind in ("count", "number", "physical"):
        return "rate base"  # "broadband users per 100 people": the base of a rate
    if kind == "count" and _YEAR_BEFORE_NOUN.match(span):
        return "year"  # "the classic 1982 film", "the 2004 election"
    if kind == "number" and _TITLED_BEFORE.search(before):
        return "name"  # "the US drama 24": a title
    if kind in ("number", "count") and _GENERATION_AFTER.match(tail):
        return "name"  # "Sharp's 902 3G mobile phone": a model
    if re.match(r"\d{3,}\.\d+[a-jlnoq-su-z]\b", span):  # (not "874.2m", "113.5p", "8.21t")
        return "name"  # "a 802.11b wireless network": a standard, no 802 billion
    return None


#: Before a bare number: a work or group it is the title of ("the US drama 24").
_TITLED_BEFORE = re.compile(
    r"\b(?:drama|series|sitcom|show|film|movie|album|single|song|programme|band|novel)\s+$"
)
#: After a number: a network generation ("902 3G"), so the number names a model.
_GENERATION_AFTER = re.compile(r"^\s+[2-6]G\b")


#: Before a duration: "for" makes it how long ("out for four to six weeks after a knock").
_FOR_BEFORE = re.compile(
    r"\bfor\s+(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+|around\s+|up\s+to\s+)?$",
    re.I,
)
#: A sentence opened by "For" and a duration set off by a comma: the time of its clause.
_FRONTED_FOR = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"“]?For\s+$")
#: Before "for" and a duration: a first of a kind, for which the duration is how long since.
_FIRST_BEFORE = re.compile(
    r"\bfirst\s+(?:[\w-]+\s+){1,7}for\s+$",
    re.I,
)
#: After a duration: "of" and a bare noun make it the length of an activity ("after six
#: months of talks", "two years of negotiations"), an amount.
_ACTIVITY_AFTER = re.compile(r"^\s+of\s+(?!the\b|a\b|an\b|this\b|that\b|its\b)[a-z]", re.I)
#: "in 7.27 seconds", "in about 30 seconds": a time taken, not when (a race, a ride).
_SECONDS = re.compile(r"\b(?:seconds?|secs?)$", re.I)


#: Before a duration: a verb whose object is time gone by ("took another 10 years before",
#: "has missed the last three weeks", "spent the next two days"): how long, an amount.
ELAPSED_BEFORE = re.compile(
    r"\b(?:take|takes|took|taken|taking|spend|spends|spent|spending|lasted|lasts|lasting"
    r"|wait|waits|waited|waiting|miss|misses|missed|missing|serve|serves|served|serving)\s+"
    r"(?:another\s+|a\s+further\s+|an\s+extra\s+|the\s+(?:last|past|next|first|final"
    r"|previous|following)\s+)?$",
    re.I,
)


#: Before "in N hours": a task done in that time, which is how long it took.
_DONE_IN = re.compile(
    r"\b(?:done|completed|finished|built|achieved|covered|climbed|sold\s+out)\s+in\s+"
    r"(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|under\s+|less\s+than\s+)?$",
    re.I,
)
#: Before "N years since": a copula that makes the stretch what is told ("it was 30 years
#: since the act"), not when ("in the 20 years since").
_ELAPSED_SINCE = re.compile(
    r"\b(?:is|was|been|it['’]s)\s+(?:now\s+)?"
    r"(?:nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+)?$",
    re.I,
)


#: Before a duration, a preposition of time and a determiner: "during her four years in
#: the job", "in the 20 years since", "over a period of four years" say when.
_WHEN_SPAN_BEFORE = re.compile(
    r"\b(?:in|within|over|during|throughout)\s+(?:(?:the|his|her|their|its|our|my|your)\s+"
    r"|(?:a|the)\s+(?:period|span|course|space)\s+of\s+)"
    r"(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+|around\s+)?$",
    re.I,
)
#: "during a 40-minute period": a hyphened duration naming a stretch of time after a
#: preposition of time says when ("over a 20-year career" keeps: a career is no period).
_PERIOD_BEFORE = re.compile(
    r"\b(?:in|within|over|during|throughout)\s+(?:a|an|the|that|this|one)\s+$", re.I
)
_PERIOD_AFTER = re.compile(r"^\s+(?:period|span|stretch|spell|window|timeframe)\b", re.I)
#: Several of a singular unit: the unit modifies a noun ("his 49 minute speech").
_UNIT_AS_MODIFIER = re.compile(
    r"^(?!(?:one|1|a|an)\b).*\b(?:second|minute|hour|day|week|month|year|decade)$", re.I
)
#: "in the first 12 primaries of 2016": a count that picks a slice of a dated series says
#: when ("their opening three defeats", with no year, stays a count).
_SLICE_BEFORE = re.compile(r"\b(?:in|during|over)\s+the\s+(?:first|last|final|opening)\s+$", re.I)
_OF_YEAR_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?(?:19|20)\d\d\b")


#: A figure earlier in the clause (a sum, a share, a count of a plural noun; not the "3" of
#: "Doom 3"): "over 10 years" after it is the stretch the figure is over.
_FIGURE_IN_CLAUSE = re.compile(
    r"(?:[$£€]\s?\d|\d\s?(?:%|percent\b|million\b|billion\b|trillion\b|bn\b)"
    r"|\d[\d,]*\s+[A-Za-z]{3,}s\b|\b\d{1,3}(?:,\d{3})+\b)[^.;:!?\n]*$",
    re.I,
)
#: Before "over N years", words that make it how long something lasts ("for over ten
#: years", "took over two years"), an amount.
_LASTING_BEFORE = re.compile(
    r"\b(?:for|of|than|in|to|from|after|within|by|was|is|be|been|were|are|last|lasts|lasted"
    r"|took|take|takes|spent|spend|spends|spanned|spanning)\s+$",
    re.I,
)


def _says_when(span: str, before: str, after: str, kind: str) -> bool:
    if kind == "duration" and _PERIOD_BEFORE.search(before) and _PERIOD_AFTER.match(after):
        return True
    if (
        kind == "duration"
        and re.search(r"\bthe\s+$", before)
        and re.match(r"^\s+to\s+[A-Z]", after)
    ):
        return True  # "in the three-months to January": a stretch of the calendar
    if "-" in span and "-and-a-half" not in span and not span.lower().endswith("-century"):
        return False  # "a four-year contract" is an amount; "a half-century ago" is when
    if _UNIT_AS_MODIFIER.search(span):
        return False  # "during his 49 minute speech": the length of a thing, an amount
    if kind == "count" and _SLICE_BEFORE.search(before) and _OF_YEAR_AFTER.match(after):
        return True
    if kind == "count" and re.search(r"\ssessions$", span) and _WHEN_BEFORE.search(before):
        return True  # "gained 1% in the past three sessions": trading days, when
    if kind == "duration" and ELAPSED_BEFORE.search(before):
        return False
    if LEFT_AFTER.match(after):
        return True
    if kind != "duration":
        return False
    if re.match(r"\s+away\b", after):  # "the caucuses are two months away": how soon;
        return bool(re.search(r"(?:day|week|month|year|decade)s?$", span, re.I))  # not
        # "a mere 30 minutes away on his jet", a distance
    if _FOR_BEFORE.search(before) and not re.match(r"^\s*to\s", after):
        return False  # "jailed for six months"; not "for the three months to December"
    if re.search(r"\bwithin\s+$", before):
        return True  # "within two years of release": how soon after an event
    if _ACTIVITY_AFTER.match(after) or _SECONDS.search(span) or ":" in span:
        return False  # "in about 30 seconds", "won in 8:14.28": a time taken
    if _DONE_IN.search(before):
        return False  # "gets it done in about 12 hours": how long it takes
    if _ELAPSED_SINCE.search(before) and re.match(r"^\s+since\b", after):
        return False  # "it was 30 years since the act": how long, an amount
    if re.match(r"over\s", span, re.I) and (
        _FIGURE_IN_CLAUSE.search(before) or re.search(r"\b[a-z]{2,}ed\s+$", before)
    ):  # "cost $374 billion over 10 years", "3,000 died over 30 years"
        return not _LASTING_BEFORE.search(before)
    return bool(
        _WHEN_BEFORE.search(before) or _WHEN_SPAN_BEFORE.search(before) or _WHEN_AFTER.match(after)
    )


#: After a capitalised number word, what makes it a count, not a title: an acronym's
#: plural ("Ninety one MPs") or a lower-case plural noun after capitalised words
#: ("Seven London-based companies", "Two New Zealand women"); "Three Tiers of Service"
#: stays a title.
_COUNTED_AFTER_CAPITALS = re.compile(
    r"\s+(?:[A-Z]{2,}s\b|(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:[a-z][a-z-]*[a-rt-z]s|(?:wo)?men|people|children|police)\b)"
)


def titles_a_name(after: str) -> bool:
    """Whether the words after a capitalised number word ("Three ...") make it part of a
    title ("Three Tiers of Service"), not a count at a sentence's opening.

    >>> titles_a_name(" Tiers of Service"), titles_a_name(" London-based companies")
    (True, False)
    """
    return bool(re.match(r"\s+[A-Z]", after)) and not _COUNTED_AFTER_CAPITALS.match(after)
