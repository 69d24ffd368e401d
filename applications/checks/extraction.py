"""Finding the job title, band, employer, closing date and criteria in an advert."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Mapping

import regex
from rapidfuzz import fuzz

from .models import NOT_STATED, Block, Document, Vacancy
from .reading import ENDS_OPEN, LEADING_SYMBOLS, plain_markdown
from .text import normalise, sentences, strip_bullet

_FLAGS = regex.IGNORECASE | regex.VERSION1

# "Essential", "E", "Essential criteria", "Essential skills and experience", "Desirable (nice to have)".
_LEVEL_HEADING_WORDS = (
    r"(?:\s*(?:criteria|requirements?|qualifications?|skills?|experience|knowledge|abilities|attributes|"
    r"qualities|training|education|and|&|/|,|for|to|the|this|role|job|post|\([^)]{0,30}\)))*\s*:?\s*$"
)


# A heading of its own words with the level in brackets: "What you need (essential)".
# A category with its level after a dash or colon: "Qualifications – essential", "Skills and abilities: desirable".
_CATEGORY_WORD = (
    r"(?:qualifications?|education|training|experience|skills?|abilities|knowledge|understanding|personal\s+"
    r"(?:qualities|attributes)|attributes|values|behaviours|communication|other(?:\s+requirements)?|circumstances)"
)
_CATEGORY_WORDS = rf"{_CATEGORY_WORD}(?:\s*(?:and|&|/|,)\s*{_CATEGORY_WORD})*"


def _level_heading(level: str, letter: str) -> regex.Pattern[str]:
    own_words = rf"^[^()\n]{{3,50}}\(\s*{level}\s*\)\s*:?\s*$"
    category = rf"^{_CATEGORY_WORDS}\s*[–—:-]\s*{level}(?:\s+criteria)?\s*:?\s*$"
    return regex.compile(rf"^(?:{level}|{letter})\b{_LEVEL_HEADING_WORDS}|{own_words}|{category}", _FLAGS)


_ESSENTIAL = _level_heading("essential", "e")
_DESIRABLE = regex.compile(
    rf"{_level_heading('desirable', 'd').pattern}|^(?:(?:useful|helpful|good\s+to\s+have),?\s+but\s+not\s+essential|"
    rf"not\s+essential\s+but\s+(?:useful|helpful)){_LEVEL_HEADING_WORDS}",
    _FLAGS,
)
_INLINE_LEVEL = regex.compile(r"^(essential|desirable)\s*(?:criteria)?\s*[:\-–]\s*(\S.*)$", _FLAGS)
_SPEC_START = regex.compile(
    r"^(?:person(?:al)?\s+specification|person\s+spec|selection\s+criteria|criteria|"
    r"what\s+we\s+are\s+looking\s+for|about\s+you|the\s+ideal\s+candidate)\b",
    _FLAGS,
)
_CATEGORY = regex.compile(
    r"^(?:qualifications?(?:\s+and\s+training)?|education(?:\s+and\s+qualifications)?|training|experience|"
    r"skills?(?:\s+and\s+(?:abilities|knowledge))?|knowledge(?:\s+and\s+(?:skills|understanding))?|abilities|"
    r"personal\s+(?:qualities|attributes)|values|other(?:\s+requirements)?|additional\s+requirements|"
    r"communication\s+skills|attributes|criteria|requirements|how\s+assessed|assessed\s+by|method\s+of\s+assessment|"
    r"(?:physical|special|job[\s-]+related|work[\s-]+related|other)\s+(?:requirements|circumstances|skills|factors)|"
    r"physical(?:\s+effort)?|circumstances|aptitudes?|behaviours?|personal\s+skills|specific\s+skills|"
    r"personal(?:\s+circumstances)?|disposition|interests|general|communication|equality|diversity|"
    r"(?:it|digital|computer)(?:\s+skills)?|"
    r"(?:trust\s+|nhs\s+)?values(?:\s+and\s+behaviours)?|"
    r"(?:skills|knowledge|experience|qualifications|training|values|behaviours)(?:\s*(?:,|and|&|/)\s*"
    r"(?:skills|knowledge|experience|qualifications|training|abilities|understanding|values|behaviours|"
    r"education|attributes))+)"
    r"\s*:?\s*$",
    _FLAGS,
)
_SECTION_END = regex.compile(
    r"^(?:job\s+(?:summary|purpose|description|overview|responsibilities)|main\s+duties|key\s+(?:duties|"
    r"responsibilities)|duties|responsibilities|about\s+(?:us|the\s+(?:trust|team|role|service))|benefits|"
    r"what\s+we\s+offer|how\s+to\s+apply|further\s+(?:information|details)|additional\s+information|"
    r"contact(?:\s+details)?|employer\s+(?:details|certification|name)|documents?\s+to\s+download|"
    r"terms\s+and\s+conditions|disclosure|uk\s+registration|applicant\s+requirements|working\s+for\s+(?:our|us)|"
    r"why\s+(?:work|join)|our\s+(?:benefits|offer|rewards)|what(?:'|’)?s\s+in\s+it\s+for\s+you|what\s+you(?:'|’)ll\s+get|"
    r"rewards?\s+and\s+benefits|staff\s+benefits|what\s+you\s+get\b|key\s+(?:facts|information|details)\s*$|"
    r"(?:important|key)\s+dates\s*$|"
    r"at\s+a\s+glance|(?:job|post|vacancy)\s+details\s*$|salary|pay(?:,?\s+(?:and\s+)?(?:hours|conditions|benefits))*\s*$|"
    r"hours(?:\s+and\s+pay)?\s*$|interviews?\b(?![^\n]*\d)|what\s+happens\s+next|eligibility\b|"
    r"(?:the\s+)?small\s+print|good\s+to\s+know|working\s+arrangements|training,?\s+checks\s+and\s+benefits|"
    r"(?:what\s+)?we(?:'|’)ll\s+give\s+you|(?:what\s+)?we\s+will\s+give\s+you|don(?:'|’)?t\s+worry\s+if|"
    # training the job gives: "You'll achieve this with us in your first year", "We will teach you", "You don't need"
    r"you(?:'|’)ll\s+(?:achieve|learn|gain)\s+(?:this|these)\b|we(?:'|’)ll\s+teach\s+you|we\s+will\s+teach\s+you|"
    r"you\s+don(?:'|’)?t\s+need\s*:?$|"
    r"do\s+not\s+worry\s+if|"
    # a government apprenticeship listing's sections after its requirements
    r"things\s+to\s+consider|about\s+this\s+employer|after\s+this\s+apprenticeship|ask\s+a\s+question)",
    _FLAGS,
)
_DUTIES = regex.compile(
    r"^(?:main\s+duties|key\s+(?:duties|responsibilities)|duties|responsibilities|job\s+responsibilities|"
    r"what\s+the\s+(?:job|role|post)\s+involves|"
    r"what\s+you\s+will\s+do|the\s+role|benefits|what\s+we\s+offer|about\s+the\s+role|working\s+for\s+us|"
    r"why\s+(?:work|join)|our\s+(?:benefits|offer|rewards)|what(?:'|’)?s\s+in\s+it\s+for\s+you|what\s+you(?:'|’)ll\s+get|"
    r"rewards?\s+and\s+benefits|staff\s+benefits|your\s+(?:role|duties|responsibilities)|a\s+typical\s+day|"
    r"(?:your\s+)?day[\s-]+to[\s-]+day|what\s+you(?:'|’)ll\s+do|what\s+you\s+do|job\s+summary|job\s+purpose|"
    r"role\s+summary|purpose\s+of\s+the\s+(?:role|post|job)|what\s+do\s+you\s+offer|(?:what\s+)?we(?:'|’)ll\s+give\s+you|"
    r"(?:what\s+)?we\s+will\s+give\s+you)",
    _FLAGS,
)
# Lines that are never criteria wherever they are printed: eligibility checks the employer makes, lines
# saying nothing is needed, benefits, and the job's duties (what the post holder does, not who they are).
_ELIGIBILITY = regex.compile(
    r"right\s+to\s+(?:work|live|remain)|(?:allowed|permitted|permission)\s+to\s+work\s+in\s+the\s+UK|eligib\w*\s+(?:to\s+(?:work|live|be\s+employed)|for\s+employment)|"
    r"eligib\w*.{0,40}\b(?:UK|United\s+Kingdom|Britain)\b|\bvisas?\b|work\s+permit|"
    # a visa's sponsor, not a research study's ("meet sponsor deadlines")
    r"sponsor(?:ship|ed)\b|\b(?:visa|work|skilled\s+worker)\s+sponsor|"
    r"(?:not|unable\s+to|cannot|can(?:'|’)t)\s+(?:[\w-]+\s+){0,2}?sponsor\b|"
    # (not others' status: "... can register with a GP, whatever their immigration status")
    r"immigration(?!\s+status)|(?:your|valid|current|an?\s+appropriate)\s+immigration\s+status|settled\s+status|disclosure\s+and\s+barring|counter[\s-]terroris[mt]\w*\s+check|security\s+clearance|"
    r"\bclearance\s+before\s+(?:starting|you\s+start)\b|\bDBS\b|criminal\s+record|"
    r"(?:enhanced|satisfactory|basic|standard)\s+(?!(?:safety|equipment|vehicle|stock|quality|fire)\b)(?:\w+\s+)?"
    r"(?:disclosure|checks?|references?)|"  # not "basic safety checks on tyres and brakes"
    r"pre-?employment\s+checks?|proof\s+of\s+(?:identity|address|eligibility)|"
    r"^(?:up[\s-]to[\s-]date\s+)?(?:immuni[sz]ations?|vaccinations?)\b|\baged?\s+1[68]\s+or\s+(?:over|above)|"
    r"\bover\s+(?:the\s+age\s+of\s+)?1[68]\b|occupational\s+health|closing\s+date|apply\s+early|"
    # the application itself, and a welcome to a group of people: "We must receive your application by ...", "We
    # would welcome applications from people living with HIV" (not "applicants who hold a qualification")
    r"\breceive\s+your\s+application\b|\bwelcome\s+applications\s+from\b|"
    # an invitation or what the employer gives: "you are welcome to talk to us about ...", "We see regular
    # supervision as an essential part of this work"
    r"\byou\s+are\s+(?:very\s+)?welcome\s+to\b|\bwe\s+see\s+(?:\w+\s+){1,3}as\s+an?\s+(?:essential|important|vital|key)\s+part\b|"
    # a post open to one sex only, by law: "Female applicants only: ... an occupational requirement under Schedule 9"
    r"\boccupational\s+requirement\b|\b(?:female|male|women|men)\s+(?:applicants|candidates)\s+only\b|"
    r"we\s+reserve\s+the\s+right|^interviews?\s+(?:will|are|is)\b|"
    # how to apply: "We shortlist on your supporting statement", "Apply online (you will be taken to Trac)"
    r"\bwe\s+shortlist\b|\bplease\s+show\s+(?:us\s+)?how\s+you\s+meet\b|\bnot\s+used\s+for\s+shortlisting\b|^apply\s+(?:online|now|here|via|through|on)\b|"
    # how the panel shortlists: "To be shortlisted you must meet criteria 1 and 12 ...", "these help us choose
    # between applicants who meet everything above"
    r"^to\s+be\s+shortlisted\b|\bhelp\s+us\s+(?:to\s+)?(?:choose|decide)\s+between\b|"
    # an apprenticeship's funding rules: "applicants must not already hold a qualification at the same level"
    r"\bfunding\s+rules\b|\bmust\s+not\s+already\s+(?:hold|have)\b|"
    # an invitation, and an age limit: "We would like you to join us at Band 4", "You must be 18 or over"
    r"\bjoin\s+us\s+(?:at|as|on|in)\b|\bbe\s+1[68]\s+or\s+(?:over|older|above)\b",
    _FLAGS,
)
_NOTHING_NEEDED = regex.compile(
    r"\bno\s+(?:[\w'’-]+\s+){0,5}?(?:experience|qualifications?|knowledge|background)\s+(?:(?:of|in|with)\s+(?:[\w-]+\s+){1,8}?)?"
    r"(?:is\s+|are\s+)?(?:needed|required|necessary|essential|asked\s+for|expected)|"
    r"(?:do\s+not|don't|don’t|dont|won't|won’t|will\s+not)\s+need\s+(?:any\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:experience|qualifications?|car|vehicle|licen[cs]e|degree|background|training)\b|"
    r"\bwe\s+(?:do\s+not|don't|don’t)\s+expect\b|^(?:paid|funded|free)\s+(?:[\w-]+\s+){0,4}?training\b|"
    r"\bprovided\s+(?:in|on)\s+(?:post|the\s+job|appointment)\b|"
    # "you will be supported to complete a Level 3 Certificate ..., paid for by the federation"
    r"\bpaid\s+for\s+by\s+(?:the|our)\s+(?:federation|trust|practice|employer|service|team|hospital|network)\b|"
    r"\byou\s+will\s+be\s+supported\s+to\s+(?:complete|achieve|gain|get|do)\b|"
    # the employer's own induction: "Completion of the Trust's prison healthcare induction, including key training"
    r"\b(?:trust|service|organisation|practice|team)(?:'|’)s\s+(?:[\w-]+\s+){0,4}induction\b|"
    r"(?<!willing\s+)(?<!willing\s+to\s+)\b(?:to\s+be\s+)?(?:completed|achieved|gained|done)\s+(?:once\s+)?in\s+post\b|\bin\s+(?:week\s+one|your\s+first\s+week)\b|"
    r"(?:do\s+not|don't|don’t|dont)\s+(?:need|have)\s+to\s+have\s+(?:worked|done|had|been|used)\b|"
    r"\bthat(?:'|’)?s\s+(?:fine|ok|okay|no\s+problem)\b|^never\s+(?:worked|done|used|had)\b[^?]*\?|"
    # "You are not expected to know the vaccine schedule before you start"
    r"\bnot\s+expected\s+to\s+(?:know|have|hold|be\s+(?:able|familiar))\b|"
    r"^(?:[\w-]+,?\s+){0,5}?(?:experience|qualifications?|licen[cs]e|degree|car|vehicle|employment|background|knowledge)\s+"
    r"(?:(?:of|in|with)\s+(?:[\w-]+\s+){1,5}?)?(?:[–-]\s+)?(?:is\s+|are\s+)?(?:(?:welcome|helpful|useful)\s+but\s+)?not\s+"
    r"(?:needed|required|necessary|essential)|"
    r"\bwith(?:out|\s+no)\s+(?:[\w-]+\s+){0,3}?experience|no\s+(?:[\w-]+\s+){0,3}?experience\?|"
    r"^(?:full\s+)?training\s+(?:will\s+be\s+|is\s+)?(?:given|provided)|\bnew\s+starters\s+(?:are\s+)?welcome|"
    # "Induction in tracheostomy care, given to all new starters"
    r"\b(?:given|provided|offered)\s+to\s+(?:all|every)\s+new\s+(?:starters?|staff)\b|^we\s+(?:(?:especially|particularly|also)\s+)?(?:welcome|encourage)\s+(?:applications|applicants|candidates)\b|"
    # "Full training on SystmOne and our templates in your first month", "we will pay for your PASMA course"
    r"^(?:full\s+)?training\s+(?:on|in)\b[^.]*\b(?:in|within|during)\s+(?:your|the)\s+first\b|\bwe\s+will\s+pay\s+for\b|"
    # "Dysphagia competency framework, completed within six months of starting", "Venepuncture competency, signed
    # off under supervision within eight weeks of starting"
    r"(?<!\bwilling\s+to\s+(?:have\s+)?)\b(?:completed|signed\s+off)\s+(?:[\w-]+\s+){0,4}?(?:in|within)\s+"
    r"(?:[\w-]+\s+){1,2}(?:weeks?|months?)\s+of\s+(?:starting|joining|appointment|your\s+start)\b|"
    # training the job gives: "Training on the Oracle system is provided", "Fire marshal training, which we give
    # you in your first month", "Enrolment on the Level 3 Award within the first year (funded by the Trust)"
    r"^(?!(?:have|has|having|completed|evidence|proof|certificate)\b)(?:[^.]*\s)?training\b[^.]*?\b(?:(?:will\s+be|is|are)\s+)?"
    r"(?:given|provided|funded)\b|\b(?:which|that)\s+we\s+(?:give|run|provide|pay\s+for|fund)\b|"
    r"\bwe\s+(?:arrange|organise|book)\s+and\s+pay\s+for\b|\bwe\s+fund\b|(?:do\s+not|don't|don’t)\s+need\s+to\s+be\s+an?\s+\w+\s+expert\b|\b(?:which|that)\s+you\s+will\s+(?:attend|do|take)\b|"
    r"\b(?:during|in)\s+your\s+(?:induction|supernumerary\s+(?:period|weeks|time))\b|\bnew\s+starters?\s+(?:completes?|does|do|attends?|takes?)\b|\bcompleted\s+(?:during|in)\s+(?:the\s+|your\s+)?(?:trust\s+)?induction\b|"
    r"\binduction\b[^.]*\b(?:in|within)\s+your\s+first\s+(?:\w+\s+)?(?:days?|weeks?|fortnight|months?)\b|"
    # "ILS - provided by the Trust's resuscitation team in the first three months", "Sign-off is given by our lead
    # nurse in your first month", "The Trust will provide venepuncture training", "After your probation you will be
    # enrolled on an accredited course at no cost to you"
    r"\b(?:provided|given)\s+(?:by\b[^.]*\b)?(?:in|within)\s+(?:your\s+|the\s+)?first\b|"
    r"\bwe\s+will\s+(?:support|help)\s+you\s+(?:to\s+)?(?:complete|achieve|gain|get|do)\b|"
    r"^(?:the\s+)?(?:trust|we|service|team|practice|hospital)\s+will\s+(?:provide|give|arrange|fund|pay\s+for)\b|"
    r"\byou\s+will\s+be\s+(?:enrolled|registered|booked)\s+on(?:to)?\b|\bat\s+no\s+cost\s+to\s+you\b|"
    # "Competency sign-off (completed with the team in post)", "Funded place on the apprenticeship after 12 months
    # in post", "You will also have two days' training on our record system", "You don't need to know medical
    # terminology before you start", "Applicants who have not worked with children before are welcome"
    r"\bcompleted\s+(?:[\w-]+\s+){1,3}in\s+post\b|^funded\s+(?:[\w-]+\s+){0,3}?(?:place|training|course|study|apprenticeship)\b|"
    r"\byou\s+will\s+(?:also\s+)?(?:have|get|receive)\s+(?:[\w'’]+\s+){0,3}training\b|"
    r"\b(?:do\s+not|don't|don’t)\s+need\s+to\s+(?:know|have|hold)\b|\bwho\s+have\s+not\b[^.]*\bare\s+welcome\b|^(?:you\s+)?must\s+be\s+willing\s+to\s+(?:complete|attend|undertake)\b"
    r"[^.]*\b(?:in|within)\s+(?:your|the)\s+first\b|\bcomplete\s+our\s+(?:[\w-]+\s+){0,3}?induction\b|"
    r"\byou\s+will\s+be\s+(?:fully\s+)?(?:trained|taught|shown)\b|\bwe(?:\s+will|(?:'|’)ll)\s+(?:train|teach)\s+you\b|"
    r"\b(?:the\s+)?(?:trust|service|team|practice)\s+(?:funds|pays\s+for)\b|"
    r"(?<!\bto\s+)\bcompleted?\b[^.]*\b(?:in|within)\s+(?:your|the)\s+first\s+(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|fortnight|months?|year)\b|"
    r"^(?:attendance\s+(?:at|on)|enrol(?:l)?ment\s+on)\b.*\b(?:in|within)\s+(?:your|the)\s+first\b",
    _FLAGS,
)
_BENEFIT = regex.compile(
    r"^(?:we\s+(?:offer|provide|give|pay|run|will\s+(?:offer|provide|give|pay|support|fund|run))|"
    r"(?:you\s+will|you(?:'|’)ll)\s+(?:receive|get|enjoy|earn|benefit|be\s+(?:offered|given|paid|entitled)|"
    r"have\s+(?:the\s+)?(?:chance|opportunity|access|support))|(?:our\s+)?benefits\s+include|in\s+return)\b|"
    r"annual\s+leave|apprenticeship\s+levy|\bpensions?\b|\bdiscounts?\b|salary\s+sacrifice|season\s+ticket|cycle\s+to\s+work|"
    r"childcare\s+vouchers?|blue\s+light\s+card|\bgym\s+(?:membership|discounts?|access)\b|\b(?:on-?site|free|discounted|staff)\s+gym\b|\bdays(?:'|’)?\s+(?:of\s+)?(?:annual\s+)?(?:leave|holiday)|"
    r"holiday\s+entitlement|employee\s+assistance|car\s+lease|lease\s+car|\bpool\s+cars?\s+(?:is\s+|are\s+)?available|"
    r"\bmileage\s+(?:is\s+)?(?:paid|allowance|reimbursed)|\b(?:reduced|subsidised|discounted)[\s-]+(?:rate\s+)?(?:staff\s+)?parking\b|\bshuttle\s+bus(?:es)?\b|\bdiscounted\b|free\s+parking|"
    r"relocation\s+(?:package|allowance)|"
    # what the job gives after probation: "A funded phlebotomy course is offered to every new starter after probation"
    r"^(?!(?:[\w-]+\s+){0,2}(?:willing|prepared|happy|able|commit\w*)\b).*\bafter\s+(?:your\s+|the\s+)?probation\b|\boffered\s+to\s+(?:every|all|each)\s+new\s+starters?\b|"
    r"\bhybrid\s+working\b|"
    r"work-?life\s+balance|essential\s+to\s+us|\bthe\s+advantage\s+of\s+(?:a|an|our)\b|\bfrom\s+day\s+one\b|"
    r"\bfor\s+(?:staff|employees|colleagues)\s+who\s+(?:want|wish|would\s+like)\b|"
    r"^our\s+(?:[\w-]+\s+){0,3}(?:team|service|department)\s+is\s+essential\b|competitive\s+(?:salary|pay)|(?:career|progression|training\s+and\s+"
    r"development|learning\s+and\s+development|development)\s+opportunities|opportunit(?:y|ies)\s+(?:for|to)\s+"
    r"(?:career|progress|develop|train|grow)|(?:on-?site|free|subsidised)\s+(?:parking|canteen|restaurant|meals)|"
    r"staff\s+(?:benefits|networks?|restaurant|canteen|wellbeing)|wellbeing\s+(?:support|services?|programmes?|hub)|"
    r"flexible\s+working\s+(?:options|patterns|opportunities|arrangements|is\b)|look\s+after\s+our\s+(?:staff|people)|"
    r"^paid\s+overtime\b|^(?:monthly|weekly|fortnightly|regular)\s+(?:[\w-]+\s+)?supervision\b|\b(?:uniforms?|overalls|workwear|scrubs|protective\s+clothing|ppe)\s+(?:is\s+|are\s+|will\s+be\s+)?"
    r"(?:provided|given|supplied|issued)|"
    r"^(?:(?!that\b|which\b|you\b|able\b|ability\b)[\w-]+(?:,\s*|\s+and\s+|\s+)){1,5}(?:is|are|will\s+be)\s+"
    r"(?:provided|supplied|issued)\b|^(?:(?!that\b|which\b|you\b|able\b|ability\b)[\w-]+(?:,\s*|\s+and\s+|\s+)){1,5}"
    r"(?:provided|supplied|issued)\.?$|\bcan\s+be\s+(?:arranged|fitted|agreed|worked)\s+around\b|^free\s+\w",
    _FLAGS,
)
# A key to the level marks ("(E) = essential, (D) = desirable", "Key: E - Essential").
_LEGEND = regex.compile(
    r"^(?:key\s*:?\s*)?\(?[EDAIT]\)?\s*(?:=|:|-|–|means)\s*(?:essential|desirable)\b|^key(?:\s+to\s+[\w\s]{1,30})?\s*:|"
    r"\bwhether\s+(?:it|each)\s+is\s+essential\s+or\s+desirable\b|\b(?:essential|desirable)\s+means\b|"
    r"\bcodes?\s+(?:starting|beginning)\s+with\b|"
    # how the person specification is laid out: "... so the person specification is set out under our values"
    r"\bperson\s+specification\s+(?:is|are)\s+(?:set|laid)\s+out\b|\bwe\s+recruit\s+for\s+(?:our\s+)?values\b",
    _FLAGS,
)
_KNOWLEDGE_OF = regex.compile(
    r"^(?:(?:good|sound|some|basic|working|detailed)\s+)?(?:knowledge|experience|understanding|awareness|familiarity)"
    r"\s+(?:of|in|with)\b",
    _FLAGS,
)
# Verbs that open a duty written as an instruction ("Wash and inspect instruments"); verbs that also open
# person requirements ("Maintain confidentiality", "Manage own workload", "Use a computer") are left out.
_DUTY_VERBS = (
    r"answer|greet|wash|pack|serve|deliver|collect|transport|escort|clean|type|file|book|restock|unpack|inspect|"
    r"process|prepare|assist|support|help|carry\s+out|undertake|order|update|input|enter|arrange|attend|liaise|"
    r"co-?ordinate|organi[sz]e|respond|handle|take(?!\s+(?:pride|responsibility|ownership|the\s+initiative|initiative))|check|ensure|provide|deal\s+with|move|sort|scan|photocopy|"
    r"dispense|decontaminate|sterili[sz]e|assemble|chaperone|accompany|distribute|replenish|empty|dispose\s+of|"
    r"cook|perform|operate|chase|triage|supervise|train|act\s+as|participate|contribute|keep|put\s+away|"
    r"make\s+sure|look\s+after|set\s+up|draw|label|log|issue|measure|monitor|complete"
)
_DUTY = regex.compile(
    r"^(?:(?:(?:as\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){1,4}?|on\s+(?:a|each|every|your)\s+(?:shift|day|visit),?\s+)?"
    r"(?:you\s+will|you(?:'|’)ll)|"
    r"the\s+(?:post\s*holder|post-holder|job\s*holder|successful\s+(?:candidate|applicant)|person\s+appointed)\s+will|"
    r"will)(?!\s+(?:also\s+)?(?:need|have|be\s+(?:able|confident|comfortable|"
    r"competent|skilled|experienced|someone|a|an|willing|happy|flexible|educated|qualified|registered|fluent|"
    r"familiar|expected\s+to\s+(?:have|hold|be\s+able))|possess|hold|bring|already|ideally|demonstrate|show|"
    r"require|ideally|preferably|know|understand|enjoy\s+working|want))\s+\w|"
    r"(?:your\s+)?(?:main\s+)?(?:duties|responsibilities|tasks)\s+(?:will\s+)?(?:include|involve|are)\b|"
    r"(?:this|the)\s+(?:role|job|post)\s+(?:will\s+)?(?:involves?|includes?|is\s+responsible)\b|"
    r"responsible\s+for\b|to\s+(?:be\s+responsible\s+for|(?:" + _DUTY_VERBS + r")\b)|"
    r"be\s+(?:responsible\s+for|the\s+first\s+point)|"
    r"(?:" + _DUTY_VERBS + r")\s+(?!of\b|skills?\b|experience\b|(?:UK\s+)?driving\b|record\b)\w)",
    _FLAGS,
)
# A duty told of the post holder in the middle of a line ("Working with the midwives, the postholder must help
# new mothers...") or as "You must log every call": "must have", "must be" and "must keep" stay requirements.
_HOLDER_DUTY = regex.compile(
    # ... or with no subject at all: "Must chaperone intimate examinations whenever a clinician asks"
    r"(?:(?:(?:[,;]\s*|^)the\s+(?:post\s*holder|post-holder|job\s*holder)|^you|[,;]\s*and\s+you)\s+|^(?=must\b))"
    r"(?:must|will|is\s+expected\s+to)\s+"
    r"(?:also\s+)?"
    r"(?!keep\b|ensure\b|make\s+sure\b|check\b|handle\b|deal\s+with\b)(?:"
    + _DUTY_VERBS
    + r"|quarantine|return|record|report|escalate|lock|store|wear|put|transfer|pass|refer|hand)\b"
    # patients kept somewhere: "Must keep injected patients in the uptake rooms until they are called"
    r"|^(?:you\s+)?must\s+keep\s+(?:[\w-]+\s+)?(?:patients|clients|visitors|children)\s+(?:in|on|at|away)\b",
    _FLAGS,
)
# A duty told as a rule of the job, with when it is done: "You must check the van every morning", "Must
# complete the vaccinator training before vaccinating alone", "Completion of the decontamination training
# within three months of starting". "You must be/have/hold..." stays a requirement.
_ROUTINE_DUTY = regex.compile(
    # tasks no applicant brings: "Must escalate any patient who ...", "Must restock every vehicle ...", "Must report
    # any change in a patient's swallowing ...", "Must reconcile the monthly payment schedule ...", "You must phone
    # the on-call nurse if ...", "You must release unused clinic slots ..."
    r"^(?:(?:you|the\s+post\s*holder)\s+)?must\s+(?:escalate|restock|reset|log|package|file|scan|lock|quarantine|wear|report|reconcile|carry|"
    r"phone|ring|confirm|release|upload|send|return|label)\b|"
    r"^(?:(?:you|the\s+post\s*holder)\s+)?must\s+(?!(?:be|have|hold|possess|demonstrate|show|already|live|reside)\b|"
    r"keep\s+(?:careful|accurate|clear|good|neat|detailed)\b)"
    r"\w+\b.*\b(?:every|each|daily|weekly|within|before\s+\w+ing|in\s+(?:your|the)\s+first|at\s+(?:opening|"
    r"closing|the\s+(?:start|end)\s+of)|by\s+(?:\d+\w*|the\s+\d+\w*|noon|midday)|"
    # a deadline of the day: "... before the department opens at 8am"
    r"before\s+(?:[\w'’]+\s+){1,4}(?:opens?|starts?|arrives?)\b|before\s+you\s+(?:are\s+given|get|can|start|begin)\b|"
    # "... before handover at 8pm"
    r"before\s+(?:the\s+)?handover\b|before\s+the\s+end\s+of\s+(?:the\s+)?(?:same\s+|each\s+|every\s+|your\s+)?"
    r"(?:day|shift|week|visit)\b|before\s+(?:[\w'’]+\s+){0,4}?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b)\b|"
    r"^(?:successful\s+)?completion\s+of\b.*\b(?:within|before|after|during|in\s+(?:your|the)\s+first)\b|"
    # in the passive: "Every call must be logged before...", "... must be resolved or escalated before 11:00"
    r"^(?:every|each|all|any)\s+(?:[\w-]+\s+){1,5}must\s+(?:never\s+)?be\s+\w+(?:ed|en)\b|"
    r"\bmust\s+(?:never\s+)?be\s+(?:resolved|logged|closed|escalated|recorded|signed)\b[^.]*\b(?:before|by|within)\s+\d|"
    # the team one joins: "As well as answering IT calls, you will be part of the Trust's Registration Authority team"
    r"\byou\s+will\s+(?:also\s+)?be\s+(?:a\s+)?part\s+of\s+(?:the|our|a)\b|"
    # a caseload of one's own: "As a support worker you will have your own list of planned visits"
    r"\byou\s+will\s+(?:have|hold|carry|manage)\s+(?:your\s+own|a\s+(?:small\s+|large\s+)?caseload)\b|"
    # what the job gives: "You will have a named clinical supervisor", "You will also have placements in ..."
    r"^you\s+will\s+(?:also\s+)?(?:have|get|receive)\s+(?:an?\s+|regular\s+|monthly\s+|weekly\s+)?(?:named\s+)?"
    r"(?:[\w-]+\s+)?(?:supervisor|supervision|mentor|buddy|placements?|induction|preceptorship)\b|"
    # time the job gives: "... and you will have half a day each month for it"
    r"\byou\s+will\s+(?:also\s+)?(?:have|get|be\s+given)\s+(?:half\s+a\s+day|an?\s+(?:day|morning|afternoon|hour)|"
    r"(?:\d+|one|two|three)\s+(?:hours?|days?))\s+(?:each|every|a|per)\s+(?:week|month|year)\b|"
    # a task to have done by a time: "Must have the day's admission list printed and the wristbands ready by 7.15am"
    r"^(?:(?:you|the\s+post\s*holder)\s+)?must\s+have\s+(?:the|every|each|all)\s+[^.]*\b(?:ready|printed|done|sent|"
    r"finished|completed|prepared|tracked|set\s+up)\b[^.]*\b(?:by|before)\s+(?:\d|the\s+(?:first|start|end))|"
    # a rule of the job told with "never": "You must never release a batch until ..."
    r"^(?:you|the\s+post\s*holder)\s+must\s+never\s+(?!be\b|have\b)\w+",
    _FLAGS,
)
# Prose requirements. A strong cue gives the level by itself; a weak one ("You will have...", "You should
# be...") takes the level of the heading it sits under, essential if none.
_PROSE_ESSENTIAL = regex.compile(
    r"\b(?:it\s+is\s+(?:essential|vital|crucial|important)\s+that|(?:you|candidates?|applicants?|the\s+"
    r"(?:post\s*holder|successful\s+\w+|person\s+appointed))\s+(?:also\s+)?(?:must|(?:will\s+)?(?:also\s+)?need\s+to|"
    r"(?:will\s+)?(?:also\s+)?need\s+"
    r"(?:a|an|good|excellent|strong|some|the|experience|knowledge|skills?)|are\s+required\s+to|have\s+to)\b|"
    r"you(?:'|’)ll\s+(?:also\s+)?need|must\s+(?:have|be|hold|possess|demonstrate|show)\b|(?:is|are)\s+(?:essential|"
    # (not "... only when it is needed")
    r"required|needed(?!\s+(?:less|more)\b)|a\s+must)\b(?<!\b(?:when|where|if|as|until)\s+(?:it|they|this)\s+\w+\s+\w+)|"
    r"essential\s+(?:that|for\s+this\s+(?:role|post|job)))",
    _FLAGS,
)
_PROSE_WEAK = regex.compile(
    r"\b(?:you|candidates?|applicants?|the\s+(?:post\s*holder|successful\s+\w+|ideal\s+candidate))\s+"
    r"(?:will|should|would)\s+(?:also\s+)?(?:have|be(?!\s+(?:paid|trained|given|taught|shown|offered|enrolled|asked|"
    r"the\s+(?:person|one|first)|out|based|working|out\s+and\s+about|on\s+the\s+road)\b)|hold|"
    r"possess|bring|already\s+have|demonstrate|show)\b|"
    r"we(?:\s+are|(?:'|’)re)\s+looking\s+for\s+(?:someone|a\s+person|people|applicants?|candidates?)\s+(?:who|with)\b|"
    r"we\s+(?:need|want)\s+(?:someone|a\s+person|people)\s+(?:who(?!\s+will\b)|with)\b",
    _FLAGS,
)
_PROSE_DESIRABLE = regex.compile(
    r"\b(?:(?:would|will|is|are)\s+(?:also\s+)?(?:be\s+)?(?:desirable|beneficial|useful|helpful|handy|welcome[d]?|"
    r"preferred|valued|advantageous|of\s+benefit|an?\s+(?:real\s+|added\s+)?(?:advantage|asset|bonus|plus))|"
    # "Ideally, ..." opening a requirement; inside one ("..., ideally in a pharmacy") it only narrows it
    r"would\s+(?:also\s+)?help\b|^\W*(?:ideally|preferably)\b|it\s+is\s+(?:good|nice|helpful|useful)\s+if\b|"
    r"it\s+would\s+be\s+(?:good|nice|helpful|"
    r"useful|great)|we\s+would\s+(?:like|love|welcome)\s+(?:you|applicants?|candidates?|someone)|"
    r"nice\s+to\s+have|(?:is|are)\s+not\s+essential\s+but)",
    _FLAGS,
)
# What a requirement is about: the person ("you", the candidate) or what they bring (experience, a skill...).
_PERSON = regex.compile(
    r"\b(?:you|your|yourself|candidates?|applicants?|post\s*holder|successful|someone|person|people)\b|"
    r"knowledge|experience|experienced|\bskill|abilit|\bable\s+to\b|qualifi|certificat|licen[cs]e|training|"
    r"\binterest(?:ed)?\s+in\b|"
    r"trained|degree|diploma|\bGCSE|\bNVQ|\bBTEC|\bA-?levels?\b|registration|registered|understanding|"
    r"familiar|proficien|fluen|competen|awareness|standard\s+of|literacy|numeracy|educat|punctual|reliab|"
    r"attention\s+to\s+detail|discretion|commitment|enthusias|motivat|empath|compassion|\bEnglish\b|"
    r"\bmaths\b|\bIT\b|keyboard|typing|communicat|flexib|attitude|manner\b|patience|team\s*work|organised|"
    r"organisational|calm\b|\bcareful\b|\bspeak(?:s|ing)?\b|\blanguages?\b|\bawards?\b|\blevel\s+[1-7]\b|\baccura|record[\s-]?keeping|"
    r"(?<!\bof\s)\bcourses?\b",
    _FLAGS,
)
# Headings written as phrases that give the level of the list below them: "What you'll need:", "You must
# have:", "About you" (essential); "Nice to have:", "It would be great if you also had:" (desirable).
_PHRASE_HEADING = regex.compile(
    r"^(?:(?P<essential>about\s+you|what\s+you\s+(?:must|should|need\s+to)\s+have|(?:the\s+)?essentials|"
    r"what\s+you(?:'|’)?(?:ll|\s+will|\s+must|\s+should)?\s+(?:need|bring)"
    r"(?:\s+to\s+(?:have|bring|succeed)|\s+with\s+you|\s+(?:from|on)\s+day\s+one)?|"
    r"(?:you|applicants|candidates|(?:the\s+)?(?:successful|ideal)\s+(?:candidate|applicant|person))\s+(?:must|will(?:\s+need\s+to)?|"
    r"need\s+to|should)\s+(?:have|be|bring)(?:\s+the\s+following)?|you(?:'|’)ll\s+need|"
    r"we(?:'|’)re\s+looking\s+for\s+(?:someone|people)(?:\s+(?:who(?:\s+(?:is|has|can))?|with))?|"
    r"we\s+are\s+looking\s+for\s+(?:someone|people)(?:\s+(?:who(?:\s+(?:is|has|can))?|with))?|"
    r"you\s+will\s+need|(?:the\s+)?must[\s-]+haves?|what\s+we\s+(?:need|are\s+looking\s+for|look\s+for)(?:\s+(?:from|in)\s+you)?|"
    r"what\s+we(?:'|’)re\s+looking\s+for|(?:the\s+)?ideal\s+candidate(?:\s+will\s+have)?|who\s+we(?:'|’)?(?:re|\s+are)\s+"
    r"looking\s+for|is\s+this\s+(?:role|job)\s+for\s+you\??|(?:the\s+)?(?:person|people|someone)\s+we\s+(?:need|want)|(?:key|main|minimum|core|basic)\s+requirements|"
    r"requirements(?:\s+for\s+(?:the|this)\s+(?:role|job|post))?|"
    r"you(?:'|’)ll\s+need\s+(?:this|these)(?:\s+(?:from|on)\s+day\s+one|\s+to\s+start|\s+when\s+you\s+start)?|"
    # "Things you will need", "The things we can't do without", "What we ask of you"
    r"(?:the\s+)?things\s+you(?:'|’)?(?:ll|\s+will)?\s+(?:need|bring)(?:\s+to\s+have)?(?:\s+(?:from|on)\s+day\s+one|"
    r"\s+with\s+you)?|(?:the\s+)?(?:things?|what)\s+we\s+(?:can(?:'|’)?t|cannot|"
    r"could(?:n't|n’t|\s+not))\s+do\s+without|what\s+we\s+ask\s+(?:of|from)\s+(?:you|every(?:one)?|each|all)(?:\s+(?:applicants?|candidates?))?)|"
    r"(?P<desirable>(?:the\s+)?(?:nice|good)[\s-]+to[\s-]+haves?(?:\s+(?:as\s+well|too|also))?"
    # "Nice to have, though not essential", "Good to have, but we won't mind if you don't"
    r"(?:,?\s+(?:though|but)\b[^:.]{0,50})?|"
    # "Even better if you have", "Also welcome"
    r"even\s+better\s+if(?:\s+you(?:\s+(?:have|had|are|can))?)?|also\s+welcome[d]?|advantageous|desirable\s+extras|"
    r"it\s+(?:would\s+(?:also\s+)?help|(?:also\s+)?helps)\s+if\s+you(?:\s+also)?(?:\s+(?:have|had|are|can))?|"
    r"useful(?:\s+to\s+have)?(?:,?\s+(?:and|but)\s+we\s+(?:can|will)\s+help\s+you\s+[^:.]{1,30})?|"
    # Easy Read: "It is good if you have these too"
    r"it(?:'|’)?s?\s+(?:is\s+)?(?:good|great|nice|helpful|useful)\s+if\s+you(?:\s+(?:have|had|can))?(?:\s+(?:these|this))?"
    r"(?:\s+too|\s+as\s+well)?|it\s+would\s+be\s+(?:great|good|nice|helpful|useful|a\s+bonus)\s+if\s+you(?:\s+also)?"
    r"(?:\s+(?:have|had|are|were|can|could))?|(?:(?:it(?:'|’)s\s+)?a\s+)?bonus\s+if\s+you(?:\s+(?:have|had))?|(?:bonus|extra)\s+points"
    r"(?:\s+for|\s+if\s+you(?:\s+have)?)?|ideally(?:,)?\s+you(?:\s+will|\s+would)?(?:\s+(?:also\s+)?have)?|"
    # "We would also like you to have", "We'd also welcome", "We'd be pleased to see"
    r"we(?:\s+would|(?:'|’)d)\s+(?:also\s+)?(?:like|love|welcome|value|be\s+(?:pleased|happy|glad|delighted))"
    r"(?:\s+(?:to\s+see|you\s+to\s+have|if\s+you(?:\s+have|\s+had)?))?|what\s+(?:would|will|could)\s+(?:also\s+)?(?:help|set\s+you\s+apart|make\s+you\s+stand\s+out)|"
    r"what\s+(?:would|will|could)\s+(?:also\s+)?be\s+(?:nice|good|great|useful|helpful|a\s+bonus|a\s+plus)(?:\s+to\s+have)?|"
    r"what\s+(?:would|will|could)\s+(?:also\s+)?give\s+you\s+an?\s+(?:edge|head\s+start|advantage)|"
    # "Things that would help you stand out", "Things that would give you a head start"
    r"(?:the\s+)?(?:things?|anything|something|extras?)\s+(?:else\s+)?(?:that\s+)?(?:would|could|might)\s+(?:also\s+|really\s+)?"
    r"(?:help|give|make|set|put)\b[^:.?]{0,40}|"
    # an advert of questions and answers: "Is there anything that would give me an edge?", "These aren't a must,
    # but we'd be pleased to see:"
    r"(?:is\s+there\s+)?anything\s+(?:else\s+)?that\s+would\s+(?:give\s+me\s+an\s+edge|help\s+me\s+stand\s+out)|"
    r"these\s+aren(?:'|’)?t\s+a\s+must,?\s+but\b[^:]{0,60})|"
    r"(?:what\s+do\s+(?:I|you)\s+need(?:\s+to\s+(?:apply|have|bring))?)|"
    # questions an advert answers: "Do I need a catering qualification?", "What kind of person are you looking for?"
    r"(?:do|will)\s+I\s+need\b[^?]{0,60}\?|what\s+(?:kind|sort)\s+of\s+(?:person|people)\s+are\s+you\s+looking\s+for|"
    r"who\s+are\s+you\s+looking\s+for|you\s+(?:must|should|need\s+to)\s+be\s+able\s+to\s+say\s+yes(?:\s+to\s+[^:]{1,30})?|"
    r"can\s+you\s+say\s+yes(?:\s+to\s+[^:?]{1,30})?)"
    r"(?:\s*\([^)]{0,60}\))?\s*(?:\.{3}|…|[:.?])?\s*$",  # and a key to the marks: "(E = essential, D = desirable)"
    _FLAGS,
)
# Headings such as "What you will bring" or "About you" introduce requirements; they are not one.
_QUESTION_HEADING = regex.compile(r"^(?:what|who|why|how|about|our|your)\b", _FLAGS)
_ESSENTIAL_THAT = regex.compile(r"\b(?:essential|vital|crucial|important)\s+that\s+(\S+(?:\s+\S+){0,2})", _FLAGS)
_IS_ESSENTIAL = regex.compile(r"^(.*?)\b(?:is|are)\s+(?:essential|required|needed|a\s+must)\b", _FLAGS)
_DESIRABLE_HEADING = regex.compile(r"\b(?:desirable|nice\s+to\s+have|would\s+be\s+(?:great|good|nice))\b", _FLAGS)
_PLACEHOLDER = regex.compile(r"^(?:none|n/?a|nil|not\s+applicable|see\s+above|[-–—]+)\.?$", _FLAGS)
# A "how assessed" cell: "Application form / interview", "A/I", "Pre-employment", "N/A".
_ASSESSED_CELL = regex.compile(
    r"^(?:(?:application(?:\s+form)?|interview|tests?|practical|references?|certificates?|presentation|"
    r"pre-?employment(?:\s+checks?)?|occupational\s+health(?:\s+assessment)?|induction|licen[cs]e\s+check|"
    r"assessment|n/?a|[AITRP])(?:\s*(?:/|,|&|and|or)\s*|\s*$))+$",
    _FLAGS,
)
_ASSESSED_HEADER = regex.compile(
    r"assess|method|how\s+(?:tested|measured|evidenced)|evidence|"
    # one column a way of assessing: "Application | Interview | Test"
    r"^(?:application(?:\s+form)?|interview|tests?|presentation|references?|shortlisting)$",
    _FLAGS,
)
# A column of example evidence beside the criteria ("How you might show this", "Examples"): guidance for the
# applicant, never a requirement.
_EXAMPLES_HEADER = regex.compile(
    r"^(?:how\s+(?:you|to)\s+(?:might\s+|could\s+|can\s+)?(?:show|demonstrate)|(?:for\s+)?examples?\b|"
    r"ways?\s+to\s+show|what\s+(?:this|it)\s+(?:might|could)\s+look)",
    _FLAGS,
)
# A row's level cell saying it is not asked of applicants: "Training we give", "Checked before an offer".
_NOT_A_LEVEL = regex.compile(
    r"\btraining\b|\bwe\s+(?:give|teach|provide)\b|\bchecked\b|\b(?:before|after)\s+(?:an?\s+|the\s+)?offer\b|"
    r"pre-?employment|\bnot\s+(?:assessed|scored)\b",
    _FLAGS,
)


def _not_a_level(cell: str) -> bool:
    """A level cell saying, in a few words, that its row is not asked of the applicant (not a requirement
    written in the Essential column that mentions training)."""
    return len(cell.split()) <= 5 and "\n" not in cell.strip() and bool(_NOT_A_LEVEL.search(cell))  # noqa: PLR2004


# A column saying E or D for each row: "E/D", "Essential or desirable", "Essential / Desirable".
_COMBINED_HEADER = regex.compile(r"^(?:e|essential)\s*(?:/|or|and|\\)\s*(?:d|desirable)\b", _FLAGS)
_JOINED = regex.compile(r"\s*(?:/|&|,|\band\b)\s*", _FLAGS)
_NOT_ASKED = r"not\s+(?:required|needed|applicable|essential|asked)|n/?a"  # in a level column: no level
_MARK = regex.compile(
    rf"^(?:✓|✔|√|☑|☒|☐|✅|x|yes|y|\*|•|●|⬤|◉|■|○|◯|□|e|d|essential|desirable|e/d|\u2713|\u2714|✗|✘|×|❌|no|n|[-–—]|"
    rf"{_NOT_ASKED})\uFE0F?$",
    _FLAGS,
)
# A mark saying "not at this level": a cross or "no" in a tick column, or a Word check box or a circle left empty
# ("☐", "○"; a ticked one shows "☒", a filled one "●").
_NO_MARK = regex.compile(rf"^(?:✗|✘|×|❌|☐|○|◯|□|no|n|[-–—]|{_NOT_ASKED})\uFE0F?$", _FLAGS)
_TRAILING_LEVEL = regex.compile(r"^(.{8,}?)(?:\s{2,}|\t|\s\|\s?|\s+[–-]\s+)(e|d|essential|desirable)(?:\s.*)?$", _FLAGS)
# A criterion that starts with its level, as a code or a lone letter set apart: "E1  GCSE English", "D3 Experience
# of ...", "E   Able to ...", "E2: Good IT skills" (a PDF's person specification, the level column first).
_LEADING_LEVEL = regex.compile(r"^(E|D)(?:\d{1,2}[.:)]?\s+|\s{2,}|\t|\s*[:–]\s+)(?=\S)(.{8,})$", regex.VERSION1)
# "Driving licence (D)", "Driving licence [essential]", "Driving licence: desirable".
# "Driving licence [E]  AF/I": the "how assessed" codes of a table row that lost its columns may follow.
_BRACKET_LEVEL = regex.compile(
    r"^(.{8,}?)(?:\s*[(\[]\s*(e|d|essential|desirable)\s*[)\]]|\s*:\s*(essential|desirable))\.?"
    r"(?:\s+(?:AF|[AITRP]|application(?:\s+form)?|interview|test|pre-employment)(?:\s*/\s*\w+)*)?$",
    _FLAGS,
)
# A table row that lost its columns (a PDF's text): "Good spoken English E A/I". Capitals only, so that a
# criterion ending in a word is not read as a level; then any "how assessed" codes.
_TRAILING_LETTER = regex.compile(
    r"^(.{8,}?)\s+(E|D|Essential|Desirable|ESSENTIAL|DESIRABLE)(?:\s*[/,&]?\s*(?:[AITRP]|Application(?:\s+form)?|"
    r"Interview|Test|References?|Certificates?|Assessment))*\s*$",
    regex.VERSION1,
)

_BAND = regex.compile(r"\b(?:agenda\s+for\s+change\s+|afc\s+)?band\s*:?\s*([1-9])\s*([a-d])?\b", _FLAGS)
_BAND_VALUE = regex.compile(r"^(?:(?:agenda\s+for\s+change|afc|nhs)\s+)?(?:band\s*)?([1-9])\s*([a-d])?\b", _FLAGS)
# Labels of the job details. A label may stand on its own line (or table cell) with the value below it
# (an NHS Jobs page pasted as text), or be followed by its value on the same line.
_LABELS = {
    "job_title": r"job\s+title|post\s+title|vacancy\s+title|role\s+title|job\s+role|position|post|role|vacancy|"
    r"we(?:'|’)re\s+hiring|we\s+are\s+hiring|now\s+hiring",
    "employer": r"employer(?:\s+name)?|(?:hiring\s+)?organi[sz]ation(?:\s+name)?|trust|company",
    "closing_date": r"closing\s+date(?:\s+for\s+applications)?|(?:(?:the\s+)?(?:advert|vacancy|applications?)\s+)?"
    r"closes|(?:the\s+)?(?:advert|vacancy|applications?)\s+close|apply\s+(?:by|before)|"
    r"(?:application\s+)?deadline",
    "band": r"(?:pay\s+)?band|(?:pay\s+)?grade|banding|agenda\s+for\s+change\s+band",
}
# Labels that are also ordinary words ("Post holder will...") need a colon, dash or tab before their value.
_LOOSE = regex.compile(r"^(?:job\s+title|employer\s+name|closing\s+date)", _FLAGS)
_LABEL_ALONE = {key: regex.compile(rf"^(?:{label})\s*:?$", _FLAGS) for key, label in _LABELS.items()}
_LABEL = {
    key: regex.compile(rf"^({label})(\s*[:\t]\s*|\s*[\-–]\s+|\s+[\-–]?\s*)(\S.{{0,119}})$", _FLAGS)
    for key, label in _LABELS.items()
}
_CLOSING = regex.compile(
    r"\b(?:closing(?:\s+date)?|closes|(?:will|does)\s+close|apply\s+(?:by|before)|deadline|"
    r"applications?\s+(?:must\s+be\s+(?:received|in)|close)|"
    r"applications?\s+(?:form\s+)?(?:to\s+us\s+)?(?:by|before)\b)",
    _FLAGS,
)
# The closing date told in a sentence: "Please make sure your application reaches us by 23:59 on 7 January",
# "Completed applications must be submitted through Trac no later than 14/01/2028".
_SEND_BY = regex.compile(
    r"\b(?:apply|applications?|reply|respond|submit(?:ted)?|send|reach(?:es)?\s+us|returned?)\b[^.;]{0,160}?"
    r"\b(?:by|before|no\s+later\s+than)\s",
    _FLAGS,
)
_TRUST_WORDS = r"(?:[\p{Lu}][\p{L}'’&.\-]*,?[ \t]+|and[ \t]+|of[ \t]+|&[ \t]+|for[ \t]+)"  # "Barking, Havering and..."
# A kind of surgery, not a GP surgery: "Podiatry Support Worker - Nail Surgery".
_SURGERY_KINDS = (
    r"(?:Day|Nail|Minor|General|Orthopaedic|Plastic|Cardiac|Vascular|Colorectal|Breast|Eye|Hand|Foot|Dental|"
    r"Maxillofacial|Oral|Bariatric|Metabolic|Obesity|Burns|Trauma|Spinal|Thoracic|Transplant|Elective|Paediatric|"
    r"Senior|Lead|Head)"  # ... or a title: "Senior Surgery Receptionist"
)
_TRUST_NAME = regex.compile(
    rf"\b({_TRUST_WORDS}{{1,9}}(?:NHS[ \t]+(?:Foundation[ \t]+)?Trust|Foundation[ \t]+Trust|Integrated[ \t]+"
    r"Care[ \t]+Board|Primary[ \t]+Care[ \t]+Network|Health[ \t]+Board|ICB))\b",
    regex.VERSION1,
)
_EMPLOYERS = [  # the most specific first: a trust named anywhere beats a practice named in passing
    # "Employed by Ealing GP Federation on behalf of the network's practices"
    regex.compile(
        # not an abbreviation ("employed by CNWL"): the trust's full name, printed elsewhere, is the employer
        rf"(?<=\b[Ee]mployed\s+by\s+(?:the\s+)?)(?!\p{{Lu}}{{2,6}}\b)({_TRUST_WORDS}{{0,8}}[\p{{Lu}}][\p{{L}}'’&.\-]*)",
        regex.VERSION1,
    ),
    _TRUST_NAME,
    # a GP federation employs for the practice or centre it names ("The Homeless Health Centre ... Ealing GP
    # Federation")
    regex.compile(
        rf"\b((?-i:\p{{Lu}})\p{{L}}+[ \t]+{_TRUST_WORDS}{{0,5}}GP[ \t]+(?:Con)?Federation)\b", regex.VERSION1
    ),
    regex.compile(
        rf"\b({_TRUST_WORDS}{{1,6}}(?:Medical[ \t]+Centre|Medical[ \t]+Practice|Health[ \t]+Centre|"
        rf"(?<!{_SURGERY_KINDS}[ \t]+)Surgery|Group[ \t]+Practice|Family[ \t]+Practice|Hospice|(?:Con)?[Ff]ederation|"
        r"CIC|"
        r"Community[ \t]+Interest[ \t]+Company))\b",
        regex.VERSION1,
    ),
]
_EMPLOYER_LINE = regex.compile(
    rf"^{_TRUST_WORDS}{{1,8}}(?:Hospitals?|Health|Healthcare|Hospice|Practice|Surgery|Partnership|Clinic)"
    r"(?:\s*\([^)]{0,40}\))?$",  # "(registered charity)"
    regex.VERSION1,
)
_NOT_EMPLOYER_START = regex.compile(
    r"^(?:(?:about|join|joining|welcome\s+to|at|working\s+(?:for|at)|of|and|for|&)\s+)+"
    # A department named before the trust: "Staff Health and Wellbeing Service, West London NHS Trust".
    r"|^.*\b(?:Services?|Department|Directorate|Division|Team|Unit|Supplies|Procurement|Finance|Estates|Facilities|"
    r"Pharmacy|Workforce|Recruitment),\s*",
    _FLAGS,
)
_DATE = regex.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?"
    r"(?:\s+|-)(\d{4})\b|\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})(?!\d)|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
    _FLAGS,
)
_HARD_SEPARATOR = regex.compile(r"\s*[|·•]\s*|,\s+|\t")  # before a place or an employer
_DASH = regex.compile(r"\s+[–—-]\s+")  # before a band, an employer or the title's second half
_BAND_IN_TITLE = regex.compile(
    r"[(\[]?\s*(?:agenda\s+for\s+change\s+|afc\s+)?band\s*:?\s*[1-9]\s*[a-d]?\b\s*[)\]]?", _FLAGS
)
# A web page's navigation and footer, pasted with the advert: never a title, never a criterion.
_NAVIGATION = (
    r"skip\s+to\b.*|sign\s+(?:in|up)\b.*|log\s+in|menu|home|back(?:\s+to\b.*)?|print(?:\s+this\b.*)?|share\b.*|"
    r"save(?:\s+(?:this\s+)?job)?|email\s+this\b.*|tell\s+a\s+friend|(?:job\s+)?alerts?|saved\s+jobs\b.*|"
    r"search(?:\s+(?:for\s+jobs|jobs|this\s+site)\b.*)?|cookies?\b.*|(?:©|copyright\b).*|contact\s+us|careers|"
    r"(?:accept|reject|allow|manage)\s+(?:all\s+|non-essential\s+|optional\s+|additional\s+)?cookies|"
    r"we\s+use\s+cookies\b.*|[<‹«]\s*back\s+to\b.*|working\s+here|our\s+hospitals|download\b.*|documents?\s*:.*|"
    r"apply(?:\s+now|\s+for\s+this\s+job)?|"
    # a job board's own menu and search box: "Find jobs", "Company reviews", "Salary guide", "What", "Where"
    r"find\s+jobs|company\s+reviews|salary\s+guide|employers\b.*|post\s+(?:a\s+)?jobs?|upload\s+(?:your\s+)?cv|what|where|"
    r"jobs\s+home|my\s+(?:applications|account|profile)|[<‹«]?\s*go\s+back|"
    # an advert page's own tabs: "Job overview    Main duties    About us    Person specification"
    r"job\s+overview|main\s+duties|about\s+us|documents?"
)
# A site's menu bar copied as one line, its items apart by runs of spaces: "NHS Jobs    Sign in    Search for jobs".
_MENU_GAP = regex.compile(r"\s{3,}|\t")
# ... and other jobs listed under the advert ("Similar jobs", "Medical Secretary  ·  Band 4  ·  Harrow"), or a
# page's own sales line ("Why CLCH?"): never criteria.
_SITE_CHROME = regex.compile(
    rf"^(?:{_NAVIGATION}|similar\s+(?:jobs|vacancies|roles)|.+\s[·•]\s+band\s+\d.*|why\s+(?:\S+\s+){{0,3}}\S+\?)$",
    _FLAGS,
)
_GENERIC_TITLE = regex.compile(
    r"^(?:job\s+(?:description|advert|details)|nhs\s+jobs|person\s+spec|vacancy\s+(?:details|information)|"
    rf"{_NAVIGATION}|information:?|this\s+job\s+is\b.*|"
    r"(?:[\w&]+\s+){0,3}(?:careers?|jobs|vacancies|recruitment|resourcing|talent\s+acquisition)|work\s+(?:for|with)\s+us|join\s+(?:us|our\s+team)|"
    r"key\s+(?:dates|facts|information)|important\s+dates|at\s+a\s+glance|in\s+this\s+issue|"
    r"(?:new\s+)?job\s+alert\b.*|.*\b(?:please|pls)\s+share\b.*|"
    # an email's header lines, forwarded with the advert
    r"(?:from|sent|to|cc|subject|date)\s*:.*|-+\s*original\s+message\s*-+|"
    # a reference number
    r"(?:job\s+|vacancy\s+)?ref(?:erence)?(?:\s+(?:number|no\.?))?\s*[:#]?\s*[\w/-]*\d[\w/-]*)$",
    _FLAGS,
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def extract_criteria(document: Document | str) -> Vacancy:
    """Find the job title, band, employer, closing date and criteria in an advert or job description.

    Criteria come from person-specification tables (Essential/Desirable columns, ticks or crosses, an E/D
    column, levels down the first column), from headed lists (Essential and Desirable sub-headings, or
    phrases such as "What you'll need:" and "Nice to have:"), from lines ending in their level ("... (D)",
    a PDF row "... E A/I") and from prose about the person ("You must have...", "You will need to...",
    "...would be desirable"). Duties, benefits, eligibility and "no experience needed" lines are never
    criteria, wherever they are printed (``not_a_criterion``), and each criterion keeps the employer's own
    words. Requirements whose level cannot be read (Essential and Desirable headings with nothing under
    them, or a person specification that never gives levels) are kept in ``unclear`` for the resident to
    check. Job details are read from labels, beside or above their values, then from the advert's top lines.
    """
    if isinstance(document, str):
        from .reading import from_markup, text_document

        document = text_document(from_markup(document))
    vacancy = Vacancy()
    _find_details(document, vacancy)
    essential: list[str] = []
    desirable: list[str] = []
    unclear: list[str] = []
    key = symbol_key(document.text)
    for block in document.blocks:
        if block.kind == "table":
            _from_table(block.rows, essential, desirable, unclear, key)
    # Lines led by a symbol from the advert's key ("✅ Can use a smartphone", "⭐ Speak Somali"); the reading
    # keeps such a line but drops its symbol, so the text's own lines are read for it.
    _marked_lines_in_cells(((document.text,),), essential, desirable, key, codes=False)
    advert = _forwarded(document.blocks)
    advert = _from_cards(advert, essential, desirable, unclear)
    advert = _from_columns_in_turn(advert, essential, desirable)
    advert = _from_weightings(advert, essential, desirable)
    advert = _from_end_marks(advert, essential, desirable, document.text)
    advert = _from_yes_no_column(advert, essential, desirable)
    _from_headed_lists(advert, essential, desirable, unclear)
    _from_prose(advert, essential, desirable)
    _levels_by_number(advert, essential, desirable, unclear)
    _levels_by_reference(document.blocks, essential, desirable, unclear)
    if len(essential) + len(desirable) + len(unclear) < _FEW:
        # A person specification in a shape none of the readers above knows: its requirement-like lines are
        # offered to check against the advert, rather than an empty or near-empty list.
        unclear.extend(_requirement_lines(advert))
    vacancy.essential = _unique(essential)
    vacancy.desirable = [item for item in _unique(desirable) if item not in vacancy.essential]
    vacancy.unclear = [item for item in _unique(unclear) if item not in vacancy.essential + vacancy.desirable]
    return vacancy


_FEW = 3
# A careers site's mobile view copied from a phone: each requirement a card of labelled lines ("Criteria" /
# the requirement / "Essential or desirable" / "Essential" / "How we'll assess it" / "Interview").
_CARD_LABEL = regex.compile(r"^(?:criteria|criterion|requirement)$", _FLAGS)
_CARD_ASSESSED = regex.compile(
    r"^(?:how\s+(?:we(?:'|’)ll|we\s+will|it\s+is|it(?:'|’)s)\s+(?:be\s+)?(?:assess|test|check)\w*(?:\s+it)?|"
    r"how\s+assessed|assessed\s+(?:by|at|through))$",
    _FLAGS,
)


# A shortlisting grid printed from a recruitment system: "Criterion 3 of 12" / the requirement / "Weighting: 3",
# and a key saying which weightings are essential ("Criteria with a weighting of 3 are essential").
_NUMBERED_CRITERION = regex.compile(r"^criteri(?:on|a)\s+\d{1,2}\s+(?:of|/)\s+\d{1,2}$", _FLAGS)
_WEIGHTING = regex.compile(r"^weight(?:ing)?\s*:?\s*(\S+)", _FLAGS)
_WEIGHTING_KEY = regex.compile(
    r"\bweightings?\s+of\s+(\d(?:\s*(?:,|or|and|&)\s*\d)*)\s+(?:are|is)\s+(essential|desirable)", _FLAGS
)


def _from_weightings(blocks: list[Block], essential: list[str], desirable: list[str]) -> list[Block]:
    """Requirements of a weighted shortlisting grid, each with the level its weighting is given in the key; one
    whose weighting the key does not name ("not scored") is no criterion. The grid's blocks are taken out."""
    key = {
        weight: match.group(2).lower()
        for block in blocks
        for match in _WEIGHTING_KEY.finditer(block.text)
        for weight in regex.findall(r"\d", match.group(1))
    }
    if not key:
        return blocks
    used: set[int] = set()
    for index, block in enumerate(blocks[:-2]):
        weighting = next(
            (found for b in blocks[index + 2 : index + 4] if (found := _WEIGHTING.match(b.text.strip()))), None
        )
        if not _NUMBERED_CRITERION.match(block.text.strip()) or weighting is None:
            continue
        level = key.get(weighting.group(1))
        requirement = blocks[index + 1].text.strip()
        if level and not not_a_criterion(requirement):
            (essential if level == "essential" else desirable).append(requirement)
        used.update(range(index, index + 3))
    return [block for index, block in enumerate(blocks) if index not in used] if used else blocks


