"""Whether an English sentence tells of the resident's own experience.

Evidence for a criterion is something the resident did. A sentence does not count, however close its words
are to the criterion, when it says the resident lacks the thing ("I have not used this software", "no
experience of..."), when it is a wish ("I would like to work in the NHS", "it made me want to..."), or
when someone else is the one doing it ("My wife is a nurse", "my uncle is a builder").

Habits and records told in the negative are still experience: "I never talked about patients outside work"
and "I have never been late" say what the resident did, so only a missing experience or skill is a lack.
"""

from __future__ import annotations

from enum import Enum

import regex

from .text import strip_bullet
from .voices import VOICES, family_at_home

_DONE = (  # "I have never typed...": any past participle, and the common irregular ones
    r"(?:\w+ed|been|done|had|held|taken|got|driven|learnt|dealt|met|seen|made|written|given|run|led|worn|"
    r"spoken|taught|built|read|sat|kept|found|gone|ridden|drawn|resat|retaken|put|set|cut)"
)
_HAVE_NOT = (
    r"(?:have|had|'ve|’ve)\s*(?:not|n't|n’t|never)|haven't|haven’t|havent|hadn't|hadn’t|hadnt|never\s+(?:have|had)"
)
_LACK = regex.compile(
    rf"\bI\s*(?:{_HAVE_NOT})\s+(?:yet\s+|ever\s+|really\s+|actually\s+)?{_DONE}\b"
    r"|\bI\s+(?:do|did)\s*(?:not|n't|n’t)\s+(?:yet\s+|really\s+|actually\s+)?(?:have|know|drive|speak|hold|own|"
    r"stay\s+on|finish|complete)\b"
    r"|\bI\s+(?:don't|don’t|dont|didn't|didn’t|didnt)\s+(?:yet\s+|really\s+)?(?:have|know|drive|speak|hold|own|"
    r"stay\s+on|finish|complete|play|sing)\b"
    # "I did not use filters before" (but "I did not use any jargon" is how the resident did it)
    r"|\bI\s+(?:do|did)\s*(?:not|n't|n’t)\s+use\b[^.;]{0,40}?\b(?:before|yet|until|much|at\s+all)\b"
    # "Late shifts I cannot, because...", "I can't give that up": a denial with its verb left out or given up
    r"|\bI\s+(?:can\s*not|cannot|can't|can’t)(?=\s*(?:[,.;]|$)|\s+(?:because|as|since)\b|\s+give\s+(?:it|that|this|them)\s+up)"
    # "I was never a supervisor", "I have never been in charge"
    r"|\bI\s+(?:was\s+never|have\s+never\s+been|'ve\s+never\s+been|’ve\s+never\s+been)\s+(?:an?\s+)?"
    r"(?:supervisor|manager|team\s+leader|leader|in\s+charge)\b"
    # "so I could not do Friday evenings", not "I couldn't do enough" or "I could not lift it at first"
    r"|\bI\s+(?:could\s+not|couldn't|couldn’t)\s+(?:do|carry|lift|work|stay|get\s+to|reach|come\s+in|travel|drive)\b"
    r"(?!\s+enough\b)(?![^.;]*\b(?:at\s+first|when\s+I|before\s+I|until\s+I)\b)"
    r"|\bI\s+(?:can\s*not|cannot|can't|can’t|cant)\s+(?:yet\s+|easily\s+|really\s+|properly\s+)?(?:do|drive|type|"
    r"speak|use|work|start|lift|carry|travel|get\s+to|stay\s+(?:for|until|late|on)|hold\s+a\s+conversation)\b"
    # watching: "I mostly sat and watched the receptionists", "I sat beside her while she talked to them"
    r"|\bI\s+(?:only|mostly|just|mainly)\s+(?:sat\s+and\s+|stood\s+and\s+)?(?:watched|observed|looked\s+on)\b"
    r"|\bI\s+(?:once\s+|often\s+|just\s+)?(?:sat|sit)\s+(?:in|beside\s+(?:her|him|them)|next\s+to\s+(?:her|him|them)|"
    r"with\s+(?:her|him|them))\s+while\b"
    # "..., but I wouldn't be able to reach the homes out in Harefield"
    r"|\bI\s+(?:wouldn't|wouldn’t|would\s+not)\s+be\s+able\s+to\b"
    # Only part of what is asked: "I only speak English", "I could only do day shifts", "..., but not Sundays"
    r"|\bI\s+only\s+(?:speak|know)\s+(?:English|one\s+language|a\s+(?:little|bit|few\s+words))\b|\bI\s+(?:can|could)\s+only\s+(?:do|work)\b"
    # part way through: "I've only done about half of the standards so far", "I have only finished two units"
    r"|\bI(?:\s+have|'ve|’ve)?\s+only\s+(?:done|finished|completed|passed|started)\s+(?:about\s+|around\s+)?(?:half|some|part|the\s+first|"
    r"a\s+few|one|two|three|four|five|\d+)\b|\b(?:never|not)\s+(?:been\s+|got\s+)?signed\s+off\b"
    # "it is not possible", "long phone calls make me nervous"
    r"|\b(?:it\s+is|it's|it’s|that\s+is|that's|that’s)\s+not\s+possible\b|\bmakes?\s+me\s+(?:nervous|anxious|panic)\b"
    r"|\bbut\s+not\s+(?:on\s+)?(?:sundays?|saturdays?|weekends?|nights?|evenings?|mornings?|(?:bank|public)\s+holidays)\b"
    # "..., but not until eight", "but not in Fulham", "but no more", "too far for me", "I don't want to be going up"
    r"|\bbut\s+not\s+(?:until|till|after|before)\b|\bbut\s+not\s+(?:in|to)\s+(?-i:\p{Lu})|\bbut\s+no\s+more\b"
    r"|\btoo\s+far\s+for\s+me\b|\bI\s+(?:don't|don’t|do\s+not)\s+want\s+to\s+(?:be\s+)?(?:go|going|travel|travelling)\b"
    # part way or only ever a little: "I am half-way through a Level 3 diploma", "I have only ever typed names",
    # "I know a few words of Punjabi"
    r"|\b(?:half-?way|part\s+of\s+the\s+way)\s+through\b|\bI\s+(?:have|'ve|’ve)\s+only\s+ever\b"
    r"|\bI\s+(?:know|speak)\s+(?:only\s+)?a\s+few\s+words\b"
    # someone else doing it: "and watch her explain things", "I have watched how she does it", "I hold the torch and
    # pass her the sponges", "she is the one who looks after them", "; the nurses do the blood pressure"
    r"|\bwatch(?:ed)?\s+(?:her|him)\s+(?:explain|do|use|take|show|talk|deal|handle|run|lead|give)\b"
    r"|\bI\s+(?:have|'ve|’ve)\s+watched\s+(?:how\s+)?(?:she|he|they|her|him|them)\b"
    # "I sat beside them while they typed", "there was no exam or certificate"
    r"|\bsat\s+(?:beside|next\s+to|with)\s+(?:her|him|them)\s+while\s+(?:she|he|they)\s+(?:typed|wrote|took|entered|"
    r"recorded|measured|ran|used)\b"
    r"|\b(?:there\s+was|with)\s+no\s+(?:exam|test|certificate)\b"
    r"|\bpass(?:ed|es)?\s+(?:her|him|them)\s+the\b(?!\s+(?:box\s+of\s+)?(?:tissues?|water|cup|glass|phone)\b)"
    r"|\b(?:she|he|they)(?:\s+(?:is|are|was|were)|'s|’s|'re|’re)\s+the\s+ones?\s+who\b"
    # (each alternative starts at a word, its punctuation read behind it: one that starts at a comma makes the whole
    # pattern try every character, and _LACK five times slower)
    r"|\bthe\s+(?:nurses?|doctors?|seniors?|managers?|supervisors?)\s+(?:do|does|did|take|takes|took)\s+the\b"
    r"(?<=[;,]\s*(?:but\s+)?the\s+\w+\s+\w+\s+the)"
    # "All of my experience has been in a school, not in a mental health service"
    r"|\bnot\s+in\s+(?:a|an)\b(?<=,\s*not\s+in\s+\w+)"
    # "..., but on Fridays I have to leave at 2", "no heavy lifting now", "couldn't tell you the rules"
    r"|\bbut\s+on\s+\w+days?\s+I\s+(?:have\s+to|must|need\s+to)\s+(?:leave|finish|go)\b"
    r"|\bno\s+(?:heavy\s+)?lifting\b|\b(?:couldn't|couldn’t|could\s+not|can't|can’t)\s+tell\s+you\b"
    # "I'm not very confident with spreadsheets", "I don't pay the bills myself", "..., nothing bigger", "not so much
    # south of the river", "a full licence but automatic only", "it didn't lead to a certificate"
    r"|\bI(?:'m|’m|\s+am)\s+not\s+(?:very\s+|that\s+|too\s+|really\s+|so\s+)?(?:confident|comfortable|familiar)\b"
    r"|\bI\s+(?:don't|don’t|do\s+not|didn't|didn’t|did\s+not)\s+\w+(?:\s+\w+){0,3}\s+myself\b|\bnothing\s+(?:bigger|larger|heavier)\b"
    r"|\bnot\s+so\s+much\b|\bautomatic\s+(?:cars?\s+|vehicles?\s+)?only\b|\bonly\s+(?:an\s+)?automatic\b"
    r"|\bdid(?:n't|n’t|\s+not)\s+(?:lead\s+to|come\s+with|give\s+(?:me\s+)?)\s+(?:a|any)\s+(?:certificate|qualification)\b"
    r"|\bthere\s+was\s+no\s+certificate\b"
    # "I passed English but failed maths"
    r"|\b(?:I|but|and)\s+failed\s+(?:my\s+|the\s+|in\s+)?(?:\w+\s+)?"
    r"(?:maths|math|english|exam|test|gcse|gcses|it|them)\b"
    # "I find it very hard when relatives are crying", "I'm too shy to sing", "I only hold the sling", "..., but
    # they run the sessions themselves"
    r"|\bI\s+find\s+(?:it\s+)?(?:very\s+|really\s+|quite\s+)?(?:hard|difficult)\b|\btoo\s+(?:shy|nervous|scared|anxious)\s+to\b"
    r"|\bI\s+only\s+(?:hold|watch|pass|fetch|hand)\b"
    r"|\bbut\s+(?:they|she|he)\s+(?:\w+\s+){1,5}(?<!\bby\s)(?:themselves|herself|himself)\b"
    # "not enough to hold a conversation", "I've hardly ever worked in Excel"
    r"|\bnot\s+enough\s+to\b|\bhardly\s+(?:ever\s+)?(?:used|worked|done|had|touched|sat)\b"
    # "I had to drop out", "I wasn't allowed to do any of it", "but only until half past five", "I would rather someone
    # else did the talking", "I get very nervous", "I often hear how it went", "and she ran the machine", "but she
    # writes the words", "listened from the back", "handed out her leaflets"
    r"|\b(?:had\s+to\s+)?drop(?:ped)?\s+out\b|\bI\s+(?:wasn't|wasn’t|was\s+not)\s+allowed\s+to\b|\bbut\s+only\s+(?:until|till)\b"
    r"|\bI\s+would\s+rather\s+someone\s+else\b|\bI\s+get\s+(?:very\s+|really\s+|so\s+)?(?:nervous|anxious)\b"
    r"|\bI\s+(?:often\s+)?hear\s+(?:how|about)\b|\b(?:but|and)\s+(?:she|he)\s+(?:ran|runs|did|does|writes|wrote|makes|made)\s+the\b"
    r"|\blistened\s+from\s+the\s+back\b|\bhanded\s+out\s+(?:her|his|their)\b"
    # "I never finished it", "I have heard of those systems but never used one", "I could only cover a Saturday once
    # every couple of months", "I sat beside her and listened", "I only print the letters", "I know a little about it"
    r"|\bnever\s+finished\b|\bbut\s+never\s+(?:used|done|had|worked)\b|\bI\s+(?:can|could)\s+only\s+cover\b"
    r"|\bsat\s+(?:beside|next\s+to|with)\s+(?:her|him)\s+and\s+(?:listened|watched)\b|\bI\s+only\s+print\b"
    r"|\bI\s+(?:only\s+)?know\s+(?:a\s+little|a\s+bit|very\s+little)\b"
    # a course left or part done: "it was dropped ... and I never picked it up again", "I have made a start on the
    # workbook", "so far I have finished three of the standards", "before the last few standards were signed off"
    r"|\bnever\s+(?:picked|took)\s+it\s+up\s+again\b|\bit\s+was\s+dropped\b|\bmade\s+a\s+start\s+on\b"
    r"|\bso\s+far\s+I(?:\s+have|'ve|’ve)?\s+(?:only\s+)?(?:finished|done|completed|passed)\b|\bthe\s+rest\s+(?:is|are)\s+still\b"
    r"|\bbefore\s+(?:the\s+)?(?:last|final)\b[^.;]{0,40}?\b(?:signed\s+off|finished|completed|done)\b"
    # an automatic licence: "I passed in an automatic, so I can only drive automatics"
    r"|\bpassed\s+(?:my\s+test\s+)?in\s+an\s+automatic\b|\bonly\s+drive\s+automatics?\b"
    # watching or helping: "I sit in on her sessions", "I sit with her while she does it", "I've stood and watched
    # the scientist spin them down", "my part was holding the frame", "my part ends when I hand the rack over", "and
    # she does those herself"
    r"|\bI\s+(?:sit|sat)\s+in\s+on\s+(?:her|his|their)\b|\bwhile\s+(?:she|he|they|the\s+\w+)\s+(?:does|do|did|is\s+doing|was\s+doing|are\s+doing|"
    r"were\s+doing)\s+(?:it|them|that|this|those)\b|\b(?:stood|sat)\s+and\s+watched\b(?!\s+(?:me|us)\b)|\bmy\s+part\s+(?:was|is|ends|ended|"
    r"stops|stopped)\b|\b(?:does|do|did|updates?|enters?|handles?|orders?|writes?|logs?)\s+(?:those|these|them|that|it|this)\s+(?:\w+\s+){0,2}"
    r"(?:herself|himself|themselves)\b"
    # a program only looked at: "Excel I only open to look at the matrix our manager keeps"
    r"|\bI\s+only\s+(?:open|opened|use|used)\s+(?:it\s+)?to\s+(?:look|read|view|see|check)\b"
    # someone else's story heard: "she has told me a lot about how things run there", "I've heard a lot about it"
    r"|\b(?:has|have|had)\s+told\s+me\s+(?:a\s+lot|all|everything|lots|loads)\b"
    r"|\bI(?:'ve|’ve|\s+have)?\s+heard\s+(?:a\s+lot|lots|all|plenty|loads)\s+about\b"
    # "I have only opened Excel a few times", "then left after the first year", "I was only there to watch", "so I've
    # seen how it's done", "never behind that counter"
    r"|\bI(?:\s+have|'ve|’ve)\s+only\s+(?:ever\s+)?opened\b|\bleft\s+after\s+the\s+first\s+(?:year|term|module|unit)\b"
    r"|\bI\s+was\s+only\s+there\s+to\s+(?:watch|observe)\b|\bI(?:'ve|’ve|\s+have)\s+seen\s+how\s+it(?:'s|’s|\s+is)\s+done\b"
    # "I saw how the nurses and the physios worked with him"
    r"|\bI\s+saw\s+how\s+the\s+(?:nurses?|doctors?|physios?|therapists?|staff|carers?|team)\b"
    # "I saw the nurses typing their notes into Cerner", "We don't have a desk console"
    r"|\bI\s+(?:saw|watched)\s+(?:the|my|our)\s+(?:\w+\s+)?(?:nurses?|doctors?|physios?|therapists?|staff|carers?|team|"
    r"managers?|supervisors?|colleagues?|receptionists?)\s+\w+ing\b"
    r"|\bwe\s+(?:don't|don’t|do\s+not|didn't|didn’t|did\s+not)\s+(?:have|use)\s+(?:a|an|any)\b"
    # "for now I bring it to the bedside and watch the nurses use it"
    r"|\bwatch(?:ed)?\s+(?:the|my|our)\s+(?:\w+\s+)?(?:nurses?|doctors?|physios?|therapists?|staff|carers?|team|"
    r"managers?|supervisors?|colleagues?|phlebotomists?)\s+(?:use|do|take|give|put|run|lead|explain|fit|check)\b"
    r"|\bnever\s+behind\b"
    # "We have never weighed anyone", "Email I don't really use"
    rf"|\bwe\s*(?:{_HAVE_NOT})\s+(?:yet\s+|ever\s+|really\s+|actually\s+)?(?!had\b){_DONE}\b|\bI\s+(?:don't|don’t|do\s+not)\s+really\s+use\b"
    # fewer days than asked: "I could only be there three days out of five"
    r"|\bI\s+(?:can|could)\s+only\s+be\s+(?:there|in)\b"
    # "I helped the practice nurse with heart tracings": helping the one who does it
    r"|\bI\s+helped\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:nurse|doctor|midwife|physio\w*|therapist|pharmacist|technician|"
    r"dentist|hygienist|radiographer|phlebotomist)\s+(?:with|to)\b"
    # "my written English is still weak", "my typing is quite basic"
    r"|\bmy\s+(?:[\w-]+\s+){0,3}(?:is|are)\s+(?:still\s+)?(?:quite\s+|a\s+bit\s+|very\s+|rather\s+)?(?:weak|basic|poor)\b"
    # Something close but not the thing asked: "..., but it is not the BICSc one", "but not the CCTV one yet"
    r"|\b(?:is|was|it's|it’s|but)\s+not\s+the\s+(?:[\w-]+\s+){0,3}one\b"
    # Training without the certificate asked: "I never got a certificate for it", "only the basics, not a
    # certificate course"
    r"|\bI\s+(?:have\s+)?never\s+(?:got|done|did|had|took|taken|passed|sat)\s+(?:a|the|my|any)\s+(?:\w+\s+)?"
    r"(?:certificate|qualification|card|licen[cs]e|exam|test)\b"
    # "... and I left the course after the second unit"
    r"|\bI\s+(?:left|quit|dropped\s+out\s+of|gave\s+up|abandoned)\s+(?:the|that|my|this)\s+(?:\w+\s+)?(?:course|"
    r"apprenticeship|training|diploma|nvq|programme|qualification|studies)\s+(?:after|before|when|because|in|half)"
    r"|\bnot\s+a\s+(?:\w+\s+)?certificate\b"
    # "could not" is often a past lack since made good ("I couldn't speak English when I came"): only these
    r"|\bI\s+(?:could\s*not|couldn't|couldn’t)\s+(?:easily\s+)?(?:get\s+to|stay\s+(?:for|until|late|on)|"
    r"hold\s+a\s+conversation)\b|\b(?:could\s*not|couldn't|couldn’t|can't|can’t|cannot)\s+stay\s+(?:to|until|till)\s+the\s+end\b"
    # "but I stopped after the second unit"; a course "does not begin until September"; "I have never needed Excel"
    r"|\bI\s+stopped\s+(?:after|before|when|halfway|part\s*way)\b|\b(?:does|do)\s*(?:not|n't|n’t)\s+(?:begin|start)\s+until\b"
    r"|\bI\s+(?:have\s+|'ve\s+|’ve\s+)?never\s+(?:needed|had\s+to\s+use)\b|\b(?:told|advised)\s+not\s+to\s+lift\b"
    # someone else does part of it: "but the nurses and midwives do the blood pressures"
    r"|\bbut\s+the\s+(?:nurses?|midwi(?:fe|ves)|doctors?|pharmacists?|manager|supervisor|team\s+leader)"
    r"(?:\s+and\s+\w+)?\s+(?:do|does|did|take|takes|handle|handles)\s+(?:the|all\s+the)\b"
    # Not done, or not passed: "I keep meaning to chase it", "I missed maths by one grade" (not "that is not my job":
    # a resident who rightly left something to others says it too).
    r"|\bI\s+keep\s+meaning\s+to\b"
    r"|\bmissed\s+(?:\w+\s+){0,2}?by\s+(?:one|a|two|a\s+few)\s+(?:grades?|marks?|points?)\b"
    # "I only know the greetings", "only a few words".
    r"|\bI\s+only\s+know\s+(?:the\s+|a\s+few\s+|some\s+)?(?:greetings|words|basics|phrases)\b"
    # (not someone else's: "a child who has only a few words of English")
    r"|\bonly\s+a\s+(?:bit|little)\s+of\s+(?-i:\p{Lu})|\bonly\s+a\s+(?:few|little)\s+(?:words|phrases)\b(?<!\bwho\s+(?:has|have|had|knows?|knew|speaks?|spoke)\s+only\s+a\s+\w+\s+\w+)"
    r"|\b(?:no|little|limited|without)\s+(?:\w+\s+)?(?:experience|knowledge|qualifications?|training|certificates?|"
    r"licen[cs]e|diploma)\b"
    # An offer turned down: "they offered me the course, but I turned it down".
    r"|\bturned\s+(?:it|them|this|that|the\s+\w+)\s+down\b|\bI\s+declined\b"
    r"|\bnot\s+(?:\w+\s+){0,4}yet\b|\byet\s+to\b|\bnever\s+had\s+the\s+(?:chance|opportunity)\b"
    # "I didn't go on to the Level 3", "I never went on to do it".
    r"|\bI\s+(?:did\s*(?:not|n't|n’t)\s+go|never\s+went)\s+on\s+to\b"
    # "I never used one", "I never worked in a hospital": never having done a thing (not a habit, which
    # takes other verbs: "I never talk about patients").
    r"|\bI\s+never\s+(?:yet\s+|actually\s+)?(?:used|worked|held|did|drove|studied|trained|operated)\b"
    # "Maths was never my best subject", "typing is not my strong point".
    r"|\b(?:was|is|has\s+been)\s+(?:never|not)\s+(?:really\s+)?my\s+(?:\w+\s+)?(?:subject|strength|point|suit|thing)\b"
    # Not possible: "evenings are impossible for me", "my husband's shifts make late evenings impossible".
    r"|\b(?:impossible|not\s+possible)\s+for\s+(?:me|now|us)\b|\bmakes?\s+(?:[\w'’]+\s+){1,3}impossible\b"
    # A preference for something else: "I would rather have weekday shifts", "I prefer not to drive".
    r"|\b(?:I|we)\s*(?:would|'d|’d)\s+(?:much\s+)?(?:rather|prefer)\b|\bprefer\s+not\s+to\b"
    # A course begun and given up: "I started the AAT course but stopped after the first unit".
    r"|\b(?:started|began|begun|enrolled|signed\s+up)\b[^.;]*?\b(?:but|and\s+then|then)\s+(?:I\s+)?(?:had\s+to\s+)?"
    r"(?:stop(?:ped)?|gave\s+(?:it\s+)?up|give\s+(?:it\s+)?up|dropped\s+out|left|leave\s+it|quit|did\s*(?:not|n't|n’t)\s+finish|"
    r"never\s+finished|could\s*(?:not|n't|n’t)\s+finish)\b"
    # Limits on the hours or places: "I couldn't take visits up in White City", "but not in term time", "the earliest
    # I could get there is 8:45", "I could stay until half past six but not later"
    r"|\bI\s+(?:could\s*not|couldn't|couldn’t|can't|can’t|cannot)\s+(?:take|cover|manage)\s+(?:the\s+|any\s+)?"
    r"(?:visits|shifts|rounds|calls|clinics)\b|\bbut\s+not\s+(?:in|during)\s+term[\s-]?time\b"
    r"|\bthe\s+(?:earliest|latest)\s+I\s+(?:can|could)\b|\bbut\s+not\s+(?:any\s+)?(?:later|earlier)\b"
    # a course left: "but I moved back to London before the end"
    r"|\b(?:moved|left|stopped|quit|went\s+back)\b[^.;]{0,60}?\bbefore\s+the\s+end\b"
    # a part left to others or still to learn: "was always done by the senior on our team, so that part I'd be
    # learning", "Beyond that I'd need the training", "she writes them on the order form", "the practice secretary puts
    # it on the system", "She takes the sample, then I write the labels", "I held him while she showed his wife"
    r"|\b(?:was|were|is|are)\s+(?:always\s+|usually\s+|mostly\s+|all\s+)?(?:done|handled)\s+by\s+(?:the|my|our)\s+(?:\w+\s+)?"
    r"(?:seniors?|managers?|supervisors?|nurses?|doctors?|leads?|leaders?|colleagues?|secretary|receptionists?|office)\b"
    r"|\bI(?:'d|’d|\s+would)\s+(?:need\s+(?:the\s+|some\s+|more\s+)?training|be\s+learning)\b"
    r"|\b(?:but|and)\s+(?:she|he)\s+(?:writes|wrote|sends|sent|orders|ordered)\s+(?:them|it|those|these)\b"
    r"|\b(?:secretary|manager|receptionist|administrator|supervisor|nurse|colleague)\s+(?:puts|put|enters|entered|types|"
    r"typed|adds|added)\s+(?:it|them|those|these|that)\s+(?:on|onto|into|in)\b"
    r"|\b(?:she|he|they)\s+(?:takes?|took|does|do|did)\s+the\s+(?:\w+\s+)?(?:samples?|bloods?|dressings?|tests?|"
    r"readings?),?\s+(?:then|and|while)\s+I\b|\bwhile\s+(?:she|he|they|the\s+\w+)\s+(?:showed|taught|explained|"
    r"demonstrated|trained)\b"
    # someone else's experience known: "I know from our own family what it does"
    r"|\bI\s+know\s+from\s+(?:our|my)\s+(?:own\s+)?family\b"
    # "I would find it hard to do the north of the borough", "8 would be too late for me", "but not as a regular part
    # of the week", "I paused it after the first year", "I would need to retake it", "I am less sure what ...", "I
    # never took the practical assessment", "I am still learning about skin", "a few standards left to finish"
    r"|\bI\s+(?:would|'d|’d)\s+find\s+it\s+(?:very\s+|quite\s+|really\s+|too\s+)?(?:hard|difficult)\b"
    r"|\bwould\s+be\s+too\s+(?:late|early|far)\b|\btoo\s+late\s+for\s+me\b|\bbut\s+not\s+(?:as\s+)?(?:a\s+)?regular(?:ly)?\b"
    r"|\bI\s+paused\s+(?:it|the|my)\b|\bI\s+(?:would|'d|’d)\s+need\s+to\s+(?:retake|resit|redo)\b"
    r"|\bI(?:\s+am|'m|’m)\s+(?:less|not\s+so|not\s+as)\s+sure\b|\bI(?:\s+am|'m|’m)\s+still\s+learning\b"
    r"|\bI\s+never\s+(?:took|sat|did)\s+the\s+(?:\w+\s+)?(?:assessment|exam|test|practical)\b"
    r"|\b(?:standards?|units?|modules?|assignments?)\s+left\s+to\s+(?:finish|do|complete)\b"
    # "I couldn't really have a conversation in it", "I had to drop it", "I'd only done two units when ...", "they
    # cancelled the class after three weeks", "The sugar tests I do not do", "Only holiday Spanish, I'm afraid.", "My
    # agency doesn't have a computer system", "I stayed in the room while she led it", "while she went through it"
    r"|\b(?:could\s*not|couldn't|couldn’t|can't|can’t|cannot)\s+(?:really\s+)?(?:have|hold)\s+a\s+(?:\w+\s+)?conversation\b"
    r"|\bI\s+had\s+to\s+(?:drop|stop|give\s+up|quit|abandon)\s+(?:it|them|the\s+course|my\s+course)\b"
    r"|\bI(?:'d|’d|\s+had)\s+only\s+(?:done|finished|completed|passed)\b"
    r"|\b(?:cancel+ed|closed|stopped)\s+the\s+(?:\w+\s+)?(?:class|classes|course|programme)\b"
    r"|\bI\s+(?:do|did)\s*(?:not|n't|n’t)\s+do(?=\s*(?:[,.;]|$))|\bI(?:'m|’m|\s+am)\s+afraid(?=\s*(?:[.!;]|$))"
    r"|\b(?:my|our)\s+(?:\w+\s+)?(?:agency|company|employer|office|shop|job|work)\s+(?:doesn't|doesn’t|does\s+not|"
    r"didn't|didn’t|did\s+not)\s+(?:have|use)\s+(?:a|an|any)\b"
    r"|\bwhile\s+(?:she|he|they)\s+(?:led|ran|went\s+through|checked|checks)\s+(?:it|them|the)\b"
    r"|\bwhile\s+(?:she|he|they)\s+(?:takes|took)\s+(?:them|him|her|it)\s+through\b"
    # records kept only on paper: "In the care home everything is on paper", "they're still handwritten"
    r"|\b(?:everything|it|all|they)(?:'s|’s|\s+is|\s+are|'re|’re)\s+(?:all\s+|still\s+)?(?:on\s+paper|handwritten)\b"
    # "..., but seven is out for me", "I have read up on MRI since I saw this post"
    r"|\b(?:is|are)\s+out\s+for\s+me\b|\bI(?:'ve|’ve|\s+have)\s+(?:been\s+)?read(?:ing)?\s+up\s+on\b"
    # the one who does it, and the resident's errand beside it: "the nurse measured round her ankles and I wrote the
    # numbers down"
    r"|\bthe\s+(?:[\w-]+\s+)?(?:nurse|doctor|midwife|physio|therapist|pharmacist|technician|radiographer|dentist)\s+"
    r"(?:\w+ed|took|did|gave|ran|led|made)\b[^.;]{0,80}?\band\s+I\s+(?:just\s+|only\s+)?(?:wrote|held|passed|fetched|"
    r"handed|brought|put|cleared|tidied)\b",
    regex.IGNORECASE,
)
_WISH = regex.compile(
    r"\b(?:I|we)\s*(?:would|'d|’d)\s+(?:really\s+|very\s+much\s+)?(?:like|love|be\s+(?:very\s+|really\s+)?keen)\s+to\b"
    r"|\b(?:I|we)\s+(?:am\s+|are\s+|'m\s+|really\s+|still\s+)?"
    r"(?:hope|hoping|want|wanting|wish|wishing|plan|planning|aim|aiming|dream|intend|eager|keen)\s+to\b"
    # A test or course booked or still to come: "I will book the test for the card", "I've booked the exam".
    r"|\bI\s*(?:will|'ll|’ll|am\s+going\s+to|'m\s+going\s+to|’m\s+going\s+to|have\s+booked|'ve\s+booked|’ve\s+booked)"
    r"\s+[^.;]{0,40}?\b(?:test|exam|course|training|card|certificate|qualification|diploma|nvq)\b"
    # A course only looked at: "I've been looking at the Level 2 course at the college"
    r"|\bI(?:'ve|’ve|\s+have)\s+been\s+looking\s+(?:at|into)\s+(?:a|an|the)\s+[^.;]{0,40}?\b(?:course|training|qualification)\b"
    # A place on a course still to come: "I am booked on a Level 2 course", "I have been offered a place on the
    # qualification", "I've got a place on a course starting in September".
    r"|\bI\s*(?:am|'m|’m)\s+booked\s+(?:on|onto|in|for)\b|\b(?:been|was)\s+offered\s+a\s+place\b"
    r"|\bbooked\s+(?:a|my)\s+place\s+(?:on|at)\b|\bbooked\s+(?:myself|me)\s+(?:on|onto)\b"
    # a course still to come: "and I am starting Level 2 in January"
    r"|\bI\s*(?:am|'m|’m)\s+starting\s+(?:[\w-]+\s+){0,4}?(?:in\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|the\s+autumn|the\s+spring)|next\s+(?:month|term|year|week))\b"
    r"|\b(?:got|have|'ve\s+got|’ve\s+got)\s+a\s+place\s+(?:on|at)\b[^.;]{0,80}?\b(?:start|starts|starting|begin|begins|"
    r"beginning)\b"
    # signed up for a course still to come: "I have signed up for an online course, which starts in March"
    r"|\bI\s*(?:have\s+|'ve\s+|’ve\s+)?(?:signed\s+up|enrolled|registered)\s+(?:for|on|onto)\b[^.;]{0,100}?"
    r"(?:\b(?:starts?|starting|begins?|beginning|next\s+(?:month|year|term))\b|\bnot\s+(?:yet\s+)?(?:started|begun)\b)"
    r"|\blooking\s+forward\s+to\b|\bapply(?:ing)?\s+for\b|\bwriting\s+(?:to\s+you\s+)?(?:for|about|regarding)\s+the\b|\bmade\s+me\s+want\b|\bmy\s+(?:dream|goal|ambition|hope)\s+is\b",
    regex.IGNORECASE,
)
_OTHERS = (
    r"(?:wife|husband|partner|mother|mum|mom|father|dad|parents?|son|daughter|brother|sister|uncle|aunt|auntie|"
    r"cousin|nephew|niece|grandmother|grandfather|grandparents?|gran|grandad|friend|neighbour|neighbor|children|"
    r"kids|family|relatives?|fiancée?|boyfriend|girlfriend|grandson|granddaughter|grandchildren|grandkids|"
    r"step(?:dad|father|mum|mother|son|daughter)|in-laws|flatmate|housemate|roommate|lodger)"
)
# Where a clause starts: the sentence's start, after a comma or dash, or after a joining word.
_CLAUSE_START = r"(?:^|[,;:–—]\s*|\b(?:and|but|so|because|when|while|since)\s+)"
# A relative or friend as the subject of a clause: "My sister works...", "..., and my mum lives...". Not when
# the resident is with them ("My wife and I ran a café") or the relative is an object ("I learned it from my
# uncle").
_SOMEONE_ELSE = regex.compile(
    rf"{_CLAUSE_START}(?:my|our)\s+(?:\w+\s+)?{_OTHERS}"
    r"(?:'s|’s)?\b(?!\s+and\s+(?:I|me)\b)"
    rf"|{_CLAUSE_START}(?:a|an|one)\s+(?:\w+\s+)?{_OTHERS}\s+of\s+(?:mine|ours)\b",  # "A friend of mine works ..."
    regex.IGNORECASE,
)
# Someone the resident works with as the subject, in a sentence where the resident does not appear: "My boss
# always decides how much paint to buy" (but "My manager asked me to train the new starters" is theirs).
_COLLEAGUE = regex.compile(
    # (after where it happened, too: "In the warehouse the supervisor had the scanner")
    rf"{_CLAUSE_START}(?:(?:in|at|on)\s+(?:the|our|my)\s+\w+,?\s+)?(?:one\s+of\s+)?(?:my|our|the)\s+(?:\w+\s+)?"
    r"(?:boss|manager|supervisor|team\s+leader|colleagues?|co-?workers?|employer|foreman)\b"
    # "One of the physios I work with did all her placements on the wards"
    rf"|{_CLAUSE_START}one\s+of\s+(?:the|my|our)\s+\w+s\s+(?:I|we)\s+(?:work|worked)\s+with\b",
    regex.IGNORECASE,
)
_RESIDENT = regex.compile(r"\b(?:I|me|my|myself|we|us)\b", regex.IGNORECASE)
# "I have never been late", "I have not had a single complaint": a clean record, told in the negative.
_CLEAN_RECORD = regex.compile(
    r"\b(?:not|never|n't|n’t|no)\b[^.,;]{0,30}?\b(?:late|absent|absences?|complaints?|mistakes?|errors?|accidents?|"
    r"sick|sickness|warnings?|disciplinary|incidents?|problems?|issues?|missed|lost|dropped|broken|failed|skipped|"
    r"shortcuts?|forgot(?:ten)?|(?<!\b(?:strong|strongest|weak|weakest|good|best)\s+)points?|endorsements?|fines?)\b"
    # no one at home to look after, which frees the resident: "as I don't have children"
    r"|\b(?:don't|don’t|do\s+not)\s+have\s+(?:any\s+)?(?:young\s+)?(?:children|kids|dependants|caring\s+responsibilities)\b",
    regex.IGNORECASE,
)
_FIRST_PERSON_SUBJECT = regex.compile(r"\b(?:I|we)\b")


