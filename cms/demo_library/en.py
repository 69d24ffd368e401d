"""Demo library for seed_demo: job guides, Easy Read, employer resources, glossary and standard pages (English).

Written for this project in plain English, at a low reading age, for residents of North West London applying for a
first NHS job and for local employers. Facts come from public guidance (NHS Jobs, NHS Employers, GOV.UK, Disability
Confident, Access to Work, DBS, Project SEARCH and the accessibility regulations); the words are our own. The content
is plain text with no HTML: the code that loads it escapes it. Translations follow the same structure, one module
per language.
"""

LIBRARY = {
    "guide_index": {
        "title": "Guides to NHS jobs",
        "intro": (
            "Short, simple guides to help you apply for an NHS job, one step at a time. Some guides also come in Easy "
            "Read."
        ),
    },
    "employer_hub": {
        "title": "Resources for employers",
        "intro": "Practical guides to help NHS teams hire, support and keep staff with a learning disability.",
    },
    "sessions": {
        "title": "Support sessions",
        "intro": (
            "A support session is a free meeting in your area. An outreach worker or volunteer helps you look for "
            "jobs, fill in forms and practise for interviews. Some are drop-ins. Others are workshops you book."
        ),
    },
    "glossary": [
        {
            "key": "band",
            "term": "band",
            "forms": ["bands"],
            "explanation": (
                "The pay level of an NHS job. Band 2 is one of the lowest and band 9 is the highest. Each band has "
                "its own pay range."
            ),
        },
        {
            "key": "agenda-for-change",
            "term": "Agenda for Change",
            "forms": [],
            "explanation": (
                "The pay system for most NHS staff, but not doctors and dentists. It puts every job in a band."
            ),
        },
        {
            "key": "job-description",
            "term": "job description",
            "forms": ["job descriptions"],
            "explanation": "A document that says what the job is for and the tasks you will do.",
        },
        {
            "key": "person-specification",
            "term": "person specification",
            "forms": ["person specifications"],
            "explanation": (
                "A list of the skills, experience and qualifications the employer is looking for. It comes with the "
                "job advert."
            ),
        },
        {
            "key": "essential-criteria",
            "term": "essential criteria",
            "forms": ["essential criterion"],
            "explanation": (
                "The things you must have for the job. You need to show that you meet all of them to get an interview."
            ),
        },
        {
            "key": "desirable-criteria",
            "term": "desirable criteria",
            "forms": ["desirable criterion"],
            "explanation": (
                "Things that are good to have but not needed. They help the employer choose when many people apply."
            ),
        },
        {
            "key": "supporting-statement",
            "term": "supporting statement",
            "forms": ["supporting statements"],
            "explanation": (
                "The part of the application where you show, with examples, how you meet the person specification. "
                "Some forms call it supporting information."
            ),
        },
        {
            "key": "shortlisting",
            "term": "shortlisting",
            "forms": ["shortlisted", "shortlist"],
            "explanation": "When the employer reads the applications and chooses who to invite to an interview.",
        },
        {
            "key": "star",
            "term": "STAR",
            "forms": [],
            "explanation": (
                "A simple way to tell an example: Situation, Task, Action, Result. You can add what you learned."
            ),
        },
        {
            "key": "nhs-values",
            "term": "NHS values",
            "forms": [],
            "explanation": (
                "Six values that all NHS staff share, from the NHS Constitution. They include compassion, and respect "
                "and dignity."
            ),
        },
        {
            "key": "nhs-jobs",
            "term": "NHS Jobs",
            "forms": [],
            "explanation": "The official website for NHS jobs in England and Wales. It is free to use.",
        },
        {
            "key": "trac",
            "term": "Trac",
            "forms": [],
            "explanation": (
                "Another website some NHS employers use for applications. An advert on NHS Jobs may send you there."
            ),
        },
        {
            "key": "conditional-offer",
            "term": "conditional offer",
            "forms": ["conditional offers"],
            "explanation": (
                "A job offer that depends on your checks being OK, such as your references and right to work."
            ),
        },
        {
            "key": "reference",
            "term": "reference",
            "forms": ["references"],
            "explanation": "A short report about you from someone who knows you, such as a past manager or teacher.",
        },
        {
            "key": "referee",
            "term": "referee",
            "forms": ["referees"],
            "explanation": "The person who writes your reference. It should not be a family member or a friend.",
        },
        {
            "key": "right-to-work",
            "term": "right to work",
            "forms": [],
            "explanation": "Being allowed by law to work in the UK. Every employer must check it before you start.",
        },
        {
            "key": "share-code",
            "term": "share code",
            "forms": ["share codes"],
            "explanation": (
                "A code from GOV.UK that lets an employer check your right to work online. It lasts 90 days."
            ),
        },
        {
            "key": "dbs-check",
            "term": "DBS check",
            "forms": ["DBS checks"],
            "explanation": (
                "A check by the Disclosure and Barring Service to see if a person has a criminal record. Many jobs "
                "with patients need one."
            ),
        },
        {
            "key": "occupational-health",
            "term": "occupational health",
            "forms": [],
            "explanation": (
                "The NHS team that looks after staff health. They check if you need any support to do the job safely."
            ),
        },
        {
            "key": "preceptorship",
            "term": "preceptorship",
            "forms": [],
            "explanation": (
                "A time of extra support and learning, often for the first year, for newly qualified nurses, midwives "
                "and some other health professionals."
            ),
        },
        {
            "key": "reasonable-adjustment",
            "term": "reasonable adjustment",
            "forms": ["reasonable adjustments"],
            "explanation": (
                "A change that removes a barrier for a disabled person, such as extra time or a quiet room. Employers "
                "must make them by law."
            ),
        },
        {
            "key": "disability-confident",
            "term": "Disability Confident",
            "forms": [],
            "explanation": (
                "A government scheme for employers. Employers in it offer an interview to disabled people who meet "
                "the essential criteria."
            ),
        },
        {
            "key": "access-to-work",
            "term": "Access to Work",
            "forms": [],
            "explanation": (
                "A government grant that pays for support at work for disabled people, such as a job coach or help "
                "with travel."
            ),
        },
        {
            "key": "job-coach",
            "term": "job coach",
            "forms": ["job coaches"],
            "explanation": "A person who helps someone learn a new job and settle in at work.",
        },
    ],
    "guides": [
        {
            "key": "how-nhs-applications-work",
            "title": "How NHS job applications work",
            "intro": (
                "Most NHS jobs follow the same steps, from the advert to your first day. This guide explains each "
                "step, so you know what to expect."
            ),
            "description": (
                "The steps of an NHS job application, from finding a job on NHS Jobs to shortlisting, the interview "
                "and checks before you start."
            ),
            "steps": [
                {
                    "heading": "Find a job on NHS Jobs",
                    "body": [
                        "Most NHS jobs are on NHS Jobs at https://www.jobs.nhs.uk. It is free. You can search by the "
                        "type of job and by place, such as Ealing, Harrow or Hounslow.",
                        "Make an account and set up job alerts. Then you get an email when a new job matches your "
                        "search.",
                        "Some adverts send you to another website called Trac to apply. The steps are much the same.",
                    ],
                    "checklist": [
                        "An email address that you check often",
                        "A list of places you can get to for work",
                        "Job words to search for, such as healthcare assistant, porter, housekeeper or administrator",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Read the advert, job description and person specification",
                    "body": [
                        "Each job has a band. The band tells you the pay. Most NHS staff are paid on a system called "
                        "Agenda for Change. Many first jobs are band 2, 3 or 4.",
                        "The job description says what you will do. The person specification lists what the employer "
                        "is looking for. It has essential criteria, which you must meet, and desirable criteria, "
                        "which are good to have.",
                        "Look at the closing date. Some adverts close early if many people apply.",
                    ],
                    "checklist": [],
                    "do": [
                        "Save or print the advert, job description and person specification. The advert disappears "
                        "after it closes, and you will need it for the interview.",
                        "Apply early. Do not wait for the last day.",
                    ],
                    "dont": [],
                },
                {
                    "heading": "Fill in the application form",
                    "body": [
                        "The form asks about you, your work, your education and your training. It also asks for the "
                        "names of your referees.",
                        "The most important part is the supporting statement. Here you show, with examples, how you "
                        "meet each item on the person specification. Our guide to writing a supporting statement can "
                        "help.",
                        "You can save the form and come back to it later. Check it carefully before you send it.",
                    ],
                    "checklist": [
                        "The start and end dates (month and year) of your jobs, volunteering and training",
                        "Names and email addresses of two referees",
                        "Details of your right to work in the UK",
                    ],
                    "do": [],
                    "dont": [
                        "Do not copy and paste your CV. The panel wants to see how you match this job.",
                        "Do not let another person or an AI tool write it for you. Many employers reject "
                        "applications that are not in your own words.",
                    ],
                },
                {
                    "heading": "Who gets an interview (shortlisting)",
                    "body": [
                        "After the closing date, usually two people read the applications. They score each one "
                        "against the person specification. This is called shortlisting.",
                        "They do not see your name, age or equality details. They only see what you wrote about your "
                        "skills, experience and training. This helps to make it fair.",
                        "You need to show that you meet every essential criterion. If you are shortlisted, you get "
                        "an email and a message in your account. If you hear nothing a few weeks after the closing "
                        "date, you were probably not shortlisted this time.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "The interview",
                    "body": [
                        "The interview may be in person or on a video call. Some jobs also have a short test or task.",
                        "A small group of people, called a panel, will ask about your skills and about the NHS "
                        "values. Our guide to NHS job interviews explains what to expect.",
                        "If you are disabled, you can ask for reasonable adjustments, such as extra time or a quiet "
                        "room.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "The offer and checks",
                    "body": [
                        "If you do well, you get a conditional offer. This means the job is yours if your checks are "
                        "OK.",
                        "The employer checks your identity, your right to work, your references and your health for "
                        "the job. Many jobs also need a DBS check. This can take a few weeks.",
                        "When the checks are done, you agree a start date. Well done!",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": ["Do not leave your current job until the employer gives you a start date."],
                },
            ],
            "related": ["reading-a-person-specification", "writing-a-supporting-statement", "nhs-job-interviews"],
            "easy_read": {
                "title": "How NHS job applications work: Easy Read",
                "intro": "This is about the steps to get a job in the NHS.",
                "lines": [
                    {
                        "picture": "hospital",
                        "text": "The NHS has lots of jobs in North West London.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "computer",
                        "text": "You can find NHS jobs on a website called NHS Jobs.",
                        "word": "website",
                        "meaning": "Pages you look at on a computer or phone.",
                    },
                    {
                        "picture": "money",
                        "text": "Each job has a band that tells you the pay.",
                        "word": "band",
                        "meaning": "A level that sets how much you are paid.",
                    },
                    {
                        "picture": "job",
                        "text": "The job description tells you what the job is.",
                        "word": "job description",
                        "meaning": "A list of the tasks in the job.",
                    },
                    {
                        "picture": "checklist",
                        "text": "The person specification says what skills you need.",
                        "word": "person specification",
                        "meaning": "A list of what the employer is looking for.",
                    },
                    {
                        "picture": "calendar",
                        "text": "Send your form before the closing date.",
                        "word": "closing date",
                        "meaning": "The last day you can apply.",
                    },
                    {
                        "picture": "form",
                        "text": "You fill in a form on a computer or phone.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "writing",
                        "text": "You write about your skills in a supporting statement.",
                        "word": "supporting statement",
                        "meaning": "The part of the form that says why you fit the job.",
                    },
                    {"picture": "tick", "text": "Check your form before you send it.", "word": "", "meaning": ""},
                    {
                        "picture": "question",
                        "text": "Next, the employer does shortlisting to choose who to meet.",
                        "word": "shortlisting",
                        "meaning": "Choosing people for an interview.",
                    },
                    {
                        "picture": "email",
                        "text": "You will get an email if they want to meet you.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "interview",
                        "text": "Then you have an interview with a small group of people.",
                        "word": "interview",
                        "meaning": "A meeting where they ask you questions.",
                    },
                    {
                        "picture": "adjustments",
                        "text": "You can ask for changes to help you, like more time.",
                        "word": "changes",
                        "meaning": "Things done in a different way.",
                    },
                    {
                        "picture": "handshake",
                        "text": "If they choose you, they offer you the job.",
                        "word": "offer",
                        "meaning": "They say the job can be yours.",
                    },
                    {
                        "picture": "shield",
                        "text": "Then the employer checks your papers and references.",
                        "word": "references",
                        "meaning": "What people who know you say about you.",
                    },
                    {
                        "picture": "calendar",
                        "text": "After the checks, you agree a day to start work.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "helper",
                        "text": "We can help you at every step for free.",
                        "word": "",
                        "meaning": "",
                    },
                ],
            },
        },
        {
            "key": "reading-a-person-specification",
            "title": "How to read a person specification",
            "intro": (
                "The person specification tells you what the employer is looking for. When you understand it, you can "
                "show them you are the right person for the job."
            ),
            "description": (
                "What an NHS person specification is, the difference between essential and desirable criteria, and "
                "how to use it to plan your application."
            ),
            "steps": [
                {
                    "heading": "Find the person specification",
                    "body": [
                        "On NHS Jobs, the person specification is part of the job advert, or in a document you can "
                        "download. It is often a table.",
                        "It usually has headings such as qualifications, experience, skills, knowledge and values.",
                        "Read it together with the job description. The job description says what you will do. The "
                        "person specification says what kind of person can do it.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Know the difference between essential and desirable",
                    "body": [
                        "Essential criteria are the things you must have. To be shortlisted, you need to show that "
                        "you meet every one of them.",
                        "Desirable criteria are good to have. You do not need them all. But when many people apply, "
                        "they help the employer choose between people who meet all the essential criteria.",
                    ],
                    "checklist": [],
                    "do": [
                        "Show that you meet every essential criterion, even ones that seem easy, like good "
                        "communication skills.",
                        "Write about the desirable criteria you meet too. They can help you get an interview.",
                    ],
                    "dont": [
                        "Do not give up on a job because you do not meet all the desirable criteria. You can still "
                        "apply.",
                    ],
                },
                {
                    "heading": "See how each item will be checked",
                    "body": [
                        "Next to each item there may be a letter. It tells you how the employer will check it. For "
                        "example, A means the application form, I means the interview and T means a test.",
                        "If an item is checked on the application form, you must write about it in your supporting "
                        "statement. If it is only checked at the interview, get ready to talk about it there.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Match your experience to each item",
                    "body": [
                        "Write each criterion on its own line. Next to it, write one real example from your life "
                        "that shows you have it.",
                        "Your examples can come from paid work, volunteering, caring for a family member, college, "
                        "or work in another country. Experience from outside the UK counts too.",
                        'If you do not understand a word, ask us. For example, "IT skills" usually means using '
                        "email, typing and simple computer programs.",
                    ],
                    "checklist": [
                        "The person specification, saved or printed",
                        "A list of your jobs, volunteering and training, with dates",
                        "One example for each essential criterion",
                        "Proof of any qualifications it asks for, such as certificates",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Look for the NHS values",
                    "body": [
                        "Many person specifications ask you to show the NHS values. They come from the NHS "
                        "Constitution. They are: working together for patients; respect and dignity; commitment to "
                        "quality of care; compassion; improving lives; and everyone counts.",
                        "Think of a time you showed each value. For example, a time you stayed kind and patient with "
                        "someone who was upset shows compassion.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Decide if the job is right for you",
                    "body": [
                        "If you can show all the essential criteria, apply. Many good people do not apply because "
                        "they think they are not good enough. Give yourself a chance.",
                        "If you are missing an essential criterion, such as a qualification, look for a job at a "
                        "lower band first, or ask us about training.",
                        "Not sure? Contact the person named on the advert. They are happy to answer questions about "
                        "the job.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
            ],
            "related": ["writing-a-supporting-statement", "how-nhs-applications-work"],
            "easy_read": {
                "title": "How to read a person specification: Easy Read",
                "intro": "This is about the list of what an employer is looking for.",
                "lines": [
                    {
                        "picture": "documents",
                        "text": "Every NHS job has a person specification.",
                        "word": "person specification",
                        "meaning": "A list of what the employer is looking for.",
                    },
                    {
                        "picture": "computer",
                        "text": "You can find it with the job advert on NHS Jobs.",
                        "word": "advert",
                        "meaning": "The page that tells you about the job.",
                    },
                    {
                        "picture": "checklist",
                        "text": "It lists the skills and experience the employer wants.",
                        "word": "experience",
                        "meaning": "Things you have done before.",
                    },
                    {
                        "picture": "tick",
                        "text": "Essential things are things you must have.",
                        "word": "essential",
                        "meaning": "You must have it.",
                    },
                    {
                        "picture": "star",
                        "text": "Desirable things are nice to have, but you do not need them.",
                        "word": "desirable",
                        "meaning": "Nice to have.",
                    },
                    {
                        "picture": "tick",
                        "text": "You must show that you have every essential thing.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "form",
                        "text": "The letter A means they check it on your form.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "interview",
                        "text": "The letter I means they check it at the interview.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "writing",
                        "text": "Write each thing on the list on its own line.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "star",
                        "text": "Next to each one, write something real you have done.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "job",
                        "text": "Your example can come from work, home or volunteering.",
                        "word": "volunteering",
                        "meaning": "Helping people without being paid.",
                    },
                    {
                        "picture": "hospital",
                        "text": "The NHS also looks for people who share its values.",
                        "word": "values",
                        "meaning": "What matters most to the NHS.",
                    },
                    {
                        "picture": "handshake",
                        "text": "One NHS value is to treat everyone with respect and dignity.",
                        "word": "dignity",
                        "meaning": "Making people feel they matter.",
                    },
                    {
                        "picture": "question",
                        "text": "If you do not understand a word, ask for help.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "email",
                        "text": "You can email the person named on the advert.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "helper",
                        "text": "We can help you read a person specification.",
                        "word": "",
                        "meaning": "",
                    },
                ],
            },
        },
        {
            "key": "writing-a-supporting-statement",
            "title": "How to write a supporting statement",
            "intro": (
                "The supporting statement is the most important part of an NHS application. It is your chance to show "
                "how you meet the person specification, in your own words."
            ),
            "description": (
                "Write a strong supporting statement for an NHS job: use the person specification as your plan and "
                "give STAR examples in your own words."
            ),
            "steps": [
                {
                    "heading": "Know what the statement is for",
                    "body": [
                        "Shortlisting panels score your statement against the person specification. They do not know "
                        "you, and they can only score what you write. Your name is hidden, but they read every word.",
                        "On NHS Jobs, you may write in a separate box for each criterion. Each box holds up to 5,000 "
                        "characters, and a counter shows how many you have left. Other systems, such as Trac, may "
                        "have one large box. Some employers set a word limit, so check the advert.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Use the person specification as your plan",
                    "body": [
                        "Take each criterion from the person specification and use it as a heading, in the same "
                        "order. Start with the essential criteria, then the desirable criteria.",
                        "Under each heading, give one short, real example that shows you meet it. One good example "
                        "is better than a long list.",
                    ],
                    "checklist": [],
                    "do": [
                        "Use the same words as the person specification, so the panel can find the match easily.",
                        'Write "I", not "we". The panel wants to know what you did.',
                    ],
                    "dont": ["Do not paste in your CV.", "Do not leave out any essential criterion."],
                },
                {
                    "heading": "Use STAR for each example",
                    "body": [
                        "STAR helps you tell a clear, short story. Many NHS employers also like you to add what you "
                        "learned at the end.",
                    ],
                    "checklist": [
                        "Situation: where were you, and what was happening?",
                        "Task: what did you need to do?",
                        "Action: what did you do, and how? This should be the biggest part.",
                        "Result: what happened in the end?",
                        "Learned: what did you learn, or what would you do next time?",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Look at a short example",
                    "body": [
                        'Here is an example for the criterion "Able to stay calm and kind with people who are '
                        'upset". The words in brackets show each part of STAR. You would not write them in your '
                        "statement.",
                        "I work on the till in a busy supermarket. One day, an older customer became upset because "
                        "her card did not work (Situation). I needed to help her and keep the queue moving (Task).",
                        "I spoke slowly and calmly and listened to her. I asked a colleague to open another till. "
                        "Then I helped her phone her bank (Action). She paid for her shopping and thanked me, and my "
                        "manager said I handled it well (Result).",
                        "I learned that listening first helps people feel calmer. I would do the same with patients, "
                        "to show compassion (Learned).",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Use all your experience and show the NHS values",
                    "body": [
                        "Your examples can come from any part of your life: paid work, volunteering, caring for a "
                        "relative, a faith or community group, school, or work in another country.",
                        "Show the NHS values where you can, such as respect and dignity, compassion and everyone "
                        "counts. Do not just list them. Show them in what you did.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Write it yourself and check it",
                    "body": [
                        "Write in your own words. The panel wants to hear your voice, not perfect English. Short, "
                        "clear sentences are fine.",
                        "Many adverts say that applications written by AI tools may be rejected. The help on this "
                        "site asks you questions and gives you tips, but it will not write your statement for you.",
                        "Before you send it, read it out loud or ask someone to check it.",
                    ],
                    "checklist": [
                        "Every essential criterion has a heading and an example",
                        'Each example says what you did, using "I"',
                        "The spelling has been checked",
                        "It is within any word or character limit",
                    ],
                    "do": [],
                    "dont": [
                        "Do not copy examples from the internet or from a friend. Panels notice, and it is not fair "
                        "to you.",
                    ],
                },
            ],
            "related": ["reading-a-person-specification", "nhs-job-interviews", "how-nhs-applications-work"],
            "easy_read": {
                "title": "How to write a supporting statement: Easy Read",
                "intro": "This is about writing why you are right for the job.",
                "lines": [
                    {
                        "picture": "writing",
                        "text": "In a supporting statement, you say why you fit the job.",
                        "word": "supporting statement",
                        "meaning": "The part of the form about your skills.",
                    },
                    {
                        "picture": "checklist",
                        "text": "Use the person specification to plan what you write.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "tick",
                        "text": "Write about the essential things first.",
                        "word": "essential",
                        "meaning": "You must have it.",
                    },
                    {
                        "picture": "writing",
                        "text": "Use each thing on the list as a heading.",
                        "word": "heading",
                        "meaning": "A short title above your writing.",
                    },
                    {
                        "picture": "star",
                        "text": "Give one example for each thing on the list.",
                        "word": "example",
                        "meaning": "Something you have really done.",
                    },
                    {
                        "picture": "star",
                        "text": "Use STAR to tell your example in the right order.",
                        "word": "STAR",
                        "meaning": "A way to tell a short story.",
                    },
                    {
                        "picture": "question",
                        "text": "S is for Situation: where were you?",
                        "word": "situation",
                        "meaning": "What was happening.",
                    },
                    {
                        "picture": "checklist",
                        "text": "T is for Task: what did you need to do?",
                        "word": "task",
                        "meaning": "A job you need to do.",
                    },
                    {
                        "picture": "helper",
                        "text": "A is for Action: what did you do?",
                        "word": "action",
                        "meaning": "Something you do.",
                    },
                    {
                        "picture": "tick",
                        "text": "R is for Result: what happened in the end?",
                        "word": "result",
                        "meaning": "What happened because of what you did.",
                    },
                    {"picture": "star", "text": "Then say what you learned.", "word": "", "meaning": ""},
                    {
                        "picture": "writing",
                        "text": 'Write "I", not "we", to show what you did.',
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "hospital",
                        "text": "Show the NHS values, like kindness and respect.",
                        "word": "values",
                        "meaning": "What matters most to the NHS.",
                    },
                    {
                        "picture": "job",
                        "text": "Your examples can come from work, home or volunteering.",
                        "word": "volunteering",
                        "meaning": "Helping people without being paid.",
                    },
                    {
                        "picture": "computer",
                        "text": "Do not let a computer or another person write it for you.",
                        "word": "",
                        "meaning": "",
                    },
                    {"picture": "tick", "text": "Check your spelling before you send it.", "word": "", "meaning": ""},
                    {"picture": "helper", "text": "We can help you plan your statement.", "word": "", "meaning": ""},
                ],
            },
        },
        {
            "key": "nhs-job-interviews",
            "title": "NHS job interviews",
            "intro": (
                "An interview is a chance for you and the employer to get to know each other. Here is how to get "
                "ready, and what to expect on the day."
            ),
            "description": (
                "How NHS job interviews work, the kinds of questions you may be asked, and how to get ready and do "
                "your best on the day."
            ),
            "steps": [
                {
                    "heading": "Read the invitation and reply",
                    "body": [
                        "If you are shortlisted, you get an invitation. It tells you the date, time and place. It "
                        "says if the interview is in person or on a video call, and if there is a test or task.",
                        "Reply quickly to book your place. Some employers ask you to choose a time on NHS Jobs or "
                        "Trac.",
                        "If you need reasonable adjustments, ask now. For example, you can ask for extra time, the "
                        "questions written down, a quiet room or a break.",
                    ],
                    "checklist": [
                        "The date, time and address, or the link for the video call",
                        "The name and email of the person to contact",
                        "What to bring, such as your passport or certificates",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Get ready",
                    "body": [
                        "Read the job description and person specification again. The panel often asks questions "
                        "about the items on the person specification.",
                        "Think of four or five STAR examples you can talk about. Practise saying them out loud, with "
                        "a friend or at one of our support sessions.",
                        "Find out a little about the team and the place, such as which hospital or service the job "
                        "is in.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Know what kinds of questions they ask",
                    "body": [
                        "The panel is usually two or three people. They ask everyone the same questions, to be fair. "
                        "They may take notes while you talk. This is normal.",
                        'Many questions are about the NHS values. For example: "Tell us about a time you treated '
                        'someone with respect and dignity." Others are about the job. For example: "What would you '
                        'do if a patient was angry?"',
                        "Answer with a STAR example where you can. It is fine to take a moment to think.",
                    ],
                    "checklist": [],
                    "do": [
                        "Ask them to repeat or explain a question if you do not understand it.",
                        'Talk about what you did, using "I".',
                        "Be honest if you do not know something, and say how you would find out.",
                    ],
                    "dont": [
                        "Do not worry about your accent or perfect English. Clear and honest answers matter most.",
                    ],
                },
                {
                    "heading": "On the day",
                    "body": [
                        "Plan your journey and arrive 10 to 15 minutes early. Hospitals can be big, so give yourself "
                        "time to find the right room.",
                        "For a video call, test your camera, sound and internet the day before. Find a quiet place "
                        "with good light.",
                        "Bring the documents they asked for. Some employers check your identity and right to work at "
                        "the interview.",
                    ],
                    "checklist": [
                        "The invitation, with the address or video link",
                        "The documents they asked for",
                        "Your notes on your STAR examples",
                        "A drink of water",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Ask your own questions",
                    "body": [
                        "At the end, the panel will ask if you have any questions. It is good to ask one or two.",
                        "You could ask about training, the team, or support for new staff. If you are a newly "
                        "qualified nurse, you can ask about preceptorship, which is extra support in your first year.",
                    ],
                    "checklist": [
                        "What training will I get when I start?",
                        "What does a normal day look like in this team?",
                        "When will I hear if I got the job?",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "After the interview",
                    "body": [
                        "The employer usually tells you the result within a few days or weeks. If you get the job, "
                        "it will be a conditional offer while they do your checks.",
                        "If you do not get the job, ask for feedback. It helps you do better next time. Many people "
                        "need a few tries before they get an NHS job. That is normal.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
            ],
            "related": [
                "writing-a-supporting-statement",
                "reasonable-adjustments-and-the-interview-offer",
                "dbs-checks-and-references",
            ],
            "easy_read": None,
        },
        {
            "key": "right-to-work",
            "title": "Proving your right to work",
            "intro": (
                "Every employer in the UK must check that you are allowed to work here before you start. This guide "
                "explains how to prove your right to work for an NHS job."
            ),
            "description": (
                "How to prove your right to work in the UK for an NHS job: passports, eVisas, share codes and what to "
                "do if you are waiting for a decision."
            ),
            "steps": [
                {
                    "heading": "Why employers check",
                    "body": [
                        "The law says every employer must check that new staff have the right to work in the UK. NHS "
                        "employers check everyone, whatever their background.",
                        "The check happens before you start, often after you get a conditional offer. Some employers "
                        "ask you to show documents at the interview.",
                        "The application form may ask if you have the right to work, or if you need a visa. Answer "
                        "honestly.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "If you are a British or Irish citizen",
                    "body": [
                        "You can usually show your British or Irish passport. It can be in date or out of date. An "
                        "Irish passport card also works.",
                        "If you do not have a passport, you can use other documents. For example, a full UK birth "
                        "certificate together with a document that shows your National Insurance number, such as a "
                        "letter from HMRC or a P45 or P60 from a past job.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "If you have an eVisa or settled status",
                    "body": [
                        "Most people who are not British or Irish now prove their right to work online. This "
                        "includes people with settled or pre-settled status from the EU Settlement Scheme, and "
                        "people with a visa.",
                        'To get a share code, use the GOV.UK service "Prove your right to work to an employer" at '
                        "https://www.gov.uk/prove-right-to-work. Give the employer the share code and your date of "
                        "birth. They check it at https://www.gov.uk/view-right-to-work.",
                        "A share code lasts 90 days. You can get a new one at any time, for free.",
                    ],
                    "checklist": [
                        "The sign-in details for your UKVI account",
                        "The passport or ID card linked to your eVisa",
                        "A share code that is less than 90 days old",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "If you are waiting for a Home Office decision",
                    "body": [
                        "If you applied to the Home Office before your visa ran out and you are still waiting, you "
                        "may still be allowed to work. The employer can ask the Home Office to confirm this.",
                        "Tell the employer early, so there is time for the check.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Check what your visa lets you do",
                    "body": [
                        "Some visas limit the work you can do. For example, student visas usually limit your hours "
                        "in term time. Skilled Worker visas, including the Health and Care Worker visa, are linked "
                        "to the employer who sponsors you.",
                        "If you are not sure what your visa allows, check your eVisa or get advice before you apply. "
                        "Only take immigration advice from a regulated adviser or a solicitor.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": ["Do not say you have the right to work if you are not sure. Check first."],
                },
                {
                    "heading": "Keep your documents ready",
                    "body": [
                        "Keep your documents together in a safe place. The name on your documents should match the "
                        "name on your application. If your name has changed, bring proof, such as a marriage "
                        "certificate.",
                        "Never pay anyone to get you an NHS job or to check your right to work. It is free to apply "
                        "for NHS jobs.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
            ],
            "related": ["dbs-checks-and-references", "how-nhs-applications-work"],
            "easy_read": None,
        },
        {
            "key": "dbs-checks-and-references",
            "title": "DBS checks and references",
            "intro": (
                "Before you start an NHS job, the employer checks some things to keep patients safe. Two of these are "
                "your references and, for many jobs, a DBS check."
            ),
            "description": (
                "The checks NHS employers do before you start: DBS checks, references, and what to do if you have a "
                "criminal record."
            ),
            "steps": [
                {
                    "heading": "The checks before you start",
                    "body": [
                        "After a conditional offer, NHS employers do six checks. They check who you are, your right "
                        "to work, your qualifications or professional registration, your work history and "
                        "references, your health for the job and, for many jobs, your criminal record.",
                        "For the health check, you usually fill in a form for occupational health. It is to find out "
                        "if you need support at work. Many people do not need an appointment.",
                        "Fill in the forms and answer emails quickly. This helps you start sooner.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "What a DBS check is",
                    "body": [
                        "DBS stands for Disclosure and Barring Service. A DBS check shows if a person has a criminal "
                        "record. Jobs with patients or children usually need one.",
                        "There are different levels: basic, standard and enhanced. Many NHS jobs with patients need "
                        "an enhanced check. The employer tells you which one.",
                        "The employer sends you a form, usually online. You show documents to prove who you are.",
                    ],
                    "checklist": [
                        "Every address you have lived at in the last 5 years, with dates",
                        "Identity documents, such as a passport, driving licence or bank statement",
                        "Any other names you have used, such as a name before marriage",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "If you have a criminal record",
                    "body": [
                        "A criminal record does not always stop you working in the NHS. It depends on what it was, "
                        "when it was, and the job.",
                        "Some old and minor cautions and convictions are filtered. This means they do not show on a "
                        "standard or enhanced DBS check.",
                        "If you are asked about your record, tell the truth. Not telling the truth can cost you the "
                        "job, even when the offence would not have. You can get free, private advice from charities "
                        "that help people with a criminal record.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Who pays, and the DBS Update Service",
                    "body": [
                        "Many NHS employers pay for the DBS check. Some take the cost from your first pay. Ask if "
                        "you are not sure.",
                        "If you already have a DBS certificate, ask if the employer accepts the DBS Update Service. "
                        "You pay a small yearly fee to keep your certificate up to date, and employers can check it "
                        "online. You must join within 30 days of the date on your certificate.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Choose your referees",
                    "body": [
                        "A reference is a short report about you. The person who writes it is your referee.",
                        "NHS employers usually want references that cover the last 3 years. One should be your "
                        "current or last manager.",
                        "If you have not worked for a while, you can ask a teacher, a college tutor, or the manager "
                        "where you volunteered.",
                    ],
                    "checklist": [],
                    "do": [
                        "Ask each person before you give their name.",
                        "Give a work email address for your referees if you can.",
                        "Tell your referees to look out for an email, and thank them.",
                    ],
                    "dont": ["Do not use family members or friends as referees."],
                },
                {
                    "heading": "If the checks take a long time",
                    "body": [
                        "Checks often take a few weeks. If it is taking a long time, email the recruitment team and "
                        "ask if they need anything from you.",
                        "Check your junk or spam folder. Emails about checks can end up there.",
                        "Do not leave your current job until the employer says all checks are done and gives you a "
                        "start date.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
            ],
            "related": ["right-to-work", "how-nhs-applications-work"],
            "easy_read": None,
        },
        {
            "key": "reasonable-adjustments-and-the-interview-offer",
            "title": "Reasonable adjustments and the offer of an interview",
            "intro": (
                "If you are disabled, employers must make changes so you get a fair chance. Many NHS employers will "
                "also offer you an interview if you meet the essential criteria."
            ),
            "description": (
                "Reasonable adjustments for disabled NHS job applicants, and how to ask for an interview under the "
                "Disability Confident scheme."
            ),
            "steps": [
                {
                    "heading": "Who this is for",
                    "body": [
                        "The Equality Act 2010 says you are disabled if you have a physical or mental condition that "
                        "has a big, long-term effect on your daily life. Long-term means 12 months or more.",
                        "This can include a learning disability, autism, dyslexia, a mental health condition, sight "
                        "or hearing loss, and long-term illnesses such as diabetes.",
                        "Many people do not call themselves disabled but are still covered by the law. If you are "
                        "not sure, you can still ask for help.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "What a reasonable adjustment is",
                    "body": [
                        "A reasonable adjustment is a change that removes a barrier for you. By law, employers must "
                        "make reasonable adjustments when you apply, at the interview, and at work.",
                        "Here are some examples. You can ask for other things too.",
                    ],
                    "checklist": [
                        "The advert and form in Easy Read or large print",
                        "More time to fill in the form or do a test",
                        "The interview questions written down, or sent to you before the day",
                        "A quiet room, breaks, or an interview at a time that suits you",
                        "A supporter, interpreter or British Sign Language (BSL) interpreter with you",
                        "A work trial instead of a usual interview",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "How to ask for adjustments",
                    "body": [
                        "On NHS Jobs and Trac, the form has a place to tell the employer what adjustments you need. "
                        "You can also email the contact person on the advert.",
                        'Say what you need, not only what your condition is. For example: "I have a learning '
                        'disability. Please send me the questions in writing and give me 10 extra minutes."',
                        "You do not have to share details you want to keep private. Health details are not part of "
                        "what the shortlisting panel scores.",
                    ],
                    "checklist": [],
                    "do": [
                        "Ask early, so there is time to arrange it.",
                        "Ask again at any stage if something changes.",
                    ],
                    "dont": [],
                },
                {
                    "heading": "The Disability Confident offer of an interview",
                    "body": [
                        "Many NHS employers are part of the Disability Confident scheme. Look for the Disability "
                        "Confident logo on the advert.",
                        "These employers offer an interview to disabled people who meet the essential criteria for "
                        "the job. Essential criteria are the minimum the job needs.",
                        "You still need to show, in your supporting statement, that you meet every essential "
                        "criterion. The panel checks this.",
                        "In rare cases, such as when a very large number of people apply, an employer may not be "
                        "able to interview everyone who meets the essential criteria.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "How to ask for it on the form",
                    "body": [
                        "The application form usually has a question about disability and the Disability Confident "
                        "scheme. The words can be different on each form. It may ask if you want to apply under the "
                        "scheme. Answer yes if you want to use it.",
                        "It is your choice. You do not have to use the scheme, and saying yes will not count against "
                        "you.",
                        "If you cannot find the question, email the contact person on the advert, or ask us for help.",
                    ],
                    "checklist": [
                        "Look for the Disability Confident logo on the advert",
                        "Find the disability question on the form",
                        "Answer yes to the Disability Confident question if you want to use it",
                        "Write about every essential criterion in your supporting statement",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Support when you start work",
                    "body": [
                        "Adjustments do not stop at the interview. At work, you can ask for changes such as clear "
                        "written instructions, a buddy, or a different start time.",
                        "Access to Work is a government grant. It can pay for things like a job coach, help with "
                        "travel or special equipment. You apply yourself. Find out more at "
                        "https://www.gov.uk/access-to-work.",
                        "If you feel an employer has not been fair to you, talk to us. The Equality Advisory and "
                        "Support Service can also give you free advice.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
            ],
            "related": ["how-nhs-applications-work", "nhs-job-interviews", "writing-a-supporting-statement"],
            "easy_read": None,
        },
    ],
    "employer_resources": [
        {
            "key": "what-people-with-a-learning-disability-can-do",
            "title": "What people with a learning disability can do at work",
            "intro": (
                "People with a learning disability do well in many NHS roles. With the right start and support, they "
                "can be reliable, skilled and loyal members of your team."
            ),
            "description": (
                "Why NHS employers should hire people with a learning disability, the strengths they bring and the "
                "roles that often work well."
            ),
            "topic": "capabilities",
            "body": [
                (
                    "p",
                    "A learning disability affects how a person learns new things and understands information. It "
                    "starts before adulthood and lasts for life. Every person is different. Some people need a "
                    "little support and some need more.",
                ),
                (
                    "p",
                    "A learning disability is not the same as a learning difficulty, such as dyslexia. It is not a "
                    "mental illness either.",
                ),
                ("h2", "The gap we want to close"),
                (
                    "p",
                    "In England, only about 1 in 20 adults with a learning disability who get support from social "
                    "care has a paid job. Many more want to work. The NHS is one of the biggest employers in North "
                    "West London, so it can make a real difference to local people and their families.",
                ),
                ("h2", "What people bring"),
                ("p", "Employers who hire people with a learning disability often tell us about:"),
                (
                    "ul",
                    [
                        "good attendance and reliability, especially in roles with a clear routine",
                        "care and attention to detail in tasks the person knows well",
                        "people staying in the job for a long time, which saves on hiring and training",
                        "lived experience of using health services, which helps teams understand patients",
                        "a positive effect on the team and on how staff think about disability",
                    ],
                ),
                ("h2", "Roles that often work well"),
                ("p", "People with a learning disability already work across the NHS. Some examples are:"),
                (
                    "ul",
                    [
                        "portering and moving supplies around a hospital",
                        "restocking wards and clinics",
                        "catering, ward hostess and housekeeping roles",
                        "post room, scanning, filing and other office support",
                        "reception and meeting-room support",
                        "healthcare support roles, with training",
                    ],
                ),
                (
                    "inset",
                    "Focus on what the person can do, not on the label. Judge the job, then ask what support would "
                    "help the person do it well.",
                ),
                ("h2", "What helps people succeed"),
                (
                    "ul",
                    [
                        "a job description and person specification in plain English, asking only for what the job "
                        "needs",
                        "a work trial or practical task, instead of or as well as a formal interview",
                        "a named buddy or supervisor",
                        "training that shows, not just tells, in small steps",
                        "support from a job coach in the first weeks",
                        "clear routines, and changes explained early",
                    ],
                ),
                (
                    "details",
                    {
                        "summary": "What does the law say?",
                        "text": (
                            "Under the Equality Act 2010, employers must not treat disabled people unfairly, and must "
                            "make reasonable adjustments. Most people with a learning disability are covered by the "
                            "Act."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Talk to us",
                        "text": (
                            "We can help you plan a role, think through adjustments and reach local people who want "
                            "to work. Email jobsupport@nwlondon.example."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "reasonable-adjustments-at-work",
            "title": "Reasonable adjustments at work",
            "intro": (
                "Reasonable adjustments are changes that remove barriers for disabled applicants and staff. Most are "
                "simple, and many cost nothing."
            ),
            "description": (
                "Practical reasonable adjustments for hiring and employing people with a learning disability in NHS "
                "teams, from the advert to the job itself."
            ),
            "topic": "adjustments",
            "body": [
                (
                    "p",
                    "Under the Equality Act 2010, employers must make reasonable adjustments so that disabled people "
                    "are not at a disadvantage. The duty covers the whole journey: the advert, the application, the "
                    "interview and the job itself.",
                ),
                (
                    "inset",
                    "The person does not need a diagnosis or a formal request. If you know, or could be expected to "
                    "know, that someone is disabled, think about adjustments.",
                ),
                ("h2", "When you advertise and shortlist"),
                (
                    "ul",
                    [
                        "Write the advert and person specification in plain English.",
                        "Keep the essential criteria to what the job really needs. For example, do not ask for GCSE "
                        "English if the job involves little writing.",
                        "Offer the advert and form in Easy Read, large print or other formats.",
                        "Name a contact who can answer questions by phone, email or in person.",
                        "Give extra time to apply when someone asks.",
                    ],
                ),
                ("h2", "At the interview"),
                (
                    "ul",
                    [
                        "Send the questions, or the topics, before the day.",
                        "Ask one thing at a time, in short, plain words.",
                        "Let a supporter, job coach or interpreter come along.",
                        "Offer a quiet room, breaks and extra time.",
                        "Use a work trial or practical task so the person can show their skills.",
                    ],
                ),
                ("h2", "In the job"),
                (
                    "ul",
                    [
                        "rotas, checklists and step-by-step guides with pictures",
                        "training in small steps, repeated as often as needed",
                        "a steady routine, with changes explained early",
                        "a named buddy, and short, regular check-ins with the manager",
                        "adjusted hours, or a later start to avoid rush-hour travel",
                    ],
                ),
                (
                    "do",
                    [
                        "Ask the person what helps them. They know best.",
                        "Write the agreed adjustments down and review them every few months.",
                        "Use a reasonable adjustments passport if your organisation has one.",
                    ],
                ),
                (
                    "dont",
                    [
                        "Do not guess what someone can or cannot do.",
                        "Do not wait for a problem before you talk about support.",
                        "Do not share details of someone's disability without their agreement.",
                    ],
                ),
                (
                    "details",
                    {
                        "summary": "What makes an adjustment reasonable?",
                        "text": (
                            "It depends on how much the change helps, how practical it is, what it costs, and the "
                            "size and resources of the employer. For a large NHS organisation, cost alone will rarely "
                            "make an adjustment unreasonable."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Help with costs",
                        "text": (
                            "Access to Work can pay for support that goes beyond reasonable adjustments, such as a "
                            "job coach or help with travel. See our guide to Access to Work."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "job-carving",
            "title": "Job carving",
            "intro": (
                "Job carving builds a new job from tasks that other staff would be glad to hand over. It creates good "
                "jobs and frees skilled staff to do the work they trained for."
            ),
            "description": (
                "How NHS teams can use job carving to create a role for a person with a learning disability from "
                "tasks that busy staff would hand over."
            ),
            "topic": "job_carving",
            "body": [
                (
                    "p",
                    "In a busy ward or office, skilled staff often spend time on tasks outside their main role. "
                    "Nurses restock cupboards. Administrators scan and file. Job carving gathers these tasks into a "
                    "new role.",
                ),
                (
                    "p",
                    "The new role is built around a person's strengths. It also gives the rest of the team more time "
                    "for patients and for the work only they can do.",
                ),
                ("h2", "How to carve a job"),
                ("h3", "1. Talk to the team"),
                (
                    "p",
                    "Ask staff which tasks they do often that take them away from their main work. Keep a simple "
                    "list for a week or two, with how long each task takes.",
                ),
                ("h3", "2. Group the tasks"),
                (
                    "p",
                    "Choose tasks that are regular, clear and can be learned step by step. Put together enough work "
                    "for a set number of hours each week.",
                ),
                ("h3", "3. Write the job description"),
                (
                    "p",
                    "Write it in plain English. The person specification should ask only for what the role needs. "
                    "Set the band through your usual NHS job evaluation process.",
                ),
                ("h3", "4. Find the right person"),
                (
                    "p",
                    "Work with local supported employment services, colleges and supported internship programmes. A "
                    "work trial can show whether the match is right for both sides.",
                ),
                ("h3", "5. Support and review"),
                (
                    "p",
                    "Give clear training, a named buddy and, if needed, a job coach. Review the role after a few "
                    "months, and add tasks as the person grows in confidence.",
                ),
                ("h2", "Examples of carved tasks"),
                (
                    "ul",
                    [
                        "restocking ward supplies and checking use-by dates",
                        "making up admission packs and leaflet packs",
                        "delivering post and supplies between departments",
                        "scanning, filing and shredding",
                        "setting up clinic and meeting rooms",
                        "preparing drinks and helping at mealtimes",
                    ],
                ),
                (
                    "inset",
                    "A carved job is a real job. It should be paid on the right band, with the same rights and terms "
                    "as any other role.",
                ),
                (
                    "details",
                    {
                        "summary": "Is job carving the same as job sharing?",
                        "text": (
                            "No. Job sharing is when two people split one job. Job carving makes a new job from parts "
                            "of other jobs."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Want to try it?",
                        "text": (
                            "Email jobsupport@nwlondon.example and we can talk through which tasks in your team could "
                            "make a good role."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "supported-internships-and-project-search",
            "title": "Supported internships and Project SEARCH",
            "intro": (
                "Supported internships help young people with a learning disability learn real skills at work. Many "
                "go on to paid jobs, including in the NHS."
            ),
            "description": (
                "How supported internships and Project SEARCH work, and how NHS employers in North West London can "
                "host interns and offer jobs at the end."
            ),
            "topic": "internships",
            "body": [
                (
                    "p",
                    "A supported internship is a study programme based mainly at an employer. It is for young people "
                    "aged 16 to 24 who have an education, health and care plan (EHC plan). It usually lasts about a "
                    "year.",
                ),
                (
                    "p",
                    "Interns learn work skills on real placements, with a job coach to support them. Where needed, "
                    "they also keep studying English and maths. The aim is a paid job at the end.",
                ),
                ("h2", "Project SEARCH"),
                (
                    "p",
                    "Project SEARCH is a well-known supported internship model. It began in a hospital in the United "
                    "States and now runs in many places across the UK.",
                ),
                (
                    "p",
                    "Interns spend the whole year with one host employer, such as a hospital. They do three work "
                    "placements, called rotations, in different departments. A tutor and job coaches are on site to "
                    "support them.",
                ),
                (
                    "p",
                    "In North West London, Project SEARCH has run at West Middlesex University Hospital since 2018.",
                ),
                ("h2", "What the host employer does"),
                (
                    "ul",
                    [
                        "offers placements with real tasks in different teams",
                        "gives each intern a mentor or buddy in the team",
                        "provides a room for the tutor and interns to meet and learn",
                        "helps interns apply for paid jobs at the end, in the NHS or elsewhere",
                    ],
                ),
                ("h2", "Who else is involved"),
                (
                    "p",
                    "A supported internship is a partnership. A school or college leads the learning. A supported "
                    "employment provider often supplies the job coaches. The local council, which holds the EHC "
                    "plan, helps with funding.",
                ),
                (
                    "inset",
                    "Interns are not paid staff during the internship. Plan from the start how they could move into "
                    "paid jobs, for example by job carving.",
                ),
                (
                    "details",
                    {
                        "summary": "Can Access to Work help during an internship?",
                        "text": (
                            "Yes. Young people on a supported internship can apply to Access to Work for help with "
                            "their work placement, such as extra job coach support or help with travel."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Become a host",
                        "text": (
                            "If your team could host interns, email jobsupport@nwlondon.example. We can put you in "
                            "touch with local programmes."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "access-to-work",
            "title": "Access to Work",
            "intro": (
                "Access to Work is a government grant. It pays for support a disabled person needs at work that goes "
                "beyond reasonable adjustments."
            ),
            "description": (
                "What Access to Work pays for, who can apply, and how NHS employers can help a new starter with a "
                "learning disability get support."
            ),
            "topic": "access_to_work",
            "body": [
                (
                    "p",
                    "Access to Work is run by the Department for Work and Pensions (DWP). It helps disabled people, "
                    "and people with a health condition, to start or stay in paid work. It does not have to be paid "
                    "back.",
                ),
                ("h2", "What it can pay for"),
                (
                    "ul",
                    [
                        "a job coach, to help someone learn the job and settle in",
                        "help with travel to work, such as taxis, if the person cannot use public transport",
                        "a support worker",
                        "special equipment or software",
                        "communication support at a job interview, such as a British Sign Language interpreter",
                        "support for mental health at work",
                    ],
                ),
                ("h2", "Who can apply"),
                (
                    "p",
                    "The disabled person applies, not the employer. They must be 16 or over and live in England, "
                    "Scotland or Wales. They must have a paid job, be about to start one, or have a job interview "
                    "coming up.",
                ),
                ("p", "Access to Work does not pay for voluntary work. Getting it does not affect other benefits."),
                ("h2", "How employers can help"),
                (
                    "ul",
                    [
                        "Tell new starters about Access to Work when you offer them the job.",
                        "Help them apply early, because it can take some weeks to arrange.",
                        "Be ready to give details about the job and to talk to an adviser.",
                        "Agree who will arrange the support and how costs will be claimed back.",
                    ],
                ),
                (
                    "inset",
                    "Access to Work does not replace your duty to make reasonable adjustments. It pays for support "
                    "beyond what it is reasonable for an employer to provide.",
                ),
                (
                    "details",
                    {
                        "summary": "Do employers pay part of the cost?",
                        "text": (
                            "For some kinds of support, such as special equipment, larger employers may be asked to "
                            "share the cost. Access to Work will tell you if this applies."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Find out more",
                        "text": "Read the official guidance and apply at https://www.gov.uk/access-to-work.",
                    },
                ),
            ],
        },
        {
            "key": "disability-confident-levels",
            "title": "Disability Confident: the three levels",
            "intro": (
                "Disability Confident is a government scheme that helps employers hire and keep disabled staff. It "
                "has three levels. Each level builds on the one before."
            ),
            "description": (
                "The three levels of the Disability Confident scheme, Committed, Employer and Leader, and the "
                "commitment to offer an interview to disabled applicants."
            ),
            "topic": "disability_confident",
            "body": [
                (
                    "p",
                    "Disability Confident is run by the Department for Work and Pensions (DWP). It is free to join. "
                    "Many NHS organisations take part, and the logo on a job advert tells disabled people they are "
                    "welcome to apply.",
                ),
                ("h2", "Level 1: Disability Confident Committed"),
                (
                    "p",
                    "The employer signs up and agrees to the commitments. These include making recruitment inclusive "
                    "and accessible, offering an interview to disabled people who meet the minimum criteria for the "
                    "job, and planning for and providing reasonable adjustments. The employer also agrees to do at "
                    "least one thing to help disabled people into work, such as offering work experience or a "
                    "supported internship.",
                ),
                ("h2", "Level 2: Disability Confident Employer"),
                (
                    "p",
                    "The employer completes a self-assessment. It looks at how the organisation attracts, hires and "
                    "keeps disabled staff, and what more it will do.",
                ),
                ("h2", "Level 3: Disability Confident Leader"),
                (
                    "p",
                    "The employer's self-assessment is checked by someone outside the organisation. Leaders also act "
                    "as champions and help other employers, such as suppliers and local partners, to become "
                    "Disability Confident.",
                ),
                ("inset", "Each level lasts for 3 years. The employer then needs to renew it."),
                ("h2", "The offer of an interview"),
                (
                    "p",
                    "A disabled applicant can choose to apply under the scheme. If they meet the minimum criteria "
                    "for the job, usually the essential criteria on the person specification, the employer offers "
                    "them an interview.",
                ),
                (
                    "do",
                    [
                        "Say clearly in the advert and on the form how applicants can opt in.",
                        "Check every applicant who opts in against the essential criteria before shortlisting closes.",
                        "Make reasonable adjustments at the interview.",
                        "Count how many disabled applicants are shortlisted and appointed, and act on what you find.",
                    ],
                ),
                (
                    "dont",
                    [
                        "Do not add essential criteria the job does not need. This can shut out disabled people "
                        "unfairly.",
                        "Do not treat the interview as a formality. Give every candidate a fair chance.",
                    ],
                ),
                (
                    "details",
                    {
                        "summary": "Does an interview mean we must offer the job?",
                        "text": (
                            "No. It is an offer of an interview, not a job. You should still appoint the best person "
                            "for the job, with reasonable adjustments at every stage."
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "How does this link to the Workforce Disability Equality Standard?",
                        "text": (
                            "The Workforce Disability Equality Standard (WDES) asks NHS trusts to compare how likely "
                            "disabled and non-disabled applicants are to be appointed after shortlisting. Using the "
                            "scheme well can help close that gap."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Find out more",
                        "text": (
                            "Read about the scheme and sign up at "
                            "https://www.gov.uk/government/collections/disability-confident-campaign."
                        ),
                    },
                ),
            ],
        },
    ],
    "pages": {
        "about": {
            "title": "About this programme",
            "intro": (
                "Free help for people in North West London to find, apply for and get NHS jobs. We also help "
                "employers hire people with a learning disability."
            ),
            "description": (
                "About the NHS North West London programme that helps residents apply for NHS jobs and helps "
                "employers hire people with a learning disability."
            ),
            "body": [
                (
                    "p",
                    "This website is part of NHS North West London's work on race equality. We want NHS jobs to "
                    "reach everyone who lives in our eight boroughs: Brent, Ealing, Hammersmith and Fulham, Harrow, "
                    "Hillingdon, Hounslow, Kensington and Chelsea, and Westminster.",
                ),
                ("h2", "Why we are doing this"),
                (
                    "p",
                    "The NHS works best when its staff reflect the people it cares for. But some groups of local "
                    "people are under-represented in NHS jobs, and even more so in senior roles.",
                ),
                (
                    "p",
                    "Many people never apply. Others apply but are not shortlisted because of how the form was "
                    "filled in, not because they could not do the job. We want to change that.",
                ),
                (
                    "p",
                    "Disabled people, and people with a learning disability, also face barriers to getting work. We "
                    "help employers remove them.",
                ),
                ("h2", "What we do"),
                (
                    "ul",
                    [
                        "explain how NHS jobs and applications work, in plain words and in other languages",
                        "help you write your application in your own words, one step at a time",
                        "run free support sessions in the community",
                        "help employers hire and support people with a learning disability",
                        "look at who applies and who gets jobs, to see what is working and what needs to change",
                    ],
                ),
                (
                    "inset",
                    "We will never write your application for you. The words must be yours. We help you find them.",
                ),
                ("h2", "Free and in your language"),
                (
                    "p",
                    "All our help is free. This website works in English and ten other languages spoken in North "
                    "West London: Arabic, Farsi, Gujarati, Panjabi, Polish, Portuguese, Romanian, Somali, Tamil and "
                    "Urdu. Some pages are only in English for now.",
                ),
                (
                    "p",
                    "Some guides also come in Easy Read. You can ask for large print, an interpreter or a British "
                    "Sign Language (BSL) interpreter.",
                ),
                (
                    "details",
                    {
                        "summary": "Who runs this programme?",
                        "text": (
                            "NHS North West London Integrated Care Board runs it, working with local NHS employers "
                            "and community partners."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Get in touch",
                        "text": "Email jobsupport@nwlondon.example or come to a free support session.",
                    },
                ),
            ],
        },
        "accessibility": {
            "title": "Accessibility statement",
            "intro": (
                "We want everyone to be able to use this website. This statement explains how accessible it is, what "
                "does not work well yet, and how to tell us about a problem."
            ),
            "description": (
                "Accessibility statement for the NHS North West London jobs support website: how accessible it is, "
                "known problems and how to contact us."
            ),
            "body": [
                (
                    "p",
                    "This statement is for this website, which helps people in North West London apply for NHS jobs. "
                    "NHS North West London Integrated Care Board runs it.",
                ),
                (
                    "p",
                    "We want as many people as possible to be able to use this website. For example, you should be "
                    "able to:",
                ),
                (
                    "ul",
                    [
                        "zoom in up to 400% without the text spilling off the screen",
                        "change colours, contrast and fonts using your browser or device settings",
                        "move around most of the website using only a keyboard",
                        "move around most of the website using speech recognition software",
                        "listen to most of the website using a screen reader",
                        "change the language of the website",
                        "read some guides in Easy Read",
                    ],
                ),
                (
                    "p",
                    "We have also made the words on this website as simple as we can. AbilityNet has advice on "
                    "making your device easier to use if you have a disability.",
                ),
                ("h2", "How accessible this website is"),
                ("p", "We know some parts of this website are not fully accessible:"),
                (
                    "ul",
                    [
                        "some pages are not yet translated into every language, so you see the English page instead",
                        "documents that users upload, such as a CV in PDF or Word format, are not checked for "
                        "accessibility",
                    ],
                ),
                ("h2", "What to do if you cannot use part of this website"),
                (
                    "p",
                    "If you need information from this website in a different format, such as Easy Read, large "
                    "print, audio or another language, email jobsupport@nwlondon.example.",
                ),
                (
                    "p",
                    "Tell us the web address of the page, and the format you need. We will reply within 5 working "
                    "days.",
                ),
                ("h2", "Reporting accessibility problems with this website"),
                (
                    "p",
                    "We are always trying to make this website more accessible. If you find a problem that is not "
                    "listed on this page, or you think we are not meeting the accessibility requirements, email "
                    "jobsupport@nwlondon.example. We will reply within 5 working days.",
                ),
                ("h2", "Enforcement procedure"),
                (
                    "p",
                    "The Equality and Human Rights Commission (EHRC) makes sure that public sector bodies follow the "
                    "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, "
                    "called the accessibility regulations.",
                ),
                (
                    "p",
                    "If you contact us with a complaint and you are not happy with our reply, you can contact the "
                    "Equality Advisory and Support Service (EASS).",
                ),
                ("h2", "Technical information about this website's accessibility"),
                (
                    "p",
                    "NHS North West London Integrated Care Board is committed to making this website accessible, as "
                    "the accessibility regulations require.",
                ),
                ("h3", "Compliance status"),
                (
                    "p",
                    "This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) "
                    "version 2.2 AA standard, because of the problems listed below.",
                ),
                ("h2", "Non-accessible content"),
                ("p", "The content listed below is not fully accessible, for these reasons."),
                ("h3", "Non-compliance with the accessibility regulations"),
                (
                    "ul",
                    [
                        "Some pages are not yet translated into every language. When a page is not ready in the "
                        "language you chose, you see the English text with a notice that says so, and the menus stay "
                        "in your language. The English text is marked as English, so screen readers can read it "
                        "correctly. But if you do not read English, you may not be able to use the page.",
                        "Documents that users upload, such as a CV in PDF or Word format, are not checked. They may "
                        "have no headings, or pictures with no text description, so a screen reader may not read "
                        "them well. This can fail WCAG 2.2 success criteria 1.1.1 (Non-text Content) and 1.3.1 (Info "
                        "and Relationships).",
                    ],
                ),
                ("h2", "What we are doing to improve accessibility"),
                (
                    "ul",
                    [
                        "We are translating the remaining pages, and we welcome help from community members to check "
                        "the translations.",
                        "We plan to add tips on how to make a document accessible before you upload it.",
                        "We test new types of page with automated checks and a keyboard before we publish them.",
                        "We will review this statement at least once a year.",
                    ],
                ),
                ("h2", "Preparation of this accessibility statement"),
                ("p", "This statement was prepared on 26 November 2026. It was last reviewed on 26 November 2026."),
                (
                    "p",
                    "This website was last tested in November 2026. We used automated checks (axe). We also tested "
                    "by hand using only a keyboard and using a screen reader. We tested the main types of page, such "
                    "as the home page, guides, Easy Read guides, employer resources and the support sessions page.",
                ),
            ],
        },
        "privacy": {
            "title": "Privacy notice",
            "intro": (
                "This notice explains what information we keep about you when you use this website, why we keep it, "
                "who can see it, and your rights."
            ),
            "description": (
                "How the NHS North West London jobs support website uses your personal information, how long we keep "
                "it and your rights."
            ),
            "body": [
                ("h2", "Who we are"),
                (
                    "p",
                    "NHS North West London Integrated Care Board runs this website. We are the data controller. This "
                    "means we decide how your information is used, and we are responsible for keeping it safe.",
                ),
                ("h2", "What information we collect"),
                ("p", "When you make an account, we keep:"),
                (
                    "ul",
                    [
                        "your email address, so you can sign in",
                        "the language you want to use",
                        "the borough you live in, so we can tell you about support near you",
                        "any communication needs you tell us about, such as Easy Read, large print or an interpreter",
                        "the drafts of your applications that you write and save on this website",
                    ],
                ),
                ("h3", "Equality monitoring"),
                (
                    "p",
                    "We may ask about things like your ethnic group or whether you are disabled. You do not have to "
                    "answer. If you do, we keep your answers separately from your account details.",
                ),
                (
                    "p",
                    "We only use these answers to count how many people from each group use our help and get jobs. "
                    "We only report totals. We hide small numbers, so that nobody can be identified.",
                ),
                ("h2", "Why we are allowed to use your information"),
                (
                    "p",
                    "Data protection law (the UK GDPR) says we need a lawful reason to use your information. Our "
                    "reasons are:",
                ),
                (
                    "ul",
                    [
                        "Public task. Helping local people into NHS jobs is part of our work as a public body. This "
                        "is our reason for most of the information we keep.",
                        "Explicit consent. Some information is more sensitive, such as your ethnic group, your "
                        "health or a disability. The law calls this special category data (UK GDPR Article 9). We "
                        "only keep it if you clearly agree, and you can change your mind at any time.",
                    ],
                ),
                ("h2", "Who can see your information"),
                (
                    "ul",
                    [
                        "You can see the information in your account.",
                        "Our staff and trained volunteers can see your details when they need to, for example to "
                        "help you at a support session or to answer your email.",
                        "Companies that run the website for us store your information. They must follow our "
                        "instructions and keep it safe.",
                    ],
                ),
                (
                    "inset",
                    "We do not sell your information. We do not send your application to any employer. You send your "
                    "own application on NHS Jobs or Trac.",
                ),
                ("h2", "How long we keep it"),
                (
                    "p",
                    "We keep your information until you delete your account. If you do not sign in for 2 years, we "
                    "delete your account and your information.",
                ),
                (
                    "p",
                    "Totals from equality monitoring do not show who anyone is. We may keep them for longer, to see "
                    "what changes over time.",
                ),
                ("h2", "Your rights"),
                ("p", "You have the right to:"),
                (
                    "ul",
                    [
                        "ask for a copy of the information we hold about you",
                        "ask us to correct information that is wrong",
                        "ask us to delete your information",
                        "object to how we use your information",
                        "take back your consent for equality monitoring at any time",
                    ],
                ),
                (
                    "p",
                    "To use any of these rights, or to ask a question, email our data protection officer at "
                    "jobsupport@nwlondon.example.",
                ),
                ("h2", "Complaints"),
                (
                    "p",
                    "If you are not happy with how we use your information, please tell us first. You also have the "
                    "right to complain to the Information Commissioner's Office (ICO), the UK's data protection "
                    "regulator, at ico.org.uk.",
                ),
            ],
        },
        "contact": {
            "title": "Contact us",
            "intro": "We are here to help. You can email us, or come to a free support session near you.",
            "description": (
                "How to contact the NHS North West London jobs support team, and how to ask for an interpreter, BSL, "
                "Easy Read or large print."
            ),
            "body": [
                ("h2", "Email us"),
                ("p", "Email jobsupport@nwlondon.example. We will reply within 5 working days."),
                ("p", "It helps if you tell us:"),
                (
                    "ul",
                    [
                        "your name",
                        "the borough you live in",
                        "what you need help with, such as a job advert, a form or an interview",
                        "the best way and time to contact you",
                        "the language you would like us to use",
                    ],
                ),
                ("h2", "Come to a support session"),
                (
                    "p",
                    "Support sessions are free. An outreach worker or volunteer can help you in person to look for "
                    "jobs, fill in forms and practise for interviews. See the support sessions page for times and "
                    "places.",
                ),
                ("h2", "Ask for the help you need"),
                ("p", "Tell us if you need:"),
                (
                    "ul",
                    [
                        "an interpreter in your language",
                        "a British Sign Language (BSL) interpreter",
                        "information in Easy Read",
                        "information in large print",
                        "to bring someone with you, such as a support worker or a family member",
                    ],
                ),
                ("p", "Please tell us as early as you can, so we have time to arrange it."),
                (
                    "inset",
                    "We cannot apply for jobs for you, and we cannot promise you a job. We can help you do your best.",
                ),
                ("h2", "Employers"),
                (
                    "p",
                    "If you are an employer and want help to hire people with a learning disability, email us and "
                    'put "Employer" in the subject line.',
                ),
                (
                    "details",
                    {
                        "summary": "Questions about a job you applied for",
                        "text": (
                            "We are not the employer. For questions about a job you applied for, contact the person "
                            "named on the job advert, or the recruitment team through NHS Jobs or Trac."
                        ),
                    },
                ),
            ],
        },
    },
}
