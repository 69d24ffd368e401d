"""Wizard answers that come close to a criterion but fall short of it, in English and the site's other languages:
helping while someone else does the thing, a part said to be missing, a course only begun or still to come, fewer
weekends or shorter hours than asked, another record system, one subject's grade for two, a grade or level in
another script below the one asked. Beside each kind, the answers that do meet the criterion. Sentences here are
written for these tests, not taken from the evaluation corpora."""

from __future__ import annotations

import datetime

import pytest

from applications.checks import Criterion, check_answers
from tests.unit.checks.builders import status_of

BLOOD = Criterion("Able to take blood samples (venepuncture)")
OBSERVATIONS = Criterion("Able to measure and record blood pressure, pulse, oxygen saturation and temperature")
NAVIGATION = Criterion("Care Navigation training")
LATE_CLINIC = Criterion("Able to work one late clinic a week, until 8pm")
WEEKENDS = Criterion("Able to work early and late shifts, including one weekend in three")
SYSTMONE = Criterion("Experience of using SystmOne")
SYSTMONE_OR_SIMILAR = Criterion("Experience of using SystmOne or a similar patient record system")
GCSES = Criterion("A good general education, including English and maths at GCSE grade 4 or equivalent")
GCSE_LEVEL = Criterion("Educated to GCSE level or equivalent, including English and maths")
RECEPTION = Criterion("Previous work on a hospital or GP surgery reception desk")
PAY_CALLS = Criterion("Polite and clear on the telephone with staff who think they have been paid wrongly")
CALM_CALLERS = Criterion("Calm and polite on the phone, including with callers who are frustrated")
WEEKDAYS = Criterion("Able to work shifts between 7.30am and 7pm, Monday to Friday")
SEDATION = Criterion("Experience of looking after patients waking up from sedation or an anaesthetic")
KEYBOARD = Criterion("RSA Level 2 text processing or another keyboard qualification")
SPREADSHEETS = Criterion("Confident with spreadsheets, including sorting and filtering long lists")
EMPLOYMENT_LAW = Criterion("Knowledge of employment law on disciplinary and grievance procedures")
TILL = Criterion("Experience of handling cash on a till")
GOOD_ENGLISH = Criterion("Good spoken and written English, including keeping accurate notes")
ROTA_PLANNING = Criterion("Able to plan the daily rota for the outpatient clinic")
WEANING = Criterion("Able to explain feeding and weaning advice to parents in plain words")
GROUP = Criterion("Experience of running a group for parents, such as stay and play")
NOTES = Criterion("Able to keep clear notes on a computer system")
DIABETES_CLINIC = Criterion("Experience of working in a diabetes or wound care clinic")
WEIGHING = Criterion("Able to weigh and measure babies accurately")
EARLY_START = Criterion("Able to start at 7am, Monday to Friday")
DIPLOMA = Criterion("Level 3 Diploma in Health and Social Care")
WEEKEND_ROTA = Criterion("Able to work a rota that includes weekends and bank holidays")
TRAVEL_SITES = Criterion("Able to travel between practices across Ealing")
MOUTH_CARE = Criterion("Able to give gentle personal care, including mouth care")
EXCEL = Criterion("Competent user of Microsoft Outlook and Excel")
SECOND_LANGUAGE = Criterion("Speaking a second language used in North West London is desirable.")
SIGHT_LOSS = Criterion("Able to guide a patient with sight loss safely around the clinic")
DEAF = Criterion("Experience of supporting people who are deaf or hard of hearing")
PHONE_MANNER = Criterion("Friendly and clear telephone manner")
SYSTMONE_TABLET = Criterion("Able to use SystmOne on a laptop or tablet")
BUSINESS_ADMIN = Criterion("A Level 3 qualification in Business Administration")
MINUTES = Criterion("Able to take minutes in a multidisciplinary meeting")
DYING = Criterion("Experience of supporting a dying person and their family in a paid or voluntary role")
HOSPITAL_WORK = Criterion("Experience of working in a hospital or GP surgery")
CAR = Criterion("Full UK driving licence and use of a car for work")
A_LEVELS = Criterion("Educated to A level standard, or an equivalent Level 3 qualification")
EVENING_CLINIC = Criterion("Able to offer one evening clinic a week until 8pm")
MENTAL_HEALTH = Criterion("Understanding of common mental health problems such as anxiety and depression")
TEACHING = Criterion("Experience of teaching or coaching care staff")
EARLY_LATE = Criterion("Able to work a rota of early (from 6.30am) and late (until 8pm) shifts, Monday to Saturday")
EASY_READ = Criterion("Able to explain information in easy read or other accessible formats")
ECG = Criterion("Experience of recording 12-lead ECGs")
GROUPS_AND_PHONE = Criterion("You must be confident speaking to groups and on the telephone.")
KEYBOARD_AND_MOUSE = Criterion("Able to use a computer keyboard and mouse confidently")
NVQ_CUSTOMER = Criterion("NVQ Level 2 in Customer Service, or equivalent")
SHIFTS_7_TO_9 = Criterion("Able to work shifts between 7am and 9pm, including alternate weekends")
OFFICE = Criterion("Good working knowledge of Microsoft Word, Outlook and Excel")
ECDL = Criterion("European Computer Driving Licence (ECDL) or equivalent IT qualification")
CAFM = Criterion("Experience of using a computer-aided facilities management (CAFM) system")
SATURDAYS = Criterion("Able to work one Saturday morning in four on a rota")
PHONE_PATIENTS = Criterion("It is essential that you can speak to patients on the telephone politely")
E_REFERRAL = Criterion("Experience of the NHS e-Referral Service or of managing patient waiting lists")
IT_SKILLS = Criterion("Good IT skills, including email and entering data on a computer system")
QUESTIONNAIRES = Criterion("Knowledge of the questionnaires used in talking therapies, such as the PHQ-9")
CAPACITY = Criterion("Training in the Mental Capacity Act")
LIMBS = Criterion("Able to measure limbs accurately with a tape measure and record the results")
URGENT_CARE = Criterion("Experience of working in an emergency department or urgent treatment centre")
MINIBUS = Criterion("Full UK driving licence and willing to drive the day service minibus")
CONFIDENTIAL = Criterion("Understanding of the need to keep patients' details confidential")
EARLY_WARNING = Criterion("Able to record physical observations and work out an early warning score")
MANUAL_LICENCE = Criterion("Full UK manual driving licence")
ROTAS = Criterion("Experience of drawing up staff rotas")
EARLY_CLINIC = Criterion("Able to start at 7.30am on clinic days")
RESEARCH = Criterion("Experience of helping with research studies")
SAMPLES = Criterion("Able to collect urine samples and label them correctly")
FIRST_AID = Criterion("A current first aid certificate")
SUICIDE_TRAINING = Criterion("Training in suicide awareness")
LONG_DAYS = Criterion("Able to work long days and nights on a rota, including weekends")


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        (
            BLOOD,
            "en",
            "When the practice nurse comes to do blood tests on our residents, I help her. I hold the resident's arm "
            "still while she puts the needle in. I have never done it myself.",
        ),
        (
            OBSERVATIONS,
            "en",
            "Every morning I take the residents' temperatures and blood pressures with the machine and write them on "
            "their charts. I have never measured anyone's oxygen; the nurse on duty does that.",
        ),
        (
            NAVIGATION,
            "en",
            "Last autumn I signed up for an online course for care navigators, but so far I have only started the "
            "first module.",
        ),
        (
            LATE_CLINIC,
            "en",
            "I could do an evening clinic one day a week, but I could not stay until the end, because I collect my "
            "son from his childminder.",
        ),
        (
            WEEKENDS,
            "en",
            "Mornings and evenings in the week are fine for me. Weekends are harder: I could do one Saturday and "
            "Sunday in every four, but not more.",
        ),
        (
            SYSTMONE,
            "en",
            "One summer I worked on the reception desk of a GP surgery in Acton where they used EMIS for bookings.",
        ),
        (GCSES, "en", "I got a 5 in English at GCSE in 2015, at a school in Ealing."),
        (GCSES, "en", "At school I got a grade 3 at GCSE in English and the same in maths."),
        (
            GCSE_LEVEL,
            "en",
            "I left school without finishing my exams. Later I passed Functional Skills English at Level One at "
            "evening classes in Hounslow.",
        ),
        (
            RECEPTION,
            "en",
            "While I was still at school I did a week of work experience at my doctor's surgery, but I mostly sat and "
            "watched the receptionists.",
        ),
        (
            PAY_CALLS,
            "en",
            "When drivers rang to complain about their pay, my manager took the calls and I sat beside her while she "
            "talked to them.",
        ),
        (CALM_CALLERS, "en", "I never lose my temper on the phone, however rude people are to me."),
        (
            WEEKDAYS,
            "en",
            "On Mondays and Fridays I have to leave by three to collect my son from school, but on the other days I "
            "can stay until the end.",
        ),
        # In dialysis the patients are awake all four hours. I have never looked after anyone waking from sedation.
        (
            SEDATION,
            "pt",
            "Na hemodiálise os pacientes ficam acordados durante as quatro horas da sessão. Nunca cuidei de ninguém "
            "que estivesse acordando de uma sedação.",
        ),
        # I did GCSEs at a school in Southall in 2014. In English and maths my grade was 3 (Gurmukhi digits).
        (GCSES, "pa", "ਮੈਂ ੨੦੧੪ ਵਿੱਚ ਸਾਊਥਾਲ ਦੇ ਇੱਕ ਸਕੂਲ ਤੋਂ GCSE ਕੀਤੇ ਸਨ। ਅੰਗਰੇਜ਼ੀ ਅਤੇ ਹਿਸਾਬ ਦੋਹਾਂ ਵਿੱਚ ਮੇਰਾ ਗ੍ਰੇਡ ੩ ਆਇਆ ਸੀ।"),
        # I have a level 1 typing certificate, which I did at evening classes in 2017 (Gujarati digits).
        (KEYBOARD, "gu", "મારી પાસે ટાઇપિંગનું લેવલ ૧નું પ્રમાણપત્ર છે, જે મેં ૨૦૧૭માં સાંજના વર્ગમાં કર્યું હતું."),
        # I did the English GCSE in London in 2022 and got a 3. I never did the maths one here.
        (GCSES, "pt", "Fiz o GCSE de inglês em Londres em 2022 e tive nota 3. O de matemática nunca fiz cá."),
        # I used the company's computer system every day for notes and email. But I have never made a spreadsheet.
        (
            SPREADSHEETS,
            "ta",
            "வாடிக்கையாளர் குறிப்புகளைப் பதிவு செய்யவும் மின்னஞ்சல் அனுப்பவும் நிறுவனத்தின் கணினி அமைப்பைத் தினமும் "
            "பயன்படுத்தினேன். ஆனால் நான் ஒருபோதும் விரிதாள் உருவாக்கியதில்லை.",
        ),
        # In Excel I only make lists of names and amounts; beyond that I have done nothing.
        (SPREADSHEETS, "ur", "ایکسل میں صرف نام اور رقمیں لکھ کر فہرست بناتی ہوں، اس سے آگے میں نے کچھ نہیں کیا۔"),
        # I have joined a typing course at the library, which starts next month.
        (KEYBOARD, "ur", "میں نے لائبریری میں ٹائپنگ کے ایک کورس میں داخلہ لے لیا ہے جو اگلے مہینے شروع ہوگا۔"),
        # For next month I have registered on an online course in UK employment law.
        (EMPLOYMENT_LAW, "fa", "برای ماه آینده در یک دورهٔ آنلاین قانون کار بریتانیا ثبت‌نام کرده‌ام."),
        # I take temperature, pulse and pressure and write them on the chart. Blood sugar I don't measure: the nurse
        # always does it.
        (
            OBSERVATIONS,
            "pl",
            "Mierzę temperaturę, tętno i ciśnienie i zapisuję wyniki w karcie. Cukru we krwi nie mierzę – zawsze "
            "robi to pielęgniarka.",
        ),
        # I speak English well, but writing is weak: my writing certificate is only Entry Level 3.
        (
            GOOD_ENGLISH,
            "pl",
            "Po angielsku mówię dobrze i codziennie rozmawiam z rodzinami, ale z pisaniem jest słabo – mój certyfikat "
            "z pisania jest tylko na poziomie Entry Level 3.",
        ),
        # I can get to both hospitals by bus. But until 8pm I can't manage: at 6pm I collect my daughter from nursery.
        (
            LATE_CLINIC,
            "pl",
            "Do obu szpitali mogę dojeżdżać autobusem. Ale do 20:00 nie dam rady, bo o 18:00 odbieram córkę ze żłobka.",
        ),
        # Each morning I order my own patients, but the rota for the whole team is made by the clinic manager.
        (
            ROTA_PLANNING,
            "pl",
            "Każdego ranka sama układam kolejność moich pacjentów, ale grafik pracy dla całego zespołu robi "
            "kierowniczka przychodni.",
        ),
        # At the nursery I feed the babies as the parents ask. But the room leader gives the parents advice, not me.
        (
            WEANING,
            "pa",
            "ਨਰਸਰੀ ਵਿੱਚ ਮੈਂ ਮਾਪਿਆਂ ਦੇ ਕਹਿਣ ਮੁਤਾਬਕ ਬੱਚਿਆਂ ਨੂੰ ਖਾਣਾ ਖੁਆਉਂਦੀ ਹਾਂ। ਪਰ ਮਾਪਿਆਂ ਨੂੰ ਸਲਾਹ ਸਾਡੀ ਰੂਮ ਲੀਡਰ ਦਿੰਦੀ ਹੈ, ਮੈਂ ਨਹੀਂ।",
        ),
        # Our leader runs the group; I only put out the toys and tidy up afterwards.
        (
            GROUP,
            "pa",
            "ਹਰ ਵੀਰਵਾਰ ਮਾਪਿਆਂ ਲਈ ਖੇਡ ਦਾ ਸੈਸ਼ਨ ਹੁੰਦਾ ਹੈ। ਉਹ ਸਾਡੀ ਲੀਡਰ ਚਲਾਉਂਦੀ ਹੈ; ਮੈਂ ਸਿਰਫ਼ ਖਿਡੌਣੇ ਲਾਉਂਦੀ ਹਾਂ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਸਫ਼ਾਈ ਕਰਦੀ ਹਾਂ।",
        ),
        # After every visit I write notes by hand in my notebook. I am not much used to computers.
        (NOTES, "pa", "ਮੈਂ ਹਰ ਮੁਲਾਕਾਤ ਤੋਂ ਬਾਅਦ ਆਪਣੀ ਕਾਪੀ ਵਿੱਚ ਹੱਥ ਨਾਲ ਨੋਟ ਲਿਖਦੀ ਹਾਂ। ਕੰਪਿਊਟਰ ਦੀ ਮੈਨੂੰ ਬਹੁਤੀ ਆਦਤ ਨਹੀਂ।"),
        # My sister-in-law works in the diabetes clinic at Ealing Hospital and tells me about her work.
        (DIABETES_CLINIC, "pa", "ਮੇਰੀ ਭਰਜਾਈ ਈਲਿੰਗ ਹਸਪਤਾਲ ਦੇ ਸ਼ੂਗਰ ਕਲੀਨਿਕ ਵਿੱਚ ਕੰਮ ਕਰਦੀ ਹੈ ਅਤੇ ਮੈਨੂੰ ਆਪਣੇ ਕੰਮ ਬਾਰੇ ਦੱਸਦੀ ਹੈ।"),
        # As a nanny I took the baby to the clinic. The health visitor weighed him; I stood beside and watched.
        (
            WEIGHING,
            "gu",
            "નૅની તરીકે હું બાળકને ક્લિનિકમાં લઈ જતી. હેલ્થ વિઝિટર તેનું વજન કરતાં અને પુસ્તકમાં લખતાં; હું બાજુમાં ઊભી રહીને જોતી.",
        ),
        # On Monday to Wednesday I can come at 7am. Not Thursday and Friday, because I take my grandson to school.
        (
            EARLY_START,
            "gu",
            "સોમવારથી બુધવાર હું સવારે ૭ વાગ્યે આવી શકું છું. ગુરુવારે નહીં, કારણ કે એ દિવસે હું પૌત્રને સ્કૂલે મૂકવા જાઉં છું.",
        ),
        # I can work Monday to Thursday, but not Friday, because I take my mother to dialysis.
        (WEEKDAYS, "ar", "أستطيع العمل من الاثنين إلى الخميس، لكن ليس يوم الجمعة لأنني آخذ أمي إلى غسيل الكلى."),
        # I am studying the Level 3 diploma at Ealing college now, and I will finish it in June.
        (
            DIPLOMA,
            "ar",
            "أدرس الآن دبلوم المستوى الثالث في الصحة والرعاية الاجتماعية في كلية إيلينغ، وسأنهيه في حزيران.",
        ),
        # I write English simply, and I am still studying ESOL at Level 1.
        (GOOD_ENGLISH, "ar", "أكتب بالإنجليزية بشكل بسيط، وما زلت أدرس ESOL في المستوى الأول (Level 1)."),
        (
            WEEKEND_ROTA,
            "en",
            "I can take my turn at weekends, but not public holidays, because I go home to Cork then.",
        ),
        (
            LATE_CLINIC,
            "en",
            "I could do one evening a week until seven, but not until eight, because of the childminder.",
        ),
        (
            TRAVEL_SITES,
            "en",
            "I can get to the clinics in Northolt and Greenford by bus, but Acton and Chiswick are too far for me.",
        ),
        (
            DIPLOMA,
            "en",
            "I am half-way through a Level 3 diploma in health and social care and will finish in the summer.",
        ),
        (
            MOUTH_CARE,
            "en",
            "When the district nurse comes to clean a client's mouth, I hold the torch and pass her the sponges.",
        ),
        (
            OBSERVATIONS,
            "en",
            "On the unit I take temperatures and count pulses myself; the nurses do the blood pressure and oxygen.",
        ),
        (
            EXCEL,
            "en",
            "I use Outlook all day; in Excel I have only ever typed names into a sheet that someone else made.",
        ),
        (SECOND_LANGUAGE, "en", "I know a few words of Punjabi and Gujarati from my school friends in Southall."),
        (
            SIGHT_LOSS,
            "en",
            "One of my colleagues often leads a blind customer round the shop, and I have watched how she does it.",
        ),
        (
            DEAF,
            "en",
            "A friend of mine works as a sign language interpreter at Ealing Hospital and tells me about her patients.",
        ),
        (PHONE_MANNER, "en", "I've always been told I have a lovely phone voice, warm and clear."),
        (SYSTMONE_TABLET, "en", "We write our care notes on an app called Birdie on our work phones after each visit."),
        # I have enrolled on a course in Business Administration at Level 3 that starts in March.
        (BUSINESS_ADMIN, "pt", "Inscrevi-me num curso de Level 3 em Business Administration que começa em março."),
        # At the monthly meeting I print and hand out the agenda, but the one who writes the minutes is the manager.
        (MINUTES, "pt", "Na reunião mensal eu imprimo e distribuo a pauta, mas quem escreve a ata é a gerente."),
        # A colleague, Ana, stayed all night beside a dying client so that his daughter could rest.
        (
            DYING,
            "ro",
            "O colegă, Ana, a stat toată noaptea lângă un client care murea, ca fiica lui să se poată odihni.",
        ),
        # My husband's cousin works on the reception at Ealing Hospital and tells me about the work there.
        (
            HOSPITAL_WORK,
            "ur",
            "میرے شوہر کا کزن ایلنگ ہسپتال کے استقبالیہ پر کام کرتا ہے اور مجھے وہاں کے کام کے بارے میں بتاتا ہے۔",
        ),
        # I have a British licence, but no car of my own; I get about by bus.
        (CAR, "gu", "મારી પાસે બ્રિટનનું લાઇસન્સ છે, પણ મારી પોતાની ગાડી નથી; હું બસમાં ફરું છું."),
        # By bus I can go to Hayes and Uxbridge, but to the north of the area I don't go, because it takes too long.
        (TRAVEL_SITES, "fa", "با اتوبوس می‌توانم به هیز و اکسبریج بروم، ولی به شمال منطقه نمی‌روم، چون خیلی طول می‌کشد."),
        # My English is average; I got 5 in IELTS.
        (GOOD_ENGLISH, "fa", "انگلیسی من متوسط است؛ در آیلتس نمره‌ی ۵ گرفتم و هنوز کلاس می‌روم."),
        (
            DIPLOMA,
            "en",
            "I enrolled on a Level 3 diploma at West Thames College and got through two units, but I had to drop out "
            "when my hours changed.",
        ),
        (
            HOSPITAL_WORK,
            "en",
            "In Year 10 I did a week at Northwick Park with the ward clerk. I watched her admit patients, but I wasn't "
            "allowed to do any of it.",
        ),
        (
            EASY_READ,
            "en",
            "Our manager makes the picture leaflets for the house. I find the photos she needs and print them, but she "
            "writes the words.",
        ),
        (
            ECG,
            "en",
            "On my placement I helped the practice nurse with heart tracings. I put the stickers on the patient, and "
            "she ran the machine.",
        ),
        (
            LATE_CLINIC,
            "en",
            "I can stay late on one weekday, but only until half past five, because of nursery pick-up.",
        ),
        (
            GROUPS_AND_PHONE,
            "en",
            "On the phone I'm fine. Standing in front of a room is another story: I get very nervous, and I would "
            "rather someone else did the talking.",
        ),
        (
            KEYBOARD_AND_MOUSE,
            "en",
            "I use the touch screen on our till and my phone every day, but I have hardly ever sat at a desktop PC.",
        ),
        # I have never taken blood. I have often watched the staff take blood, but I myself never took it.
        (
            BLOOD,
            "so",
            "Dhiig qaadis weligay ma samayn. Marar badan ayaan daawaday shaqaalaha, laakiin anigu marna ma qaadin.",
        ),
        # I have had a full licence since 2019. But I don't have my own car; I can only take my husband's at weekends.
        (CAR, "ta", "2019 முதல் என்னிடம் முழு ஓட்டுநர் உரிமம் இருக்கிறது. ஆனால் எனக்குச் சொந்தக் கார் இல்லை."),
        # I sat GCSEs in London in 2016: grade 3 in English, grade 5 in maths.
        (GCSES, "ta", "நான் 2016-இல் லண்டனில் GCSE தேர்வு எழுதினேன். ஆங்கிலத்தில் கிரேடு 3, கணிதத்தில் கிரேடு 5 பெற்றேன்."),
        # I started an NVQ Level 2 in customer service through the hotel, but I left before finishing it.
        (
            NVQ_CUSTOMER,
            "ro",
            "Am început un NVQ Level 2 în servicii pentru clienți prin hotel, dar am plecat înainte să-l termin.",
        ),
        # The one who measures pressure and temperature is the district nurse. I write the numbers down for her.
        (
            OBSERVATIONS,
            "pt",
            "Quem mede a pressão e a temperatura é a enfermeira do distrito. Eu anoto os números para ela.",
        ),
        # The other staff wrote on the computer. I told them what happened, and they wrote it.
        (
            NOTES,
            "so",
            "Qoraalka kombiyuutarka waxaa qori jiray shaqaalaha kale. Anigu waxaan u sheegi jiray wixii dhacay, "
            "iyaguna way qori jireen.",
        ),
        (
            OFFICE,
            "en",
            "I write letters to parents in Word and use Outlook all day for school emails. I have never used Excel.",
        ),
        (
            ECDL,
            "en",
            "I started the ECDL in 2018 and passed three of the seven modules, but the course closed and I never "
            "finished it.",
        ),
        (CAFM, "en", "I have heard of those systems but never used one. At our firm the jobs go on a whiteboard."),
        (
            SATURDAYS,
            "en",
            "I coach a youth football team on Saturday mornings, so I could only cover a Saturday once every couple "
            "of months.",
        ),
        (
            PHONE_PATIENTS,
            "en",
            "Most of my contact with tenants is by email. The calls are made by my manager; while I was learning I "
            "sat beside her and listened on speaker.",
        ),
        (
            E_REFERRAL,
            "en",
            "Our GP secretary does the hospital referrals. I only print the appointment letters for them.",
        ),
        (IT_SKILLS, "en", "I am quick with computers and I pick up new systems easily, whatever the job."),
        (
            QUESTIONNAIRES,
            "en",
            "My sister is a wellbeing practitioner in Hounslow. She tells me her patients fill in forms about their "
            "mood at every session.",
        ),
        # The manager and the GP assessed whether a resident could decide. I only sat in the room and listened.
        (
            CAPACITY,
            "ro",
            "Directoarea căminului și medicul de familie au evaluat dacă o rezidentă poate hotărî singură. Eu doar am "
            "stat în cameră și am ascultat.",
        ),
        # I held a resident's leg while the nurse measured it; it was she who wrote down the numbers.
        (
            LIMBS,
            "pt",
            "Segurei a perna de uma residente enquanto a enfermeira a media; foi ela que apontou os números.",
        ),
        # When my son broke his arm I took him to the urgent treatment centre. I saw how the staff worked, but I did
        # not work there.
        (
            URGENT_CARE,
            "so",
            "Markii wiilkayga gacanta laga jabay, waxaan geeyey xarunta daawaynta degdegga ah. Waxaan arkay sida "
            "shaqaaluhu u shaqaynayeen, laakiin anigu halkaas kama aanan shaqayn.",
        ),
        # another member of staff does a part of it
        (
            EARLY_WARNING,
            "en",
            "On the ward I take each patient's blood pressure, pulse and temperature with the machine and chart them "
            "every four hours, but the staff nurse works out the early warning score.",
        ),
        (
            EARLY_WARNING,
            "en",
            "I do the obs round at 6am and write every reading on the chart; the early warning score is worked out by "
            "our senior nurse.",
        ),
        # My name is Ioana Marin and I am a very kind person; everyone likes me. (A name is not an example.)
        (PHONE_MANNER, "ro", "Mă numesc Ioana Marin și sunt o persoană foarte amabilă, toată lumea mă place."),
        # I am very organised. My date of birth is 3 March 1990.
        (NOTES, "ur", "میں بہت منظم ہوں۔ میری تاریخ پیدائش 3 مارچ 1990 ہے۔"),
        # a course joined that starts later, or part done and left
        (
            BUSINESS_ADMIN,
            "en",
            "I have signed up for a Level 3 Business Administration course at Harrow College. It begins in September.",
        ),
        (
            NAVIGATION,
            "en",
            "I have made a start on the care navigation workbook, but the rest is still in a drawer at home.",
        ),
        (
            MANUAL_LICENCE,
            "en",
            "I hold a full UK licence, but I passed in an automatic, so I can only drive automatics.",
        ),
        (
            ROTAS,
            "en",
            "Our ward manager works out the staff timetable every month, and I type it up and pin it in the office.",
        ),
        (
            EARLY_CLINIC,
            "en",
            "I am a morning person and live close by, but I drop my son at school, so I can't be in before nine.",
        ),
        (
            RESEARCH,
            "en",
            "Not myself. My flatmate works on trials at a London hospital, and I've heard a lot about how they run.",
        ),
        # My husband took part in a study at the hospital and told me everything they did.
        (RESEARCH, "pt", "O meu marido participou num estudo no hospital e contava-me tudo o que lhe faziam."),
        # The nurse always takes the samples herself; I have never taken one in my life.
        (SAMPLES, "ar", "كانت الممرضة تأخذ العينات بنفسها دائماً، ولم آخذ عينة واحدة في حياتي."),
        # I have registered for a one-day first aid course in April.
        (FIRST_AID, "fa", "برای یک دوره‌ی یک‌روزه‌ی کمک‌های اولیه در ماه آوریل ثبت‌نام کرده‌ام."),
        # The manager made the rota herself; I sat beside her and kept watching.
        (ROTAS, "ur", "روٹا ہماری مینیجر خود ہی بناتی تھیں۔ میں ان کے پاس بیٹھ کر دیکھتی رہی۔"),
        # The course starts only in October.
        (
            BUSINESS_ADMIN,
            "pl",
            "Zapisałam się na kurs administracji biurowej Level 3, ale zajęcia zaczynają się dopiero w październiku.",
        ),
        # The manager drew up the rota, whereas I only sent it to everyone.
        (ROTAS, "ro", "Managerul făcea programul lunar, iar eu doar îl trimiteam pe email tuturor colegilor."),
        # I have heard a lot from my cousin about how research studies work.
        (RESEARCH, "pa", "ਮੇਰੀ ਭੈਣ ਖੋਜ ਵਿਭਾਗ ਵਿੱਚ ਕੰਮ ਕਰਦੀ ਹੈ। ਉਸ ਤੋਂ ਮੈਂ ਬਹੁਤ ਸੁਣਿਆ ਹੈ ਕਿ ਅਧਿਐਨ ਕਿਵੇਂ ਚੱਲਦੇ ਹਨ।"),
        # a qualification or training asked, with a lack beside the course named
        (
            SUICIDE_TRAINING,
            "en",
            "I have a place on a one-day council course in May about keeping people safe when they feel suicidal. "
            "I have not had any training on it before.",
        ),
        (
            DIPLOMA,
            "en",
            "I started the Level 3 Diploma in Health and Social Care at my last care home and got through about half "
            "of the units, but it was never signed off.",
        ),
        # part of the hours ruled out in other words
        (
            LONG_DAYS,
            "en",
            "Long days are fine, and weekends too. Nights are out for me at the moment, as I look after my father.",
        ),
        (
            OBSERVATIONS,
            "en",
            "Each morning I take temperatures and blood pressures. The nurse does the oxygen checks herself, "
            "and we have never counted pulses.",
        ),
        # My manager weighs the babies herself, and I write the results in the red books.
        (WEIGHING, "pl", "Kierowniczka sama waży i mierzy niemowlęta, a ja wpisuję wyniki do czerwonych książeczek."),
        # I am studying for the Level 3 diploma in the evenings; I have done about half of the units.
        (DIPLOMA, "pt", "Estou a tirar o Level 3 Diploma à noite e já fiz mais ou menos metade das unidades."),
        # I can work until eight on Tuesdays, but not on Thursdays.
        (EVENING_CLINIC, "ur", "منگل کو میں رات آٹھ بجے تک رک سکتی ہوں، لیکن جمعرات کو نہیں۔"),
        # I have heard a lot from my brother-in-law about funeral paperwork.
        (DYING, "fa", "برادرشوهرم در یک مؤسسه‌ی کفن و دفن کار می‌کند و از او زیاد شنیده‌ام که کارها چطور پیش می‌رود."),
        # someone else does it, watched once, only ever opened
        (
            OBSERVATIONS,
            "en",
            "On my floor I wheel the machine round and keep each resident's arm still while the nurse does it.",
        ),
        (
            EXCEL,
            "en",
            "I use Outlook every day for the clinic inbox. I have only opened Excel a few times to look at a rota.",
        ),
        (
            SEDATION,
            "en",
            "On a work experience day I spent the morning in the recovery bay at Ealing Hospital, but I was only "
            "there to watch.",
        ),
        (
            EVENING_CLINIC,
            "en",
            "I can stay until 6 on Mondays, but staying until 8 isn't possible for me because of the school run.",
        ),
        # I worked in a lab; the taking of blood itself was done by the nurse.
        (BLOOD, "ar", "عملت في مختبر أستلم الأنابيب، أما سحب الدم نفسه فكانت تقوم به الممرضة."),
        # I started the Care Certificate, did 9 of the 15 modules, but stopped when I left the agency.
        (
            NAVIGATION,
            "pt",
            "Comecei a formação de navegador de cuidados, fiz 9 dos 15 módulos, mas parei quando saí da agência.",
        ),
        # I sat beside my manager to see how it is done; I have not sent one yet.
        (
            ROTA_PLANNING,
            "ro",
            "Am stat lângă managera mea când făcea programul, ca să văd cum se face. Eu n-am făcut încă unul.",
        ),
        # I have watched the staff teach people; I can see how it is done.
        (TEACHING, "ur", "میں نے لائبریری کے عملے کو لوگوں کو پرنٹر چلانا سکھاتے دیکھا ہے۔"),
        # I have a provisional licence; I have had ten lessons and my test is booked for April.
        (
            MINIBUS,
            "ur",
            "میرے پاس برطانیہ کا عارضی (پروویژنل) لائسنس ہے۔ میں دس سبق لے چکی ہوں اور میرا ٹیسٹ اپریل میں ہے۔",
        ),
    ],
)
def test_an_answer_that_falls_short_of_its_criterion_is_not_yet_evidence(
    criterion: Criterion, language: str, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)], language=language), criterion) == "missing"


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        (GCSES, "en", "I got a 5 in English and a 4 in maths at GCSE in 2015, at a school in Ealing."),
        (
            WEEKENDS,
            "en",
            "I work early and late shifts at Tesco now, and one weekend in every three is fine; my mother has the "
            "children then.",
        ),
        (
            SYSTMONE_OR_SIMILAR,
            "en",
            "One summer I worked on the reception desk of a GP surgery in Acton where they used EMIS for bookings.",
        ),
        (
            TILL,
            "en",
            "I could not use the till at first, but after a week I was the fastest on the tills at our Tesco in Hayes.",
        ),
        # I never give information over the phone to anyone until I have checked who they are.
        (
            CONFIDENTIAL,
            "pl",
            "Nie podaję informacji przez telefon nikomu, dopóki nie sprawdzę, kim jest osoba, która dzwoni do "
            "przychodni w Ealing.",
        ),
        # Every evening I type the notes of each visit into the charity's computer system (Lamplight).
        (NOTES, "pa", "ਹਰ ਸ਼ਾਮ ਮੈਂ ਹਰ ਮੁਲਾਕਾਤ ਦੇ ਨੋਟ ਸੰਸਥਾ ਦੇ ਕੰਪਿਊਟਰ ਸਿਸਟਮ Lamplight ਵਿੱਚ ਲਿਖਦੀ ਹਾਂ, ਤਾਂ ਜੋ ਅਗਲੇ ਦਿਨ ਟੀਮ ਪੜ੍ਹ ਸਕੇ।"),
        # I passed ESOL Level 2 at Ealing college in 2023 and I write the care notes in English every day.
        (
            GOOD_ENGLISH,
            "ar",
            "نجحت في ESOL المستوى الثاني (Level 2) في كلية إيلينغ سنة 2023، وأكتب ملاحظات الرعاية بالإنجليزية كل يوم.",
        ),
        (
            A_LEVELS,
            "en",
            "I took three A levels at college in Ealing in 2019: Psychology (B), Sociology (C) and History (D).",
        ),
        # the hours said in a few words, with the arrangement in the sentence after
        (
            EVENING_CLINIC,
            "en",
            "Yes, Wednesday evenings until eight are fine. My partner collects our son on Wednesdays.",
        ),
        # a knowledge criterion met by the thing explained, without "I"
        (
            MENTAL_HEALTH,
            "en",
            "Depression is more than a bad day. It is low mood that goes on for weeks, where people lose interest in "
            "things, sleep badly and feel worthless. Anxiety is worry that gets out of proportion and will not switch "
            "off.",
        ),
        # watching the resident's own trainees is teaching, not watching someone else
        (
            TEACHING,
            "en",
            "I do the practical induction for every new carer on my floor. I show them how to use the hoist, then I "
            "watch them do it before I sign them off.",
        ),
        (
            NOTES,
            "en",
            "I type each visit into the electronic record straight away, not at the end of the day, and my manager's "
            "audit found no gaps.",
        ),
        # a lack that frees the resident for the hours asked
        (
            EARLY_LATE,
            "en",
            "I don't have children or anyone else to look after, so I can start very early or finish late on any "
            "day from Monday to Saturday.",
        ),
        # both subjects at the pass, in Tamil
        (GCSES, "ta", "நான் 2016-இல் லண்டனில் GCSE தேர்வு எழுதினேன். ஆங்கிலத்தில் கிரேடு 5, கணிதத்தில் கிரேடு 4 பெற்றேன்."),
        # My mother-in-law looks after the children, so I can do any shift from 7am to 9pm, and alternate weekends.
        (
            SHIFTS_7_TO_9,
            "pa",
            "ਮੇਰੀ ਸੱਸ ਬੱਚਿਆਂ ਨੂੰ ਸੰਭਾਲਦੀ ਹੈ, ਇਸ ਲਈ ਮੈਂ ਸਵੇਰੇ ੭ ਵਜੇ ਤੋਂ ਰਾਤ ੯ ਵਜੇ ਤੱਕ ਕੋਈ ਵੀ ਸ਼ਿਫ਼ਟ ਕਰ ਸਕਦੀ ਹਾਂ, ਅਤੇ ਹਰ ਦੂਜੇ ਹਫ਼ਤੇ ਸ਼ਨੀਵਾਰ ਵੀ।",
        ),
        # My husband takes the children to school and my mother-in-law collects them, so I can work Monday to Friday.
        (
            EARLY_START,
            "ur",
            "صبح میرے شوہر بچوں کو اسکول چھوڑتے ہیں اور میری ساس انہیں لے آتی ہیں، اس لیے میں پیر سے جمعہ "
            "تک صبح سات بجے سے کام کر سکتی ہوں۔",
        ),
        # another member of staff in the answer, doing no part of the criterion
        (
            EARLY_WARNING,
            "en",
            "On the ward I take each patient's observations every four hours, chart them and work out the early "
            "warning score, and the staff nurse checks my scores at handover.",
        ),
        # a clean record in other languages: a count never different or short, a question never skipped, never rushing
        # At the end of each shift I filled the day's figures into an Excel sheet; at the monthly count my sheet and
        # the store never differed.
        (
            NOTES,
            "pa",
            "ਹਰ ਸ਼ਿਫਟ ਦੇ ਅੰਤ 'ਤੇ ਮੈਂ ਦਿਨ ਦੇ ਅੰਕੜੇ Excel ਸ਼ੀਟ ਵਿੱਚ ਭਰਦੀ ਸੀ। ਮਹੀਨੇ ਦੀ ਗਿਣਤੀ ਵੇਲੇ ਮੇਰੀ ਸ਼ੀਟ ਅਤੇ ਗੋਦਾਮ ਵਿੱਚ "
            "ਕਦੇ ਫ਼ਰਕ ਨਹੀਂ ਨਿਕਲਿਆ।",
        ),
        # I wrote each scanner given out in the register; at the Friday count not one scanner was ever short.
        (
            NOTES,
            "ur",
            "ہر شفٹ کے شروع میں کون سا اسکینر کس کو دیا، یہ رجسٹر میں لکھتی تھی۔ جمعے کی گنتی میں کبھی ایک اسکینر "
            "بھی کم نہیں نکلا۔",
        ),
        # Before any change to an account I ask the security questions in order, one after another; I have never
        # skipped a question, and my supervisor checks my calls every month.
        (
            CONFIDENTIAL,
            "ar",
            "قبل أي تغيير في حساب الزبون أطرح أسئلة التحقق بالترتيب، سؤالاً بعد سؤال. لم أتجاوز سؤالاً واحداً، "
            "ومشرفتي تراجع مكالماتي كل شهر.",
        ),
        # a clean record told with "we have never had"
        (
            ROTA_PLANNING,
            "en",
            "I write the clinic's rota every week so that there are always two of us on the desk, and in three years "
            "we have never had a gap.",
        ),
        # a start time the resident can keep, and a first aid course finished
        (
            EARLY_CLINIC,
            "en",
            "For two years I opened the pharmacy at 7am every weekday, so a 7.30am start is no problem for me.",
        ),
        # Every day I took urine samples from the residents and wrote the name and date on each pot.
        (
            SAMPLES,
            "ro",
            "Zilnic am luat probe de urină de la rezidenți și am scris numele și data pe fiecare recipient.",
        ),
        # a relative's part that frees the resident, in English
        (WEEKEND_ROTA, "en", "My partner works Monday to Friday, so I am free every weekend and on bank holidays too."),
    ],
)
def test_an_answer_that_meets_all_of_its_criterion_still_counts(
    criterion: Criterion, language: str, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)], language=language), criterion) == "covered"