# Levels given by a mark at the end of each criterion, with the key after the list: "Care Certificate*" and "ABPI
# training**", then "* Essential. Criteria without a mark are desirable." and "** Provided by the Trust in your
# first six months".
_END_MARK = regex.compile(r"(?<=\S)\s?(\*{1,3}|†{1,2}|‡)$")
_MARK_KEY = regex.compile(r"^(\*{1,3}|†{1,2}|‡)\s*(?:=|:|-|–)?\s*(\S.*)$")
_UNMARKED = regex.compile(
    r"\b(?:without\s+(?:a|an|any)\s+(?:mark|asterisk|symbol)|unmarked|(?:with\s+)?no\s+(?:mark|asterisk|symbol))\b"
    r"[^.]*?\b(essential|desirable)\b",
    _FLAGS,
)


def _mark_key(lines: list[str]) -> tuple[dict[str, str], str | None, set[str]]:
    """The marks' key, read from the advert's own lines (a reader may take "* Essential" for a bullet): {mark:
    "essential", "desirable" or "other"}, the level of an unmarked criterion if the key gives one, and the key's
    lines with and without their marks."""
    key: dict[str, str] = {}
    unmarked, lines_of_key = None, set()
    for line in lines:
        found = _MARK_KEY.match(line.strip())
        if not found:
            continue
        said = found.group(2).lower()
        key[found.group(1)] = next((level for level in ("essential", "desirable") if said.startswith(level)), "other")
        lines_of_key |= {line.strip(), found.group(2).strip()}
        if level := _UNMARKED.search(said):
            unmarked = level.group(1).lower()
    return key, unmarked, lines_of_key