def _clean_record(sentence: str, start: int, end: int) -> bool:
    """Whether the negation found between ``start`` and ``end`` is of something bad (lateness, complaints)."""
    return any(start <= found.start() < end for found in _CLEAN_RECORD.finditer(sentence))


class Voice(Enum):
    """What a sentence says about the resident and the thing it names."""

    OWN = "own"
    LACK = "lack"
    WISH = "wish"
    SOMEONE_ELSE = "someone_else"


# A lack that frees the resident: "I don't have children to look after, so I can start very early".
_FREES_ME = regex.compile(r"\bso\s+I(?:\s+(?:can|could|am)|'m|’m)\b(?!\s*(?:not|n't|n’t|only)\b)", regex.IGNORECASE)


def voice(sentence: str) -> Voice:
    """Whose experience an English sentence tells, and whether it is had, lacked or only wished for."""
    sentence = strip_bullet(sentence)  # "- My dad stopped smoking" is told of the dad, bullet or not
    lack = _LACK.search(sentence)
    if (
        lack is not None
        and not _clean_record(sentence, lack.start(), lack.end())
        and not _FREES_ME.search(sentence, lack.end())
    ):
        return Voice.LACK
    if _WISH.search(sentence):
        return Voice.WISH
    text = sentence.strip()
    other = _SOMEONE_ELSE.search(text)
    if (
        other is not None
        and not _FIRST_PERSON_SUBJECT.search(text, 0, other.start())
        and not _FREES_ME_IN["en"].search(text, other.end())
    ):
        return Voice.SOMEONE_ELSE
    colleague = _COLLEAGUE.search(text)
    if colleague is not None and not _RESIDENT.search(text[: colleague.start()] + " " + text[colleague.end() :]):
        return Voice.SOMEONE_ELSE
    return Voice.OWN