HOIST = Criterion("Able to use a hoist to move patients safely")
CLINIC_SITES = Criterion("Able to work at our clinics in Harrow, Wembley and Kenton")
LATES_AND_SUNDAYS = Criterion("Able to work late shifts until 9pm and alternate Sundays")
EMIS_BOOKING = Criterion("Experience of using EMIS to book and cancel appointments")
FOOD_HYGIENE = Criterion("Level 2 Food Hygiene certificate")
BUSINESS_NVQ = Criterion("NVQ Level 3 in Business Administration")
PLAIN_WORDS = Criterion("Able to explain a procedure to patients in plain words")
SENSITIVE_TALKS = Criterion("Good listening skills and the ability to have sensitive conversations")
DEADLINES = Criterion("Able to prioritise a heavy workload and meet deadlines")


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        # a place asked for that would be hard to reach
        (
            CLINIC_SITES,
            "I get to Harrow and Wembley on the Metropolitan line every day for my job at the bank. Kenton would be "
            "tricky, as there is no direct bus from my flat.",
        ),
        # part of the week that will not work for the resident
        (
            LATES_AND_SUNDAYS,
            "Finishing at nine is fine: for three years I have closed the cinema at Ealing Broadway four nights a "
            "week. Sundays won't work for me, because I help at my church every week.",
        ),
        # a part of the system that only others use
        (
            EMIS_BOOKING,
            "At the surgery I book patients into the flu clinics on EMIS every autumn, about forty a day. Moving or "
            "cancelling them is something only the senior receptionists do, so I pass those on.",
        ),
        # a course left part-way
        (
            FOOD_HYGIENE,
            "I started the Level 2 food hygiene course at Harrow College last spring and did the first two weeks, "
            "but I stopped going when my daughter was born.",
        ),
        # a neighbouring qualification, said plainly
        (
            BUSINESS_NVQ,
            "I have an NVQ Level 3 from Uxbridge College that I finished in 2021, but it was the customer service "
            "one, not the business admin one.",
        ),
        # done beside others, not yet on their own
        (
            HOIST,
            "At the care home I have helped the seniors move residents with the hoist many times, and I check the "
            "sling before we start. I haven't used it on my own yet.",
        ),
        # one part the resident would need to learn
        (
            PLAIN_WORDS,
            "When patients ask me about blood tests I tell them what will happen in simple words and show them "
            "where to sit. The scans I would need to learn about first.",
        ),
        (
            PLAIN_WORDS,
            "I explain blood tests to patients in simple words and show them where to sit. The scans I'd still "
            "need to learn.",
        ),
    ],
)
def test_an_answer_holding_part_of_its_criterion_back_is_not_yet_evidence(criterion: Criterion, answer: str) -> None:
    report = check_answers([(criterion, answer)])
    assert status_of(report, criterion) == "missing"
    assert {"criteria.part_held_back", "criteria.not_yet", "criteria.hours_ruled_out"} & set(report.codes())


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        # "difficult" as a kind of conversation, not a part held back
        (
            SENSITIVE_TALKS,
            "Much of my job at the housing office was difficult conversations: I told tenants their repairs were "
            "late, listened to the whole story first and agreed the next step with each of them.",
        ),
        # hard for the patient, not for the resident
        (
            PLAIN_WORDS,
            "I told an older man that the stairs to the X-ray room would be hard for him, so I explained in short "
            "words where the lift was and walked him there myself.",
        ),
        # "done by" a day, not by another firm
        (
            DEADLINES,
            "When three of us were off sick I sorted the orders by due date, did the urgent ones first and had "
            "everything done by the Friday deadline.",
        ),
        # hard work, done
        (
            HOIST,
            "I knew it would be hard work at first, but I have used the ceiling hoist on my own for two years at "
            "the nursing home, checking the sling and the battery before every move.",
        ),
    ],
)
def test_hard_or_difficult_said_of_something_else_leaves_the_answer_covered(criterion: Criterion, answer: str) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "covered"