def _from_end_marks(blocks: list[Block], essential: list[str], desirable: list[str], text: str) -> list[Block]:
    """Criteria whose level is a mark at their end (see ``_END_MARK``), read with the key printed after them; an
    unmarked line takes the level the key gives unmarked criteria, and a mark the key says is training the job
    gives is no criterion. The list's blocks and the key's are taken out."""
    key, unmarked, lines_of_key = _mark_key(text.split("\n"))
    texts = [block.text.strip() for block in blocks]
    key_start = next((i for i, line in enumerate(texts) if line in lines_of_key), len(texts))
    marked = [i for i, line in enumerate(texts[:key_start]) if (m := _END_MARK.search(line)) and m.group(1) in key]
    if len(marked) < 2 or not {"essential", "desirable"} & set(key.values()):  # noqa: PLR2004
        return blocks
    start = max((i + 1 for i in range(marked[0]) if _spec_marker(texts[i])), default=marked[0])
    for line in texts[start:key_start]:
        mark = _END_MARK.search(line)
        level = key.get(mark.group(1), "other") if mark else unmarked
        bare = strip_bullet(_END_MARK.sub("", line)).strip()
        short = len(bare.split()) < 3  # noqa: PLR2004
        if level in ("essential", "desirable") and not (short or is_category(bare) or not_a_criterion(bare)):
            (essential if level == "essential" else desirable).append(bare)
    used = set(range(start, key_start)) | {i for i, line in enumerate(texts) if line in lines_of_key}
    return [block for index, block in enumerate(blocks) if index not in used]