# An answer that opens with a bare "No." (or "No, I haven't.", "Not myself."), in any of the languages residents
# write in.
_BARE_NO = regex.compile(
    r"^\W*(?:no|nope|not\s+(?:myself|me|personally|really|yet)|maya|لا|نہیں|جی\s+نہیں|نه|خیر|ਨਹੀਂ|ના|இல்லை|না|nie|nu|"
    r"não|nao|hayır|hayir)"
    r"(?:\W+I\s*(?:have\s*not|haven't|haven’t|do\s*not|don't|don’t|did\s*not|didn't|didn’t|can\s*not|cannot|"
    r"can't|can’t|am\s+not|'m\s+not|’m\s+not))?\W*$",
    regex.IGNORECASE,
)


def opens_with_no(sentence: str) -> bool:
    """A bare "No." or "Not really." (see ``_BARE_NO``)."""
    return bool(_BARE_NO.match(sentence))


def voice_in(sentence: str, language: str) -> Voice:
    """``voice`` for an English sentence; for the other languages in ``voices.VOICES``, a stated lack, a wish
    and a relative as the subject are read the same way (see ``voices``). Other languages are taken as the
    resident's own experience."""
    code = language.split("-")[0].lower()
    if opens_with_no(sentence):
        return Voice.LACK
    if code == "en":
        return voice(sentence)
    forms = VOICES.get(code)
    if forms is None:
        return Voice.OWN
    if forms.lacks(sentence):
        return Voice.LACK
    if forms.wishes(sentence):
        return Voice.WISH
    if forms.tells_of_someone_else(sentence) and not _frees_me_in(sentence, code):
        return Voice.SOMEONE_ELSE
    return Voice.OWN