COMMUNITY_LANGUAGES = Criterion("Speaks Gujarati, Urdu or Arabic")
ANY_COMMUNITY_LANGUAGE = Criterion("Speaks a community language such as Gujarati, Urdu or Arabic")
SURGERY_WORK = Criterion("Experience of working in a GP surgery or community pharmacy")
FIRST_AID = Criterion("Emergency First Aid at Work certificate")
LATE_ONCE = Criterion("Able to work one late shift a week, until 8pm")
INFECTION = Criterion("Understanding of infection control, including hand hygiene and the use of PPE")


@pytest.mark.parametrize(
    ("criterion", "answer", "code"),
    [
        # languages spoken, but none of the ones named
        (
            COMMUNITY_LANGUAGES,
            "I speak Tamil and Malayalam at home, and at the phone shop I used Tamil every day with older customers "
            "who were not sure about contracts.",
            "criteria.close_but_other",
        ),
        # a vet's practice for a surgery for people
        (
            SURGERY_WORK,
            "For two years I worked on the desk of a vets' practice in Greenford, booking in dogs and cats, taking "
            "payments and calming owners whose pets were poorly.",
            "criteria.close_but_other",
        ),
        # a course never finished
        (
            FIRST_AID,
            "The warehouse sent me on the Emergency First Aid at Work certificate course in 2023. I did the CPR "
            "practice on the dummy and the bandaging, but I only got through the first day of the two.",
            "criteria.part_held_back",
        ),
        # cannot stay on to the hour asked
        (
            LATE_ONCE,
            "I work early shifts at the bakery and I am used to busy days on my feet. I can't stay on until 8, "
            "though, as I pick my son up from the childminder at half six.",
            "criteria.hours_ruled_out",
        ),
        # one part the resident is not sure about
        (
            INFECTION,
            "At the nursery I washed my hands between every nappy change and wore gloves and an apron each time. "
            "I'm not sure which masks are used in a hospital, so that part I would ask about.",
            "criteria.part_held_back",
        ),
    ],
)
def test_an_answer_about_something_close_or_left_part_way_is_not_yet_evidence(
    criterion: Criterion, answer: str, code: str
) -> None:
    report = check_answers([(criterion, answer)])
    assert status_of(report, criterion) == "missing"
    assert code in report.codes()


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        # one of the languages named, beside others
        (
            COMMUNITY_LANGUAGES,
            "I speak Gujarati and Hindi. At the chemist I explained in Gujarati to an older lady how to take her "
            "new tablets, and she came back to thank me.",
        ),
        # the criterion gives its languages as examples only
        (
            ANY_COMMUNITY_LANGUAGE,
            "I speak Tamil. At the phone shop I used it every day to help older customers understand their "
            "contracts, and my manager asked me to help train a new starter.",
        ),
        # a vet mentioned beside the surgery itself
        (
            SURGERY_WORK,
            "Before I trained as a vet nurse I spent a year on reception at a GP surgery in Acton, booking patients "
            "in and sorting repeat prescriptions.",
        ),
    ],
)
def test_the_same_thing_named_beside_a_close_one_still_counts(criterion: Criterion, answer: str) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "covered"


