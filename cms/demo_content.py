"""Demo content for `manage.py seed_demo`: the home page and one page per journey, in every UI language.

Written for this project in plain English, then translated. Community review of the translations is welcome
(see locale/README.md).
"""

# The pages each journey card links to. "staff" links to the admin, so it has no page of its own.
JOURNEY_PAGES = ("residents", "employers", "sessions")
JOURNEY_ORDER = ("residents", "employers", "sessions", "staff")
STAFF_URL = "/admin/"

SLUGS = {"residents": "get-help", "employers": "employers", "sessions": "support-sessions"}

CONTENT: dict[str, dict] = {
    "en": {
        "home": {
            "title": "Get into NHS work in North West London",
            "intro": (
                "Free help to find and apply for jobs in the NHS. We can help in your language. "
                "We also help employers hire people with a learning disability."
            ),
            "body": (
                "<h2>About this programme</h2>"
                "<p>The NHS in North West London wants its staff to look like the people it serves. "
                "Many people who live here never apply for NHS jobs, or are turned down because of how the "
                "form was filled in. This programme is here to change that.</p>"
                "<p>It is run by the local NHS as part of its work on race equality.</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "Get help with an NHS job application",
                "text": "Find out how NHS jobs work and write your application in your own words, one step at a time.",
                "link_text": "Get help with an application",
            },
            "employers": {
                "heading": "Employers: hire people with a learning disability",
                "text": "Simple guides on reasonable adjustments, Disability Confident and checking your job adverts.",
                "link_text": "Read the employer guides",
            },
            "sessions": {
                "heading": "Support sessions near you",
                "text": "Come to a free drop-in or workshop in your borough. Someone will help you in person.",
                "link_text": "Find a support session",
            },
            "staff": {
                "heading": "Staff and volunteers",
                "text": "Outreach workers, volunteers and editors sign in here to run sessions and publish guides.",
                "link_text": "Staff sign in",
            },
        },
        "pages": {
            "residents": {
                "title": "Get help with an NHS job application",
                "intro": "Applying for an NHS job can feel hard the first time. We can help you do it well.",
                "body": (
                    "<h2>What we can help with</h2>"
                    "<ul><li>Finding NHS jobs that suit you</li>"
                    "<li>Understanding the job advert and the person specification</li>"
                    "<li>Writing your supporting statement in your own words</li>"
                    "<li>Getting ready for an interview</li></ul>"
                    "<h2>How to start</h2>"
                    "<p>Create a free account. Then you can save your work and come back to it later.</p>"
                    "<p>You can also come to a support session and get help from a person.</p>"
                ),
            },
            "employers": {
                "title": "Employers: hire people with a learning disability",
                "intro": (
                    "People with a learning disability can be great staff. Small changes help them apply and do well."
                ),
                "body": (
                    "<h2>What you can do</h2>"
                    "<ul><li>Write job adverts in plain words</li>"
                    "<li>Offer reasonable adjustments at every stage</li>"
                    "<li>Join the Disability Confident scheme</li>"
                    "<li>Find out about supported internships and job carving</li></ul>"
                    "<p>Guides for employers and an advert checker are coming to this site.</p>"
                ),
            },
            "sessions": {
                "title": "Support sessions near you",
                "intro": "Free drop-ins and workshops in the eight boroughs of North West London.",
                "body": (
                    "<p>At a session, an outreach worker or volunteer can help you look for jobs, "
                    "fill in forms and practise for interviews.</p>"
                    "<p>No sessions are listed yet. Please check again soon.</p>"
                ),
            },
        },
    },
    "ro": {
        "home": {
            "title": "Găsiți de lucru în NHS în nord-vestul Londrei",
            "intro": (
                "Ajutor gratuit ca să găsiți joburi în NHS și să aplicați. Vă putem ajuta în limba dumneavoastră. "
                "Ajutăm și angajatorii să angajeze persoane cu dizabilități de învățare."
            ),
            "body": (
                "<h2>Despre acest program</h2>"
                "<p>NHS din nord-vestul Londrei vrea ca personalul său să semene cu oamenii pe care îi servește. "
                "Mulți oameni care locuiesc aici nu aplică niciodată la joburi în NHS sau sunt respinși din cauza "
                "felului în care a fost completat formularul. Acest program vrea să schimbe asta.</p>"
                "<p>Programul este condus de NHS-ul local, ca parte a muncii sale pentru egalitate rasială.</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "Ajutor cu o cerere de angajare în NHS",
                "text": (
                    "Aflați cum funcționează joburile în NHS și scrieți cererea cu propriile cuvinte, pas cu pas."
                ),
                "link_text": "Cereți ajutor cu o cerere",
            },
            "employers": {
                "heading": "Angajatori: angajați persoane cu dizabilități de învățare",
                "text": (
                    "Ghiduri simple despre adaptări rezonabile, programul Disability Confident și verificarea "
                    "anunțurilor de angajare."
                ),
                "link_text": "Citiți ghidurile pentru angajatori",
            },
            "sessions": {
                "heading": "Sesiuni de sprijin aproape de dumneavoastră",
                "text": (
                    "Veniți la o sesiune gratuită fără programare sau la un atelier în districtul dumneavoastră. "
                    "Cineva vă va ajuta față în față."
                ),
                "link_text": "Găsiți o sesiune de sprijin",
            },
            "staff": {
                "heading": "Personal și voluntari",
                "text": (
                    "Lucrătorii de teren, voluntarii și editorii se conectează aici ca să organizeze sesiuni și să "
                    "publice ghiduri."
                ),
                "link_text": "Conectare pentru personal",
            },
        },
        "pages": {
            "residents": {
                "title": "Ajutor cu o cerere de angajare în NHS",
                "intro": "Poate fi greu să aplicați la un job în NHS prima dată. Vă putem ajuta să o faceți bine.",
                "body": (
                    "<h2>Cu ce vă putem ajuta</h2>"
                    "<ul><li>Să găsiți joburi în NHS potrivite pentru dumneavoastră</li>"
                    "<li>Să înțelegeți anunțul de angajare și cerințele postului (person specification)</li>"
                    "<li>Să scrieți declarația de susținere (supporting statement) cu propriile cuvinte</li>"
                    "<li>Să vă pregătiți pentru interviu</li>"
                    "</ul>"
                    "<h2>Cum începeți</h2>"
                    "<p>Creați un cont gratuit. Apoi vă puteți salva munca și puteți reveni la ea mai târziu.</p>"
                    "<p>Puteți veni și la o sesiune de sprijin, unde vă ajută o persoană.</p>"
                ),
            },
            "employers": {
                "title": "Angajatori: angajați persoane cu dizabilități de învățare",
                "intro": (
                    "Persoanele cu dizabilități de învățare pot fi angajați foarte buni. Schimbări mici îi ajută să "
                    "aplice și să se descurce bine."
                ),
                "body": (
                    "<h2>Ce puteți face</h2>"
                    "<ul><li>Scrieți anunțurile de angajare în cuvinte simple</li>"
                    "<li>Oferiți adaptări rezonabile la fiecare etapă</li>"
                    "<li>Intrați în programul Disability Confident</li>"
                    "<li>Aflați despre stagiile cu sprijin (supported internships) și despre adaptarea posturilor "
                    "(job carving)</li>"
                    "</ul>"
                    "<p>Pe acest site vor apărea în curând ghiduri pentru angajatori și un instrument de verificare "
                    "a anunțurilor.</p>"
                ),
            },
            "sessions": {
                "title": "Sesiuni de sprijin aproape de dumneavoastră",
                "intro": (
                    "Sesiuni gratuite fără programare și ateliere în cele opt districte din nord-vestul Londrei."
                ),
                "body": (
                    "<p>La o sesiune, un lucrător de teren sau un voluntar vă poate ajuta să căutați joburi, să "
                    "completați formulare și să exersați pentru interviuri.</p>"
                    "<p>Încă nu sunt sesiuni în listă. Vă rugăm să verificați din nou în curând.</p>"
                ),
            },
        },
    },
    "gu": {
        "home": {
            "title": "ઉત્તર પશ્ચિમ લંડનમાં NHS માં કામ મેળવો",
            "intro": (
                "NHS માં નોકરીઓ શોધવા અને અરજી કરવા માટે મફત મદદ. અમે તમારી ભાષામાં મદદ કરી શકીએ છીએ. અમે "
                "નોકરીદાતાઓને શીખવાની અક્ષમતા (learning disability) ધરાવતા લોકોને નોકરી આપવામાં પણ મદદ કરીએ છીએ."
            ),
            "body": (
                "<h2>આ કાર્યક્રમ વિશે</h2>"
                "<p>ઉત્તર પશ્ચિમ લંડનનું NHS ઇચ્છે છે કે તેનો સ્ટાફ તે જે લોકોની સેવા કરે છે તેમના જેવો દેખાય. અહીં "
                "રહેતા ઘણા લોકો ક્યારેય NHS નોકરીઓ માટે અરજી કરતા નથી, અથવા ફોર્મ જે રીતે ભરાયું હતું તેના કારણે "
                "તેમને ના પાડવામાં આવે છે. આ કાર્યક્રમ તે બદલવા માટે છે.</p>"
                "<p>સ્થાનિક NHS તેના વંશીય સમાનતાના કામના ભાગરૂપે આ કાર્યક્રમ ચલાવે છે.</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "NHS નોકરીની અરજીમાં મદદ મેળવો",
                "text": ("NHS નોકરીઓ કેવી રીતે ચાલે છે તે જાણો અને તમારી અરજી તમારા પોતાના શબ્દોમાં, એક પછી એક પગલે લખો."),
                "link_text": "અરજીમાં મદદ મેળવો",
            },
            "employers": {
                "heading": "નોકરીદાતાઓ: શીખવાની અક્ષમતા ધરાવતા લોકોને નોકરી આપો",
                "text": (
                    "વાજબી ફેરફારો (reasonable adjustments), Disability Confident યોજના અને તમારી નોકરીની જાહેરાતો "
                    "તપાસવા વિશે સરળ માર્ગદર્શિકાઓ."
                ),
                "link_text": "નોકરીદાતાઓ માટેની માર્ગદર્શિકાઓ વાંચો",
            },
            "sessions": {
                "heading": "તમારી નજીક મદદના સત્રો",
                "text": "તમારા બરોમાં મફત ડ્રોપ-ઇન અથવા વર્કશોપમાં આવો. કોઈ તમને રૂબરૂ મદદ કરશે.",
                "link_text": "મદદનું સત્ર શોધો",
            },
            "staff": {
                "heading": "સ્ટાફ અને સ્વયંસેવકો",
                "text": ("આઉટરીચ કાર્યકરો, સ્વયંસેવકો અને સંપાદકો સત્રો ચલાવવા અને માર્ગદર્શિકાઓ પ્રકાશિત કરવા અહીં સાઇન ઇન કરે છે."),
                "link_text": "સ્ટાફ સાઇન ઇન",
            },
        },
        "pages": {
            "residents": {
                "title": "NHS નોકરીની અરજીમાં મદદ મેળવો",
                "intro": (
                    "પહેલી વાર NHS નોકરી માટે અરજી કરવી અઘરી લાગી શકે છે. અમે તમને તે સારી રીતે કરવામાં મદદ કરી શકીએ છીએ."
                ),
                "body": (
                    "<h2>અમે શેમાં મદદ કરી શકીએ</h2>"
                    "<ul><li>તમને અનુકૂળ હોય તેવી NHS નોકરીઓ શોધવી</li>"
                    "<li>નોકરીની જાહેરાત અને વ્યક્તિની જરૂરી લાયકાતો (person specification) સમજવી</li>"
                    "<li>તમારું સપોર્ટિંગ સ્ટેટમેન્ટ (supporting statement) તમારા પોતાના શબ્દોમાં લખવું</li>"
                    "<li>ઇન્ટરવ્યૂ માટે તૈયારી કરવી</li>"
                    "</ul>"
                    "<h2>કેવી રીતે શરૂ કરવું</h2>"
                    "<p>મફત એકાઉન્ટ બનાવો. પછી તમે તમારું કામ સાચવી શકો છો અને પછીથી પાછા આવી શકો છો.</p>"
                    "<p>તમે મદદના સત્રમાં પણ આવી શકો છો અને કોઈ વ્યક્તિ પાસેથી મદદ મેળવી શકો છો.</p>"
                ),
            },
            "employers": {
                "title": "નોકરીદાતાઓ: શીખવાની અક્ષમતા ધરાવતા લોકોને નોકરી આપો",
                "intro": (
                    "શીખવાની અક્ષમતા ધરાવતા લોકો ખૂબ સારા કર્મચારીઓ બની શકે છે. નાના ફેરફારો તેમને અરજી કરવામાં અને "
                    "સારું કામ કરવામાં મદદ કરે છે."
                ),
                "body": (
                    "<h2>તમે શું કરી શકો</h2>"
                    "<ul><li>નોકરીની જાહેરાતો સરળ શબ્દોમાં લખો</li>"
                    "<li>દરેક તબક્કે વાજબી ફેરફારો આપો</li>"
                    "<li>Disability Confident યોજનામાં જોડાઓ</li>"
                    "<li>સહાય સાથેની ઇન્ટર્નશિપ (supported internships) અને વ્યક્તિ મુજબ નોકરી ઘડવા (job carving) "
                    "વિશે જાણો</li>"
                    "</ul>"
                    "<p>નોકરીદાતાઓ માટે માર્ગદર્શિકાઓ અને જાહેરાત તપાસવાનું સાધન જલ્દી આ સાઇટ પર આવી રહ્યાં છે.</p>"
                ),
            },
            "sessions": {
                "title": "તમારી નજીક મદદના સત્રો",
                "intro": "ઉત્તર પશ્ચિમ લંડનના આઠ બરોમાં મફત ડ્રોપ-ઇન અને વર્કશોપ.",
                "body": (
                    "<p>સત્રમાં, આઉટરીચ કાર્યકર અથવા સ્વયંસેવક તમને નોકરીઓ શોધવામાં, ફોર્મ ભરવામાં અને ઇન્ટરવ્યૂની "
                    "પ્રેક્ટિસ કરવામાં મદદ કરી શકે છે.</p>"
                    "<p>હજી કોઈ સત્રો નોંધાયેલા નથી. કૃપા કરીને જલ્દી ફરી જુઓ.</p>"
                ),
            },
        },
    },
    "pa": {
        "home": {
            "title": "ਉੱਤਰ ਪੱਛਮੀ ਲੰਡਨ ਵਿੱਚ NHS ਵਿੱਚ ਕੰਮ ਲੱਭੋ",
            "intro": (
                "NHS ਵਿੱਚ ਨੌਕਰੀਆਂ ਲੱਭਣ ਅਤੇ ਅਰਜ਼ੀ ਦੇਣ ਲਈ ਮੁਫ਼ਤ ਮਦਦ। ਅਸੀਂ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ। ਅਸੀਂ "
                "ਮਾਲਕਾਂ ਦੀ ਵੀ ਮਦਦ ਕਰਦੇ ਹਾਂ ਕਿ ਉਹ ਸਿੱਖਣ ਦੀ ਅਸਮਰੱਥਾ (learning disability) ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਨੌਕਰੀ ਦੇਣ।"
            ),
            "body": (
                "<h2>ਇਸ ਪ੍ਰੋਗਰਾਮ ਬਾਰੇ</h2>"
                "<p>ਉੱਤਰ ਪੱਛਮੀ ਲੰਡਨ ਦਾ NHS ਚਾਹੁੰਦਾ ਹੈ ਕਿ ਇਸਦਾ ਸਟਾਫ਼ ਉਹਨਾਂ ਲੋਕਾਂ ਵਰਗਾ ਹੋਵੇ ਜਿਹਨਾਂ ਦੀ ਇਹ ਸੇਵਾ ਕਰਦਾ ਹੈ। "
                "ਇੱਥੇ ਰਹਿਣ ਵਾਲੇ ਬਹੁਤ ਸਾਰੇ ਲੋਕ ਕਦੇ NHS ਨੌਕਰੀਆਂ ਲਈ ਅਰਜ਼ੀ ਨਹੀਂ ਦਿੰਦੇ, ਜਾਂ ਫਾਰਮ ਜਿਸ ਤਰ੍ਹਾਂ ਭਰਿਆ ਗਿਆ ਉਸ "
                "ਕਰਕੇ ਉਹਨਾਂ ਨੂੰ ਨਾਂਹ ਹੋ ਜਾਂਦੀ ਹੈ। ਇਹ ਪ੍ਰੋਗਰਾਮ ਇਸਨੂੰ ਬਦਲਣ ਲਈ ਹੈ।</p>"
                "<p>ਇਸਨੂੰ ਸਥਾਨਕ NHS ਨਸਲੀ ਬਰਾਬਰੀ ਲਈ ਆਪਣੇ ਕੰਮ ਦੇ ਹਿੱਸੇ ਵਜੋਂ ਚਲਾਉਂਦਾ ਹੈ।</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "NHS ਨੌਕਰੀ ਦੀ ਅਰਜ਼ੀ ਲਈ ਮਦਦ ਲਓ",
                "text": ("ਜਾਣੋ ਕਿ NHS ਨੌਕਰੀਆਂ ਕਿਵੇਂ ਚੱਲਦੀਆਂ ਹਨ ਅਤੇ ਆਪਣੀ ਅਰਜ਼ੀ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ, ਇੱਕ-ਇੱਕ ਕਦਮ ਕਰਕੇ।"),
                "link_text": "ਅਰਜ਼ੀ ਲਈ ਮਦਦ ਲਓ",
            },
            "employers": {
                "heading": "ਮਾਲਕ: ਸਿੱਖਣ ਦੀ ਅਸਮਰੱਥਾ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਨੌਕਰੀ ਦਿਓ",
                "text": (
                    "ਵਾਜਬ ਤਬਦੀਲੀਆਂ (reasonable adjustments), Disability Confident ਸਕੀਮ ਅਤੇ ਆਪਣੇ ਨੌਕਰੀ ਦੇ ਇਸ਼ਤਿਹਾਰ "
                    "ਜਾਂਚਣ ਬਾਰੇ ਸੌਖੀਆਂ ਗਾਈਡਾਂ।"
                ),
                "link_text": "ਮਾਲਕਾਂ ਲਈ ਗਾਈਡਾਂ ਪੜ੍ਹੋ",
            },
            "sessions": {
                "heading": "ਤੁਹਾਡੇ ਨੇੜੇ ਮਦਦ ਦੇ ਸੈਸ਼ਨ",
                "text": "ਆਪਣੇ ਬਰੋ ਵਿੱਚ ਮੁਫ਼ਤ ਡਰੌਪ-ਇਨ ਜਾਂ ਵਰਕਸ਼ਾਪ ਵਿੱਚ ਆਓ। ਕੋਈ ਤੁਹਾਡੀ ਆਹਮੋ-ਸਾਹਮਣੇ ਮਦਦ ਕਰੇਗਾ।",
                "link_text": "ਮਦਦ ਦਾ ਸੈਸ਼ਨ ਲੱਭੋ",
            },
            "staff": {
                "heading": "ਸਟਾਫ਼ ਅਤੇ ਵਲੰਟੀਅਰ",
                "text": "ਆਊਟਰੀਚ ਵਰਕਰ, ਵਲੰਟੀਅਰ ਅਤੇ ਸੰਪਾਦਕ ਸੈਸ਼ਨ ਚਲਾਉਣ ਅਤੇ ਗਾਈਡਾਂ ਛਾਪਣ ਲਈ ਇੱਥੇ ਸਾਈਨ ਇਨ ਕਰਦੇ ਹਨ।",
                "link_text": "ਸਟਾਫ਼ ਸਾਈਨ ਇਨ",
            },
        },
        "pages": {
            "residents": {
                "title": "NHS ਨੌਕਰੀ ਦੀ ਅਰਜ਼ੀ ਲਈ ਮਦਦ ਲਓ",
                "intro": ("ਪਹਿਲੀ ਵਾਰ NHS ਨੌਕਰੀ ਲਈ ਅਰਜ਼ੀ ਦੇਣਾ ਔਖਾ ਲੱਗ ਸਕਦਾ ਹੈ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਇਹ ਚੰਗੀ ਤਰ੍ਹਾਂ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ।"),
                "body": (
                    "<h2>ਅਸੀਂ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ</h2>"
                    "<ul><li>ਤੁਹਾਡੇ ਲਈ ਢੁਕਵੀਆਂ NHS ਨੌਕਰੀਆਂ ਲੱਭਣਾ</li>"
                    "<li>ਨੌਕਰੀ ਦੇ ਇਸ਼ਤਿਹਾਰ ਅਤੇ ਲੋੜੀਂਦੇ ਵਿਅਕਤੀ ਦੇ ਵੇਰਵੇ (person specification) ਨੂੰ ਸਮਝਣਾ</li>"
                    "<li>ਆਪਣੀ ਸਪੋਰਟਿੰਗ ਸਟੇਟਮੈਂਟ (supporting statement) ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖਣਾ</li>"
                    "<li>ਇੰਟਰਵਿਊ ਲਈ ਤਿਆਰੀ ਕਰਨਾ</li>"
                    "</ul>"
                    "<h2>ਸ਼ੁਰੂ ਕਿਵੇਂ ਕਰੀਏ</h2>"
                    "<p>ਮੁਫ਼ਤ ਖਾਤਾ ਬਣਾਓ। ਫਿਰ ਤੁਸੀਂ ਆਪਣਾ ਕੰਮ ਸੰਭਾਲ ਸਕਦੇ ਹੋ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਵਾਪਸ ਆ ਸਕਦੇ ਹੋ।</p>"
                    "<p>ਤੁਸੀਂ ਮਦਦ ਦੇ ਸੈਸ਼ਨ ਵਿੱਚ ਵੀ ਆ ਸਕਦੇ ਹੋ ਅਤੇ ਕਿਸੇ ਵਿਅਕਤੀ ਤੋਂ ਮਦਦ ਲੈ ਸਕਦੇ ਹੋ।</p>"
                ),
            },
            "employers": {
                "title": "ਮਾਲਕ: ਸਿੱਖਣ ਦੀ ਅਸਮਰੱਥਾ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਨੌਕਰੀ ਦਿਓ",
                "intro": (
                    "ਸਿੱਖਣ ਦੀ ਅਸਮਰੱਥਾ ਵਾਲੇ ਲੋਕ ਬਹੁਤ ਵਧੀਆ ਕਰਮਚਾਰੀ ਬਣ ਸਕਦੇ ਹਨ। ਛੋਟੀਆਂ ਤਬਦੀਲੀਆਂ ਉਹਨਾਂ ਨੂੰ ਅਰਜ਼ੀ ਦੇਣ ਅਤੇ "
                    "ਵਧੀਆ ਕੰਮ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰਦੀਆਂ ਹਨ।"
                ),
                "body": (
                    "<h2>ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ</h2>"
                    "<ul><li>ਨੌਕਰੀ ਦੇ ਇਸ਼ਤਿਹਾਰ ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ</li>"
                    "<li>ਹਰ ਪੜਾਅ 'ਤੇ ਵਾਜਬ ਤਬਦੀਲੀਆਂ ਦੀ ਪੇਸ਼ਕਸ਼ ਕਰੋ</li>"
                    "<li>Disability Confident ਸਕੀਮ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ</li>"
                    "<li>ਸਹਾਇਤਾ ਵਾਲੀਆਂ ਇੰਟਰਨਸ਼ਿਪਾਂ (supported internships) ਅਤੇ ਵਿਅਕਤੀ ਮੁਤਾਬਕ ਨੌਕਰੀ ਬਣਾਉਣ (job "
                    "carving) ਬਾਰੇ ਜਾਣੋ</li>"
                    "</ul>"
                    "<p>ਮਾਲਕਾਂ ਲਈ ਗਾਈਡਾਂ ਅਤੇ ਇਸ਼ਤਿਹਾਰ ਜਾਂਚਣ ਦਾ ਇੱਕ ਟੂਲ ਜਲਦੀ ਇਸ ਸਾਈਟ 'ਤੇ ਆ ਰਹੇ ਹਨ।</p>"
                ),
            },
            "sessions": {
                "title": "ਤੁਹਾਡੇ ਨੇੜੇ ਮਦਦ ਦੇ ਸੈਸ਼ਨ",
                "intro": "ਉੱਤਰ ਪੱਛਮੀ ਲੰਡਨ ਦੇ ਅੱਠ ਬਰੋਆਂ ਵਿੱਚ ਮੁਫ਼ਤ ਡਰੌਪ-ਇਨ ਅਤੇ ਵਰਕਸ਼ਾਪਾਂ।",
                "body": (
                    "<p>ਸੈਸ਼ਨ ਵਿੱਚ, ਕੋਈ ਆਊਟਰੀਚ ਵਰਕਰ ਜਾਂ ਵਲੰਟੀਅਰ ਨੌਕਰੀਆਂ ਲੱਭਣ, ਫਾਰਮ ਭਰਨ ਅਤੇ ਇੰਟਰਵਿਊ ਦਾ ਅਭਿਆਸ ਕਰਨ ਵਿੱਚ "
                    "ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।</p>"
                    "<p>ਅਜੇ ਕੋਈ ਸੈਸ਼ਨ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਜਲਦੀ ਦੁਬਾਰਾ ਦੇਖੋ।</p>"
                ),
            },
        },
    },
    "pl": {
        "home": {
            "title": "Praca w NHS w północno-zachodnim Londynie",
            "intro": (
                "Bezpłatna pomoc w szukaniu pracy w NHS i w składaniu podań. Możemy pomóc w Twoim języku. Pomagamy "
                "też pracodawcom zatrudniać osoby z niepełnosprawnością intelektualną."
            ),
            "body": (
                "<h2>O tym programie</h2>"
                "<p>NHS w północno-zachodnim Londynie chce, aby jego pracownicy byli podobni do ludzi, którym służy. "
                "Wiele osób, które tu mieszkają, nigdy nie składa podań o pracę w NHS albo dostaje odmowę z powodu "
                "tego, jak wypełniono formularz. Ten program ma to zmienić.</p>"
                "<p>Prowadzi go lokalny NHS w ramach swojej pracy na rzecz równości rasowej.</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "Pomoc w napisaniu podania o pracę w NHS",
                "text": "Dowiedz się, jak działa praca w NHS, i napisz podanie własnymi słowami, krok po kroku.",
                "link_text": "Uzyskaj pomoc z podaniem",
            },
            "employers": {
                "heading": "Pracodawcy: zatrudniaj osoby z niepełnosprawnością intelektualną",
                "text": (
                    "Proste poradniki o rozsądnych dostosowaniach, programie Disability Confident i sprawdzaniu "
                    "ogłoszeń o pracę."
                ),
                "link_text": "Przeczytaj poradniki dla pracodawców",
            },
            "sessions": {
                "heading": "Spotkania z pomocą blisko Ciebie",
                "text": "Przyjdź na bezpłatny dyżur lub warsztat w swojej dzielnicy. Ktoś pomoże Ci osobiście.",
                "link_text": "Znajdź spotkanie z pomocą",
            },
            "staff": {
                "heading": "Pracownicy i wolontariusze",
                "text": (
                    "Pracownicy terenowi, wolontariusze i redaktorzy logują się tutaj, aby prowadzić spotkania i "
                    "publikować poradniki."
                ),
                "link_text": "Logowanie dla pracowników",
            },
        },
        "pages": {
            "residents": {
                "title": "Pomoc w napisaniu podania o pracę w NHS",
                "intro": (
                    "Za pierwszym razem podanie o pracę w NHS może wydawać się trudne. Pomożemy Ci zrobić to dobrze."
                ),
                "body": (
                    "<h2>W czym możemy pomóc</h2>"
                    "<ul><li>Znalezienie pracy w NHS, która Ci odpowiada</li>"
                    "<li>Zrozumienie ogłoszenia o pracę i wymagań wobec kandydata (person specification)</li>"
                    "<li>Napisanie uzasadnienia (supporting statement) własnymi słowami</li>"
                    "<li>Przygotowanie do rozmowy o pracę</li>"
                    "</ul>"
                    "<h2>Jak zacząć</h2>"
                    "<p>Załóż bezpłatne konto. Wtedy możesz zapisać swoją pracę i wrócić do niej później.</p>"
                    "<p>Możesz też przyjść na spotkanie i dostać pomoc od człowieka.</p>"
                ),
            },
            "employers": {
                "title": "Pracodawcy: zatrudniaj osoby z niepełnosprawnością intelektualną",
                "intro": (
                    "Osoby z niepełnosprawnością intelektualną mogą być świetnymi pracownikami. Małe zmiany pomagają "
                    "im złożyć podanie i dobrze sobie radzić."
                ),
                "body": (
                    "<h2>Co możesz zrobić</h2>"
                    "<ul><li>Pisz ogłoszenia o pracę prostymi słowami</li>"
                    "<li>Oferuj rozsądne dostosowania na każdym etapie</li>"
                    "<li>Dołącz do programu Disability Confident</li>"
                    "<li>Dowiedz się o stażach ze wsparciem (supported internships) i o dopasowaniu stanowiska (job "
                    "carving)</li>"
                    "</ul>"
                    "<p>Wkrótce na tej stronie pojawią się poradniki dla pracodawców i narzędzie do sprawdzania "
                    "ogłoszeń.</p>"
                ),
            },
            "sessions": {
                "title": "Spotkania z pomocą blisko Ciebie",
                "intro": "Bezpłatne dyżury i warsztaty w ośmiu dzielnicach północno-zachodniego Londynu.",
                "body": (
                    "<p>Na spotkaniu pracownik terenowy lub wolontariusz pomoże Ci szukać pracy, wypełniać "
                    "formularze i ćwiczyć przed rozmową o pracę.</p>"
                    "<p>Nie ma jeszcze żadnych spotkań na liście. Zajrzyj tu wkrótce.</p>"
                ),
            },
        },
    },
    "ar": {
        "home": {
            "title": "اعمل في NHS في شمال غرب لندن",
            "intro": (
                "مساعدة مجانية للبحث عن وظائف في NHS والتقديم عليها. يمكننا مساعدتك بلغتك. ونساعد أيضًا أصحاب العمل "
                "على توظيف أشخاص من ذوي صعوبات التعلّم."
            ),
            "body": (
                "<h2>عن هذا البرنامج</h2>"
                "<p>تريد NHS في شمال غرب لندن أن يشبه موظفوها الناسَ الذين تخدمهم. كثير من الناس الذين يعيشون هنا لا "
                "يتقدمون أبدًا لوظائف NHS، أو يُرفضون بسبب طريقة ملء الاستمارة. هذا البرنامج موجود لتغيير ذلك.</p>"
                "<p>تديره NHS المحلية كجزء من عملها من أجل المساواة العرقية.</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "احصل على مساعدة في طلب وظيفة في NHS",
                "text": "تعرّف على طريقة عمل وظائف NHS واكتب طلبك بكلماتك الخاصة، خطوة بخطوة.",
                "link_text": "احصل على مساعدة في الطلب",
            },
            "employers": {
                "heading": "أصحاب العمل: وظّفوا أشخاصًا من ذوي صعوبات التعلّم",
                "text": "أدلة بسيطة عن التعديلات المعقولة، وبرنامج Disability Confident، ومراجعة إعلانات الوظائف.",
                "link_text": "اقرأ أدلة أصحاب العمل",
            },
            "sessions": {
                "heading": "جلسات دعم قريبة منك",
                "text": "تعال إلى جلسة مفتوحة أو ورشة عمل مجانية في منطقتك. سيساعدك شخص وجهًا لوجه.",
                "link_text": "ابحث عن جلسة دعم",
            },
            "staff": {
                "heading": "الموظفون والمتطوعون",
                "text": "يسجّل العاملون الميدانيون والمتطوعون والمحررون الدخول هنا لتنظيم الجلسات ونشر الأدلة.",
                "link_text": "دخول الموظفين",
            },
        },
        "pages": {
            "residents": {
                "title": "احصل على مساعدة في طلب وظيفة في NHS",
                "intro": "قد يبدو التقديم على وظيفة في NHS صعبًا في المرة الأولى. يمكننا مساعدتك لتقوم به بشكل جيد.",
                "body": (
                    "<h2>ما يمكننا المساعدة فيه</h2>"
                    "<ul><li>إيجاد وظائف في NHS تناسبك</li>"
                    "<li>فهم إعلان الوظيفة ومواصفات الشخص المطلوب (person specification)</li>"
                    "<li>كتابة البيان الداعم (supporting statement) بكلماتك الخاصة</li>"
                    "<li>الاستعداد للمقابلة</li>"
                    "</ul>"
                    "<h2>كيف تبدأ</h2>"
                    "<p>أنشئ حسابًا مجانيًا. بعد ذلك يمكنك حفظ عملك والعودة إليه لاحقًا.</p>"
                    "<p>يمكنك أيضًا حضور جلسة دعم والحصول على مساعدة من شخص.</p>"
                ),
            },
            "employers": {
                "title": "أصحاب العمل: وظّفوا أشخاصًا من ذوي صعوبات التعلّم",
                "intro": (
                    "يمكن أن يكون الأشخاص من ذوي صعوبات التعلّم موظفين رائعين. تغييرات صغيرة تساعدهم على التقديم "
                    "والنجاح في العمل."
                ),
                "body": (
                    "<h2>ما يمكنك فعله</h2>"
                    "<ul><li>اكتب إعلانات الوظائف بكلمات بسيطة</li>"
                    "<li>قدّم تعديلات معقولة في كل مرحلة</li>"
                    "<li>انضم إلى برنامج Disability Confident</li>"
                    "<li>تعرّف على التدريب المدعوم (supported internships) وتصميم الوظائف حسب الشخص (job "
                    "carving)</li>"
                    "</ul>"
                    "<p>ستتوفر قريبًا على هذا الموقع أدلة لأصحاب العمل وأداة لفحص الإعلانات.</p>"
                ),
            },
            "sessions": {
                "title": "جلسات دعم قريبة منك",
                "intro": "جلسات مفتوحة وورش عمل مجانية في المناطق الثماني في شمال غرب لندن.",
                "body": (
                    "<p>في الجلسة، يمكن لعامل ميداني أو متطوع أن يساعدك في البحث عن وظائف، وملء الاستمارات، والتدرّب "
                    "على المقابلات.</p>"
                    "<p>لا توجد جلسات في القائمة بعد. يرجى العودة قريبًا.</p>"
                ),
            },
        },
    },
    "ta": {
        "home": {
            "title": "வடமேற்கு லண்டனில் NHS வேலையில் சேருங்கள்",
            "intro": (
                "NHS வேலைகளைக் கண்டுபிடிக்கவும் விண்ணப்பிக்கவும் இலவச உதவி. உங்கள் மொழியில் நாங்கள் உதவ முடியும். "
                "கற்றல் குறைபாடு (learning disability) உள்ளவர்களை வேலைக்கு எடுக்க முதலாளிகளுக்கும் நாங்கள் "
                "உதவுகிறோம்."
            ),
            "body": (
                "<h2>இந்தத் திட்டம் பற்றி</h2>"
                "<p>வடமேற்கு லண்டனில் உள்ள NHS, தனது ஊழியர்கள் தான் சேவை செய்யும் மக்களைப் போலவே இருக்க வேண்டும் "
                "என்று விரும்புகிறது. இங்கு வசிக்கும் பலர் NHS வேலைகளுக்கு ஒருபோதும் விண்ணப்பிப்பதில்லை, அல்லது "
                "படிவம் நிரப்பப்பட்ட விதத்தால் நிராகரிக்கப்படுகிறார்கள். இதை மாற்றவே இந்தத் திட்டம் உள்ளது.</p>"
                "<p>இன சமத்துவத்திற்கான தனது பணியின் ஒரு பகுதியாக உள்ளூர் NHS இதை நடத்துகிறது.</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "NHS வேலை விண்ணப்பத்திற்கு உதவி பெறுங்கள்",
                "text": (
                    "NHS வேலைகள் எப்படி நடக்கின்றன என்று தெரிந்துகொண்டு, உங்கள் விண்ணப்பத்தை உங்கள் சொந்த "
                    "வார்த்தைகளில், ஒவ்வொரு படியாக எழுதுங்கள்."
                ),
                "link_text": "விண்ணப்பத்திற்கு உதவி பெறுங்கள்",
            },
            "employers": {
                "heading": "முதலாளிகள்: கற்றல் குறைபாடு உள்ளவர்களை வேலைக்கு எடுங்கள்",
                "text": (
                    "நியாயமான மாற்றங்கள் (reasonable adjustments), Disability Confident திட்டம், உங்கள் வேலை "
                    "விளம்பரங்களைச் சரிபார்ப்பது பற்றிய எளிய வழிகாட்டிகள்."
                ),
                "link_text": "முதலாளிகளுக்கான வழிகாட்டிகளைப் படியுங்கள்",
            },
            "sessions": {
                "heading": "உங்களுக்கு அருகில் உதவி அமர்வுகள்",
                "text": (
                    "உங்கள் பரோவில் நடக்கும் இலவச நேரடி உதவி அமர்வு அல்லது பட்டறைக்கு வாருங்கள். ஒருவர் நேரில் உங்களுக்கு உதவுவார்."
                ),
                "link_text": "உதவி அமர்வைக் கண்டுபிடியுங்கள்",
            },
            "staff": {
                "heading": "ஊழியர்கள் மற்றும் தன்னார்வலர்கள்",
                "text": (
                    "களப் பணியாளர்கள், தன்னார்வலர்கள் மற்றும் தொகுப்பாளர்கள் அமர்வுகளை நடத்தவும் வழிகாட்டிகளை வெளியிடவும் இங்கே உள்நுழைகிறார்கள்."
                ),
                "link_text": "ஊழியர் உள்நுழைவு",
            },
        },
        "pages": {
            "residents": {
                "title": "NHS வேலை விண்ணப்பத்திற்கு உதவி பெறுங்கள்",
                "intro": ("முதல் முறை NHS வேலைக்கு விண்ணப்பிப்பது கடினமாகத் தோன்றலாம். அதை நன்றாகச் செய்ய நாங்கள் உதவ முடியும்."),
                "body": (
                    "<h2>நாங்கள் எதில் உதவ முடியும்</h2>"
                    "<ul><li>உங்களுக்குப் பொருத்தமான NHS வேலைகளைக் கண்டுபிடிப்பது</li>"
                    "<li>வேலை விளம்பரத்தையும், தேவையான நபர் பற்றிய விவரத்தையும் (person specification) "
                    "புரிந்துகொள்வது</li>"
                    "<li>உங்கள் ஆதரவு அறிக்கையை (supporting statement) உங்கள் சொந்த வார்த்தைகளில் எழுதுவது</li>"
                    "<li>நேர்காணலுக்குத் தயாராவது</li>"
                    "</ul>"
                    "<h2>எப்படித் தொடங்குவது</h2>"
                    "<p>இலவசக் கணக்கை உருவாக்குங்கள். பிறகு உங்கள் வேலையைச் சேமித்து, பின்னர் அதற்குத் திரும்பி "
                    "வரலாம்.</p>"
                    "<p>நீங்கள் ஒரு உதவி அமர்வுக்கு வந்து ஒருவரிடம் நேரில் உதவியும் பெறலாம்.</p>"
                ),
            },
            "employers": {
                "title": "முதலாளிகள்: கற்றல் குறைபாடு உள்ளவர்களை வேலைக்கு எடுங்கள்",
                "intro": (
                    "கற்றல் குறைபாடு உள்ளவர்கள் சிறந்த ஊழியர்களாக இருக்க முடியும். சிறிய மாற்றங்கள் அவர்கள் "
                    "விண்ணப்பிக்கவும் நன்றாக வேலை செய்யவும் உதவுகின்றன."
                ),
                "body": (
                    "<h2>நீங்கள் என்ன செய்யலாம்</h2>"
                    "<ul><li>வேலை விளம்பரங்களை எளிய வார்த்தைகளில் எழுதுங்கள்</li>"
                    "<li>ஒவ்வொரு கட்டத்திலும் நியாயமான மாற்றங்களை வழங்குங்கள்</li>"
                    "<li>Disability Confident திட்டத்தில் சேருங்கள்</li>"
                    "<li>ஆதரவுடன் கூடிய பயிற்சி வேலைகள் (supported internships) மற்றும் நபருக்கேற்ப வேலையை "
                    "வடிவமைப்பது (job carving) பற்றித் தெரிந்துகொள்ளுங்கள்</li>"
                    "</ul>"
                    "<p>முதலாளிகளுக்கான வழிகாட்டிகளும் விளம்பரங்களைச் சரிபார்க்கும் கருவியும் விரைவில் இந்தத் "
                    "தளத்திற்கு வருகின்றன.</p>"
                ),
            },
            "sessions": {
                "title": "உங்களுக்கு அருகில் உதவி அமர்வுகள்",
                "intro": "வடமேற்கு லண்டனின் எட்டு பரோக்களில் இலவச நேரடி உதவி அமர்வுகளும் பட்டறைகளும்.",
                "body": (
                    "<p>ஒரு அமர்வில், களப் பணியாளர் அல்லது தன்னார்வலர் வேலை தேடவும், படிவங்களை நிரப்பவும், "
                    "நேர்காணலுக்குப் பயிற்சி செய்யவும் உங்களுக்கு உதவுவார்.</p>"
                    "<p>இன்னும் எந்த அமர்வும் பட்டியலிடப்படவில்லை. விரைவில் மீண்டும் பாருங்கள்.</p>"
                ),
            },
        },
    },
    "pt": {
        "home": {
            "title": "Trabalhe no NHS no noroeste de Londres",
            "intro": (
                "Ajuda grátis para encontrar empregos no NHS e candidatar-se. Podemos ajudar na sua língua. Também "
                "ajudamos empregadores a contratar pessoas com dificuldades de aprendizagem."
            ),
            "body": (
                "<h2>Sobre este programa</h2>"
                "<p>O NHS do noroeste de Londres quer que a sua equipa se pareça com as pessoas que serve. Muitas "
                "pessoas que vivem aqui nunca se candidatam a empregos no NHS, ou são recusadas por causa da forma "
                "como o formulário foi preenchido. Este programa existe para mudar isso.</p>"
                "<p>É gerido pelo NHS local, como parte do seu trabalho pela igualdade racial.</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "Ajuda com uma candidatura a um emprego no NHS",
                "text": (
                    "Saiba como funcionam os empregos no NHS e escreva a sua candidatura com as suas palavras, passo "
                    "a passo."
                ),
                "link_text": "Pedir ajuda com uma candidatura",
            },
            "employers": {
                "heading": "Empregadores: contratem pessoas com dificuldades de aprendizagem",
                "text": (
                    "Guias simples sobre adaptações razoáveis, o programa Disability Confident e como rever os seus "
                    "anúncios de emprego."
                ),
                "link_text": "Ler os guias para empregadores",
            },
            "sessions": {
                "heading": "Sessões de apoio perto de si",
                "text": (
                    "Venha a uma sessão aberta ou a um workshop grátis no seu bairro. Alguém vai ajudá-lo pessoalmente."
                ),
                "link_text": "Encontrar uma sessão de apoio",
            },
            "staff": {
                "heading": "Equipa e voluntários",
                "text": (
                    "Técnicos de proximidade, voluntários e editores entram aqui para organizar sessões e publicar "
                    "guias."
                ),
                "link_text": "Entrada da equipa",
            },
        },
        "pages": {
            "residents": {
                "title": "Ajuda com uma candidatura a um emprego no NHS",
                "intro": (
                    "Candidatar-se a um emprego no NHS pode parecer difícil da primeira vez. Podemos ajudá-lo a "
                    "fazê-lo bem."
                ),
                "body": (
                    "<h2>Em que podemos ajudar</h2>"
                    "<ul><li>Encontrar empregos no NHS que sejam bons para si</li>"
                    "<li>Perceber o anúncio de emprego e o perfil pedido (person specification)</li>"
                    "<li>Escrever a sua declaração de apoio (supporting statement) com as suas palavras</li>"
                    "<li>Preparar-se para uma entrevista</li>"
                    "</ul>"
                    "<h2>Como começar</h2>"
                    "<p>Crie uma conta grátis. Depois pode guardar o seu trabalho e voltar a ele mais tarde.</p>"
                    "<p>Também pode vir a uma sessão de apoio e ter ajuda de uma pessoa.</p>"
                ),
            },
            "employers": {
                "title": "Empregadores: contratem pessoas com dificuldades de aprendizagem",
                "intro": (
                    "As pessoas com dificuldades de aprendizagem podem ser ótimos trabalhadores. Pequenas mudanças "
                    "ajudam-nas a candidatar-se e a ter sucesso."
                ),
                "body": (
                    "<h2>O que pode fazer</h2>"
                    "<ul><li>Escreva os anúncios de emprego com palavras simples</li>"
                    "<li>Ofereça adaptações razoáveis em todas as fases</li>"
                    "<li>Junte-se ao programa Disability Confident</li>"
                    "<li>Conheça os estágios com apoio (supported internships) e a adaptação de funções (job "
                    "carving)</li>"
                    "</ul>"
                    "<p>Em breve vai haver neste site guias para empregadores e uma ferramenta para verificar "
                    "anúncios.</p>"
                ),
            },
            "sessions": {
                "title": "Sessões de apoio perto de si",
                "intro": "Sessões abertas e workshops grátis nos oito bairros do noroeste de Londres.",
                "body": (
                    "<p>Numa sessão, um técnico de proximidade ou um voluntário pode ajudá-lo a procurar emprego, "
                    "preencher formulários e treinar para entrevistas.</p>"
                    "<p>Ainda não há sessões na lista. Volte a ver em breve.</p>"
                ),
            },
        },
    },
    "so": {
        "home": {
            "title": "Ka shaqee NHS-ta Waqooyi Galbeed London",
            "intro": (
                "Caawimaad bilaash ah oo lagu helo oo lagu codsado shaqooyinka NHS-ta. Waxaan kugu caawin karnaa "
                "luqaddaada. Waxaan sidoo kale ka caawinnaa loo-shaqeeyayaasha inay shaqaaleeyaan dadka naafonimada "
                "waxbarasho qaba."
            ),
            "body": (
                "<h2>Ku saabsan barnaamijkan</h2>"
                "<p>NHS-ta Waqooyi Galbeed London waxay rabtaa in shaqaalaheedu u ekaadaan dadka ay u adeegto. Dad "
                "badan oo halkan ku nool weligood ma codsadaan shaqooyinka NHS, ama waa la diidaa sababtoo ah sida "
                "foomka loo buuxiyay. Barnaamijkan wuxuu u jiraa inuu taas beddelo.</p>"
                "<p>Waxaa maamula NHS-ta deegaanka, iyadoo qayb ka ah shaqadeeda sinnaanta isirka.</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "Hel caawimaad codsiga shaqada NHS",
                "text": "Baro sida shaqooyinka NHS u shaqeeyaan, oo codsigaaga ku qor ereyadaada, tallaabo tallaabo.",
                "link_text": "Hel caawimaad codsi",
            },
            "employers": {
                "heading": "Loo-shaqeeyayaasha: shaqaaleeya dadka naafonimada waxbarasho qaba",
                "text": (
                    "Hagayaal fudud oo ku saabsan wax-ka-beddelka macquulka ah, barnaamijka Disability Confident iyo "
                    "hubinta xayaysiisyada shaqada."
                ),
                "link_text": "Akhri hagayaasha loo-shaqeeyayaasha",
            },
            "sessions": {
                "heading": "Kulamo taageero oo kuu dhow",
                "text": (
                    "Kaalay kulan furan ama aqoon-is-weydaarsi bilaash ah oo degmadaada ka dhaca. Qof ayaa si toos "
                    "ah kuu caawin doona."
                ),
                "link_text": "Hel kulan taageero",
            },
            "staff": {
                "heading": "Shaqaalaha iyo mutadawaciinta",
                "text": (
                    "Shaqaalaha bulshada, mutadawaciinta iyo tifaftirayaashu halkan ayay ka galaan si ay u qabtaan "
                    "kulamo oo ay u daabacaan hagayaal."
                ),
                "link_text": "Gelitaanka shaqaalaha",
            },
        },
        "pages": {
            "residents": {
                "title": "Hel caawimaad codsiga shaqada NHS",
                "intro": (
                    "Codsiga shaqada NHS wuxuu u ekaan karaa mid adag marka ugu horreysa. Waxaan kaa caawin karnaa "
                    "inaad si fiican u samayso."
                ),
                "body": (
                    "<h2>Waxa aan kaa caawin karno</h2>"
                    "<ul><li>Helitaanka shaqooyinka NHS ee kugu habboon</li>"
                    "<li>Fahamka xayaysiiska shaqada iyo shuruudaha qofka (person specification)</li>"
                    "<li>Qorista warbixinta taageerada (supporting statement) adigoo isticmaalaya ereyadaada</li>"
                    "<li>U diyaargarowga waraysiga</li>"
                    "</ul>"
                    "<h2>Sida loo bilaabo</h2>"
                    "<p>Samee akoon bilaash ah. Kadib waad keydin kartaa shaqadaada oo dib ugu soo noqon kartaa mar "
                    "dambe.</p>"
                    "<p>Waxaad sidoo kale iman kartaa kulan taageero oo qof ayaa ku caawin doona.</p>"
                ),
            },
            "employers": {
                "title": "Loo-shaqeeyayaasha: shaqaaleeya dadka naafonimada waxbarasho qaba",
                "intro": (
                    "Dadka naafonimada waxbarasho qaba waxay noqon karaan shaqaale aad u fiican. Isbeddello yaryar "
                    "ayaa ka caawiya inay codsadaan oo ay si fiican u shaqeeyaan."
                ),
                "body": (
                    "<h2>Waxa aad samayn karto</h2>"
                    "<ul><li>Xayaysiisyada shaqada ku qor ereyo fudud</li>"
                    "<li>Bixi wax-ka-beddel macquul ah marxalad kasta</li>"
                    "<li>Ku biir barnaamijka Disability Confident</li>"
                    "<li>Wax ka ogow tababarka shaqo ee taageerada leh (supported internships) iyo qaabeynta shaqada "
                    "(job carving)</li>"
                    "</ul>"
                    "<p>Hagayaal loogu talagalay loo-shaqeeyayaasha iyo qalab lagu hubiyo xayaysiisyada ayaa dhowaan "
                    "websaydhkan imanaya.</p>"
                ),
            },
            "sessions": {
                "title": "Kulamo taageero oo kuu dhow",
                "intro": (
                    "Kulamo furan iyo aqoon-is-weydaarsiyo bilaash ah oo ka dhaca siddeedda degmo ee Waqooyi Galbeed "
                    "London."
                ),
                "body": (
                    "<p>Kulanka, shaqaale bulsho ama mutadawac ayaa kaa caawin kara inaad shaqo raadiso, foomam "
                    "buuxiso oo aad waraysi ku tababarato.</p>"
                    "<p>Weli kulamo lama soo galin. Fadlan dib u eeg dhowaan.</p>"
                ),
            },
        },
    },
    "ur": {
        "home": {
            "title": "شمال مغربی لندن میں NHS میں کام حاصل کریں",
            "intro": (
                "NHS کی ملازمتیں ڈھونڈنے اور ان کے لیے درخواست دینے میں مفت مدد۔ ہم آپ کی زبان میں مدد کر سکتے ہیں۔ "
                "ہم آجروں کی بھی مدد کرتے ہیں کہ وہ سیکھنے کی معذوری والے لوگوں کو ملازمت دیں۔"
            ),
            "body": (
                "<h2>اس پروگرام کے بارے میں</h2>"
                "<p>شمال مغربی لندن کا NHS چاہتا ہے کہ اس کا عملہ ان لوگوں جیسا ہو جن کی وہ خدمت کرتا ہے۔ یہاں رہنے "
                "والے بہت سے لوگ کبھی NHS کی ملازمت کے لیے درخواست نہیں دیتے، یا فارم جس طرح بھرا گیا اس کی وجہ سے "
                "انہیں انکار ہو جاتا ہے۔ یہ پروگرام اسے بدلنے کے لیے ہے۔</p>"
                "<p>اسے مقامی NHS نسلی برابری کے اپنے کام کے حصے کے طور پر چلاتا ہے۔</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "NHS ملازمت کی درخواست میں مدد حاصل کریں",
                "text": (
                    "جانیں کہ NHS کی ملازمتیں کیسے کام کرتی ہیں اور اپنی درخواست اپنے الفاظ میں لکھیں، قدم بہ قدم۔"
                ),
                "link_text": "درخواست میں مدد حاصل کریں",
            },
            "employers": {
                "heading": "آجر: سیکھنے کی معذوری والے لوگوں کو ملازمت دیں",
                "text": (
                    "مناسب تبدیلیوں (reasonable adjustments)، Disability Confident اسکیم اور اپنے ملازمت کے اشتہار "
                    "چیک کرنے کے بارے میں آسان رہنما۔"
                ),
                "link_text": "آجروں کے لیے رہنما پڑھیں",
            },
            "sessions": {
                "heading": "آپ کے قریب مدد کے سیشن",
                "text": "اپنے بورو میں مفت ڈراپ اِن یا ورکشاپ میں آئیں۔ کوئی آپ کی آمنے سامنے مدد کرے گا۔",
                "link_text": "مدد کا سیشن تلاش کریں",
            },
            "staff": {
                "heading": "عملہ اور رضاکار",
                "text": (
                    "آؤٹ ریچ ورکرز، رضاکار اور ایڈیٹرز سیشن چلانے اور رہنما شائع کرنے کے لیے یہاں سائن ان کرتے ہیں۔"
                ),
                "link_text": "عملے کا سائن ان",
            },
        },
        "pages": {
            "residents": {
                "title": "NHS ملازمت کی درخواست میں مدد حاصل کریں",
                "intro": (
                    "پہلی بار NHS کی ملازمت کے لیے درخواست دینا مشکل لگ سکتا ہے۔ ہم آپ کو اسے اچھی طرح کرنے میں مدد "
                    "دے سکتے ہیں۔"
                ),
                "body": (
                    "<h2>ہم کن چیزوں میں مدد کر سکتے ہیں</h2>"
                    "<ul><li>آپ کے لیے موزوں NHS ملازمتیں ڈھونڈنا</li>"
                    "<li>ملازمت کے اشتہار اور مطلوبہ شخص کی تفصیل (person specification) کو سمجھنا</li>"
                    "<li>اپنا سپورٹنگ اسٹیٹمنٹ (supporting statement) اپنے الفاظ میں لکھنا</li>"
                    "<li>انٹرویو کی تیاری کرنا</li>"
                    "</ul>"
                    "<h2>شروع کیسے کریں</h2>"
                    "<p>ایک مفت اکاؤنٹ بنائیں۔ پھر آپ اپنا کام محفوظ کر کے بعد میں اس پر واپس آ سکتے ہیں۔</p>"
                    "<p>آپ مدد کے سیشن میں بھی آ سکتے ہیں اور کسی شخص سے مدد لے سکتے ہیں۔</p>"
                ),
            },
            "employers": {
                "title": "آجر: سیکھنے کی معذوری والے لوگوں کو ملازمت دیں",
                "intro": (
                    "سیکھنے کی معذوری والے لوگ بہت اچھے ملازم ہو سکتے ہیں۔ چھوٹی تبدیلیاں انہیں درخواست دینے اور "
                    "اچھا کام کرنے میں مدد دیتی ہیں۔"
                ),
                "body": (
                    "<h2>آپ کیا کر سکتے ہیں</h2>"
                    "<ul><li>ملازمت کے اشتہار آسان الفاظ میں لکھیں</li>"
                    "<li>ہر مرحلے پر مناسب تبدیلیاں پیش کریں</li>"
                    "<li>Disability Confident اسکیم میں شامل ہوں</li>"
                    "<li>مدد والی انٹرن شپس (supported internships) اور جاب کارونگ (job carving) کے بارے میں "
                    "جانیں</li>"
                    "</ul>"
                    "<p>آجروں کے لیے رہنما اور اشتہار چیک کرنے کا ایک ٹول جلد اس سائٹ پر آ رہے ہیں۔</p>"
                ),
            },
            "sessions": {
                "title": "آپ کے قریب مدد کے سیشن",
                "intro": "شمال مغربی لندن کے آٹھ بوروز میں مفت ڈراپ اِن اور ورکشاپس۔",
                "body": (
                    "<p>سیشن میں ایک آؤٹ ریچ ورکر یا رضاکار ملازمتیں ڈھونڈنے، فارم بھرنے اور انٹرویو کی مشق کرنے میں "
                    "آپ کی مدد کر سکتا ہے۔</p>"
                    "<p>ابھی کوئی سیشن درج نہیں ہے۔ براہ کرم جلد دوبارہ دیکھیں۔</p>"
                ),
            },
        },
    },
    "fa": {
        "home": {
            "title": "در NHS شمال غرب لندن کار پیدا کنید",
            "intro": (
                "کمک رایگان برای پیدا کردن کار در NHS و درخواست دادن. می‌توانیم به زبان شما کمک کنیم. ما به "
                "کارفرماها هم کمک می‌کنیم افراد دارای ناتوانی یادگیری را استخدام کنند."
            ),
            "body": (
                "<h2>درباره‌ی این برنامه</h2>"
                "<p>NHS در شمال غرب لندن می‌خواهد کارکنانش شبیه مردمی باشند که به آن‌ها خدمت می‌کند. بسیاری از مردمی "
                "که اینجا زندگی می‌کنند هرگز برای کارهای NHS درخواست نمی‌دهند، یا به خاطر شیوه‌ی پر کردن فرم رد "
                "می‌شوند. این برنامه برای تغییر این وضع است.</p>"
                "<p>این برنامه را NHS محلی به عنوان بخشی از کارش برای برابری نژادی اداره می‌کند.</p>"
            ),
        },
        "journeys": {
            "residents": {
                "heading": "برای درخواست کار در NHS کمک بگیرید",
                "text": "بفهمید کارهای NHS چطور است و درخواست خود را با کلمات خودتان، قدم به قدم بنویسید.",
                "link_text": "برای درخواست کمک بگیرید",
            },
            "employers": {
                "heading": "کارفرماها: افراد دارای ناتوانی یادگیری را استخدام کنید",
                "text": "راهنماهای ساده درباره‌ی تغییرات منطقی، طرح Disability Confident و بررسی آگهی‌های شغلی.",
                "link_text": "راهنماهای کارفرماها را بخوانید",
            },
            "sessions": {
                "heading": "جلسه‌های پشتیبانی نزدیک شما",
                "text": (
                    "به یک جلسه‌ی آزاد یا کارگاه رایگان در بخش (borough) خودتان بیایید. کسی حضوری به شما کمک می‌کند."
                ),
                "link_text": "یک جلسه‌ی پشتیبانی پیدا کنید",
            },
            "staff": {
                "heading": "کارکنان و داوطلبان",
                "text": (
                    "کارکنان میدانی، داوطلبان و ویراستاران برای برگزاری جلسه‌ها و انتشار راهنماها از اینجا وارد می‌شوند."
                ),
                "link_text": "ورود کارکنان",
            },
        },
        "pages": {
            "residents": {
                "title": "برای درخواست کار در NHS کمک بگیرید",
                "intro": (
                    "درخواست دادن برای کار در NHS بار اول ممکن است سخت به نظر برسد. ما می‌توانیم کمک کنیم آن را خوب "
                    "انجام دهید."
                ),
                "body": (
                    "<h2>در چه چیزهایی می‌توانیم کمک کنیم</h2>"
                    "<ul><li>پیدا کردن کارهای NHS که مناسب شماست</li>"
                    "<li>فهمیدن آگهی شغلی و ویژگی‌های فرد مورد نیاز (person specification)</li>"
                    "<li>نوشتن متن پشتیبان درخواست (supporting statement) با کلمات خودتان</li>"
                    "<li>آماده شدن برای مصاحبه</li>"
                    "</ul>"
                    "<h2>چطور شروع کنید</h2>"
                    "<p>یک حساب رایگان بسازید. بعد می‌توانید کار خود را ذخیره کنید و بعداً به آن برگردید.</p>"
                    "<p>می‌توانید به یک جلسه‌ی پشتیبانی هم بیایید و از یک نفر کمک بگیرید.</p>"
                ),
            },
            "employers": {
                "title": "کارفرماها: افراد دارای ناتوانی یادگیری را استخدام کنید",
                "intro": (
                    "افراد دارای ناتوانی یادگیری می‌توانند کارکنان بسیار خوبی باشند. تغییرات کوچک به آن‌ها کمک "
                    "می‌کند درخواست بدهند و خوب کار کنند."
                ),
                "body": (
                    "<h2>چه کارهایی می‌توانید بکنید</h2>"
                    "<ul><li>آگهی‌های شغلی را با کلمات ساده بنویسید</li>"
                    "<li>در هر مرحله تغییرات منطقی پیشنهاد دهید</li>"
                    "<li>به طرح Disability Confident بپیوندید</li>"
                    "<li>درباره‌ی کارآموزی‌های همراه با پشتیبانی (supported internships) و طراحی شغل برای فرد (job "
                    "carving) بیشتر بدانید</li>"
                    "</ul>"
                    "<p>راهنماهایی برای کارفرماها و ابزاری برای بررسی آگهی‌ها به زودی به این سایت می‌آیند.</p>"
                ),
            },
            "sessions": {
                "title": "جلسه‌های پشتیبانی نزدیک شما",
                "intro": "جلسه‌های آزاد و کارگاه‌های رایگان در هشت بخش شمال غرب لندن.",
                "body": (
                    "<p>در یک جلسه، یک کارمند میدانی یا داوطلب می‌تواند در پیدا کردن کار، پر کردن فرم‌ها و تمرین "
                    "برای مصاحبه به شما کمک کند.</p>"
                    "<p>هنوز هیچ جلسه‌ای در فهرست نیست. لطفاً به زودی دوباره سر بزنید.</p>"
                ),
            },
        },
    },
}