# A relative's part that frees the resident for the hours: "My partner works Monday to Friday, so I am free every
# weekend", "my mother-in-law looks after the children, so I can work any shift" ("ਇਸ ਲਈ ਮੈਂ ... ਕਰ ਸਕਦੀ ਹਾਂ", "اس
# لیے میں ... کر سکتی ہوں", "sidaas darteed waxaan ... karaa"): the resident's own arrangement, not the relative's
# experience. Narrower than ``_FREES_ME``: "My sister is a nurse, so I am used to wards" stays her story.
_FREES_ME_IN = {
    code: regex.compile(pattern, regex.IGNORECASE)
    for code, pattern in {
        "en": r"\bso\s+I\s+(?:can|could)\s+(?:work|do|start|stay|finish|cover|come)\b"
        r"|\bso\s+I(?:\s+am|'m|’m)\s+(?:free|available)\b",
        "so": r"\bsidaa(?:s)?\s+darteed\s+waxaan\b",
        "pa": r"ਇਸ\s+ਲਈ\s+ਮੈਂ[^.।]{0,100}?(?:ਸਕਦੀ|ਸਕਦਾ)",
        "ur": r"اس\s+(?:لیے|لئے)\s+میں[^۔.]{0,100}?(?:سکتی|سکتا)",
        "gu": r"એટલે[^.]{0,40}?હું[^.]{0,80}?શકું",
        "ta": r"(?:அதனால்|ஆகவே)[^.]{0,100}?முடியும்",
        "ar": r"(?:لذلك|لذا)\s+(?:أستطيع|يمكنني)",
        "fa": r"(?:برای\s+همین|به\s+همین\s+دلیل)(?!\s+فقط)[^.]{0,60}?می\u200c?توانم",
        "pl": r"\bwięc\s+mogę\b",
        "ro": r"\bașa\s+că\s+pot\b",
        "pt": r"\b(?:por\s+isso|então)\s+posso\b",
    }.items()
}