STOCK_ORDERS = Criterion("Able to use a computer to order stock and keep records")
STAFF_RECORDS = Criterion("Confident keeping staff records, including on spreadsheets")
PAYROLL_TEAM = Criterion("Experience of working in a payroll or HR team")
LATE_CLINIC_SEVEN = Criterion("Able to work one late clinic until 7pm each week")
ALL_UNITS = Criterion("Willing to work on every unit, including the high-dependency unit")
QUALIFIED = Criterion("A good general education, including English to GCSE grade 4 or equivalent")


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        # the part asked is someone else's job
        (
            STOCK_ORDERS,
            "Ordering was the shift leader's job. Each Friday I counted the boxes in the store room with a list and "
            "read the numbers out to her while she typed them in.",
        ),
        (
            PAYROLL_TEAM,
            "At the hotel the wages were always Dev's job, and it has always been his role. I only took the signed "
            "timesheets from the kitchen to his office every Monday morning.",
        ),
        # "Not myself."
        (
            PAYROLL_TEAM,
            "Not myself. At the hotel I took the signed timesheets to the payroll office every Monday and sorted "
            "them by department for the two clerks there.",
        ),
        # a part hardly ever done, or another matter
        (
            STAFF_RECORDS,
            "I kept the paper signing-in book for our thirty cleaners for five years. Spreadsheets are another "
            "matter: I have hardly ever opened one.",
        ),
        # a course left and never gone back to
        (
            QUALIFIED,
            "I did English at Entry 3 at Harrow College while I worked in the bakery. I was meant to take Level 1 "
            "and 2 after it, and I never went back for them.",
        ),
        # a part never understood
        (
            Criterion("Understanding of PAYE income tax and National Insurance"),
            "I check my own payslip every month and I once got my tax code changed with HMRC after two jobs. "
            "National Insurance I have honestly never really understood.",
        ),
        # a place one would rather not work
        (
            ALL_UNITS,
            "I have worked on the general wards of two care homes for six years, and I am glad to help anywhere. "
            "The high-dependency unit I would rather not work on.",
        ),
    ],
)
def test_a_part_left_to_others_hardly_done_or_rather_not_done_is_not_yet_evidence(
    criterion: Criterion, answer: str
) -> None:
    report = check_answers([(criterion, answer)])
    assert status_of(report, criterion) == "missing"


