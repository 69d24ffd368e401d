"""Hand-made word lists that let a statement's concrete words evidence a criterion's general ones.

A criterion names a kind of thing ("a trade", "protective clothing", "working at height"); a resident
names the thing itself ("painting and decorating", "hairnets and white coats", "a ladder"). The synonym
groups in ``matching`` are two-way; these lists are one-way, from the general word to examples of it, so
"plumbing" evidences "a trade" but "a trade" never evidences "plumbing".

``COMPOUNDS`` are phrases a criterion uses as one idea. They are read as one key term (so "care home" is
not evidenced by "care" and "home" in different places: caring for a parent at home is not care-home
work) and weigh two words when counting how many of a criterion's terms a sentence must hold.
``INSTANCES`` maps one criterion word to words and phrases that are examples of it.

Sentences and phrases are compared as Snowball stems, so plurals and verb forms match. A word whose stem has
another common sense ("till" and "until", "takings" and "take", "typed" and "this type of") is listed only in
phrases; an example is always the thing itself, never something near it (cleaning toilets is not personal care,
a grandmother's visit is not work with older people).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .text import stem, words

# Words that are also something else ("I saw", "a fire drill") are written as phrases.
_HAND_TOOLS = (
    "hammer, screwdriver, spanner, chisel, wrench, pliers, hand tool, a saw, hand saw, hacksaw, coping saw, tenon saw"
)
_POWER_TOOLS = "a drill, power drill, drilled, jigsaw, sander, grinder, mitre saw, circular saw, nail gun, power tool"
# The languages most spoken in London after English, for "speaks a community language", and others often heard.
_LANGUAGES = (
    "arabic, bengali, sylheti, somali, urdu, punjabi, gujarati, hindi, tamil, farsi, dari, pashto, kurdish, turkish, "
    "polish, romanian, bulgarian, lithuanian, portuguese, spanish, italian, french, albanian, tigrinya, amharic, "
    "yoruba, twi, cantonese, mandarin, russian, ukrainian, german, greek, nepali, tagalog, vietnamese, malayalam, "
    "telugu, marathi, sinhala, swahili, lingala, hungarian, czech, slovak, latvian, croatian, serbian, hebrew, "
    "japanese, korean, igbo, hausa, shona, oromo, bilingual, interpreted, interpreting, interpreter, translated, "
    "translating, translator"
)
_SAFETY_GEAR = "goggles, ear defenders, hard hat, hi-vis, safety boots, gloves, face mask, visor, harness"
# Taking money: "the till" as a phrase, since "till" is also "until"; "the takings" as a phrase, since its stem
# is "take".
_CASH = (
    "the till, the tills, a till, on till, on tills, till drawer, till roll, cash register, cashing up, cashed up, "
    "cash up, the float, a float, the takings, card machine, card reader, chip and pin, contactless, gave change, "
    "giving change, give change, correct change, counted the money, counting the money, handled money, handling money, "
    "took payments, taking payments, card payments, petty cash"
)
# The public a resident meets, in the words of the place they met them.
_PUBLIC = (
    "members of the public, shoppers, passengers, guests, diners, callers, tenants, holidaymakers, the general public"
)
# Ages written as one hyphenated word ("ten-year-olds", and so "a ten-year-old"); "ten years old" is also the
# writer's own age when they came to the UK.
_CHILD_AGES = ", ".join(
    f"{age}-year-olds"
    for age in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
    + tuple(str(number) for number in range(1, 13))
)
# Children, as a resident names them, and their ages up to twelve; "school" and "nursery" alone are also one's
# own schooling and plants.
_CHILDREN = (
    "child, kids, kid, babies, baby, toddler, toddlers, infants, infant, newborn, newborns, pupils, pupil, "
    "little ones, nursery nurse, nursery assistant, nursery school, day nursery, at a nursery, in a nursery, creche, "
    "crèche, playgroup, play group, preschool, pre-school, childminder, childminding, au pair, babysat, babysitting, "
    "babysitter, youth club, after-school club, after school club, breakfast club, holiday club, teaching assistant, "
    f"classroom assistant, learning support assistant, school trip, school trips, nappies, nappy, {_CHILD_AGES}"
)
_YOUNG = (
    "teenagers, teenager, teens, teenage, adolescents, youth club, youth work, youth worker, youth group, "
    "youth centre, sixth form, cadets, scouts, care leavers"
)
_OLDER = (
    "older people, older person, old people, older adults, older adult, older patients, older residents, "
    "older customers, older clients, older members, older ladies, older lady, older men, older man, older women, "
    "older woman, older gentleman, elderly, pensioners, over-50s, over 50s, over-55s, over 55s, over-60s, over 60s, "
    "over-65s, over 65s, over-70s, over 70s, over-75s, over 75s, over-80s, over 80s, retirement home, "
    "retirement village, sheltered housing, sheltered accommodation, age uk, people with dementia, "
    "residents with dementia, patients with dementia, frail, later life"
)
_LEARNING_DISABILITY = (
    "learning disability, learning disabilities, learning difficulty, learning difficulties, learning disabled, "
    "down syndrome, down's syndrome, downs syndrome, autism, autistic, asperger, asperger's, aspergers, special needs, "
    "special educational needs, special school, makaton, supported living, developmental delay, fragile x"
)
_DISABILITY = (
    f"{_LEARNING_DISABILITY}, wheelchair user, wheelchair users, uses a wheelchair, blind people, blind person, "
    "blind man, blind woman, blind lady, registered blind, partially sighted, visually impaired, deaf, "
    "hearing impaired, hard of hearing, sign language, bsl, cerebral palsy, multiple sclerosis, mobility scooter"
)
_MENTAL_HEALTH = (
    "mental health, mental illness, mental ill health, depression, schizophrenia, bipolar, psychosis, psychotic, "
    "psychiatric, self-harm, self harm, suicidal, ptsd, eating disorder, eating disorders, personality disorder, "
    "samaritans, crisis line, crisis team, talking therapies"
)
# Cleaning, as a cleaner or housekeeper tells it ("dusted" as phrases: dust is also a building site's).
_CLEANING = (
    "mop, mopped, mopping, hoover, hoovered, hoovering, vacuum, vacuumed, vacuuming, wiped, wiping, wipe down, "
    "did the dusting, and dusting, and dusted, scrubbed the, scrubbing the, scrubber dryer, bleach, disinfect, "
    "disinfected, disinfecting, disinfectant, sanitised, sanitising, floor buffer, buffer machine, steam cleaner, "
    "housekeeping, housekeeper, chambermaid, room attendant, domestic assistant, janitor, caretaker, emptied bins, "
    "emptied the bins, emptying bins, emptying the bins, changed beds, changing beds, stripped beds, made beds, "
    "made the beds, making beds, polished floors, polished the floors, wet floor sign, colour-coded, colour coded, "
    "spillage, spillages"
)
_INFECTION = (
    "hand hygiene, handwashing, hand washing, hand-washing, washed my hands, wash my hands, washing my hands, "
    "washed hands, hand gel, alcohol gel, hand sanitiser, gloves and apron, gloves and aprons, apron and gloves, "
    "aprons and gloves, ppe, barrier nursing, isolation room, side room, colour-coded, colour coded, colour coding, "
    "clinical waste, sharps bin, sharps bins, spill kit, bare below the elbows, cross-contamination, "
    "cross contamination, disinfect, disinfected, disinfecting, disinfectant, decontaminate, decontaminated, "
    "decontamination, sterilise, sterilised, sterilising, sterile, autoclave, mrsa, norovirus, c diff, outbreak"
)
# Moving loads and people by hand ("lift" only in phrases: a lift is also an elevator).
_HANDLING = (
    "manual handling, moving and handling, hoist, hoists, hoisted, hoisting, slide sheet, slide sheets, sliding sheet, "
    "stand aid, rotunda, transfer board, turning patients, turned patients, repositioned, repositioning, sack truck, "
    "sack barrow, trolley, trolleys, roll cages, heavy boxes, heavy bags, heavy loads, heavy lifting, lifted boxes, "
    "lifting boxes, lifted heavy, lifting heavy, lift heavy, lift and carry, lifting and carrying, lifted and carried, "
    "safe lifting, lifting technique, lifting techniques, bend my knees, bent my knees, bending my knees, kilos"
)
_CONTINENCE = (
    "change pads, changed pads, changing pads, pad changes, continence pads, catheter, catheters, catheter bag, "
    "catheter bags"
)
_PERSONAL_CARE = (
    "personal care, intimate care, washing and dressing, washed and dressed, wash and dress, help them wash, "
    "helped them wash, helping them wash, helped him wash, helped her wash, bathing, bathed, bed bath, bed baths, "
    "showering them, showering residents, showering patients, showered them, help them shower, helped them shower, "
    "assisted with toileting, help with toileting, helped with toileting, helping with toileting, to the toilet, "
    "continence, incontinence, incontinent, changed pads, changing pads, change pads, pad changes, oral care, "
    "mouth care, brushed their teeth, brushing their teeth, shaving, shaved, got them dressed, get them dressed, "
    "getting them dressed, dressed them, dressed him, dressed her, helped them dress, helped them eat, help them eat, "
    "helped with eating, assisted with eating, feeding residents, feeding patients, commode, catheter, catheters, "
    "stoma, pressure care"
)
# Pieces several lists share: typing, Outlook, Word, and the NHS's patient-record systems.
_TYPED = "typed up, typing up, touch type, touch typing"
_OUTLOOK = "microsoft outlook, in outlook, on outlook, outlook calendar"
_WORD = "microsoft word, ms word, word document, word documents, in word, on word, using word"
_RECORD_SYSTEMS = "emis, systmone, cerner, epr"
_IT_EXAMPLES = (
    f"laptop, laptops, desktop computer, ipad, ipads, keyboard, {_TYPED}, data entry, microsoft, powerpoint, "
    f"{_OUTLOOK}, google docs, google sheets, google drive, {_RECORD_SYSTEMS}, electronic records, printer, printers, "
    "helpdesk, it support, it skills, it course"
)
_IT = (
    f"computer, computers, {_IT_EXAMPLES}, excel, spreadsheet, spreadsheets, word document, word documents, "
    "microsoft word, email, emails, emailed, e-mail, database, databases, online, software, app, apps, digital, "
    "it systems, it literate"
)
_MS_OFFICE = (
    "microsoft office, ms office, office 365, microsoft 365, microsoft, excel, spreadsheet, spreadsheets, "
    f"{_WORD}, powerpoint, {_OUTLOOK}, microsoft teams, access database"
)
_WORD_PROCESSING = (
    f"word processing, {_WORD}, google docs, {_TYPED}, typed letters, typing letters, typed documents, typed reports, "
    "typing reports"
)
_TYPING = (
    f"{_TYPED}, typist, touch-typing, words per minute, wpm, keyboard, data entry, audio typing, copy typing, "
    "transcribed, transcribing"
)
_DATA_ENTRY = (
    "data entry, entering data, entered data, input data, inputting data, inputted data, inputted the, inputting the, "
    "keyed in, keying in, typed up, typing up, entered the details, entered details, entering details, "
    "updated the database, updating the database, updated the spreadsheet, updating the spreadsheet, updated records, "
    "updating records, updated the system, updating the system, onto the system, into the system, onto the computer, "
    "into the computer, into the database, onto the database, onto a spreadsheet, into a spreadsheet, into excel, "
    "onto excel"
)
_MEDICAL_RECORDS = (
    "medical records, medical record, patient records, patients records, patient record, health records, "
    "health record, case notes, casenotes, patient notes, patients notes, medical notes, patient files, "
    "patients files, medical files, notes trolley, records library, records department, clinic notes, care records, "
    f"care notes, {_RECORD_SYSTEMS}"
)
_PRIMARY_CARE = (
    "primary care, gp surgery, gp practice, gp practices, doctors surgery, doctor's surgery, doctors' surgery, "
    "health centre, medical centre, general practice, practice manager, walk-in centre"
)
_CHALLENGING = (
    "challenging behaviour, challenging behavior, behaviour that challenges, behaviours that challenge, aggressive, "
    "aggression, violent, violence, abusive, verbally abusive, physically abusive, shouting, swearing, kicked off, "
    "kicking off, lashed out, lashing out, threatening, spat, hit out, hitting out, de-escalate, de-escalated, "
    "de-escalating, de-escalation, challenging customers, challenging patients, challenging residents, "
    "difficult customers, difficult patients, difficult behaviour, intoxicated"
)
_RECORD_KEEPING = (
    "logbook, log book, kept a log, in the log, a log of, took the register, signing-in book, signing in book, "
    "visitors book, visitors' book, timesheet, timesheets, fluid chart, fluid charts, food chart, food charts, "
    "care plan, care plans, handover sheet, incident form, incident forms, accident book, temperature log, "
    "fridge temperatures, delivery notes, filed, filing"
)
_NUMBERS = (
    "cashing up, cashed up, cash up, the till, gave change, giving change, correct change, counted the money, weighed, "
    "weighing, measured the, measuring the, took measurements, budget, budgeting, invoices, invoice, added up, "
    "adding up, percentages, fractions, calculated, calculations, timesheets, dilution, diluted, doses, fluid balance"
)
_MEDICINES = (
    "pills, medicines, blister pack, blister packs, dosette, dosette box, prescriptions, prescription, mar chart, "
    "mar charts, mar sheet, inhaler, inhalers, insulin, eye drops, paracetamol, antibiotics, controlled drugs, "
    "dispensed, dispensing"
)
_VOLUNTEERING = (
    "food bank, foodbank, charity shop, soup kitchen, community kitchen, community fridge, mosque committee, "
    "church committee, temple committee, gurdwara committee, sewa, langar, befriending, befriender, mutual aid, "
    "litter pick, litter picking, fundraising, fundraiser, fundraised, sponsored walk, sponsored run, scout leader, "
    "youth leader, school governor, parent governor, residents association, tenants association, st john ambulance, "
    "red cross"
)
_CHARITY = (
    f"{_VOLUNTEERING}, oxfam, british heart foundation, age uk, samaritans, macmillan, marie curie, barnardo's, "
    "cancer research"
)
_COMFORT = (
    "comforted her, comforted him, comforted them, comforting her, comforting him, comforting them, held her hand, "
    "held his hand, held their hand, holding her hand, holding his hand, sat with her, sat with him, sat with them, "
    "in their shoes, put myself in their, cup of tea, reassured, reassuring"
)
_DIETS = (
    "allergies, allergy, allergens, allergen, allergic, gluten, gluten-free, halal, kosher, vegan, vegetarian, "
    "diabetic diet, diabetic diets, diabetic meals, soft diet, soft food, pureed food, pureed meals, puréed, "
    "thickened fluids, thickened drinks, thickener, iddsi, low-salt, low salt, nut-free, nut free, dairy-free, "
    "dairy free, coeliac, lactose"
)
_CATERING = (
    "kitchen, canteen, cafe, café, restaurant, takeaway, fast food, food preparation, food prep, prepared food, "
    "preparing food, prepared meals, preparing meals, served food, serving food, served meals, serving meals, chef, "
    "as a cook, head cook, school cook, commis, sous chef, kitchen porter, kitchen assistant, dinner lady, "
    "school dinners, school kitchen, buffet, banqueting, meals on wheels, tea trolley, ward hostess, barista, waiter, "
    "waitress, waiting tables"
)
_WAREHOUSE = (
    "order picking, order picker, picker packer, pick and pack, picking orders, picked orders, packing orders, "
    "packed orders, goods in, goods inward, goods out, dispatch, despatch, depot, fulfilment centre, "
    "distribution centre, stockroom, stock room, storeroom, store room, forklift, pallet truck, reach truck"
)
_MINUTES = (
    "minute taking, minute-taking, took minutes, taking minutes, take minutes, took the minutes, taking the minutes, "
    "wrote the minutes, typed up the minutes, typed the minutes, minutes of meetings, minutes of the meeting, "
    "note taker, note-taker"
)
_BLOOD_TAKING = (
    "took blood, taking blood, take blood, took bloods, taking bloods, venepuncture, venipuncture, phlebotomy, "
    "phlebotomist, blood tests, blood test, blood samples, vacutainer, tourniquet, butterfly needle"
)
_ADMIN = (
    "photocopying, photocopied, photocopier, scanned documents, scanning documents, franking machine, "
    "franked the post, franking the post, sorted the post, sorting the post, opened the post, typed up, typing up, "
    f"data entry, {_MINUTES}, invoices, purchase orders, timesheets, mail merge, send out letters, sent out letters, "
    "sending out letters, school office, front office"
)
_PHONE = (
    "switchboard, headset, rang, voicemail, voicemails, answerphone, call centre, contact centre, helpline, hotline"
)
_RECEPTION = (
    "front of house, greeted visitors, greeting visitors, signed visitors in, signing visitors in, booked patients in, "
    "booking patients in, checked patients in, checking patients in, checked guests in, checking in guests, concierge, "
    "welcome desk, visitors book"
)
_DIVERSITY = (
    "different faiths, many faiths, all faiths, other faiths, different religions, all religions, other religions, "
    "many nationalities, different nationalities, walks of life, lgbt, lgbtq, ethnic, ethnicities, many languages, "
    "different languages"
)
_FINANCE = (
    "invoices, invoicing, purchase orders, budgets, budget, payroll, bookkeeping, book-keeping, sage, xero, "
    "quickbooks, petty cash, receipts, reconciled, reconciliation, expenses"
)
_STERILE = (
    "sterilise, sterilised, sterilising, autoclave, washer disinfector, surgical instruments, instrument trays, cssd, "
    "hsdu"
)
_SHIFTS = (
    "rota, rotas, night duty, nights and weekends, weekends and nights, twelve-hour, 12-hour, earlies and lates, "
    "early and late, lates and earlies, sleep-in, sleep-ins, waking night, waking nights"
)

COMPOUNDS: dict[str, str] = {
    "care home": "care home, nursing home, residential home",
    # The Care Certificate is the 15 standards new care workers in England are signed off against.
    "care certificate": "care certificate, 15 standards, fifteen standards, induction standards, "
    "15 national standards, fifteen national standards",
    "health and safety": f"health and safety, risk assessment, first aid, hazard, unsafe, {_SAFETY_GEAR}, coshh, "
    "manual handling, moving and handling, wet floor sign, wet floor signs, near miss, accident book, fire drill, "
    "fire warden, fire marshal, evacuation, lone working",
    "at height": "ladder, stepladder, scaffold, scaffolding, on a roof, on the roof, loft, cherry picker, harness",
    "hand and power tools": f"{_HAND_TOOLS}, {_POWER_TOOLS}",
    "power tools": _POWER_TOOLS,
    "hand tools": _HAND_TOOLS,
    "driving licence": "driving licence, driving license, car test, driving test, clean licence, full licence, "
    "penalty points, drive a car, drove a van, delivery driver",
    "protective clothing": f"protective clothing, ppe, hairnet, apron, gown, overalls, white coat, {_SAFETY_GEAR}",
    "protective equipment": f"protective equipment, ppe, hairnet, apron, gown, overalls, {_SAFETY_GEAR}",
    "building maintenance": "building maintenance, repair, mend, patch, plaster, skirting, hang doors, tiles, "
    "handyman, odd jobs",
    "stock control": "stock control, stock take, stocktake, stock count, reorder, ordering stock, inventory",
    "community language": f"community language, {_LANGUAGES}",
    "second language": f"second language, {_LANGUAGES}",
    "another language": f"another language, {_LANGUAGES}",
    "attention to detail": "attention to detail, noticed, spotted, double-check, checked each, checked every",
    "older people": _OLDER,
    "older adults": _OLDER,
    "learning disability": _LEARNING_DISABILITY,
    "learning difficulty": _LEARNING_DISABILITY,
    "mental health": _MENTAL_HEALTH,
    "manual handling": _HANDLING,
    "moving and handling": _HANDLING,
    "personal care": _PERSONAL_CARE,
    "challenging behaviour": _CHALLENGING,
    "behaviour that challenges": _CHALLENGING,
    "it skills": _IT,
    "it systems": _IT,
    "it literate": _IT,
    "microsoft office": _MS_OFFICE,
    "ms office": _MS_OFFICE,
    "word processing": _WORD_PROCESSING,
    "audio typing": "audio typing, audio typist, audio-typing, dictaphone, dictation, dictated, transcribed, "
    "transcribing, digital dictation",
    "data entry": _DATA_ENTRY,
    "medical records": _MEDICAL_RECORDS,
    "health records": _MEDICAL_RECORDS,
    "primary care": _PRIMARY_CARE,
    "domestic work": f"domestic work, {_CLEANING}",
    "domestic duties": f"domestic duties, {_CLEANING}",
    "domestic services": f"domestic services, {_CLEANING}",
    "domestic assistant": f"domestic assistant, {_CLEANING}",
    "minute taking": _MINUTES,
    "taking minutes": _MINUTES,
}

INSTANCES: dict[str, str] = {
    "trade": "decorating, decorator, painter, plastering, plasterer, plumbing, plumber, carpentry, carpenter, "
    "joinery, joiner, electrician, bricklaying, bricklayer, tiling, tiler, roofer, glazier, welder, mechanic, "
    "locksmith, builder, apprenticeship",
    "maintenance": "repair, mend, fix, patch, servicing",
    "tool": f"{_HAND_TOOLS}, {_POWER_TOOLS}",
    "licence": "car test, driving test, penalty points",
    "driving": "car, van, drive, drove, driven, driver, lorry, hgv, lgv, minibus, behind the wheel",
    "wear": "wore, worn, put on, changed into",
    "detail": "fault, spotted, noticed, inspect, double-check, checked each, checked every",
    "accurate": "fault, spotted, noticed, double-check",
    "repetitive": "production line, assembly line, packing line, whole shift, all day, over and over, "
    "again and again, routine, hundreds of, thousands of",
    "concentrate": "focus, focused, careful, carefully",
    "early": "morning, dawn, first thing",
    "late": "evening, night, overnight, midnight",
    "evening": "night, late",
    "night": "overnight, midnight, graveyard shift, sleep-in, sleep-ins, small hours",
    "weekend": "saturday, sunday",
    "saturday": "weekend",
    "sunday": "weekend",
    "shift": _SHIFTS,
    "rota": "shift, timetable of who works, staff timetable",
    "flexible": "extra shifts, covered shifts, covered a shift, covering shifts, swapped shifts, swap shifts, "
    "overtime, short notice, last minute, last-minute, different shifts, stayed late, stay late, came in early, "
    "come in early",
    "punctual": "on time, never late, always early, arrived early, arrive early, perfect attendance, full attendance, "
    "attendance award",
    "reliable": "never missed a shift, never missed a day, never off sick, never late, perfect attendance, "
    "full attendance, attendance award, keyholder, key holder",
    "independently": "unsupervised, without supervision, by myself, single-handed, single-handedly, left in charge, "
    "lone working, lone worker",
    "lone": "on my own, by myself, alone, unsupervised, without supervision, single-handed, only one on shift",
    "alone": "on my own, by myself, unsupervised, without supervision, single-handed, only one on shift",
    "pressure": "rush, rushed, queue, queues, queuing, short-staffed, short staffed, understaffed, peak times, "
    "peak time, lunchtime rush, christmas rush",
    "team": "alongside, crew, each other, one another, handover, handovers, handed over, covered for, covered shifts, "
    "swapped shifts, between us",
    "manufacturing": "factory, production line, assembly line, packing line",
    "laboratory": "lab, pathology, microbiology lab, haematology lab, biochemistry lab, centrifuge, pipette, "
    "pipettes, pipetting, test tubes, microscope, petri dishes, fume cupboard",
    "specimen": "samples, sample, swabs, swab, blood tubes, blood bottles, took bloods, taking bloods, test tubes, "
    "urine pots, specimen pots, vials, biopsy, biopsies",
    "sample": "specimens, specimen, swabs, swab, blood tubes, blood bottles, took bloods, taking bloods, test tubes, "
    "urine pots, vials",
    "cleanroom": "clean room",
    "incontinence": _CONTINENCE,
    "continence": _CONTINENCE,
    "pharmacy": "chemist, pharmacist, dispensary, dispensing, prescriptions, prescription, medicines counter, "
    "pharmacy counter, blister packs, dosette",
    "medicines": _MEDICINES,
    "retail": "in a shop, at a shop, shop assistant, shop floor, supermarket, checkout, high street, sales assistant, "
    "stacked shelves, cashier, newsagent, corner shop, market stall",
    "instruction": "job sheet, checklist, told me to, told us to, asked me to, followed, guidance",
    "procedure": "policy, policies, checklist, protocol, protocols, step by step, guidelines",
    "confidential": "not share, not tell, not talk about, not give out, not pass on, not discuss, need to know, "
    "locked away, shredded, shredding, shredder, confidential waste, locked cabinet, locked drawer, "
    "locked the screen, locked my screen, lock my screen, logged off, log off, kept it to myself, keep it to myself, "
    "in private, private room, lowered my voice, lower my voice",
    "safeguarding": "neglect, neglected, bruises, bruising, disclosed, raised a concern, raised concerns, "
    "raised my concern, raised my concerns, reported my concerns, reported a concern, reported concerns, "
    "whistleblowing, whistleblower, child protection, adult protection, abuse, abused, financial abuse, exploitation, "
    "exploited, safeguarding lead, safeguarding team, adult social care, social services",
    "vulnerable": "homeless, homelessness, rough sleepers, refugees, asylum seekers, food bank, domestic abuse, "
    "women's refuge, care leavers, frail, elderly, learning disabilities, dementia, addiction, substance misuse",
    "diversity": _DIVERSITY,
    "equality": _DIVERSITY,
    "interpret": "translated, translating, translation, translator, bilingual",
    "deadline": "on time, in time, before the end of, by the end of",
    "secretary": "personal assistant, administrator, office manager, receptionist, clerk",
    "education": "gcse, gcses, a level, a levels, o level, school, college, university, degree, diploma, baccalaureate",
    "excel": "spreadsheet, workbook, vlookup, sumif, pivot table, formulas",
    "formula": "vlookup, sumif, pivot table",
    "computer": _IT_EXAMPLES,
    "digital": _IT_EXAMPLES,
    "electronic": _IT_EXAMPLES,
    "database": f"access database, crm, salesforce, {_RECORD_SYSTEMS}, data entry, entered the details, "
    "entered details",
    "email": f"{_OUTLOOK}, inbox, e-mail, e-mails, e-mailed",
    "keyboard": _TYPING,
    "typing": _TYPING,
    "terminology": "medical terms, medical words, medical language, clinical terms, medical abbreviations, "
    "abbreviations, anatomy, clinic letters, discharge summaries, discharge letters, referral letters, "
    "medical secretary",
    "appointment": "diary, diaries, calendar, rebooked, rebooking, rescheduled, rescheduling, cancellations, "
    "clinic list, clinic lists, time slots",
    "diary": "calendar, outlook calendar, booked meetings, booking meetings, scheduled meetings",
    "administration": _ADMIN,
    "admin": _ADMIN,
    "record": _RECORD_KEEPING,
    "telephone": _PHONE,
    "phone": _PHONE,
    "switchboard": "telephonist, putting calls through, put calls through, transferred calls, transferring calls, "
    "transfer calls, transferred the call, transferred the caller, multi-line, headset, call centre, contact centre",
    "reception": _RECEPTION,
    "receptionist": _RECEPTION,
    "public": _PUBLIC,
    "customer": f"{_PUBLIC}, complaint, complaints, refund, refunds, queries, query",
    "cash": _CASH,
    "money": _CASH,
    "payment": "the till, card machine, card reader, chip and pin, contactless, took payments, taking payments, "
    "card payments, cash payments",
    "numeracy": _NUMBERS,
    "number": _NUMBERS,
    "van": "transit van, ford transit, sprinter, luton van, box van, panel van, vito, crafter, tipper, dropside",
    "vehicle": "van, minibus, lorry, lorries, hgv, lgv, transit van, sprinter, bus, buses, tractor",
    "transport": "ambulance driver, ambulance service, patient transport, minibus, dial-a-ride, ring and ride, "
    "wheelchair accessible, ferried patients, ferrying patients, drove patients, driving patients, moved patients, "
    "moving patients, pushed wheelchairs, pushing wheelchairs, pushed beds, pushing beds, escorted patients, "
    "escorting patients",
    # Getting about, as a resident tells it ("drive" only in phrases: "I don't drive" is no way of travelling).
    "travel": "by bus, the bus, a bus, buses, bus route, bus routes, bus pass, the tube, by tube, underground, "
    "overground, by train, the train, trains, oyster, travelcard, freedom pass, public transport, cycle, cycled, "
    "cycling, by bike, my bike, bicycle, my car, own car, a car, the car, i drive, driving licence, full licence, "
    "on foot, walk everywhere",
    "porter": "pushed beds, pushing beds, moved beds, moving beds, moved patients, moving patients, "
    "pushed wheelchairs, pushing wheelchairs, escorted patients, escorting patients, mailroom, post room",
    "security": "cctv, door supervisor, doorman, bouncer, sia licence, sia badge, sia, patrol, patrols, patrolled, "
    "patrolling, event steward, match steward, crowd control, keyholder, key holder, night watchman, locked up the, "
    "locking up the, loss prevention, store detective",
    "fire": "evacuation, evacuated, evacuate, extinguisher, extinguishers",
    "conflict": "arguments, argument, argued, arguing, dispute, disputes, complaint, complaints, aggressive, "
    "aggression, shouting, calmed down, calm them down, calmed him down, calmed her down, calmed the situation, "
    "de-escalate, de-escalated, de-escalation, defused, defuse, mediated, mediate",
    "aggression": "shouting, swearing, threatening, violent, abusive, kicked off, lashed out, hit out, spat",
    "children": _CHILDREN,
    "childcare": _CHILDREN,
    "young": _YOUNG,
    "elderly": _OLDER,
    "disability": _DISABILITY,
    "autism": "autistic, asperger, asperger's, aspergers, asd",
    "dementia": "alzheimer's, alzheimers, alzheimer, memory loss, memory problems, memory clinic, sundowning, "
    "lewy body",
    "observation": "blood pressure, blood pressures, pulse, heart rate, oxygen levels, oxygen saturation, "
    "respiratory rate, respirations, vital signs, news2, news score, blood sugar, blood sugars, blood glucose, "
    "temperature and pulse, took temperatures, taking temperatures, fluid balance",
    "dignity": "drew the curtains, drawn the curtains, closed the curtains, close the curtains, pulled the curtains, "
    "pull the curtains, knocked before, knock before, with a towel, asked permission, ask permission, "
    "asked their permission, their consent, their choice, their choices, preferred name, own clothes, privacy",
    "compassion": _COMFORT,
    "compassionate": _COMFORT,
    "empathy": _COMFORT,
    "empathetic": _COMFORT,
    "volunteer": _VOLUNTEERING,
    "voluntary": _VOLUNTEERING,
    "charity": _CHARITY,
    "cleaning": _CLEANING,
    "cleanliness": _CLEANING,
    "housekeeping": _CLEANING,
    "hygiene": _INFECTION,
    "infection": _INFECTION,
    "waste": "clinical waste, sharps bin, sharps bins, yellow bags, orange bags, tiger bags, recycling, recycled, "
    "general waste, bins, emptied the bins, emptied bins",
    "chemical": "bleach, detergent, detergents, disinfectant, descaler, degreaser, oven cleaner, solvent, solvents, "
    "coshh, safety data sheet, safety data sheets, diluted, dilution, dilute",
    "coshh": "chemicals, chemical, bleach, detergents, safety data sheets, hazardous substances, diluted, dilution",
    "laundry": "washing machine, washing machines, tumble dryer, ironing, ironed, folded sheets, folding sheets, "
    "folding towels, linen, launderette, laundrette, dry cleaner, dry cleaning",
    "linen": "sheets, bed sheets, towels, pillowcases, duvet covers, laundry, changed beds, changing beds, made beds, "
    "stripped beds, bed linen",
    "lift": "hoist, hoisted, heavy boxes, heavy bags, sacks of, crates, kegs, pallets, unloaded the, unloading the",
    "heavy": "kilos, kilograms, sacks of, kegs, crates",
    "catering": _CATERING,
    "kitchen": "chef, commis, sous chef, line cook, head cook, as a cook, kitchen porter, pot wash, pot washer, "
    "pot washing, catering, canteen, takeaway",
    "diet": _DIETS,
    "dietary": _DIETS,
    "allergen": "allergy, allergies, allergic, peanut, peanuts, tree nuts, gluten, dairy, shellfish, sesame, coeliac, "
    "natasha's law, epipen",
    "electrical": "wiring, rewired, rewiring, sockets, socket, fuse, fuses, fuse box, consumer unit, light fittings, "
    "light fitting, pat testing, pat tested, pat test, circuits, circuit, electrician",
    "plumbing": "dripping tap, leaking tap, leaking taps, fixed taps, fixing taps, replaced taps, tap washer, "
    "tap washers, leak, leaks, leaking, leaky, radiator, radiators, boiler, boilers, pipes, pipework, cistern, "
    "blocked drain, blocked drains, unblocked, unblocking, stopcock",
    "decorating": "painted walls, painting walls, painted the walls, painted rooms, painting rooms, wallpaper, "
    "wallpapering, emulsion, gloss, undercoat, skirting boards, filler, sanding",
    "repair": "fix, fixed, fixing, mend, mended, mending, patched, unblocked",
    "gardening": "garden, lawn, grass, hedge, weeding, weeds, planting, mowing, mowed, allotment, flower beds, pruning",
    "grounds": "churchyard, park, lawn, grass, verges, playing fields, flower beds",
    "outdoors": "outside, out on foot, in the rain, in the snow, open air",
    "weather": "rain, snow, wind, frost, icy, heatwave, storm, freezing",
    "mower": "ride-on, lawnmower, mowed, mowing",
    "strimmer": "trimmer, edging",
    "dexterity": "tweezers, fiddly, small parts, threading, sewing, soldering, batteries",
    "dispensing": "make up prescriptions, made up prescriptions, making up prescriptions, dispensary",
    "stock": "supplies, running low, supplier, wholesaler, reorder, stock take",
    "supplies": "stock, deliveries, reorder, reordered, restock, restocked, restocking, replenish, replenished, "
    "replenishing, topped up, stockroom, store room, storeroom, ordered stock, ordering stock, placed orders, "
    "placing orders",
    "deliveries": "delivered parcels, delivering parcels, delivered goods, delivered orders, goods in, goods inward, "
    "unloaded the van, unloaded the lorry, unloaded lorries, unloading lorries, unloading the lorry, "
    "unloading the van, delivery note, delivery notes, signed for, parcels, pallets",
    "warehouse": _WAREHOUSE,
    "scanner": "scan gun, scanning gun, handheld, hand-held, barcode, barcodes, rf gun, pda",
    "forklift": "fork lift, fork-lift, counterbalance, reach truck, flt",
    "inventory": "stock take, stocktake, stock count, stock check, stock checks, stock list, counted stock, "
    "counting stock, stock levels",
    "rotation": "fifo, first in first out, date checking, date checks, checked dates, checked the dates, "
    "checking dates, checking the dates, use-by dates, use by dates, expiry dates, best before, out of date, "
    "out-of-date, oldest stock, older stock",
    "expiry": "use by, use-by, best before, out of date, out-of-date, date checking, checked dates, checked the dates",
    "interpersonal": "rapport, got on well with, get on well with, built relationships, building relationships, "
    "chatted with, chatting with, small talk",
    "physical": "on my feet all day, on my feet for, on your feet all day, standing all day, walking all day, "
    "heavy lifting, manual work, labouring, labourer, lifting and carrying",
    "phlebotomy": _BLOOD_TAKING,
    "venepuncture": _BLOOD_TAKING,
    "ecg": "electrocardiogram, 12-lead, 12 lead, heart tracing",
    "decontamination": _STERILE,
    "sterile": _STERILE,
    "palliative": "end of life, end-of-life, hospice, dying, passed away, last days, syringe driver",
    "distress": "passed away, died, death, bereaved, bereavement, grieving, end of life, injured, injury, injuries, "
    "traumatic",
    "nutrition": "meals, mealtimes, meal times, diet, fluids, fluid chart, food chart, drinks, snacks, "
    "eating and drinking, helped them eat",
    "hydration": "drinks, fluids, fluid chart, fluid balance, water jugs, cups of tea, eating and drinking",
    "mobility": "zimmer frame, walking frame, walking stick, walking aid, wheelchair, hoist, stand aid, "
    "helped them walk, help them walk, helped him walk, helped her walk",
    "healthcare": "nursing home, gp surgery, gp practice, hospice, dental practice, dental surgery, dental nurse, "
    "nhs trust, pharmacy, pharmacist, healthcare assistant, health care assistant, hca",
    "finance": _FINANCE,
    # a qualification named by its kind or level ("I passed ITQ Level 2") for "an IT qualification"
    "qualification": "gcse, gcses, nvq, nvqs, btec, diploma, certificate, degree, a level, a levels, level 1, level 2, "
    "level 3, level 4, itq, ecdl, esol, functional skills, city and guilds, award in",
    "financial": _FINANCE,
}

_HOURS = regex.compile(r"\b(\d{1,2})(?:[:.]\d{2})?\s*(am|pm)\b", regex.IGNORECASE)


def stems_of(text: str) -> tuple[str, ...]:
    """The Snowball stems of a text's words, in order."""
    return tuple(stem(word) for word in words(text))