# A table whose level column asks "Essential?" and answers Yes or No, as a PDF's text gives it: each row's
# requirement (wrapped over lines) ends with "Yes A/I" or "No I", or has it on a line of its own.
_YES_NO_HEADER = regex.compile(r"^(?:criteria|criterion|requirements?)\s+essential\s*\?(?:\s+.*)?$", _FLAGS)
_YES_NO_END = regex.compile(r"^(.*?)\s*\b(yes|no)(?:\s+\S{1,16})?$", _FLAGS)
# Two rows the PDF's text ran into one line: "... equipment safely Yes I Able to use SystmOne No A".
_ROWS_RUN_ON = regex.compile(r"(?<=\b(?:[Yy]es|[Nn]o)\s+(?:[A-Z](?:/[A-Z])*|N/A))\s+(?=\p{Lu})", regex.VERSION1)


def _from_yes_no_column(blocks: list[Block], essential: list[str], desirable: list[str]) -> list[Block]:
    """Requirements of an "Essential?" Yes/No table (see ``_YES_NO_HEADER``): Yes is essential, No desirable.
    The table's blocks are taken out."""
    texts = [block.text.strip() for block in blocks]
    start = next((i for i, text in enumerate(texts) if _YES_NO_HEADER.match(text)), None)
    if start is None:
        return blocks
    pending: list[str] = []
    end = start + 1
    while end < len(texts) and not (pending and _running_on(pending[-1], texts[end])):
        pieces = [] if is_category(texts[end]) else _ROWS_RUN_ON.split(texts[end])
        if not pieces:
            pending = []  # a category heading between rows
        for piece in pieces:
            answered = _YES_NO_END.match(piece)
            if answered is None:
                pending.append(piece)
                continue
            requirement, pending = " ".join([*pending, answered.group(1)]).strip(), []
            if requirement and not not_a_criterion(requirement):
                (essential if answered.group(2).lower() == "yes" else desirable).append(requirement)
        end += 1
    return [block for index, block in enumerate(blocks) if not start <= index < end]


def _running_on(previous: str, line: str) -> bool:
    """Whether a line after an unanswered one is running text after the table, not the requirement wrapping."""
    return not ENDS_OPEN.search(previous) and not line[:1].islower() and _YES_NO_END.match(line) is None


def _from_columns_in_turn(blocks: list[Block], essential: list[str], desirable: list[str]) -> list[Block]:
    """A table drawn column by column in a PDF: its text gives the "Criteria" column whole, then the "E/D" column
    as a run of letters. Where the requirements (a line wrapped after a comma or an open word joined to the next)
    are as many as the letters, each takes its letter. The blocks with the two columns taken out are returned."""
    texts = [block.text.strip() for block in blocks]
    for start, text in enumerate(texts):
        if not _CARD_LABEL.match(text):
            continue
        header = next(
            (i for i in range(start + 1, min(start + 60, len(texts))) if _COMBINED_HEADER.fullmatch(texts[i])), None
        )
        if header is None:
            return blocks
        end = header + 1
        while end < len(texts) and texts[end].lower() in _LEVEL_WORDS:
            end += 1
        requirements: list[str] = []
        for line in texts[start + 1 : header]:
            if requirements and ENDS_OPEN.search(requirements[-1]):  # a line wrapped after "," or "such as"
                requirements[-1] = f"{requirements[-1]} {line}"
            else:
                requirements.append(line)
        letters = [mark[0].lower() for mark in texts[header + 1 : end]]
        if len(letters) < 3 or len(letters) != len(requirements):  # noqa: PLR2004
            return blocks
        for requirement, letter in zip(requirements, letters, strict=True):
            if not not_a_criterion(requirement):
                (essential if letter == "e" else desirable).append(requirement)
        if end < len(texts) and _ASSESSED_HEADER.search(texts[end]):  # the "Assessed" column after them
            end += 1
            while end < len(texts) and _ASSESSED_CELL.match(texts[end]):
                end += 1
        return blocks[:start] + blocks[end:]
    return blocks


def _from_cards(blocks: list[Block], essential: list[str], desirable: list[str], unclear: list[str]) -> list[Block]:
    """Requirements laid out as cards (``_CARD_LABEL``): each card's requirement with the level its card gives
    ("check the advert" where the card gives none). The blocks with the cards taken out are returned."""
    cards: list[tuple[str, str]] = []
    used: set[int] = set()
    index = 0
    while index < len(blocks) - 1:
        if not _CARD_LABEL.match(blocks[index].text.strip()):
            index += 1
            continue
        level, card, end = "unclear", {index, index + 1}, index + 2
        while end < len(blocks) - 1 and (field := blocks[end].text.strip()) and not _CARD_LABEL.match(field):
            value = blocks[end + 1].text.strip()
            if _COMBINED_HEADER.fullmatch(field) and value.lower() in ("essential", "desirable"):
                level, step = value.lower(), 2
            elif _COMBINED_HEADER.fullmatch(field) or _CARD_ASSESSED.match(field):
                labelled = _CARD_LABEL.match(value) or _COMBINED_HEADER.fullmatch(value) or _CARD_ASSESSED.match(value)
                step = 1 if labelled else 2
            else:
                break
            card.update(range(end, end + step))
            end += step
        if len(card) > 2:  # noqa: PLR2004 - the requirement and at least one field of its card
            cards.append((level, blocks[index + 1].text.strip()))
            used |= card
        index = end
    if len(cards) < 2:  # noqa: PLR2004
        return blocks
    targets = {"essential": essential, "desirable": desirable, "unclear": unclear}
    for level, requirement in cards:
        if not not_a_criterion(requirement):
            targets[level].append(requirement)
    return [block for index, block in enumerate(blocks) if index not in used]