def test_praise_that_one_hardly_ever_needs_correcting_still_counts() -> None:
    answer = (
        "At the solicitors I typed every letter from the partners' recordings, about forty a week, and the "
        "partners hardly ever found anything to change."
    )
    criterion = Criterion("Accurate typing of letters from recorded dictation")
    assert status_of(check_answers([(criterion, answer)]), criterion) == "covered"


def test_gone_by_half_six_is_no_clinic_until_seven() -> None:
    answer = "I can do one evening a week, but I need to be gone by half six to take my son to his football club."
    report = check_answers([(LATE_CLINIC_SEVEN, answer)])
    assert status_of(report, LATE_CLINIC_SEVEN) == "missing"


OFFICE_DAYS = Criterion("Able to work in the Harrow office at least three days a week")
BOTH_SITES = Criterion("Able to travel between our clinics in Southall and Hayes")


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        # "I can come to the office on Mondays, but on the other days I must stay at home for my mother."
        (OFFICE_DAYS, "ar", "أستطيع أن آتي إلى المكتب يوم الاثنين، أما باقي الأيام فيجب أن أبقى في البيت مع أمي."),
        # "I can get to Southall by bus, but Hayes is hard for me, it takes too long."
        (BOTH_SITES, "fa", "با اتوبوس به ساوتهال می‌روم، ولی رفتن به هیز برایم سخت است، خیلی طول می‌کشد."),
        # "To Harrow I can get by bus. To Pinner, unfortunately not, I would not be back for my daughter."
        (
            Criterion("Able to work at clinics in Harrow and Pinner on different days"),
            "pl",
            "Do Harrow dojadę autobusem bez problemu. Do Pinner niestety nie, bo nie zdążę wrócić po córkę.",
        ),
        # "I have a full licence. But there is only one car at home; I can have it only on Sundays."
        (
            Criterion("A full UK driving licence and access to a car for work"),
            "ta",
            "எனக்கு முழு UK ஓட்டுநர் உரிமம் இருக்கிறது. ஆனால் வீட்டில் ஒரே ஒரு கார்தான்; ஞாயிற்றுக்கிழமைகளில் மட்டுமே கிடைக்கும்.",
        ),
        # "I can work Saturdays gladly. As for the evenings, it is hard for me, because my children are small."
        (
            Criterion("Able to work some evenings and Saturdays"),
            "ar",
            "أستطيع العمل أيام السبت بكل سرور. أما المساء فصعب عليّ، لأن أولادي صغار.",
        ),
        # "I can come in the evening, but only until 6."
        (
            Criterion("Able to work one evening a week until 8pm"),
            "gu",
            "અઠવાડિયામાં એક સાંજ આવી શકું, પણ સાંજે 6 વાગ્યા સુધી જ.",
        ),
    ],
)
def test_in_another_language_a_place_or_time_ruled_out_after_but_is_not_yet_evidence(
    criterion: Criterion, language: str, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)], language=language), criterion) == "missing"


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        # "It is my colleague who works the hoist; I hold the lady's hand."
        (
            Criterion("Able to use a hoist safely"),
            "pt",
            "Na casa da senhora é a minha colega é que trabalha com o hoist; eu seguro a mão dela e falo com ela.",
        ),
        # "I am already enrolled on the Level 2 Certificate, but the classes only start in January."
        (
            Criterion("Level 2 Certificate in Customer Service"),
            "pt",
            "Já estou inscrita no Level 2 Certificate in Customer Service, mas as aulas só começam em janeiro.",
        ),
        # "I started the Level 2 course at college, but after a month I had to leave it because of the children."
        (
            Criterion("Level 2 Certificate in Health and Social Care"),
            "pa",
            "ਮੈਂ ਕਾਲਜ ਵਿੱਚ Level 2 Certificate in Health and Social Care ਸ਼ੁਰੂ ਕੀਤਾ, ਇੱਕ ਮਹੀਨੇ ਬਾਅਦ ਬੱਚਿਆਂ ਕਰਕੇ ਛੱਡਣਾ ਪਿਆ।",
        ),
        # "The accountant does the year end on Sage. I watched him while he did it."
        (
            Criterion("Experience of using Sage"),
            "so",
            "Xisaabiyaha shirkadda ayaa xisaabta sanadka ku sameeya Sage. Waan daawaday markuu samaynayay.",
        ),
        # "My colleague made the rota in Excel; I gave her the names."
        (
            Criterion("Good Excel skills"),
            "fa",
            "جدول شیفت‌ها را همکارم در اکسل درست می‌کرد؛ من اسم‌ها را به او می‌دادم.",
        ),
        # "It is our manager who writes the weekly rota. I only put it on the wall."
        (
            Criterion("Able to plan a weekly staff rota"),
            "ta",
            "வாரப் பணி அட்டவணையைத் தயாரிப்பது எங்கள் மேலாளர்தான். நான் அதைச் சுவரில் ஒட்டுவேன்.",
        ),
        # "My sister-in-law has worked in the council's finance team for ten years."
        (
            Criterion("Experience of working in a local authority finance team"),
            "ta",
            "என் மைத்துனி கவுன்சிலின் நிதிப் பிரிவில் பத்து வருடங்களாக வேலை செய்கிறார்.",
        ),
        # "When the printer jams I call the engineer. I often stand next to him and watch how he opens the cover."
        (
            Criterion("Able to clear simple machine jams safely"),
            "pl",
            "Kiedy drukarka się zatnie, wzywam technika. Często stoję obok i patrzę, jak otwiera pokrywę i wyjmuje "
            "papier.",
        ),
        # "I stood by the optometrist and watched how she tested the children's sight with the picture chart."
        (
            Criterion("Able to test children's vision with picture charts"),
            "fa",
            "در مطب عینک‌سازی بارها کنار بینایی‌سنج ایستادم و دیدم که با تابلوی تصویری دید بچه‌ها را اندازه می‌گرفت.",
        ),
        # "I saw many times how the nurses showed the mothers how to give the milk through the tube."
        (
            Criterion("Able to show parents how to give tube feeds"),
            "ro",
            "Am văzut de multe ori cum asistentele le arătau mamelor cum să dea laptele pe sondă, iar eu pregăteam "
            "seringile.",
        ),
        # "In the lab I often stood by and watched the scientist make blood slides."
        (
            Criterion("Experience of haematology work"),
            "pa",
            "ਉਸ ਲੈਬ ਵਿੱਚ ਮੈਂ ਕਈ ਵਾਰ ਸਾਇੰਟਿਸਟ ਨੂੰ ਖ਼ੂਨ ਦੀਆਂ ਸਲਾਈਡਾਂ ਬਣਾਉਂਦੇ ਹੋਏ ਕੋਲ ਖੜ੍ਹ ਕੇ ਦੇਖਿਆ।",
        ),
        # "At the pharmacy I use the computer only to look up prescriptions. Booking is what the pharmacist does."
        (
            Criterion("Able to use a computer to book patients in"),
            "pt",
            "Na farmácia uso o computador só para procurar as receitas. Marcar horários é a farmacêutica que faz.",
        ),
        # "The stock reports are run only by the owner; I have no password for that part."
        (
            Criterion("Able to run stock reports on a till system"),
            "ro",
            "Lucrez zilnic pe casa de marcat. Rapoartele de stoc le scoate doar patroana, eu nu am parolă pentru asta.",
        ),
        # "I used to visit people's homes, but another member of staff was always with me."
        (
            Criterion("Able to work alone on home visits"),
            "so",
            "Guryaha dadka waan booqan jiray, laakiin mar walba waxaa ila socday shaqaale kale.",
        ),
        # "Talking to the builders and checking the work was all the secretary's job. I opened the gate."
        (
            Criterion("Experience of managing contractors on site"),
            "ta",
            "கட்டட வேலை செய்பவர்களுடன் பேசியது, வேலையைச் சரிபார்த்தது எல்லாம் எங்கள் செயலாளர்தான். நான் கேட்டைத் திறந்துவிட்டேன்.",
        ),
        # "I use Word every day, but Excel I don't really know."
        (
            Criterion("Confident using Word and Excel"),
            "ro",
            "Word îl folosesc zilnic pentru scrisori la cabinet, dar Excel nu prea știu să-l folosesc.",
        ),
    ],
)
def test_in_another_language_a_part_left_to_others_or_a_course_not_finished_is_not_yet_evidence(
    criterion: Criterion, language: str, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)], language=language), criterion) == "missing"