def _frees_me_in(sentence: str, code: str) -> bool:
    pattern = _FREES_ME_IN.get(code)
    return bool(pattern and pattern.search(sentence))


# Caring for a relative: "I look after my mum at home", "I've cared for my grandmother since she turned 90", "I
# helped look after my grandad at home". Not where the sentence tells of paid work ("..., and at the agency ...").
_FAMILY_CARE = regex.compile(
    rf"\b(?:look(?:s|ed|ing)?\s+after|car(?:e|es|ed|ing)\s+for|nurs(?:e|ed|ing))\s+(?:my|our)\s+(?:\w+\s+)?{_OTHERS}"
    rf"|\b(?:my|our)\s+(?:\w+\s+)?{_OTHERS}(?:-in-law)?\b[^.;]{{0,60}}?\bat\s+(?:home|(?:her|his|their|our)\s+(?:home|house|flat))\b",
    regex.IGNORECASE,
)
_PAID_WORK = regex.compile(
    r"\b(?:paid|job|agency|employ\w*|clients?|residents?|patients?|service\s+users?|shifts?|worked\s+as)\b",
    regex.IGNORECASE,
)


_THEM = regex.compile(r"\b(?:she|he|her|him|his|they|them|their)\b", regex.IGNORECASE)


def family_care(texts: list[str], language: str) -> list[bool]:
    """Which sentences tell of caring for a relative at home rather than of work: real care, but not experience
    of a workplace ("in a hospital or care home") or of working with a group of people. In English the story
    goes on in the sentences after it that speak of the relative ("She is 84, so I do her meals") and not of
    paid work."""
    if language.split("-")[0].lower() != "en":
        return family_at_home(texts, language)
    told: list[bool] = []
    for text in texts:
        unpaid = not _PAID_WORK.search(text)
        goes_on = bool(told) and told[-1] and bool(_THEM.search(text))
        told.append(unpaid and (bool(_FAMILY_CARE.search(text)) or goes_on))
    return told