# Phrases by their first stem: a sentence is read once, looking up each of its words, however long the lists.
_Phrases = dict[str, tuple[tuple[str, ...], ...]]


def _phrases(listing: str) -> _Phrases:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for item in listing.split(","):
        phrase = stems_of(item)
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, ...], _Phrases], dict[str, _Phrases]]:
    compounds = {stems_of(key): _phrases(listing) for key, listing in COMPOUNDS.items()}
    instances = {stem(key): _phrases(listing) for key, listing in INSTANCES.items()}
    return compounds, instances


def compounds_in(stems: tuple[str, ...]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where a criterion (as stems) uses a compound: (start, end, the compound's key), longest first."""
    compounds, _ = _tables()
    found: list[tuple[int, int, tuple[str, ...]]] = []
    taken: set[int] = set()
    for key in sorted(compounds, key=len, reverse=True):
        for start in range(len(stems) - len(key) + 1):
            span = range(start, start + len(key))
            if stems[start : start + len(key)] == key and not taken.intersection(span):
                found.append((start, start + len(key), key))
                taken.update(span)
    return found


def _holds(sentence: tuple[str, ...], phrases: _Phrases) -> bool:
    """Whether a sentence (as stems) holds any of the phrases."""
    for start, word in enumerate(sentence):
        for phrase in phrases.get(word, ()):
            if sentence[start : start + len(phrase)] == phrase:
                return True
    return False


def compound_found(key: tuple[str, ...], sentence: tuple[str, ...]) -> bool:
    """Whether a sentence (as stems) holds a compound or one of its examples."""
    compounds, _ = _tables()
    return _holds(sentence, compounds[key] if key in compounds else {key[0]: (key,)})


def instance_found(term: str, sentence: tuple[str, ...]) -> bool:
    """Whether a sentence (as stems) holds an example of a criterion word (a stem)."""
    _, instances = _tables()
    return term in instances and _holds(sentence, instances[term])


def names_clock_time(text: str) -> bool:
    return bool(_HOURS.search(text))


# A span from an evening to a morning ("8pm to 8am", "10 in the evening to 7 in the morning") is a night shift; so
# is a 24-hour time from 21:00 to 00:59 ("22:00").
_OVERNIGHT = regex.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*pm\s*(?:to|till|until|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*am\b"
    r"|\b(?:2[1-3]|00)[:.][0-5]\d\b|\bin\s+the\s+evening\s+(?:to|till|until)\s+\d{1,2}\s+in\s+the\s+morning\b",
    regex.IGNORECASE,
)


def time_words(text: str) -> frozenset[str]:
    """Stems a clock time stands for: "6am" is early (a morning), "7pm" late (an evening), "10pm" a night."""
    found: set[str] = {stem("night")} if _OVERNIGHT.search(text) else set()
    for hour, half in _HOURS.findall(text):
        number = int(hour)
        if half.lower() == "am" and 4 <= number <= 8:  # noqa: PLR2004 - an early start
            found.update({stem("early"), stem("morning")})
        elif half.lower() == "am" and (number <= 3 or number == 12):  # noqa: PLR2004 - the small hours
            found.update({stem("night"), stem("late")})
        elif half.lower() == "pm" and 6 <= number <= 11:  # noqa: PLR2004 - a late finish
            found.update({stem("late"), stem("evening")} | ({stem("night")} if number >= 9 else set()))  # noqa: PLR2004
    return frozenset(found)