def test_in_somali_the_nurse_telling_us_what_to_do_is_still_taking_direction() -> None:
    # "Every morning the manager tells us which residents need help first, and I start with them."
    criterion = Criterion("Able to take direction from the unit manager")
    answer = (
        "Subax kasta maamulaha ayaa noo sheega dadka loo baahan yahay in la caawiyo marka hore, anigu waan ka bilaabaa."
    )
    assert status_of(check_answers([(criterion, answer)], language="so"), criterion) == "covered"


GP_WORK = Criterion("Experience of working in a GP practice")


@pytest.mark.parametrize(
    ("criterion", "language", "answer", "status"),
    [
        # "For a year I worked on the counter of a pharmacy in Southall, giving people their medicines."
        (
            GP_WORK,
            "ur",
            "میں نے ایک سال ساؤتھال میں ایک فارمیسی کے کاؤنٹر پر کام کیا اور لوگوں کو ان کی دوائیں دیں۔",
            "missing",
        ),
        (
            GP_WORK,
            "en",
            "For two years I served customers at the counter of a chemist in Acton and took in their prescriptions.",
            "missing",
        ),
        # the surgery itself named beside the pharmacy
        (
            GP_WORK,
            "en",
            "I worked on reception at a GP surgery in Acton for two years, and before that in a chemist next door.",
            "covered",
        ),
        # a pharmacy named where the manner with GP staff is asked, not work in a surgery
        (
            Criterion("Polite and helpful manner with GP practice staff"),
            "en",
            "At the pharmacy I rang the surgery every day about prescriptions, always calm and friendly, and the "
            "practice manager wrote to my boss to thank me.",
            "covered",
        ),
    ],
)
def test_a_pharmacy_counter_is_close_to_but_not_a_gp_surgery(
    criterion: Criterion, language: str, answer: str, status: str
) -> None:
    report = check_answers([(criterion, answer)], language=language)
    assert status_of(report, criterion) == status
    assert ("criteria.close_but_other" in report.codes()) is (status == "missing")


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        (
            Criterion("Able to use Microsoft Excel to sort lists"),
            "en",
            "We don't have Excel at the warehouse. At home I keep the football club's subs in Google Sheets and sort "
            "them by who still owes.",
        ),
        (
            Criterion("Able to work in the Harrow office at least four days a week"),
            "en",
            "I can be in on Mondays and Tuesdays without fail. On Thursdays and Fridays I would need to work from "
            "home because I look after my grandson.",
        ),
        # "Fridays won't suit me, because I take my mother to the day centre."
        (
            Criterion("Able to work one Friday evening a month"),
            "gu",
            "શુક્રવાર નહીં ફાવે, કારણ કે હું મારી માને ડે સેન્ટરમાં લઈ જાઉં છું. બીજી કોઈ સાંજ આવી શકું.",
        ),
        # "I can come to the office one day; on the other days I can work only from home."
        (
            Criterion("Able to work in the Wembley office at least three days a week"),
            "ta",
            "வாரத்தில் ஒரு நாள் அலுவலகத்துக்கு வர முடியும். மற்ற நாட்களில் வீட்டிலிருந்துதான் வேலை செய்ய முடியும்.",
        ),
        # "I use Outlook every day. As for Word, I have not written anything in it."
        (
            Criterion("Confident using Microsoft Word and Outlook"),
            "ar",
            "أستعمل Outlook كل يوم في المكتب لأرسل الرسائل وأرتب المواعيد. أما Word فلم أكتب فيه أي رسالة.",
        ),
        # "I know some of them: milk, eggs, peanuts. The rest I don't remember."
        (
            Criterion("Knowledge of the 14 allergens that must be shown on food labels"),
            "ar",
            "أعرف بعضها من عملي في المطبخ: الحليب والبيض والفول السوداني والقمح. الباقي لا أتذكره بالضبط.",
        ),
    ],
)
def test_a_program_not_had_a_day_from_home_or_a_part_not_done_is_not_yet_evidence(
    criterion: Criterion, language: str, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)], language=language), criterion) == "missing"