# Levels given after a numbered list, by number: "Points 1 to 6 are essential", "Criteria 7, 8, 9 and 11 are
# desirable", "Numbers 10 and 11 are for our information only".
_NUMBERS = r"\d{1,2}(?:\s*(?:,|and|&|to|-|–)\s*\d{1,2})*"
_BY_NUMBER = regex.compile(
    rf"\b(?:points?|criteria|criterion|items?|numbers?|requirements?|questions?)\s+({_NUMBERS})\s+"
    r"(?:are|is|will\s+be)\s+(?:all\s+|both\s+)?(?:(essential|desirable)|.{0,40}?\binformation\b)",
    _FLAGS,
)


def _numbers(text: str) -> set[int]:
    """The numbers a phrase names: "1 to 6 and 10" is 1, 2, 3, 4, 5, 6 and 10."""
    found: set[int] = set()
    for start, end in regex.findall(r"(\d{1,2})(?:\s*(?:to|-|–)\s*(\d{1,2}))?", text):
        found.update(range(int(start), int(end or start) + 1))
    return found


def _levels_by_number(blocks: list[Block], essential: list[str], desirable: list[str], unclear: list[str]) -> None:
    """A numbered list whose levels a sentence after it gives by number. Each item takes the level its number
    is given; an item given none ("for our information only") and the sentences giving them are no criteria.
    The list is the one nearest above the sentences (a job description's numbered duties may come earlier)."""
    for index, block in enumerate(blocks):
        given = list(_BY_NUMBER.finditer(block.text))
        if block.kind == "list_item" or not given:
            continue
        items, lead_in = _list_above(blocks, index)
        if not items:
            continue
        levels = {number: (match.group(2) or "none").lower() for match in given for number in _numbers(match.group(1))}
        if not {"essential", "desirable"} & set(levels.values()):
            continue
        for found in (essential, desirable, unclear):
            found[:] = [item for item in found if item not in items and item != lead_in and not _BY_NUMBER.search(item)]
        for number, item in enumerate(items, 1):
            target = {"essential": essential, "desirable": desirable}.get(levels.get(number, "none"))
            if target is not None:
                target.append(item)
        return


_REFERENCE = regex.compile(r"^[A-Z]{1,2}\d{1,2}[a-z]?$")
_REFERENCES = regex.compile(r"^[A-Z]{1,2}\d{1,2}[a-z]?(?:\s*[,;/&]\s*(?:and\s+)?[A-Z]{1,2}\d{1,2}[a-z]?)+\.?$")


def _levels_by_reference(blocks: list[Block], essential: list[str], desirable: list[str], unclear: list[str]) -> None:
    """Criteria given a reference each ("Q1", "E3", "K2": the letter a category's, not a level) whose levels a
    shortlisting key gives by reference ("Essential: ... | Q1, E1, E2", "Desirable: ... | Q2, E3"). Each
    criterion takes the level its reference is given; one given none ("Checked before an offer") is none."""
    rows = [row for block in blocks if block.kind == "table" for row in block.rows]
    levels: dict[str, str] = {}
    for row in rows:
        if len(row) >= 2 and _REFERENCES.match(row[-1].strip()):  # noqa: PLR2004
            first = row[0].strip().lower()
            level = next((word for word in ("essential", "desirable") if first.startswith(word)), "none")
            levels.update(dict.fromkeys(regex.findall(r"[A-Z]{1,2}\d{1,2}[a-z]?", row[-1]), level))
    referenced = {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2 and _REFERENCE.match(row[0].strip())}  # noqa: PLR2004
    if not {"essential", "desirable"} <= set(levels.values()) or not set(levels) & set(referenced):
        return
    texts = set(referenced.values())
    for found in (essential, desirable, unclear):
        found[:] = [item for item in found if item not in texts]
    targets = {"essential": essential, "desirable": desirable}
    for reference, text in referenced.items():
        if levels.get(reference) in targets and not not_a_criterion(text):
            targets[levels[reference]].append(text)


def _list_above(blocks: list[Block], index: int) -> tuple[list[str], str | None]:
    """The items of the list nearest above ``blocks[index]``, in order, numbers taken off, and the line leading
    into it ("Show us how you meet each of these:"), if one does."""
    end = next((i for i in range(index - 1, -1, -1) if blocks[i].kind == "list_item"), None)
    if end is None:
        return [], None
    start = end
    while start > 0 and blocks[start - 1].kind == "list_item":
        start -= 1
    lead_in = blocks[start - 1].text.strip() if start > 0 and blocks[start - 1].text.strip().endswith(":") else None
    return [strip_bullet(block.text).strip() for block in blocks[start : end + 1]], lead_in


# How a requirement of the person usually opens: "Experience of", "Able to", "Good written English", "GCSE",
# "Level 2", "Full UK driving licence", "Willing to".
_REQUIREMENT_START = regex.compile(
    r"^(?:(?:previous|recent|some|proven|demonstrable|relevant|good|excellent|strong|sound|basic|working|clear|"
    r"effective|high|written|spoken|verbal|and|an?)\s+)*"
    r"(?:experience|knowledge|understanding|awareness|ability|able|skills?|standard|communication|literacy|"
    r"numeracy|english|maths|it|computer|educated|education|gcses?|nvq|btec|level\s+\d|"
    r"a[\s-]levels?|degree|qualification|certificate|diploma|care\s+certificate|full\s+(?:uk\s+)?driving|"
    r"(?:uk\s+)?driving\s+licen[cs]e|willing(?:ness)?|confident|competent|flexible|commitment|caring|calm|friendly|"
    r"polite|reliable|organised|proficient|fluent|physically\s+able|evidence\s+of|accurate|empathy|patience)\b",
    _FLAGS,
)
_CODE_OR_MARK = regex.compile(r"^(?:[A-Z]\d{1,2}[.:)]?\s+|\[?[ED]\]?\s+)|\s+(?:\[?[ED]\]?|[✓✔●○•*xX])(?:\s+\S{1,12})*$")


def _requirement_lines(blocks: list[Block]) -> list[str]:
    """Lines after a person specification's heading that read as requirements of the person, from paragraphs,
    list items and table cells alike (the heading may be a table's own row), with any row code or level mark
    left off."""
    found: list[str] = []
    in_spec = False
    for block in blocks:
        if block.kind != "table" and in_spec and _SECTION_END.match(block.text.strip()):
            break
        rows = block.rows if block.kind == "table" else ((block.text,),)
        for row in rows:
            if _spec_marker(row[0]):
                in_spec = True
                continue
            for line in (part for cell in row if in_spec for part in cell.split("\n")):
                bare = _CODE_OR_MARK.sub("", strip_bullet(line.strip())).strip(" :;–-")
                if _requirement_like(bare):
                    found.append(bare)
    return found


def _requirement_like(line: str) -> bool:
    return (
        3 <= len(line.split()) <= 40  # noqa: PLR2004
        and bool(_REQUIREMENT_START.match(line))
        and not is_category(line)
        and not not_a_criterion(line)
    )


def _spec_marker(text: str) -> bool:
    """A person specification's heading ("Person specification", "Essential criteria", "What you'll need")."""
    text = strip_bullet(text.strip())
    short = len(text.split()) <= 8  # noqa: PLR2004
    return short and bool(
        _SPEC_START.match(text) or _ESSENTIAL.match(text) or _DESIRABLE.match(text) or _PHRASE_HEADING.match(text)
    )


_FORWARDED = regex.compile(
    r"^(?:-{2,}\s*(?:original|forwarded)\s+message\s*-{2,}|begin\s+forwarded\s+message\s*:?|"
    r"-{2,}\s*forwarded\s+by\b.*)$",
    _FLAGS,
)


def _forwarded(blocks: list[Block]) -> list[Block]:
    """In a forwarded email, the message forwarded: the note above it ("Also a reminder: you must ...") asks
    nothing of an applicant."""
    start = next((index for index, block in enumerate(blocks) if _FORWARDED.match(block.text.strip())), None)
    return blocks if start is None else blocks[start + 1 :]


# A post's emoji before a line ("📣 WE'RE HIRING x2 – Notes Summariser") and the count of posts after "hiring".
_TRAILING_EMOJI = regex.compile(r"\s*[\p{So}\p{Sk}\uFE0F\u200D]+$")
_HIRING_COUNT = regex.compile(
    r"^((?:we(?:'|’)re|we\s+are|now)\s+hiring)\s*(?:x\s*\d|\(\s*x?\s*\d\s*\)|\d\s+posts?)", _FLAGS
)


def _find_details(document: Document, vacancy: Vacancy) -> None:
    # A table's cells (tab-separated in the text) count as lines, so "Band | 3 | Closing date | 1 May" reads as
    # labels with their values.
    # Numbered like a job description's sections ("1.1  Job title: Porter"): the number goes.
    cells = [
        _HIRING_COUNT.sub(r"\1", strip_bullet(LEADING_SYMBOLS.sub("", plain_markdown(cell))))
        for line in _WRAPPED_TRUST.sub(r"\1 \2", document.text).split("\n")  # not "Trust" alone as a label
        for cell in line.split("\t")
    ]
    lines = [cell for cell in cells if cell][:600]
    found: dict[str, str] = {}
    for block in document.blocks:
        if block.kind == "table":
            _details_under_headers(block.rows, found)
    contact_until = -1  # the lines about whom to contact: a "Job title" there is the contact's own
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if len(line.split()) <= 8 and _CONTACT.search(line):  # noqa: PLR2004
            contact_until = index + 6
        for key in _LABELS:
            if key in found or (key == "job_title" and index <= contact_until):
                continue
            value = _labelled_value(key, line, following)  # the first label wins
            if value:
                found[key] = value
        if "closing_date" not in found and (date := _closing_date_in(line)):
            found["closing_date"] = date
        if "closing_date" not in found and _CLOSING_QUESTION.search(line) and _iso_date(following):
            found["closing_date"] = following  # "When does the advert close?" answered on the next line
    if "closing_date" not in found:  # a sentence wrapped between two lines of a PDF: "... is Sunday 23 / January 2028"
        date = next((date for block in document.blocks if (date := _closing_date_in(block.text))), None)
        if date:
            found["closing_date"] = date
    vacancy.band = _band(found.get("band", "")) or _band(document.text, anywhere=True) or NOT_STATED
    vacancy.employer = _whole_employer(
        found.get("employer")
        or _employer_named(document.text)
        # a name wrapped across two lines of a PDF ("... London NHS" / "Foundation Trust"), joined in the blocks
        or _employer_named("\n".join(block.text for block in document.blocks))
        or NOT_STATED,
        document.text,
    )
    if found.get("closing_date"):
        vacancy.closing_date = _iso_date(found["closing_date"]) or found["closing_date"]
    vacancy.job_title = found.get("job_title") or _title_from_subject(lines) or _title_unlabelled(document)


_TRUST_PART = regex.compile(r"\bNHS\b.*\b(?:Trust|Integrated\s+Care\s+Board)$|\bTrust$", _FLAGS)


def _whole_employer(employer: str, text: str) -> str:
    """The employer as the trust is named: a service before it dropped ("Single Point of Access, West London NHS
    Trust"), and a name a label gives short ("London Ambulance Service") made whole where the advert prints it so."""
    pieces = employer.split(", ")
    # not a place listed in the trust's own name: "Barking, Havering and Redbridge University Hospitals NHS Trust"
    if len(pieces) > 1 and _TRUST_PART.search(pieces[-1]) and len(pieces[0].split()) > 1:
        return pieces[-1]
    if employer == NOT_STATED:
        return employer
    whole = regex.search(rf"\b{regex.escape(employer)}\s+NHS(?:\s+Foundation)?\s+Trust\b", text)
    return whole.group() if whole else employer


def _title_unlabelled(document: Document) -> str:
    """The title from the advert's top lines, unless those name no role ("Priya", a sign-off) and a sentence
    does ("we're recruiting a Tissue Viability Support Worker"); then from a banner row."""
    top = _title_from_top(document)
    if top is None or not _ROLE.search(top):
        top = _title_in_sentence(document) or top
    return top or _title_from_banner(document) or NOT_STATED


_CLOSING_QUESTION = regex.compile(r"\b(?:close|closes|closing(?:\s+date)?|deadline)\b[^?]{0,30}\?\s*$", _FLAGS)
_CONTACT = regex.compile(r"\bcontacts?\b|\binformal\s+(?:visits?|enquir(?:y|ies)|chats?)\b|\benquiries\s+to\b", _FLAGS)


def _closing_date_in(text: str) -> str | None:
    """The date after words that close the advert ("Closing date", "reaches us by ..."), if ``text`` has both."""
    closing = _CLOSING.search(text) or _SEND_BY.search(text)
    return _iso_date(text[closing.start() :]) if closing else None


_PAY_HEADER = regex.compile(r"^(?:pay|salary|pay\s+and\s+band)\s*:?$", _FLAGS)


def _details_under_headers(rows: tuple[tuple[str, ...], ...], found: dict[str, str]) -> None:
    """A details table with its labels along the top row and the values under them: "Job title | Pay |
    Closing date" over "Porter | AfC 2, £24,465 | 19.11.2027", or a timeline of dates with the closing date
    among them. A pay column gives the band when it names one."""
    if len(rows) < 2 or len(rows[0]) != len(rows[1]):  # noqa: PLR2004
        return
    headers = [cell.strip() for cell in rows[0]]
    keys = [next((key for key, alone in _LABEL_ALONE.items() if alone.match(cell)), None) for cell in headers]
    keys = [key or ("band" if _PAY_HEADER.match(cell) else None) for key, cell in zip(keys, headers, strict=True)]
    labels_below = any(alone.match(cell.strip()) for cell in rows[1] for alone in _LABEL_ALONE.values())
    # "Employer | Imperial College ... | Pay band | AfC Band 4": labels with their values beside them, not above
    values_beside = any(
        key and index + 1 < len(headers) and _fits(key, headers[index + 1]) for index, key in enumerate(keys)
    )
    # A timeline ("Advert live | Closing date | Interviews" over dates) has one label of ours, and a date under it.
    dated = any(key == "closing_date" and _iso_date(value) for key, value in zip(keys, rows[1], strict=True))
    if (sum(key is not None for key in keys) < 2 and not dated) or labels_below or values_beside:  # noqa: PLR2004
        return
    for key, value in zip(keys, rows[1], strict=True):
        if key and key not in found and value.strip() and (key != "band" or _band(value)):
            found[key] = _clean_value(key, value.strip())


def _fits(key: str, cell: str) -> bool:
    """Whether ``cell`` reads as the value of the detail ``key`` (a band, an employer's name, a date)."""
    checks = {"band": _band, "employer": _employer_named, "closing_date": _iso_date}
    return key in checks and bool(checks[key](cell))


def _labelled_value(key: str, line: str, following: str) -> str | None:
    """The value after a job-details label: on the same line ("Band: 3"), or on the next for a label alone."""
    if _LABEL_ALONE[key].match(line):
        if following and not any(alone.match(following) for alone in _LABEL_ALONE.values()):
            return _clean_value(key, following)
        return None
    match = _LABEL[key].match(line)
    if not match:
        return None
    if not _labelled(match) and not _LOOSE.match(match.group(1)):
        return None
    return _clean_value(key, match.group(3))


def _labelled(match: regex.Match[str] | None) -> bool:
    """Whether a label match is a real label: a colon, dash or tab between it and its value."""
    return bool(match and regex.search(r"[:\-–\t]", match.group(2)))


def _clean_value(key: str, value: str) -> str | None:
    value = value.replace("\t", " ").strip(" :-–|")
    if key == "closing_date":
        return value if _DATE.search(value) else None
    if key == "band":
        return value if _band(value) else None
    if key == "job_title":
        value = _ACRONYM.sub("", _title_part(_TRAILING_EMOJI.sub("", value)) or "")
    # A value is a name, not a sentence: a "Role" heading above a paragraph is no job title.
    if len(value.split()) > 15 or (key == "job_title" and value.endswith(".")):
        return None
    return value if 2 <= len(value) <= 120 else None


_ACRONYM = regex.compile(r"\s*\(\p{Lu}{2,6}\)$")  # "General Practice Assistant (GPA)"


def _band(text: str, *, anywhere: bool = False) -> str | None:
    match = _BAND.search(text) if anywhere else _BAND.search(text) or _BAND_VALUE.match(text.strip())
    return f"Band {match.group(1)}{(match.group(2) or '').lower()}" if match else None


_EMAIL_HEADER = regex.compile(r"^(?:from|to|cc|sent|subject)\s*:.*$", _FLAGS | regex.MULTILINE)


# A trust's name wrapped onto a second line of a PDF: "Central and North West London NHS Foundation\nTrust".
_WRAPPED_TRUST = regex.compile(r"\b(NHS|Foundation)[ \t]*\n[ \t]*((?:Foundation[ \t]+)?Trust)\b")


def _employer_named(text: str) -> str | None:
    """An employer named in the text without a label: a trust first, then a practice or health centre. An
    email's header lines ("From: NWL ICB Internal Communications") are left out: they name a sender."""
    text = _WRAPPED_TRUST.sub(r"\1 \2", _EMAIL_HEADER.sub("", text))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for index, line in enumerate(lines):
        # at the top, or anywhere as a footer's piece: "Hillingdon Health Care Partners | The GP federation for ..."
        if (index < 6 or " | " in line) and (described := _DESCRIBED_EMPLOYER.match(line)):  # noqa: PLR2004
            return described.group(1)
    for pattern in _EMPLOYERS:
        # the fullest name the pattern finds: "the GP Federation" in a chat, then "Hammersmith & Fulham GP Federation"
        names = [_NOT_EMPLOYER_START.sub("", match.group(1).strip()) for match in pattern.finditer(text)]
        if names and _GENERIC_EMPLOYER.match(best := max(names, key=len)):
            # "the GP federation" in passing: the name it is given elsewhere ("Hounslow Health is the GP federation
            # for the borough's practices") is the employer
            return next((found.group(1) for line in lines if (found := _DESCRIBED_EMPLOYER.match(line))), best)
        if names:
            return best
    # Last, a line of its own near the top naming a hospital, practice or health organisation, perhaps with its
    # service after a dash: "Central London Healthcare – GP Out-of-Hours Home Visiting Service".
    for line in lines[:6]:
        first = _DASH.split(line, maxsplit=1)[0].strip()
        if _EMPLOYER_LINE.match(first):
            return regex.sub(r"\s*\([^)]*\)$", "", first)
    return None


_GENERIC_EMPLOYER = regex.compile(r"^(?:the\s+)?(?:GP\s+)?(?:con)?federation$", _FLAGS)


# An employer's name followed by what it is: "Healthcare Central London – the GP federation for Westminster", or
# in a sentence: "Healthcare Central London, the GP federation for Westminster, is looking for ...", "Central London
# Healthcare is the GP federation for Westminster".
_DESCRIBED_EMPLOYER = regex.compile(
    r"^(\p{Lu}[\w&'’. ]{2,60}?)(?:\s+[–—|-]|,|\s+is)\s+(?i:the|a|an|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:federation|confederation|trust|network|partnership|provider|charity|organisation|practice)\b",
    regex.VERSION1,
)