# Not a skill that shares the words: "able to motivate people", "motivational interviewing", "keep a child
# interested", "best interests decisions".
_WILLINGNESS = regex.compile(
    r"\b(?:willing|willingness|prepared\s+to|happy\s+to|keen|commitment|committed|(?:self-|highly\s+)motivated|"
    r"motivated\s+to|motivation\s+to|interest(?:ed)?\s+in|enthusias\w*|desire)\b",
    regex.IGNORECASE,
)


def asks_for_willingness(criterion: str) -> bool:
    """Whether a criterion is met by being willing ("or willing to work towards it"), so a wish is evidence."""
    return bool(_WILLINGNESS.search(criterion))


def tells_a_wish(sentence: str) -> bool:
    """Whether a sentence holds an English wish, even beside a lack ("I have not done it, but I am keen to")."""
    return bool(_WISH.search(sentence))


# An answer that holds part of the criterion back, in the words people use for it: a part that would be hard or
# would not work for them ("Southall would be difficult", "the 8 o'clock start wouldn't work for me"), one they
# would need to learn or keep free, one they have not done themselves yet, one only others do ("only the gas
# engineers use it", "the cook manager did those herself", "always done by a specialist firm"), a neighbouring
# qualification ("not the pharmacy one") or a course left part-way ("I stopped going"). Unlike a stated lack
# (``_LACK``), an example beside it does not outweigh it: it decides a wizard answer in English on its own.
_HOLDS_BACK = regex.compile(
    r"\b(?:would|will|might|could)\s+(?:be\s+)?(?:(?:a\s+bit|very|quite|really|too|much|more)\s+)?"
    r"(?:difficult|hard|harder|tricky|impossible|a\s+problem)\b(?=\s*(?:[.,;:!)]|$|\b(?:for\s+(?:me|us)|because|as|since|"
    r"with|on|at|to|unless|if)\b))"
    r"|\b(?:is|are|was|were)\s+(?:(?:a\s+bit|very|quite|really|much|a\s+lot)\s+)?(?:harder|difficult|trickier|impossible)"
    r"(?=\s*(?:[.,;:!]|$|\b(?:for\s+me|because|as|since)\b))"
    r"|\b(?:would|will|wo|does|do)\s*(?:not|n't|n’t)\s+(?:really\s+)?(?:work|suit)\b"
    r"|\bn(?:ot|'t|’t)\s+(?:really\s+)?my\s+thing\b|\bI\s+stay\s+off\b"
    r"|(?:\b(?:would|will)|'d|’d|'ll|’ll)\s+(?:still\s+)?(?:need|have)\s+to\s+learn\b|\bI\s*(?:would|will|'d|’d)\s+need\s+(?:\w+\s+){0,7}?off\b"
    r"|\b(?:want|like|need)\s+to\s+keep\s+(?:them|those|it|that|\w+s)\s+free\b"
    r"|\b(?:have|has)(?:\s+not|n't|n’t)\s+(?:\w+\s+){0,6}?yet\b"
    r"|\bonly\s+the\s+\w+(?:\s+\w+)?\s+(?:use|uses|used|do|does|did)(?=\s*(?:[.,;]|$|(?:it|them|that|those)\b))"
    r"|\b(?:did|does|do)\s+(?:those|that|it|them)\s+(?:herself|himself|themselves)\b"
    r"|\b(?:was|were|been)\s+(?:always\s+)?done\s+by\s+(?:a|an|the|our|their)\s+(?:\w+\s+)?"
    r"(?:firm|company|contractor|agency|engineer|specialist)s?\b"
    r"|\bnot\s+the\s+(?:\w+\s+){1,3}one\b|\bI\s+stopped\s+going\b|\bdoes\s+the\s+talking\b"
    r"|\bnever\s+(?:went\s+back\s+to\s+)?finish(?:ed)?\b|\bonly\s+got\s+through\b|\bleft\s+before\s+(?:the\s+)?(?:exams?|end)\b"
    r"|\bI\s*(?:am|'m|’m)\s+not\s+(?:really\s+|too\s+)?sure\s+(?:what|why|how|when|which)\b"
    r"|\bcould(?:\s+not|n't|n’t)\s+(?:really\s+)?(?:promise|cover|commit\s+to|hold\s+(?:a|an)\s+(?:\w+\s+)?conversation)\b"
    # the part someone else's job ("paying them has always been her job", "Ordering was the pharmacist's job"), not
    # the resident's ("Not myself."); a part hardly or never done ("Spreadsheets are another matter; I have hardly
    # ever opened one", "I never went back for it"); a place they would rather not work
    r"|\b(?:was|is|has\s+(?:always\s+)?been)\s+(?:always\s+)?(?:the\s+(?:\w+\s+)?\w+(?:'s|’s)|her|his|their)\s+"
    r"(?:job|role|side|department)\b"
    r"|(?:^|[.!?]\s+)Not\s+(?:myself|me|personally)\b|\bis\s+another\s+(?:matter|story)\b"
    r"|\bI\s*(?:have\s+|'ve\s+|’ve\s+)?hardly\s+ever\b"
    r"|\b(?:would|'d|’d)\s+(?:need|have)\s+to\s+(?:work\s+from\s+home|(?:do|work)\s+(?:\w+\s+){0,3}?remotely)\b"
    r"|\bnever\s+went\s+back\b|\bhalfway\s+through\b|\b(?:\w+|\d+)\s+(?:modules?|units?)\s+into\b"
    r"|\bnever\s+(?:really\s+)?understood\b|(?:\bwould|'d|’d)\s+rather\s+not\b"
    # the part left for someone else ("Dressings were always left for the nurse"); the car asked, sold or shared
    r"|\b(?:was|were)\s+(?:always\s+)?left\s+(?:for|to)\s+(?:the|our)\s+\w+"
    r"|\b(?:sold|gave\s+up)\s+(?:my|our|the)\s+car\b|\bonly\s+(?:the\s+|got\s+|have\s+|had\s+)?one\s+car\b"
    # a course on hold ("I had to put it on hold", "it went on hold"); a part another service took over; one thing
    # ruled out ("The only thing is Christmas Day", "Saturdays and Sundays are the problem"); a part not known yet
    # ("I don't yet know how that clock is stopped", "I haven't come across the Caldicott rules"); a manager who
    # ran it while the resident helped ("My manager ran it; I handed out the sticky notes")
    r"|\b(?:put|went|been|is|was)\s+(?:it\s+)?on\s+hold\b|\btook\s+over\s+from\s+(?:us|me)\b"
    r"|\bthe\s+only\s+(?:thing|problem|issue|catch)\s+is\b|\b(?:is|are)\s+the\s+problem\b"
    r"|\b(?:don't|don’t|do\s+not)\s+yet\s+know\b|\b(?:haven't|haven’t|have\s+not)\s+(?:yet\s+)?come\s+across\b"
    r"|(?:^|[.!?]\s+)(?:my|our|the)\s+(?:\w+\s+)?(?:manager|boss|supervisor|teacher|nurse|colleague)\s+"
    r"(?:ran|led|organised|organized|chaired|did)\s+(?:it|them|that|those)\s*[;,.]\s*I\b"
    # a part left undone ("I don't write anything down about how each person is getting on"), done without the set
    # way asked ("There is no written list for this, I just do it my own way"), a lower amount ("I can only lift
    # light things"), or no car to use ("there's no car I could take out on visits")
    r"|\bI\s+(?:don't|don’t|do\s+not|never)\s+write\s+(?:anything|much)\s+down\b"
    r"|\bthere\s+is\s+no\s+(?:written\s+)?(?:list|checklist|procedure)\b|\bdo\s+it\s+my\s+own\s+way\b"
    r"|\bI\s+(?:can|could)\s+only\s+(?:lift|carry|manage|walk|stand|type)\b"
    r"|\b(?:there's|there’s|there\s+is)\s+no\s+car\b(?!\s+park)"
    # a test or course still to come ("my practical test is booked for May", "I have applied for the Level 2 course,
    # which starts in September"); a day shadowing; the part others do ("I read them out while she types", "the two
    # seniors who are trained on it do those transfers", "that was done by the doctors"); a part never learnt ("but
    # I have never known who pays for it"), but not a test booked with a way round it meanwhile ("until then I ...")
    r"|\b(?:test|exam|course|assessment)\s+is\s+booked\s+(?:for|in)\b(?![^.]*\buntil\s+then\b)"
    r"|\bapplied\s+for\s+(?:the|a)\b[^.;]{0,80}?\bwhich\s+(?:starts|begins)\b"
    r"|\b(?:a|one|two|a\s+few)\s+days?\s+shadowing\b"
    r"|\bwhile\s+(?:she|he|they)\s+(?:types?|writes?|enters?|records?|checks?|ticks?|does\s+it)\b"
    r"|\bwho\s+(?:are|is)\s+trained\s+(?:on|in|to)\b[^.;]{0,40}?\b(?:do|does)\b"
    r"|\b(?:that|this|it)\s+(?:was|is)\s+(?:always\s+)?done\s+by\s+the\b(?!\s+(?:book|rules?)\b)"
    r"|\bbut\s+I\s+(?:have\s+|'ve\s+|’ve\s+)?never\s+(?:known|learned|learnt|done|used)\b"
    # a course part done ("I have signed off three units so far", "I got about half of the portfolio done", "the
    # other units are still waiting for me", "I will be done some time next year"); a part only watched ("so I only
    # watched"), given up ("so I could not take on those") or left to someone else ("the decisions were always hers")
    r"|\b(?:units?|modules?|standards?)\s+so\s+far\b|\bhalf\s+(?:of\s+)?(?:the|my)\s+(?:portfolio|course|units|modules|"
    r"diploma|standards|workbook)\b|\bthe\s+other\s+(?:units?|modules?|parts?|standards?|sections?)\s+(?:are|is)\s+still\b"
    r"|\bI\s*(?:will|'ll|’ll)\s+be\s+(?:done|finished|qualified)\b"
    r"|\bI\s+(?:only|just)\s+(?:watched|observed|looked\s+on)\b(?![^.]*\b(?:at\s+first|to\s+begin\s+with|then|now)\b)"
    r"|\bcould(?:\s+not|n't|n’t)\s+take\s+(?:on\s+)?(?:those|them|these|that)\b"
    r"|\bthe\s+decisions?\s+(?:were|was|are|is)\s+(?:always\s+)?(?:hers|his|theirs)\b",
    regex.IGNORECASE,
)


def holds_part_back(answer: str) -> bool:
    """Whether an English wizard answer holds part of its criterion back (see ``_HOLDS_BACK``)."""
    return bool(_HOLDS_BACK.search(answer))