def test_a_gcse_grade_said_in_one_short_sentence_meets_a_grade_asked() -> None:
    criterion = Criterion("A good standard of written English, at least GCSE grade 4 or equivalent")
    answer = "I got a 6 in English at GCSE. At work I write the daily notes for the two men I support."
    assert status_of(check_answers([(criterion, answer)]), criterion) == "covered"


def test_not_judging_someone_speaks_to_a_non_judgemental_attitude() -> None:
    criterion = Criterion("A non-judgemental attitude towards people who use drugs")
    answer = (
        "A man who injected came in for bloods and expected a telling-off. I told him I was not there to judge "
        "him, only to get a sample without hurting him, and he asked for me again next time."
    )
    assert status_of(check_answers([(criterion, answer)]), criterion) == "covered"


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (
            Criterion("Able to work on site five days a week"),
            "I could come in Monday to Thursday. On Fridays I take my dad to the hospital, so I'd need to do that day "
            "remotely.",
        ),
        (
            Criterion("Experience of using Power BI"),
            "I started an online Power BI course in March and I'm three modules into eight, building dashboards.",
        ),
        (
            Criterion("Able to travel to clinics across Brent and Harrow"),
            "Wembley and Harrow are easy for me on the Metropolitan line, but I can't get out to Kingsbury without a "
            "car, it takes too long.",
        ),
        (
            Criterion("Able to work a rota including weekends and bank holidays"),
            "Weekends are fine, as I have worked them for eight years. But I would need Christmas and all the other "
            "bank holidays off, as that is when my family is together.",
        ),
        (
            Criterion("Full UK driving licence and use of a car for work"),
            "I have had a full licence since 2010 with no points. I sold my car last year, so I get about by bus.",
        ),
        (
            Criterion("Able to work one Sunday morning a month"),
            "I can work Sundays, but only from eleven, because I take my mother to church first thing.",
        ),
        (
            Criterion("Able to apply simple dressings as delegated by a nurse"),
            "Every morning I washed my clients' feet and creamed their skin. Dressings were always left for the "
            "district nurse.",
        ),
    ],
)
def test_a_day_remote_a_course_part_way_a_place_out_of_reach_or_a_part_left_is_not_yet_evidence(
    criterion: Criterion, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "missing"


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (
            Criterion("NVQ Level 3 in Health and Social Care"),
            "I began the Level 3 with my employer two years ago, but my mum fell ill and I put it on hold. Three "
            "units are signed off.",
        ),
        (
            Criterion("Full UK driving licence and access to a car"),
            "I have held a full licence for six years. We only have one car, though, and my wife takes it to work.",
        ),
        (
            Criterion("Able to work shifts including weekends and bank holidays"),
            "Weekends have never been a problem for me. The only thing is Eid, when I am always with my family.",
        ),
        (
            Criterion("Experience of arranging home care packages"),
            "At the council I took the first call from families. Matching them with an agency was always the "
            "brokerage team's side.",
        ),
        (
            Criterion("Knowledge of the Mental Capacity Act"),
            "I know it is about whether a person can make a decision for themselves, and that we start by assuming "
            "they can. I don't yet know who does the formal assessment.",
        ),
        (
            Criterion("Able to use Excel to analyse survey results"),
            "I type the paper surveys into a sheet for our tenants' group. Last spring I passed the sheet to our "
            "secretary and she worked out the results and the graphs.",
        ),
        (
            Criterion("Experience of running focus groups with service users"),
            "Last year we asked parents what they thought of our new leaflet. My supervisor led it; I booked the room "
            "and made the tea.",
        ),
        (
            Criterion("Experience of training new volunteers"),
            "When new volunteers start, our coordinator runs their training. I show them where the kettle and the "
            "sign-in book are afterwards.",
        ),
    ],
)
def test_a_course_on_hold_one_car_one_thing_ruled_out_or_a_part_others_did_is_not_yet_evidence(
    criterion: Criterion, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "missing"


@pytest.mark.parametrize(
    ("criterion", "answer", "status"),
    [
        # a claim that sees a situation ("good at noticing when") and a habit without one tell no example
        (
            Criterion("Able to notice when a patient is becoming more unwell"),
            "I am very good at spotting when something is wrong. I watch people closely and I never ignore it.",
            "missing",
        ),
        # a capital opening a sentence is no name when it is an everyday word; a place or a firm still is
        (
            Criterion("Careful and accurate with data entry"),
            "I am a very careful person and I don't make mistakes. Everybody at work trusts my figures.",
            "missing",
        ),
        (
            Criterion("Experience of working at heights"),
            "Most weeks I climb a ladder to check the gutters and the loft tanks of the flats on our estate.",
            "covered",
        ),
        (
            Criterion("Able to follow a set procedure"),
            "At the depot there is a checklist for every van. If a light is out, I go through it line by line and "
            "park the van up until it is fixed.",
            "covered",
        ),
    ],
)
def test_a_habit_needs_a_situation_told_plainly_and_names_are_no_everyday_words(
    criterion: Criterion, answer: str, status: str
) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == status


def test_a_rota_asked_with_hyphens_is_read_for_how_often() -> None:
    rota = Criterion("Able to work weekends on a one-in-four rota")
    answer = "At the care home I work one weekend in six, every other Saturday and Sunday being my daughter's."
    assert status_of(check_answers([(rota, answer)]), rota) == "missing"
    assert status_of(check_answers([(rota, answer.replace("six", "four"))]), rota) == "covered"


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        # "On Wednesdays I can only stay until five, because I pick my daughter up from school."
        (
            Criterion("Able to work until 7pm on Wednesdays"),
            "ur",
            "بدھ کو میں صرف پانچ بجے تک رک سکتی ہوں، کیونکہ بیٹی کو اسکول سے لینا ہوتا ہے۔",
        ),
        # "I get to Ealing easily by bus. I would not want to go to Harrow, it is too far."
        (
            Criterion("Able to travel to clinics in Ealing and Harrow"),
            "ro",
            "La Ealing ajung ușor cu autobuzul. La Harrow n-aș vrea să merg, e prea departe.",
        ),
        # "Evenings suit me. I will not be able to come on Sundays, as I help at the temple."
        (
            Criterion("Able to work evenings and weekends on a rota"),
            "gu",
            "સાંજનો સમય મને ફાવે છે. રવિવારે નહીં આવી શકું, કારણ કે હું મંદિરમાં મદદ કરું છું.",
        ),
    ],
)
def test_in_another_language_only_part_of_the_hours_or_places_offered_is_not_yet_evidence(
    criterion: Criterion, language: str, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)], language=language), criterion) == "missing"