# A department or service named above the title ("Pharmacy Department | Hillingdon Hospital"): no job title.
_DEPARTMENT = regex.compile(r"^[\w&',. -]+\s(?:Department|Directorate|Division|Services?|Team|Unit)$", _FLAGS)
# A web page's trail of links ("Home > Careers > Vacancies"), pasted above the title.
_BREADCRUMB = regex.compile(r"^[^>›»]+(?:\s[>›»]\s[^>›»]+){2,}$")


# An advert forwarded by email: the subject names the job ("FW: Vacancy - Care Coordinator - please share!").
_SUBJECT = regex.compile(r"^subject\s*:\s*(?:(?:re|fwd?)\s*:\s*)*(?:[^:]{1,30}:\s*)?(.+)$", _FLAGS)
_SUBJECT_AROUND = regex.compile(
    r"^(?:vacancy|job|new\s+(?:role|vacancy|job)|opportunity|we(?:'|’)re\s+hiring)\s*[-–:]\s*|"
    r"\s*[-–]\s*(?:please|reply|apply|closing|closes|deadline)\b.*$|\s*!+$",
    _FLAGS,
)


_NEWSLETTER = regex.compile(r"\b(?:round-?up|newsletter|bulletin|digest|news|update)\b", _FLAGS)


def _title_from_subject(lines: list[str]) -> str | None:
    subject = next((match for line in lines[:8] if (match := _SUBJECT.match(line))), None)
    if subject is None or _NEWSLETTER.search(subject.group(1)) or "?" in subject.group(1):
        return None  # a newsletter's subject names no one job; a question ("... can you share?") is a request
    return _title_part(_SUBJECT_AROUND.sub("", subject.group(1)))