def test_in_another_language_only_nights_is_experience_of_nights() -> None:
    nights = Criterion("Experience of working night shifts")
    # "For the last two years at the care home I worked only nights, from eight in the evening to eight in the morning."
    answer = "ਪਿਛਲੇ ਦੋ ਸਾਲ ਕੇਅਰ ਹੋਮ ਵਿੱਚ ਮੈਂ ਸਿਰਫ਼ ਰਾਤ ਦੀ ਡਿਊਟੀ ਕੀਤੀ, ਰਾਤ 8 ਵਜੇ ਤੋਂ ਸਵੇਰੇ 8 ਵਜੇ ਤੱਕ।"
    assert status_of(check_answers([(nights, answer)], language="pa"), nights) == "covered"


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        # "I have enrolled on the Level 2 certificate at the college; the classes start in October."
        (
            Criterion("Level 2 Certificate in Health and Social Care"),
            "pl",
            "Zapisałem się na Level 2 Certificate w college'u w Harrow, zajęcia zaczynają się w październiku.",
        ),
        # "Blood here is taken by the nurses. I bring them the tubes and label the bags."
        (
            Criterion("Able to take blood samples"),
            "pl",
            "Krew pobierają u nas pielęgniarki. Ja przynoszę im probówki i opisuję torebki.",
        ),
        # "I told the manager what happened, whereas she wrote it up on the computer."
        (
            Criterion("Able to write incident reports on a computer system"),
            "ro",
            "I-am spus managerului tot ce s-a întâmplat la tură, iar ea a scris raportul în sistem.",
        ),
        # "I sat beside the nurse many times while she rang the families; I only wrote their names down."
        (
            Criterion("Able to make follow-up phone calls to families"),
            "so",
            "Marar badan ayaan ag fadhiistay kalkaalisada markay qoysaska wacaysay. Anigu magacyada ayaan qori jiray.",
        ),
        # "My brother is the one who keeps the shop's accounts on the computer; I only serve the customers."
        (
            Criterion("Experience of keeping accounts on a computer"),
            "ar",
            "أساعد أخي في محله كل يوم سبت. هو الذي يسجّل الحسابات على الحاسوب، وأنا فقط أخدم الزبائن.",
        ),
        # "I enrolled on a Level 3 course, finished two units of six, and stopped when my baby was born."
        (
            Criterion("Level 3 Diploma in Adult Care"),
            "ar",
            "سجّلت في دبلوم Level 3، أنهيت وحدتين من ست، وتوقفت عندما وُلد طفلي.",
        ),
        # "I began an NVQ Level 2 in 2026 but stopped halfway when I changed jobs."
        (
            Criterion("NVQ Level 2 in Customer Service"),
            "pt",
            "Em 2026 comecei um NVQ Level 2 em Customer Service, mas parei a meio quando mudei de emprego.",
        ),
        # "The nurse talked with the family about his last wishes; I sat and kept listening."
        (
            Criterion("Experience of talking with families about end of life wishes"),
            "ur",
            "نرس نے خاندان سے ان کے والد کی آخری خواہشات کے بارے میں بات کی۔ میں ساتھ بیٹھ کر خاموشی سے سنتی رہی۔",
        ),
    ],
)
def test_in_another_language_a_course_to_come_or_stopped_or_a_part_others_did_is_not_yet_evidence(
    criterion: Criterion, language: str, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)], language=language), criterion) == "missing"


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (
            Criterion("Able to hold a simple conversation in Tamil or Gujarati"),
            "My grandmother speaks Gujarati to me. I follow most of it, but I reply in English and couldn't hold a "
            "proper conversation in it.",
        ),
        (
            Criterion("Able to keep accurate notes of each visit"),
            "I ring each of my neighbours on Fridays to see how they are and pop round if anyone sounds low. I don't "
            "write anything down, though; I keep it all in my head.",
        ),
        (
            Criterion("Able to sterilise instruments by following the written procedure"),
            "At the salon I soak the combs and scissors after every client and dry them on a clean towel. There is "
            "no checklist for it, I just do it my own way.",
        ),
        (
            Criterion("Able to lift and carry bags of linen weighing up to 12kg"),
            "After my operation in 2024 I can only lift light things, a few kilos at most, so at home my son carries "
            "the shopping.",
        ),
        (
            Criterion("Full UK driving licence and access to a car"),
            "I passed my test in 2019, but there's no car I could use for work, as my wife drives ours to Slough.",
        ),
        (
            Criterion("Able to work one evening clinic until 8pm each week"),
            "I could stay until 8 every other week, when my sister can collect the children from school.",
        ),
        (
            Criterion("Two years' experience of working in a pharmacy"),
            "For the past eighteen months I have worked on the counter at a chemist in Hayes, selling medicines "
            "and handing out prescriptions.",
        ),
        (
            Criterion("Able to use a tablet and a smartphone to send photos"),
            "I am really good with technology. Tablets and smartphones are easy for me.",
        ),
        (
            Criterion("Experience of caring for people after a stroke"),
            "My uncle was on a stroke ward for six weeks in 2025. I visited him most days, so I saw how the nurses "
            "and therapists worked with him.",
        ),
    ],
)
def test_a_part_not_done_a_lower_amount_less_often_or_shorter_or_a_plain_claim_is_not_yet_evidence(
    criterion: Criterion, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "missing"


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (
            Criterion("Two years' experience of working in a pharmacy"),
            "For three years I have worked on the counter at a chemist in Hayes, selling medicines and handing out "
            "prescriptions to about eighty people a day.",
        ),
        (
            Criterion("Able to work one evening clinic until 8pm each week"),
            "I can stay until 8 every Wednesday, as my husband is home by five and collects the children.",
        ),
        (
            Criterion("Able to keep accurate notes of each visit"),
            "After every home visit I write down who I saw, what we did and anything the nurse needs to know, and I "
            "never put it off until the next day.",
        ),
    ],
)
def test_the_same_things_met_in_full_are_evidence(criterion: Criterion, answer: str) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "covered"


@pytest.mark.parametrize(
    ("criterion", "language", "answer"),
    [
        # "In Egypt I worked in a laboratory. The technician took the blood himself, and I wrote names on the tubes."
        (
            Criterion("Experience of taking blood samples"),
            "ar",
            "في مصر عملت في مختبر. الفني كان يعمل سحب الدم بنفسه، وأنا كنت أكتب الأسماء على الأنابيب.",
        ),
        # "I help patients get dressed. But another colleague always takes them to the shower, not me."
        (
            Criterion("Experience of helping patients to wash and dress"),
            "fa",
            "به بیماران کمک می‌کنم تا لباس بپوشند. ولی بردن به حمام را همیشه همکار دیگری انجام می‌دهد، نه من.",
        ),
        # "I put the visits in the calendar. My manager writes the monthly reports; I don't deal with that."
        (
            Criterion("Able to write monthly reports"),
            "pl",
            "Wpisuję wizyty do kalendarza. Raporty miesięczne pisze kierowniczka, ja się tym nie zajmuję.",
        ),
        # "I weigh the patients. I don't take blood pressure; the nurse takes it."
        (
            Criterion("Able to take blood pressure and weight"),
            "gu",
            "હું દર અઠવાડિયે દર્દીનું વજન કરું છું. બ્લડ પ્રેશર હું નથી માપતો, તે નર્સ માપે છે.",
        ),
        # "I send messages on my phone, but I have used a computer very little."
        (
            Criterion("Basic computer skills"),
            "gu",
            "હું રોજ ફોનમાં મેસેજ અને વીડિયો કૉલ કરું છું, પણ કમ્પ્યુટર બહુ ઓછું વાપર્યું છે.",
        ),
        # "I know some medicines' names because my mother takes them, but not more than that."
        (
            Criterion("Knowledge of common medicines"),
            "ur",
            "میں کچھ دوائیوں کے نام جانتا ہوں کیونکہ میری امی یہ روز لیتی ہیں، لیکن اس سے زیادہ نہیں۔",
        ),
        # "I started an online course about diabetes, but I only got halfway."
        (
            Criterion("Knowledge of diabetes"),
            "ro",
            "Am început un curs online despre diabet, dar am ajuns doar la jumătate.",
        ),
        # "I signed up for the modules, but so far I have done only the first module."
        (
            Criterion("Care Certificate"),
            "ro",
            "M-am înscris la modulele Care Certificate de la agenție, dar până acum am făcut doar primul modul.",
        ),
        # "I took the CPR course the company gave in 2019."
        (
            Criterion("Basic life support training within the last 12 months"),
            "so",
            "Waxaan qaatay koorsada CPR oo shirkaddu bixisay sannadkii 2019.",
        ),
    ],
)
def test_in_another_language_a_part_others_do_a_course_half_done_or_training_too_old_is_not_yet_evidence(
    criterion: Criterion, language: str, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)], language=language), criterion) == "missing"


def test_training_asked_to_be_recent_counts_with_this_years_date() -> None:
    recent = Criterion("Basic life support training within the last 12 months")
    this_year = datetime.date.today().year
    answer = f"I did my basic life support update at the care home in March {this_year}, with CPR on the dummy."
    assert status_of(check_answers([(recent, answer)]), recent) == "covered"
    older = answer.replace(str(this_year), str(this_year - 3))
    assert status_of(check_answers([(recent, older)]), recent) == "missing"


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("I came to London with my parents when I was 10 years old, and I went to school in Southall.", "missing"),
        ("When I was little I helped my grandmother in her shop in Lahore after school every day.", "missing"),
        ("When I was 19 I worked at a nursery in Acton for two years, reading to the toddlers.", "covered"),
    ],
)
def test_the_residents_own_childhood_is_no_work_with_children(answer: str, status: str) -> None:
    children = Criterion("Experience of working with children")
    assert status_of(check_answers([(children, answer)]), children) == status


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (
            Criterion("Full UK driving licence"),
            "I passed my theory test in March and my practical test is booked for July.",
        ),
        (
            Criterion("Level 2 certificate in food hygiene"),
            "I have applied for the Level 2 food hygiene course at Ealing college, which starts in October.",
        ),
        (
            Criterion("Social prescribing training"),
            "Last spring I spent a day shadowing the social prescriber at my GP surgery in Southall.",
        ),
        (
            Criterion("Able to enter results on a computer"),
            "On the ward the nurse puts the readings into the computer, and I read them out to her while she types.",
        ),
        (
            Criterion("Able to use a hoist to move patients"),
            "Three residents need the hoist, and the two carers who are trained on it do those moves; I get the sling.",
        ),
        (
            Criterion("Experience of adding test results to patient records"),
            "I booked appointments on EMIS every day at the surgery, but adding results to records was done by the "
            "practice nurses. That was done by the nurses and never by me.",
        ),
        (
            Criterion("Understanding of how dementia affects people"),
            "I understand dementia really well, and I find the brain fascinating.",
        ),
    ],
)
def test_a_test_or_course_to_come_a_day_shadowing_a_part_others_do_or_a_claim_is_not_yet_evidence(
    criterion: Criterion, answer: str
) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "missing"


def test_a_test_booked_with_another_way_meanwhile_still_answers_travel() -> None:
    travel = Criterion("Able to travel between Hillingdon and Mount Vernon hospitals")
    answer = (
        "My driving test is booked for June; until then I can get to both hospitals by bus from Uxbridge, as I do "
        "now for my shifts at the Hillingdon care home."
    )
    assert status_of(check_answers([(travel, answer)]), travel) == "covered"


@pytest.mark.parametrize(
    ("criterion", "answer"),
    [
        (
            Criterion("Able to travel between Hillingdon and Mount Vernon hospitals"),
            "There is no car park at the clinic where I work now, so I take the U1 bus there and back every day.",
        ),
        (
            Criterion("Able to follow infection control procedures"),
            "When I clean a room after a patient with C. diff, I use chlorine wipes and make sure it is done by the "
            "book, from the cleanest surfaces to the dirtiest.",
        ),
    ],
)
def test_a_car_park_or_done_by_the_book_holds_nothing_back(criterion: Criterion, answer: str) -> None:
    assert status_of(check_answers([(criterion, answer)]), criterion) == "covered"