_PIECES = regex.compile(r"\s*[|·•]\s*|\t")
_ADDRESS = regex.compile(r"^\d+[a-z]?\s+\p{Lu}|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


def _title_from_top(document: Document) -> str | None:
    """An advert without a title label usually opens with the title: the first short line that is not another
    detail (band alone, employer, date), a label or a generic heading; the first naming a role ("... Assistant")
    of the first three such lines, so "London Ambulance Service NHS Trust | Clinical Education and Standards"
    gives way to the "Education and Training Administrator" under it."""
    candidates = list(itertools.islice(_top_lines(document), 3))
    return next((title for title in candidates if _ROLE.search(title)), candidates[0] if candidates else None)


# The words job titles end their role in: "Assistant", "Coordinator", "Worker", "Porter".
_ROLE = regex.compile(
    r"\b(?:assistants?|administrators?|practitioners?|co-?ordinators?|attendants?|workers?|officers?|clerks?|"
    r"nurses?|carers?|cooks?|chefs?|mates?|carpenters?|operators?|operatives?|advis[oe]rs?|receptionists?|"
    r"secretar(?:y|ies)|supervisors?|housekeepers?|porters?|phlebotomists?|technicians?|technologists?|drivers?|"
    r"analysts?|keepers?|coders?|painters?|decorators?|plumbers?|electricians?|dispatchers?|handlers?|trainers?|"
    r"managers?|leads?|leaders?|apprentices?|trainees?|therapists?|helpers?|facilitators?|navigators?|specialists?|"
    r"engineers?|planners?|bookers?|librarians?|cleaners?|stewards?|agents?|representatives?|midwi(?:fe|ves)|"
    r"pharmacists?|scientists?|educators?|instructors?|controllers?|buyers?|accountants?|developers?|designers?|"
    r"photographers?|fundraisers?|interpreters?|translators?|counsellors?|mentors?|coach(?:es)?|chaplains?|caretakers?|"
    r"gardeners?|labourers?|fitters?|tutors?|paramedics?|doctors?|consultants?|volunteers?|champions?|guards?|"
    r"assessors?|screeners?|hosts?|runners?|couriers?|collectors?|testers?|auditors?|inspectors?)\b",
    _FLAGS,
)


def _menu_bar(text: str) -> bool:
    """A line of a site's menu items ("Jobs home    Search jobs    My applications    Sign in")."""
    items = [item for item in _MENU_GAP.split(text) if item.strip()]
    return len(items) > 1 and sum(bool(_GENERIC_TITLE.match(item.strip())) for item in items) * 2 >= len(items)


_DOCUMENT_KIND = regex.compile(
    r"^job\s+(?:description|advert)(?:\s+and\s+person\s+specification)?\s*(?:$|[|–-])", _FLAGS
)


# The words a title's role follows, ending a line the title wrapped from: "... Mental Health Programme Support".
_BEFORE_ROLE = regex.compile(
    r"\b(?:support|care|healthcare|health|clinic|clinical|programme|project|liaison|admin|administrative|services?|"
    r"ward|team|patient|records|pathway|engagement|outreach|wellbeing|rehabilitation|therapy|community)$",
    _FLAGS,
)


def _top_lines(document: Document) -> Iterator[str]:
    found = False
    blocks = document.blocks[:17]
    for block, after in zip(blocks, [*blocks[1:], None], strict=False):
        # a table's banner row, merged across it, may carry the title: "Cancer MDT Coordinator – Band 4 – ..."
        banner = _banner(block)
        text = _TITLE_LABEL.sub("", banner if banner is not None else block.text.strip())
        following = after.text.strip() if after is not None and after.kind != "table" else ""
        if _BEFORE_ROLE.search(text) and not _ROLE.search(text) and _ROLE.fullmatch(following):
            text = f"{text} {following}"  # a title wrapped onto a second line: "... Programme Support" / "Officer"
        # "*Health Inclusion Support Assistant* (Band 2) with London North West ... Trust": the title comes first
        text = _WITH_EMPLOYER.split(text.replace("*", ""), maxsplit=1)[0].strip()
        # "Porter | Band 2 | Ref 123-ABC": the title is the first piece
        first = _PIECES.split(text)[0]
        # "Hand Therapy Assistant (Band 3) - Central Middlesex Hospital - 6 month contract": long, but led by a role
        # ... or with the employer first: "The Hillingdon Hospitals NHS Foundation Trust – Booking Clerk"
        # ... and a comma before the band: "West London NHS Trust – Mental Health Support Worker, Band 4"
        led_by_role = any(
            len(part.split(",")[0].split()) <= 8 and _ROLE.search(part.split(",")[0])  # noqa: PLR2004
            for part in _DASH.split(first)
        )
        if (block.kind == "table" and banner is None) or not (1 <= len(first.split()) <= 10 or led_by_role):
            continue
        if _OTHER_LABEL.match(text) or _GREETING.match(text) or _EMAIL_HEADER.match(text):
            continue  # "Department: Logistics - Goods Inwards", "Hi all,", "From: ..." name no job
        if _GENERIC_TITLE.match(text) or not any(char.isupper() for char in text) or _menu_bar(text):
            continue  # a web page's menu ("Contact us") or logo ("indeed") is not the advert's body
        if _DOCUMENT_KIND.match(text) and not found:
            continue  # "Job description and person specification | Ref 290-RHM-0925" above the title names the paper
        if _SECTION_END.match(text) or _ESSENTIAL.match(text) or _DESIRABLE.match(text) or _SPEC_START.match(text):
            break  # the advert's body has begun: the title comes before it
        if (
            _GENERIC_TITLE.match(text)
            # a date line, unless a "|" line naming a role: "Ref 123 | Cardiac Physiology Assistant | Closes 1.2.28"
            or ((_CLOSING.search(text) or _DATE.search(text)) and not ("|" in text and _ROLE.search(text)))
            or is_category(text)
            or _BREADCRUMB.match(text)
            or text.endswith("!")  # a slogan: "Join our team!"
            # "Pharmacy Department | Hillingdon Hospital", "Children's Services – School Health Service"
            or _DEPARTMENT.match(_DASH.split(_HARD_SEPARATOR.split(text)[0].strip())[0])
            or _QUESTION_HEADING.match(text)  # "What the library does", "Your main tasks"
            or _ADDRESS.search(text)  # "37 Love Lane, Pinner HA5 3EE"
            or _NEWSLETTER.search(text)  # "THE WEEKLY ROUND-UP"
            or text.startswith("£")  # the pay: "£28,870 – £30,610 a year including HCAS"
        ):
            continue
        if any(p.match(text) for p in _LABEL_ALONE.values()) or any(_labelled(p.match(text)) for p in _LABEL.values()):
            continue
        title = _title_part(text)
        if title and not _GENERIC_TITLE.match(title):  # "West London NHS Trust Careers" is not a job
            found = True
            yield title


# A detail's label other than the title's, before its value: "Department:", "Location:", "Working pattern:".
_OTHER_LABEL = regex.compile(
    r"^(?:department|directorate|division|service|location|base|site|salary|pay|contract|hours|working\s+pattern|"
    r"speciality|specialty|job\s+ref(?:erence)?|ref(?:erence)?|staff\s+group|town)\s*:",
    _FLAGS,
)
_WITH_EMPLOYER = regex.compile(r"\s+with\s+(?=(?:the\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu})")
_GREETING = regex.compile(r"^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you)\b", _FLAGS)
# "Job description: Patient Flow Coordinator", "Vacancy – Porter": a heading naming what follows.
_TITLE_LABEL = regex.compile(
    r"^(?:job(?:\s+(?:description|advert|pack))?|vacancy|role\s+profile|recruitment\s+pack)\s*[:–—-]\s*(?=\S)", _FLAGS
)


# The title told in the opening sentence: "Chelsea and Westminster ... is looking for a Medical Equipment Library
# Assistant to join...". Two or more capitalised words, so "looking for a helpdesk operator" is left alone.
_LOOKING_FOR = regex.compile(
    r"\b(?i:is|are|we(?:'|’)re|we\s+are)\s+(?:looking\s+for|recruiting|seeking)\s+(?:a|an)\s+(?:(?:enthusiastic|motivated|"
    r"friendly|new|caring|reliable|committed)\s+)*"
    r"((?:[\p{Lu}][\p{L}&'’-]*[ \t]+(?:and[ \t]+)?){1,5}[\p{Lu}][\p{L}&'’-]*)",  # "... Activity and Wellbeing Coach"
    regex.VERSION1,
)


def _title_in_sentence(document: Document) -> str | None:
    for block in document.blocks[:20]:  # a forwarded email's own headers and note may come first
        match = _LOOKING_FOR.search(block.text)
        if match:
            return _title_part(match.group(1))
    return None


def _title_from_banner(document: Document) -> str | None:
    """The title in a row merged across the top of a table anywhere in the advert: "Cancer MDT Coordinator – Band
    4 – Imperial College Healthcare NHS Trust – Closing date 18 February 2028"."""
    for block in document.blocks:
        banner = _banner(block)
        if banner is not None and _ROLE.search(banner) and len(banner.split()) <= 30:  # noqa: PLR2004
            return _title_part(banner)
    return None


def _banner(block: Block) -> str | None:
    """The text of a table's first row when that row is one cell merged across the table."""
    cells = {cell.strip() for cell in block.rows[0]} if block.kind == "table" and block.rows else set()
    return next(iter(cells)) if len(cells) == 1 else None


# The contract, after a dash in a title line: "- 6 month contract", "- Fixed term", "- Bank".
_CONTRACT = regex.compile(
    r"^(?:(?:\d+|six|twelve|three)[\s-]*(?:months?|weeks?|years?)|permanent|temporary|fixed[\s-]term|bank|locum|"
    r"part[\s-]time|full[\s-]time|secondment|maternity\s+cover)(?:\s+(?:contract|post|role|basis|secondment))?$",
    _FLAGS,
)


def _title_part(line: str) -> str | None:
    """The job title in a line such as "Porter - Band 2 - Hillingdon Hospitals NHS Foundation Trust": the first
    part that is not the band or the employer. None when the line holds only those."""
    for pattern in _EMPLOYERS:  # a trust's name may hold a comma: "Barking, Havering and Redbridge..."
        line = pattern.sub(_unless_titled, line)
    for piece in _pieces(line):  # the first piece holding a title; a dash joins its subtitle
        kept = []
        for part in (_unbracketed(part) for part in _DASH.split(piece)):
            rest = " ".join(_unbracketed(_BAND_IN_TITLE.sub(" ", part).strip(" -–,:|")).split())
            if _GENERIC_TITLE.match(rest) or _CLOSING.search(rest) or _CONTRACT.match(rest):
                continue  # "Ref 362-CARD-0188 | Cardiac Physiology Assistant": the title is the next piece
            if len(rest) >= 2 and (_SERVICE.match(rest) or not _EMPLOYER_LINE.match(rest)):  # noqa: PLR2004
                kept.append(rest)
        if kept:
            return " - ".join(kept)
    return None


def _unless_titled(found: regex.Match) -> str:
    """An employer's name taken out of a title line, unless a role follows it in the same words: the centre in
    "Homeless Health Centre Receptionist" is the title's own."""
    return found.group() if _ROLE.match(found.string[found.end() :].lstrip(" \t")) else " "


def _pieces(line: str) -> list[str]:
    """A line cut where a title may end: at "|", a tab or a comma. Commas inside a title are kept when the role
    comes after them: "Equality, Diversity and Inclusion Administrator" (but "Porter, Ealing Hospital")."""
    pieces: list[str] = []
    for part in _PIECES.split(line):
        commas = regex.split(r",\s+", part)
        named = next((index for index, piece in enumerate(commas) if _ROLE.search(piece)), 0)
        pieces.extend([", ".join(commas[: named + 1]), *commas[named + 1 :]])
    return pieces


# A title's second half naming a service, not an employer: "Healthcare Support Worker - Mental Health".
_SERVICE = regex.compile(
    r"^(?:(?:primary\s+care|community|adult|older\s+adults?)\s+)?(?:mental|sexual|public|community|child|children(?:'|’)s|"
    r"women(?:'|’)s|occupational|oral|sexual\s+and\s+reproductive)\s+health$|"
    rf"^{_SURGERY_KINDS}\s+surgery$",
    _FLAGS,
)


def _unbracketed(part: str) -> str:
    """A part of a title without the brackets left open by splitting it: "(Band 3" and "Frailty)" lose theirs,
    "Care Coordinator (Frailty)" keeps them."""
    part = part.strip()
    if part.count("(") != part.count(")") or part.count("[") != part.count("]") or part[:1] in "([":
        part = part.strip(" ()[]")
    return part


def _iso_date(text: str) -> str | None:
    match = _DATE.search(text)
    if not match:
        return None
    groups = match.groups()
    try:
        if groups[0]:
            day, month, year = int(groups[0]), _month(groups[1]), int(groups[2])
        elif groups[3]:
            day, month, year = int(groups[3]), int(groups[4]), int(groups[5])
            year += 2000 if year < 100 else 0
        elif groups[6]:
            year, month, day = int(groups[6]), int(groups[7]), int(groups[8])
        else:
            month, day, year = _month(groups[9]), int(groups[10]), int(groups[11])
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTHS.index(name.lower()[:3]) + 1


def _items(cell: str) -> list[str]:
    items = []
    for line in cell.split("\n"):
        item = strip_bullet(line).strip()
        if not item or _PLACEHOLDER.match(item) or _CATEGORY.match(item) or _MARK.match(item) or not_a_criterion(item):
            continue
        items.append(item)
    return items


def _from_table(
    rows: tuple[tuple[str, ...], ...],
    essential: list[str],
    desirable: list[str],
    unclear: list[str],
    key: Mapping[str, str],
) -> None:
    if _under_level_title(rows, essential, desirable) or _marked_lines_in_cells(rows, essential, desirable, key):
        return
    header_index = next((index for index, row in enumerate(rows[:4]) if _is_level_header(row)), None)
    halves = _side_by_side_halves(rows, header_index)
    if halves:
        for half in halves:
            _from_table(half, essential, desirable, unclear, key)
        return
    if header_index is None:
        if not _levels_down_first_column(rows, essential, desirable):
            _level_column_without_header(rows, essential, desirable, key)
        return
    if _levels_down_first_column(rows, essential, desirable):
        return
    header = [cell.strip().lower() for cell in rows[header_index]]
    if kept := _without_examples(rows, header_index):
        _from_table(kept, essential, desirable, unclear, key)
        return
    combined_col = next((i for i, cell in enumerate(header) if _COMBINED_HEADER.match(cell)), None)
    assessed = [i for i, cell in enumerate(header) if _ASSESSED_HEADER.search(cell)]
    essential_col = next(
        (i for i, cell in enumerate(header) if (cell.startswith("essential") or cell == "e") and i != combined_col),
        None,
    )
    desirable_col = next(
        (i for i, cell in enumerate(header) if (cell.startswith("desirable") or cell == "d") and i != combined_col),
        None,
    )
    level_cols = [col for col in (essential_col, desirable_col, combined_col) if col is not None]
    body = [
        line for row in rows[header_index + 1 :] if len(row) == len(header) for line in _row_a_line(row, level_cols)
    ]
    # Rows whose level cell holds something other than a mark ("E / D [RK: E or D? Discuss]", a note left in a
    # draft): a few of them leave the rest of the table's marks standing, and go to "check the advert".
    odd = {
        index
        for index, row in enumerate(body)
        for col in level_cols
        if col < len(row) and row[col].strip() and not _MARK.match(row[col].strip())
    }
    body, odd = _without_rows_not_asked(body, odd, level_cols)
    if len(odd) * 5 <= len(body):
        targets = {"essential": essential, "desirable": desirable, "unclear": unclear}
        _from_marked_rows(body, (essential_col, desirable_col, combined_col), assessed, odd, targets)
        return
    for row in body:
        if essential_col is not None:
            essential.extend(_items(row[essential_col]))
        if desirable_col is not None and row[desirable_col] != (
            row[essential_col] if essential_col is not None else None
        ):
            desirable.extend(_items(row[desirable_col]))


def _without_examples(rows: tuple[tuple[str, ...], ...], header_index: int) -> tuple[tuple[str, ...], ...] | None:
    """The table from its header down without its column of example evidence ("How you might show this"), to be
    read as if that column were not there; None when it has none."""
    header = [cell.strip().lower() for cell in rows[header_index]]
    examples = {i for i, cell in enumerate(header) if _EXAMPLES_HEADER.match(cell)}
    if not examples or len(examples) >= len(header) - 1:
        return None
    return tuple(tuple(cell for i, cell in enumerate(row) if i not in examples) for row in rows[header_index:])


def _without_rows_not_asked(
    body: list[tuple[str, ...]], odd: set[int], level_cols: list[int]
) -> tuple[list[tuple[str, ...]], set[int]]:
    """The body without rows whose level cell says they are not asked of the applicant ("Training we give",
    "Checked before an offer"), and the odd rows renumbered; unchanged when too many other rows are odd."""
    not_asked = {index for index in odd if any(_not_a_level(body[index][col]) for col in level_cols)}
    if not not_asked or (len(odd) - len(not_asked)) * 5 > len(body) - len(not_asked):
        return body, odd
    kept = [row for index, row in enumerate(body) if index not in not_asked]
    return kept, {index - sum(1 for gone in not_asked if gone < index) for index in odd - not_asked}


def _row_a_line(row: tuple[str, ...], level_cols: list[int]) -> list[tuple[str, ...]]:
    """A row holding several requirements, a line each, with their levels a line each in the level cells (soft
    line breaks, and blank lines added to keep each level beside a requirement that wraps): a row for each
    requirement, where the lines of every cell that has more than one agree in number."""
    cells = [[line.strip() for line in cell.split("\n") if line.strip()] for cell in row]
    count = max((len(cells[col]) for col in level_cols), default=0)
    if count < 2 or any(len(cell) not in (0, 1, count) for cell in cells):  # noqa: PLR2004
        return [row]
    return [
        tuple(cell[index] if len(cell) == count else "" if index else " ".join(cell) for cell in cells)
        for index in range(count)
    ]


def _from_marked_rows(
    body: list[tuple[str, ...]],
    columns: tuple[int | None, int | None, int | None],
    assessed: list[int],
    odd: set[int],
    targets: dict[str, list[str]],
) -> None:
    """Rows marked in the level columns (essential, desirable, combined E/D): each requirement takes its row's
    level. A row whose level cell is odd goes to "check the advert", and so do a row ticked only for how it is
    assessed and every row of a table whose marks were all lost (images that did not survive the paste)."""
    level_cols = [col for col in columns if col is not None]
    text_col = _text_column([row for index, row in enumerate(body) if index not in odd], level_cols + assessed)
    if text_col is None:
        return
    if not any(row[col].strip() for row in body for col in level_cols):
        targets["unclear"].extend(item for row in body for item in _items(row[text_col]))
        return
    for index, row in enumerate(body):
        level = "unclear" if index in odd else _row_level(row, *columns)
        if level is None and any(_assessed_at_selection(row[col]) for col in assessed if col < len(row)):
            level = "unclear"  # ticked or coded for how it is assessed, but given no level
        cells = [row[col].strip() for col in assessed if col < len(row)]
        if cells and all(_NOT_ASSESSED.match(cell) for cell in cells):
            continue  # asked of nobody at selection: a condition of the post or something the employer arranges
        if level is not None:
            targets[level].extend(_items(row[text_col]))


# How a requirement is assessed before anyone is offered the job ("A/I", "Interview", a tick); not a check made
# after the offer ("Pre-employment", "P") or "N/A".
_AFTER_SELECTION = regex.compile(r"^(?:n/?a|p)$|pre-?employment|occupational|induction", _FLAGS)
_NOT_ASSESSED = regex.compile(rf"^(?:{_NOT_ASKED}|not\s+assessed)$", _FLAGS)


def _assessed_at_selection(cell: str) -> bool:
    cell = cell.strip()
    return bool(_TICK.match(cell) or (_ASSESSED_CELL.match(cell) and not _AFTER_SELECTION.search(cell)))


def _side_by_side_halves(
    rows: tuple[tuple[str, ...], ...], header_index: int | None
) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    """Two criteria a row, each with its own level: a header "Requirement | E/D | Requirement | E/D" repeats
    itself, and each half of the table is read as a table of its own (the left half first)."""
    if header_index is None:
        return None
    header = [cell.strip().lower() for cell in rows[header_index]]
    half = len(header) // 2
    if len(header) < 4 or len(header) % 2 or header[:half] != header[half:]:  # noqa: PLR2004
        return None
    rows = tuple(row for row in rows[header_index:] if len(row) == len(header))
    return tuple(row[:half] for row in rows), tuple(row[half:] for row in rows)


_CODED_LINE = regex.compile(r"^([ED])\d{1,2}[.:)]?\s+(?=\S)(.{8,})$")


def _line_level(line: str, key: Mapping[str, str], *, codes: bool = True) -> tuple[str, str] | None:
    """A line led by its level: a code ("E1  Educated to A-level standard") or a symbol the advert's key gives
    a level ("● GCSE English"). The level ("e" or "d") and the requirement."""
    coded = _CODED_LINE.match(line) if codes else None
    if coded:
        return coded.group(1).lower(), coded.group(2)
    symbol = next((symbol for symbol in key if line.startswith(symbol + " ")), None)
    return (key[symbol], line[len(symbol) :].split("\t")[0].strip()) if symbol else None  # not "\tA/I" after it


def _marked_lines_in_cells(
    rows: tuple[tuple[str, ...], ...],
    essential: list[str],
    desirable: list[str],
    key: Mapping[str, str],
    *,
    codes: bool = True,
) -> bool:
    """Requirements each led by their level inside table cells: a person specification written into one cell of
    a job description's table, a line each ("E1  ...", "D2  ..."), or a criteria column whose every line starts
    with a symbol from the advert's key ("● ...", "○ ...")."""
    marked = [
        found
        for cell in dict.fromkeys(cell for row in rows for cell in row)  # a merged cell repeats along its row
        for line in cell.split("\n")
        if (found := _line_level(line.strip(), key, codes=codes))
    ]
    if len(marked) < 2:  # noqa: PLR2004
        return False
    for level, requirement in marked:
        (essential if level == "e" else desirable).extend(_items(requirement))
    return True


def _under_level_title(rows: tuple[tuple[str, ...], ...], essential: list[str], desirable: list[str]) -> bool:
    """A table of one level, titled by a row merged across it ("ESSENTIAL CRITERIA" over "Area | Requirement |
    Evidenced by"): every requirement under the title is at that level."""
    title = {cell.strip() for cell in rows[0]} if rows else set()
    if len(title) != 1 or not (level := _heading_level(next(iter(title)))) or len(rows) < 2:  # noqa: PLR2004
        return False
    body = [row for row in rows[1:] if len(row) > 1]
    header = [cell.strip() for cell in body[0]] if body else []
    assessed = [index for index, cell in enumerate(header) if _ASSESSED_HEADER.search(cell)]
    text_col = _text_column(body, assessed)
    target = essential if level == "essential" else desirable
    for row in body[1:] if assessed else body:
        if text_col is not None and text_col < len(row):
            target.extend(_items(row[text_col]))
    return True


def _is_level_header(row: tuple[str, ...]) -> bool:
    """A header row names the level columns: both "Essential" and "Desirable" (or E and D), a combined "E/D"
    column, or "Essential criteria". A body row holds one level mark beside its criterion."""
    cells = [cell.strip().lower() for cell in row]
    if any(_COMBINED_HEADER.match(cell) for cell in cells):
        return True
    has_essential = any(cell.startswith("essential") or cell == "e" for cell in cells)
    has_desirable = any(cell.startswith("desirable") or cell == "d" for cell in cells)
    # "Essential criteria", "Essential skills and experience"; not a sentence ("Essential car user allowance ...").
    named = any(regex.match(r"^(?:essential|desirable)\s+\w", cell) and len(cell.split()) <= 4 for cell in cells)
    return (has_essential and has_desirable) or named


_LEVEL_WORDS = frozenset(("e", "d", "essential", "desirable"))
# A row's reference code: "E1" essential, "D2" desirable; other letters ("T1" training the post gives, "P1" a
# pre-employment check) are not criteria.
_ROW_CODE = regex.compile(r"^([a-z])\d{1,2}$")


# A key to symbols for the levels, printed under a table: "Key: ● = Essential  ○ = Desirable".
# "● = Essential", "✅ = you MUST have", "⭐ = nice to have", or "● essential  ○ desirable" with no "=".
_KEY_SYMBOL = regex.compile(
    r"(?<![\w(])([^\w\s=:()\[\]\-–—,.;'\"’/|]{1,2})\s*(=|:|means|is|[–-])?\s*(?:you\s+)?"
    r"(essential|desirable|must(?:[\s-]+have)?|nice[\s-]+to[\s-]+have|preferred|bonus)\b",
    _FLAGS,
)


def symbol_key(text: str) -> dict[str, str]:
    """The advert's own symbols for the levels: {"●": "e", "○": "d"}. A symbol set beside a level word with no
    "=" counts only in a key giving both levels on one line, so "• Essential criteria" keys nothing."""
    key = {}
    for line in text.split("\n"):
        found = [
            (match.group(1), "e" if match.group(3).lower().startswith(("essential", "must")) else "d", match.group(2))
            for match in _KEY_SYMBOL.finditer(line)
        ]
        both = len({level for _, level, _ in found}) == 2  # noqa: PLR2004
        key.update({symbol: level for symbol, level, separator in found if separator or both})
    return key


def _mark_level(cell: str, key: Mapping[str, str] | None = None) -> str | None:
    """The level a mark gives: "e" or "d" for a level mark, an E/D row code or a symbol the advert's key gives a
    level, "other" for another row code, else None."""
    code = _ROW_CODE.match(cell)
    if code:
        return code.group(1) if code.group(1) in "ed" else "other"
    if key and cell in key:
        return key[cell]
    return cell[0] if cell in _LEVEL_WORDS else None


_LEVEL_COLUMN = regex.compile(r"\blevel\b|\bessential\b|\bdesirable\b|^e\s*/\s*d$", _FLAGS)


def _level_column_without_header(
    rows: tuple[tuple[str, ...], ...], essential: list[str], desirable: list[str], key: Mapping[str, str]
) -> None:
    """A table with no header naming its levels, one column of which holds only E/D or Essential/Desirable
    (or row codes "E1", "D1", "T1"), under category rows merged across the table."""
    width = max((len(row) for row in rows), default=0)
    body = [row for row in rows if len(row) == width and len({cell.strip() for cell in row}) > 1]
    for col in range(width):
        cells = [row[col].strip().lower() for row in body if row[col].strip()]
        marks = [_mark_level(cell, key) for cell in cells]
        levels = [mark for mark in marks if mark in ("e", "d")]
        # The column's own header ("Level", "Essential / Desirable", "Ref") may head it, again under each category.
        header = cells[0] if cells and cells[0] == body[0][col].strip().lower() and marks[0] is None else None
        coded = any(_ROW_CODE.match(cell) for cell in cells)
        if coded and not {"e", "d"} <= set(levels):
            continue  # reference codes of some other kind: "A1", "B2"
        # a dash says the row has no level in this column ("On appointment: –", asked only by the end of training)
        unmarked = [
            cell
            for cell, mark in zip(cells, marks, strict=True)
            if not (mark or _PLACEHOLDER.match(cell)) and cell != header
        ]
        # one mark is enough under a header naming the level: a category's table of a single row
        named = levels and header is not None and _LEVEL_COLUMN.search(header)
        if (len(levels) >= 2 or named) and not unmarked:  # noqa: PLR2004
            text_col = _text_column(body, [col])
            for row in body if text_col is not None else []:
                mark = _mark_level(row[col].strip().lower(), key)
                if mark in ("e", "d"):
                    (essential if mark == "e" else desirable).extend(_items(row[text_col]))
            return


def _levels_down_first_column(rows: tuple[tuple[str, ...], ...], essential: list[str], desirable: list[str]) -> bool:
    """A table whose rows are labelled "Essential" and "Desirable" in the first column, criteria beside them."""
    labelled = [
        row
        for row in rows
        if len(row) > 1 and (_ESSENTIAL.match(row[0].strip()) or _DESIRABLE.match(row[0].strip())) and row[0].strip()
    ]
    beside = [cell.strip() for row in labelled for cell in row[1:]]
    if not any(len(cell) > 15 for cell in beside) or any(_ESSENTIAL.match(c) or _DESIRABLE.match(c) for c in beside):
        return False
    for row in labelled:
        target = essential if _ESSENTIAL.match(row[0].strip()) else desirable
        for cell in row[1:]:
            target.extend(_items(cell))
    return True


def _text_column(body: list[tuple[str, ...]], level_cols: list[int]) -> int | None:
    widths: dict[int, int] = {}
    for row in body:
        for col, cell in enumerate(row):
            if col not in level_cols:
                widths[col] = widths.get(col, 0) + len(cell)
    return max(widths, key=lambda col: widths[col]) if widths else None


def _row_level(
    row: tuple[str, ...], essential_col: int | None, desirable_col: int | None, combined_col: int | None
) -> str | None:
    if combined_col is not None:
        mark = row[combined_col].strip().lower()
        return "essential" if mark.startswith("e") else "desirable" if mark.startswith("d") else None
    ticked = [col for col in (essential_col, desirable_col) if col is not None and _ticked(row[col])]
    if len(ticked) == 2 and any(_TICK.match(row[col].strip()) for col in ticked):  # noqa: PLR2004
        ticked = [col for col in ticked if _TICK.match(row[col].strip())]  # "✔" beside "X": the X says no
    if len(ticked) == 2:  # noqa: PLR2004 - ticked as both: the advert does not say which
        return "unclear"
    boxes = [row[col].strip() for col in (essential_col, desirable_col) if col is not None]
    if len(boxes) == 2 and all(box == "☐" for box in boxes):  # noqa: PLR2004 - two check boxes, neither ticked
        return "unclear"
    if essential_col is not None and essential_col in ticked:
        return "essential"
    return "desirable" if ticked else None


_TICK = regex.compile(r"^(?:✓|✔|√|☑|☒|✅|●|⬤|◉|■|yes|y)\uFE0F?$", _FLAGS)


def _ticked(cell: str) -> bool:
    return bool(cell.strip()) and not _NO_MARK.match(cell.strip())


def is_category(text: str) -> bool:
    """A category heading such as "Experience", or several joined: "Education / Qualifications"."""
    if _CATEGORY.match(text):
        return True
    parts = [part for part in _JOINED.split(text.rstrip(" :")) if part]
    return len(parts) > 1 and all(_CATEGORY.match(part) for part in parts)


_CELL_GAP = regex.compile(r"\t|\s{2,}")
# A table's header row pasted with its gaps lost: "Criteria Essential Desirable", "Requirement Essential Desirable
# How assessed".
_LOST_HEADER = regex.compile(
    r"^(?:(?:criteria|criterion|requirements?|attributes?|category|area)\s+)?essential\s+desirable"
    r"(?:\s+(?:how\s+)?assess(?:ed|ment)(?:\s+by)?)?$",
    _FLAGS,
)
_LEVEL_CELL = regex.compile(r"^(essential|desirable|e|d)$", _FLAGS)
# A criterion's level on the line under it, with how it is assessed: "Essential · application and interview".
_LEVEL_AND_HOW = regex.compile(r"^(essential|desirable)\s*[·•|]\s*\S.*$", _FLAGS)


def _cells_per_line(blocks: list[Block]) -> list[Block]:
    """A table pasted one cell a line under an "Essential or desirable" column header ("Criteria" / "Essential or
    Desirable" / "How assessed", then each row's three cells a line each), or criteria each with a line under it
    giving its level and how it is assessed ("Essential · interview"): each criterion joined to its level ("GCSE
    maths<tab>Essential"), and the how-assessed cell after it dropped."""
    dotted = sum(bool(_LEVEL_AND_HOW.match(block.text.strip())) for block in blocks) >= 3  # noqa: PLR2004
    if not dotted and not any(_COMBINED_HEADER.match(b.text.strip()) for b in blocks if b.kind != "table"):
        return blocks
    joined: list[Block] = []
    after_level = False
    for block in blocks:
        text = block.text.strip()
        level = _LEVEL_CELL.match(text) or (_LEVEL_AND_HOW.match(text) if dotted else None)
        if level and joined and joined[-1].kind != "table" and not is_category(joined[-1].text):
            # "Essential · funded by the Trust and completed in your first three months": training the job gives
            how = text[level.end(1) :].strip(" ·•|")
            above = joined.pop()
            if not (how and not_a_criterion(how)):
                joined.append(Block("paragraph", f"{above.text}\t{level.group(1)}"))
            after_level = True
            continue
        if not (after_level and _ASSESSED_CELL.match(text)):
            joined.append(block)
        after_level = False
    return joined


# A job board's own fields, each requirement marked: "Experience: hand therapy: 1 year (preferred)",
# "Licence/Certification: Care Certificate (required)". Its "Work authorisation" and "Ability to commute" fields
# are eligibility, not criteria.
_BOARD_FIELD = regex.compile(
    r"^(?:experience|education|qualifications?|licen[cs]es?(?:\s*/\s*certifications?)?|certifications?|"
    r"languages?)\s*:?$",
    _FLAGS,
)
_BOARD_MARK = regex.compile(r"^(.{2,150}?)\s*\((required|preferred)\)$", _FLAGS)


def _without_translations(blocks: list[Block]) -> list[Block]:
    """A bilingual advert: each bullet followed by its translation as a line of its own ("- Spoken Spanish" /
    "Falar espanhol"), and each heading with its translation after a slash ("Essential / Essencial"). Where bullets
    and such lines take turns at least three times, the lines between the bullets go, and so does a heading's
    translation. The lines between must be in another language than English, as a whole."""
    between: set[int] = set()
    index = 0
    while index < len(blocks):
        end = index
        # bullet, line, bullet, line ...: each line neither a heading of the advert's nor a bullet
        while end + 1 < len(blocks) and blocks[end].kind == "list_item" and _a_translation(blocks[end + 1]):
            end += 2
        if (end - index) // 2 >= 3:  # noqa: PLR2004
            between.update(range(index + 1, end, 2))
        index = max(end, index + 1)
    if not between or _reads_as_english(" ".join(blocks[index].text for index in between)):
        return blocks
    kept = [block for index, block in enumerate(blocks) if index not in between]
    return [
        Block("heading", found.group(1))
        if block.kind != "list_item" and (found := _TRANSLATED_HEADING.match(block.text.strip()))
        else block
        for block in kept
    ]


_TRANSLATED_HEADING = regex.compile(r"^(.{3,60}?)\s+/\s+[^/]{3,60}$")
_ENGLISH_SMALL_WORDS = frozenset(
    ("the", "and", "of", "to", "in", "a", "an", "with", "for", "or", "on", "at", "is", "are", "you", "your", "be",
     "as", "by", "from", "will", "can", "we", "our", "this", "that")
)  # fmt: skip


def _reads_as_english(text: str) -> bool:
    """Whether a text has English's small words, at least one word in twelve ("Ability to commute", not
    "Falar espanhol" or "Experiência de trabalho num armazém")."""
    tokens = [token.lower() for token in regex.findall(r"\p{L}+", text)]
    return sum(token in _ENGLISH_SMALL_WORDS for token in tokens) * 12 >= len(tokens)


def _a_translation(block: Block) -> bool:
    """A line that may be the translation of the bullet above it: no bullet, no heading of the advert's own."""
    text = block.text.strip()
    return block.kind != "list_item" and not (
        _ESSENTIAL.match(text)
        or _DESIRABLE.match(text)
        or _PHRASE_HEADING.match(text)
        or is_category(text)
        or _SECTION_END.match(text)
        or _SPEC_START.match(text)
        or _TRANSLATED_HEADING.match(text)
    )


def _board_fields(blocks: list[Block]) -> tuple[list[Block], list[tuple[str, str]]]:
    """A job board's fields ("Experience:" then "hand therapy: 1 year (preferred)"): the blocks without the marked
    requirements, and each of them with its level."""
    kept: list[Block] = []
    found: list[tuple[str, str]] = []
    field = False
    for block in blocks:
        bare = strip_bullet(block.text.strip())
        if field and (marked := _BOARD_MARK.match(bare)):
            found.append(("essential" if marked.group(2).lower() == "required" else "desirable", marked.group(1)))
            continue
        if block.kind != "list_item":
            field = bool(_BOARD_FIELD.match(bare))
        kept.append(block)
    return kept, found


def _heading_like(blocks: list[Block], position: int) -> bool:
    """A heading, or a short bullet heading the bullets under it: a chat post's emoji-led heading is read as a
    bullet ("✅ What you'll need", "🎁 What's in it for you")."""
    block = blocks[position]
    return block.kind != "list_item" or (
        len(block.text.split()) <= 6 and position + 1 < len(blocks) and blocks[position + 1].kind == "list_item"  # noqa: PLR2004
    )


def _from_headed_lists(blocks: list[Block], essential: list[str], desirable: list[str], unclear: list[str]) -> None:
    """Criteria under Essential and Desirable headings. Where those headings stand together with nothing
    under them (a table that lost its shape when pasted), the requirements that follow go to ``unclear``."""
    targets = {"essential": essential, "desirable": desirable, "unclear": unclear}
    blocks, fields = _board_fields(_without_translations(_cells_per_line(blocks)))
    level: str | None = None
    in_spec = just_headed = categorised = False
    bulleted = False  # the criteria under the current heading are bullets, so a plain heading ends them
    scope: set[str] = set()  # the categories a level heading named ("Essential qualifications"), if any
    for position, block in enumerate(blocks):
        if block.kind == "table":
            continue
        bare = strip_bullet(block.text.strip())
        heading_like = _heading_like(blocks, position)
        heading = _ESSENTIAL.match(bare) or _DESIRABLE.match(bare)
        if heading and block.kind == "list_item" and (bracketed := _BRACKET_LEVEL.match(bare)):
            # "• Care Certificate (desirable)" is a criterion with its level; "What you need (desirable)" heads some
            heading = _PHRASE_HEADING.match(bracketed.group(1)) or is_category(bracketed.group(1))
        if heading:
            named = "essential" if _ESSENTIAL.match(bare) else "desirable"
            in_spec, level, scope = True, "unclear" if just_headed else named, _categories(bare)
            just_headed, bulleted = True, False
            continue
        if _COMBINED_HEADER.fullmatch(bare):  # an "Essential or Desirable" column header, pasted a cell a line
            in_spec, level = True, None
            continue
        if _is_level_header(tuple(_CELL_GAP.split(bare))) or _LOST_HEADER.match(bare):
            # A table's header row pasted alone ("Criteria<tab>Essential<tab>Desirable", or spaces for the tabs):
            # the rows under it lost their marks, so their level cannot be read.
            in_spec, level, just_headed, bulleted = True, "unclear", False, False
            continue
        after_level_heading, just_headed = just_headed, False
        phrased = _PHRASE_HEADING.match(bare)
        if phrased and heading_like:
            in_spec, bulleted = True, False
            # "Desirable" then "You will have:" keeps the level heading's word.
            level = "desirable" if phrased.group("desirable") else level if after_level_heading else "essential"
            continue
        if _SPEC_START.match(bare) and len(bare.split()) <= 6:
            in_spec, level, categorised = True, None, False
            continue
        inline = _INLINE_LEVEL.match(bare)
        if inline:
            targets[inline.group(1).lower()].extend(_items(inline.group(2)))
            in_spec = True
            continue
        question = bare.endswith("?") and len(bare.split()) <= 12  # noqa: PLR2004 - "What are the hours?"
        if (block.kind != "list_item" and (question or (bulleted and not is_category(bare)))) or (
            heading_like and _SECTION_END.match(bare)
        ):
            in_spec, level, bulleted, categorised = False, None, False, False
            continue
        if not in_spec or is_category(bare) or _over_prose(blocks, position):
            categorised = in_spec  # a category of a person specification that gives no levels: "Experience"
            level = _level_under(bare, level, scope)
            continue
        bulleted = bulleted or block.kind == "list_item"
        _headed_item(block, bare, level or ("unclear" if categorised else None), targets)
    for level, requirement in fields:  # a job board prints its fields after the advert's own lists
        targets[level].append(requirement)


def _over_prose(blocks: list[Block], position: int) -> bool:
    """Whether a heading stands over a paragraph of several sentences: a sub-heading of the person specification
    ("Kind", one of a trust's values, over what it asks under that value), not a requirement of one line."""
    block, after = blocks[position], blocks[position + 1] if position + 1 < len(blocks) else None
    if block.kind != "heading" or len(block.text.split()) > 3 or after is None or after.kind != "paragraph":  # noqa: PLR2004
        return False
    return len(after.text.split()) >= 8 and len(sentences(after.text)) > 1  # noqa: PLR2004


_CATEGORY_NAMED = regex.compile(rf"\b{_CATEGORY_WORD}\b", _FLAGS)


def _categories(heading: str) -> set[str]:
    """The categories a heading names, by their first five letters: "Skills and experience" {"skill", "exper"}."""
    return {" ".join(found.group().lower().split())[:5] for found in _CATEGORY_NAMED.finditer(heading)}


def _level_under(category: str, level: str | None, scope: set[str]) -> str | None:
    """The level of the requirements under a category heading: a level heading that named its own categories
    ("Desirable qualifications") gives none to another ("Skills"), whose requirements are to check."""
    return "unclear" if level in ("essential", "desirable") and scope and not _categories(category) <= scope else level


def _headed_item(block: Block, bare: str, level: str | None, targets: dict[str, list[str]]) -> None:
    named = level if level in ("essential", "desirable") else None
    if block.kind == "paragraph" and _listed(bare, named, targets["essential"], targets["desirable"]):
        return
    leading = _LEADING_LEVEL.match(bare)
    if leading:
        targets["essential" if leading.group(1) == "E" else "desirable"].extend(_items(leading.group(2)))
        return
    trailing = _TRAILING_LEVEL.match(bare) or _TRAILING_LETTER.match(bare) or _BRACKET_LEVEL.match(bare)
    if trailing:
        level_word = next(group for group in trailing.groups()[1:] if group)
        target = "essential" if level_word.lower().startswith("e") else "desirable"
        # A pasted table row may start with its category cell: "Qualifications<tab>GCSE English<tab>E".
        cells = [cell for cell in trailing.group(1).split("\t") if cell.strip() and not is_category(cell.strip())]
        targets[target].extend(_items(" ".join(cells).rstrip(" :–-")))
        return
    if level is None and block.kind == "list_item":
        level = "unclear"  # requirements listed in a person specification that never says their level
    if level is None or (block.kind == "paragraph" and (len(bare.split()) > 45 or len(sentences(bare)) > 1)):
        return  # a paragraph of several sentences is prose: _from_prose reads it sentence by sentence
    if level == "unclear" and block.kind != "list_item" and (len(bare.split()) > 20 or bare.endswith(".")):
        return  # a requirement pasted without its bullet is a short line; a sentence here is something else
    if _PROSE_DESIRABLE.search(bare) and level != "unclear":
        targets["desirable"].extend(_items(bare))
        return
    targets[level].extend(_items(bare))


def _from_prose(blocks: list[Block], essential: list[str], desirable: list[str]) -> None:
    in_duties = False
    heading_level: str | None = None
    for block in blocks:
        if block.kind == "table" or _LEADING_LEVEL.match(block.text):
            continue  # a row starting with its level code is read with its level (_headed_item)
        short = block.kind == "heading" or len(block.text.split()) <= 6
        if short and _DUTIES.match(block.text):
            in_duties = True
            continue
        if short and (
            _SECTION_END.match(block.text)
            or _SPEC_START.match(block.text)
            or _PHRASE_HEADING.match(block.text)
            or _ESSENTIAL.match(block.text)
            or _DESIRABLE.match(block.text)
        ):
            in_duties = False
        if block.kind == "heading":
            heading_level = _heading_level(block.text)
        if (
            in_duties
            or _PHRASE_HEADING.match(block.text)
            or (block.kind == "heading" and _QUESTION_HEADING.match(block.text))
        ):
            continue
        for sentence in sentences(block.text):
            if _listed(strip_bullet(sentence.text), heading_level, essential, desirable):
                continue
            for text in _requirements_in(strip_bullet(sentence.text)):
                level = prose_level(text, heading_level)
                if level == "desirable":
                    _add_if_new(desirable, text, essential + desirable)
                elif level == "essential":
                    _add_if_new(essential, text, essential + desirable)


# "..., and" or ";" between two requirements of one sentence, each with its own level words: "A childcare
# qualification would be an advantage, and experience of X would be beneficial."
_JOIN = regex.compile(r"\s*(?:,\s*and|;\s*(?:and\s+)?)\s+", _FLAGS)


# A sentence listing requirements after a colon, separated by semicolons: "To be shortlisted you will need: at
# least a year's experience ...; the ability to type ...; and the right to work in the UK."
_LIST_LEAD = regex.compile(r"^([^:;]{8,120}):\s+(.+;.+)$", _FLAGS)
_NEED_LEAD = regex.compile(r"\b(?:shortlist\w*|you\s+(?:will\s+)?need|you(?:'|’)ll\s+need|we\s+need)\b", _FLAGS)


def _listed(sentence: str, heading_level: str | None, essential: list[str], desirable: list[str]) -> bool:
    """Read a lead-in and its semicolon list as one requirement per item, at the lead-in's level."""
    listed = _LIST_LEAD.match(sentence)
    if listed is None:
        return False
    lead = listed.group(1)
    if _PROSE_DESIRABLE.search(lead):
        level = "desirable"
    elif _PROSE_ESSENTIAL.search(lead) or _PROSE_WEAK.search(lead) or _NEED_LEAD.search(lead):
        level = heading_level or "essential"
    else:
        return False
    target = desirable if level == "desirable" else essential
    for item in regex.split(r"\s*;\s*(?:and\s+)?", listed.group(2).rstrip(" .;")):
        if item and not not_a_criterion(item):
            _add_if_new(target, item, essential + desirable)
    return True


# What the employer will do, after a requirement: "..., but we will put you through the course if you don't.",
# "..., as we are moving to one later this year."
_EMPLOYERS_CLAUSE = regex.compile(
    r",\s*(?:but|as|because|since)\s+we(?:\s+are|\s+will|(?:'|’)(?:re|ll))\b[^.]*\.?$", _FLAGS
)


def _requirements_in(sentence: str) -> list[str]:
    """A prose sentence as the requirements it holds: split where each part has a level of its own, without a
    clause about what the employer will do."""
    sentence = _EMPLOYERS_CLAUSE.sub("", sentence)
    for join in _JOIN.finditer(sentence):
        first, second = sentence[: join.start()], sentence[join.end() :]
        if prose_level(first) and prose_level(second):
            return [first, second[0].upper() + second[1:]]
    return [sentence]


def _heading_level(heading: str) -> str | None:
    if _DESIRABLE_HEADING.search(heading):
        return "desirable"
    return "essential" if regex.search(r"\bessential\b", heading, _FLAGS) else None


def prose_level(sentence: str, heading_level: str | None = None) -> str | None:
    """The level of a requirement written as a sentence, or None when the sentence is not one.

    "Experience of X would be beneficial" is desirable; "You must...", "You will need to...", "It is
    essential that you..." and "X is essential" are essential when they are about the person (their
    experience, skills, qualifications) rather than the work ("It is essential that letters reach GPs").
    "You will have..." and "You should be..." take the level of the heading above them.
    """
    if not_a_criterion(sentence) or len(normalise(sentence).split()) < 3:
        return None
    if _PROSE_DESIRABLE.search(sentence):
        return "desirable" if _PERSON.search(sentence) else None
    if _PROSE_ESSENTIAL.search(sentence):
        return "essential" if _about_the_person(sentence) else None
    if _PROSE_WEAK.search(sentence):
        return heading_level or "essential"
    return None


def _about_the_person(sentence: str) -> bool:
    that = _ESSENTIAL_THAT.search(sentence)
    if that:
        return bool(_PERSON.search(that.group(1)))
    subject = _IS_ESSENTIAL.match(sentence)
    if subject and regex.fullmatch(r"\s*(?:it|this)\s*", subject.group(1), _FLAGS):
        # "It is essential for the post holder to...", "It is essential to hold...": what follows says who.
        return bool(_PERSON.search(" ".join(sentence[subject.end() :].split()[:8])))
    if subject and not regex.search(r"\b(?:you|must|need)\b", subject.group(1), _FLAGS):
        return bool(_PERSON.search(subject.group(1)))
    return bool(_PERSON.search(sentence))


_DOING_CHECKS = regex.compile(
    r"\b(?:chas|process|carr(?:y|ies|ying)\s+out|run|complet|manag|book|track)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:pre-?employment|dbs|right\s+to\s+work|identity)\s+checks\b",
    _FLAGS,
)
_SKILL_START = regex.compile(
    r"^(?:(?:good|strong|excellent|sound|basic|accurate)\s+(?:[\w-]+\s+){0,2}?skills|able\s+to|ability\s+to)\b", _FLAGS
)


# The job's hours told as a fact, printed in a person specification's cell: "Shifts are 7.30am to 3.30pm".
_HOURS_TOLD = regex.compile(r"^(?:the\s+)?(?:shifts?|(?:working\s+)?hours|rotas?)\s+(?:are|is|will\s+be|run)\b", _FLAGS)
# Who employs the post holder: "... the successful applicant will be employed by CNWL", "hosted by ...".
_HOSTED = regex.compile(r"\b(?:will\s+be|is|are)\s+(?:employed|hosted)\s+by\b", _FLAGS)


# A chat assistant's own lines around an advert it drafted: "Sure! Here's a polished version...", "I've kept the
# language plain...", "Would you like me to...", "Tip: ...".
# A page's controls: "Show more", "View all", and an accordion's "Show" and "Hide" under each heading.
_SHOW_MORE = regex.compile(r"^(?:show|see|view|hide)\s+(?:\d+\s+)?(?:more|less|all|fewer)\b|^(?:show|hide)$", _FLAGS)
_CHAT_ASSISTANT = regex.compile(
    r"^(?:(?:sure|certainly|of\s+course|absolutely)\s*[!,.]|here(?:'|’)?s\s+(?:a|an|the|your)\b|here\s+is\s+(?:a|an|the|your)\b|"
    r"I(?:'|’)ve\s+(?:kept|added|made|written|included|left|used|tried)\b|"
    r"(?:would\s+you\s+like|let\s+me\s+know|do\s+you\s+want)\b|tip\s*:)",
    _FLAGS,
)
# An Easy Read advert's picture, described in words: "[Picture: a person with a tick]".
_PICTURE = regex.compile(r"^\[\s*(?:picture|image|photo|icon|illustration|symbol)\b[^\]]*\]$", _FLAGS)


# A level printed before the line ("Essential: You must restock ..."): what follows is read on its own.
_LEVEL_LABEL = regex.compile(r"^(?:essential|desirable)\s*[:–-]\s*", _FLAGS)


def not_a_criterion(line: str) -> bool:
    """True for a line that is never a criterion, wherever the advert prints it: eligibility (right to work,
    DBS, sponsorship), "no experience needed", benefits (pension, annual leave, "We offer...") and duties
    ("You will respond to...", "Wash and inspect instruments")."""
    text = _LEVEL_LABEL.sub("", strip_bullet(line).strip())
    if _DUTY.match(text) or _HOLDER_DUTY.search(text) or _ROUTINE_DUTY.search(text):
        return True
    if _NOTHING_NEEDED.search(text) or _LEGEND.search(text) or _SITE_CHROME.match(text) or _HOSTED.search(text):
        return True
    if _PICTURE.match(text) or _CHAT_ASSISTANT.match(text) or _SHOW_MORE.match(text) or _HOURS_TOLD.match(text):
        return True
    if _footer(text):
        return True
    # "Knowledge of pension rules" or "Experience of DBS checks" is a requirement about those things, and so are
    # "Good numerical skills for checking annual leave" and "Able to chase pre-employment checks".
    if _KNOWLEDGE_OF.match(text) or _DOING_CHECKS.search(text):
        return False
    return bool(_ELIGIBILITY.search(text)) or (bool(_BENEFIT.search(text)) and not _SKILL_START.match(text))


# A page's footer: the employer and its address in pieces ("... NHS Trust · Community Therapies, Heart of Hounslow
# Centre for Health, Bath Road, Hounslow"), or the employer and the closing date.
_STREET = regex.compile(r"\b(?:Road|Street|Avenue|Lane|Way|Close|Drive|Place|Square|Parade|Broadway)\b")
_POSTCODE_END = regex.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\W*$")


def _footer(text: str) -> bool:
    pieces = _PIECES.split(text)
    if _TRUST_NAME.search(text) and _CLOSING.search(text):
        return True  # "Central London Community Healthcare NHS Trust – applications close 12/03/2029 – ref 611-PCU"
    if _TRUST_NAME.match(text) and _STREET.search(text) and _POSTCODE_END.search(text):
        return True  # "The Hillingdon Hospitals NHS Foundation Trust, Pield Heath Road, Uxbridge UB8 3NN"
    return len(pieces) > 1 and bool(_TRUST_NAME.search(pieces[0]) and _STREET.search(" ".join(pieces[1:])))


def _add_if_new(target: list[str], text: str, existing: list[str]) -> None:
    key = normalise(text)
    if len(key.split()) < 3:
        return
    if any(fuzz.token_set_ratio(key, normalise(item)) >= 90 for item in existing):
        return
    target.append(text)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    unique: list[str] = []
    for item in items:
        key = normalise(item)
        if key and key not in seen:
            seen.add(key)
            unique.append(item)
    return unique
