"""Demo content for `manage.py seed_demo`: the home page and one page per journey, in every UI language.

Written for this project in plain English, then translated. Community review of the translations is welcome
(see locale/README.md).
"""

# The pages this module creates, one per journey. All four journeys now each link to a page: "about" links
# to the About page created from cms/demo_library, so it is not listed here.
JOURNEY_PAGES = ("residents", "employers", "sessions")
JOURNEY_ORDER = ("residents", "employers", "sessions", "about")

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
            "about": {
                "heading": "About the programme",
                "text": "Who we are, why we do this work, and how we look after your information.",
                "link_text": "Read about the programme",
            },
        },
        "pages": {
            "residents": {
                "title": "Get help with an NHS job application",
                "intro": "Applying for an NHS job can feel hard the first time. We can help you do it well.",
            },
            "employers": {
                "title": "Employers: hire people with a learning disability",
                "intro": (
                    "People with a learning disability can be great staff. Small changes help them apply and do well."
                ),
            },
            "sessions": {
                "title": "Support sessions near you",
                "intro": "Free drop-ins and workshops in the eight boroughs of North West London.",
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
            "about": {
                "heading": "Despre program",
                "text": "Cine suntem, de ce facem această muncă și cum avem grijă de informațiile dumneavoastră.",
                "link_text": "Citiți despre program",
            },
        },
        "pages": {
            "residents": {
                "title": "Ajutor cu o cerere de angajare în NHS",
                "intro": "Poate fi greu să aplicați la un job în NHS prima dată. Vă putem ajuta să o faceți bine.",
            },
            "employers": {
                "title": "Angajatori: angajați persoane cu dizabilități de învățare",
                "intro": (
                    "Persoanele cu dizabilități de învățare pot fi angajați foarte buni. Schimbări mici îi ajută să "
                    "aplice și să se descurce bine."
                ),
            },
            "sessions": {
                "title": "Sesiuni de sprijin aproape de dumneavoastră",
                "intro": (
                    "Sesiuni gratuite fără programare și ateliere în cele opt districte din nord-vestul Londrei."
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
            "about": {
                "heading": "કાર્યક્રમ વિશે",
                "text": "અમે કોણ છીએ, અમે આ કામ શા માટે કરીએ છીએ અને તમારી માહિતીની કાળજી કેવી રીતે રાખીએ છીએ.",
                "link_text": "કાર્યક્રમ વિશે વાંચો",
            },
        },
        "pages": {
            "residents": {
                "title": "NHS નોકરીની અરજીમાં મદદ મેળવો",
                "intro": (
                    "પહેલી વાર NHS નોકરી માટે અરજી કરવી અઘરી લાગી શકે છે. અમે તમને તે સારી રીતે કરવામાં મદદ કરી શકીએ છીએ."
                ),
            },
            "employers": {
                "title": "નોકરીદાતાઓ: શીખવાની અક્ષમતા ધરાવતા લોકોને નોકરી આપો",
                "intro": (
                    "શીખવાની અક્ષમતા ધરાવતા લોકો ખૂબ સારા કર્મચારીઓ બની શકે છે. નાના ફેરફારો તેમને અરજી કરવામાં અને "
                    "સારું કામ કરવામાં મદદ કરે છે."
                ),
            },
            "sessions": {
                "title": "તમારી નજીક મદદના સત્રો",
                "intro": "ઉત્તર પશ્ચિમ લંડનના આઠ બરોમાં મફત ડ્રોપ-ઇન અને વર્કશોપ.",
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
            "about": {
                "heading": "ਪ੍ਰੋਗਰਾਮ ਬਾਰੇ",
                "text": "ਅਸੀਂ ਕੌਣ ਹਾਂ, ਅਸੀਂ ਇਹ ਕੰਮ ਕਿਉਂ ਕਰਦੇ ਹਾਂ, ਅਤੇ ਅਸੀਂ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਦਾ ਧਿਆਨ ਕਿਵੇਂ ਰੱਖਦੇ ਹਾਂ।",
                "link_text": "ਪ੍ਰੋਗਰਾਮ ਬਾਰੇ ਪੜ੍ਹੋ",
            },
        },
        "pages": {
            "residents": {
                "title": "NHS ਨੌਕਰੀ ਦੀ ਅਰਜ਼ੀ ਲਈ ਮਦਦ ਲਓ",
                "intro": ("ਪਹਿਲੀ ਵਾਰ NHS ਨੌਕਰੀ ਲਈ ਅਰਜ਼ੀ ਦੇਣਾ ਔਖਾ ਲੱਗ ਸਕਦਾ ਹੈ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਇਹ ਚੰਗੀ ਤਰ੍ਹਾਂ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ।"),
            },
            "employers": {
                "title": "ਮਾਲਕ: ਸਿੱਖਣ ਦੀ ਅਸਮਰੱਥਾ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਨੌਕਰੀ ਦਿਓ",
                "intro": (
                    "ਸਿੱਖਣ ਦੀ ਅਸਮਰੱਥਾ ਵਾਲੇ ਲੋਕ ਬਹੁਤ ਵਧੀਆ ਕਰਮਚਾਰੀ ਬਣ ਸਕਦੇ ਹਨ। ਛੋਟੀਆਂ ਤਬਦੀਲੀਆਂ ਉਹਨਾਂ ਨੂੰ ਅਰਜ਼ੀ ਦੇਣ ਅਤੇ "
                    "ਵਧੀਆ ਕੰਮ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰਦੀਆਂ ਹਨ।"
                ),
            },
            "sessions": {
                "title": "ਤੁਹਾਡੇ ਨੇੜੇ ਮਦਦ ਦੇ ਸੈਸ਼ਨ",
                "intro": "ਉੱਤਰ ਪੱਛਮੀ ਲੰਡਨ ਦੇ ਅੱਠ ਬਰੋਆਂ ਵਿੱਚ ਮੁਫ਼ਤ ਡਰੌਪ-ਇਨ ਅਤੇ ਵਰਕਸ਼ਾਪਾਂ।",
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
            "about": {
                "heading": "O programie",
                "text": "Kim jesteśmy, dlaczego to robimy i jak dbamy o Twoje dane.",
                "link_text": "Przeczytaj o programie",
            },
        },
        "pages": {
            "residents": {
                "title": "Pomoc w napisaniu podania o pracę w NHS",
                "intro": (
                    "Za pierwszym razem podanie o pracę w NHS może wydawać się trudne. Pomożemy Ci zrobić to dobrze."
                ),
            },
            "employers": {
                "title": "Pracodawcy: zatrudniaj osoby z niepełnosprawnością intelektualną",
                "intro": (
                    "Osoby z niepełnosprawnością intelektualną mogą być świetnymi pracownikami. Małe zmiany pomagają "
                    "im złożyć podanie i dobrze sobie radzić."
                ),
            },
            "sessions": {
                "title": "Spotkania z pomocą blisko Ciebie",
                "intro": "Bezpłatne dyżury i warsztaty w ośmiu dzielnicach północno-zachodniego Londynu.",
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
            "about": {
                "heading": "عن البرنامج",
                "text": "من نحن، ولماذا نقوم بهذا العمل، وكيف نحافظ على معلوماتك.",
                "link_text": "اقرأ عن البرنامج",
            },
        },
        "pages": {
            "residents": {
                "title": "احصل على مساعدة في طلب وظيفة في NHS",
                "intro": "قد يبدو التقديم على وظيفة في NHS صعبًا في المرة الأولى. يمكننا مساعدتك لتقوم به بشكل جيد.",
            },
            "employers": {
                "title": "أصحاب العمل: وظّفوا أشخاصًا من ذوي صعوبات التعلّم",
                "intro": (
                    "يمكن أن يكون الأشخاص من ذوي صعوبات التعلّم موظفين رائعين. تغييرات صغيرة تساعدهم على التقديم "
                    "والنجاح في العمل."
                ),
            },
            "sessions": {
                "title": "جلسات دعم قريبة منك",
                "intro": "جلسات مفتوحة وورش عمل مجانية في المناطق الثماني في شمال غرب لندن.",
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
            "about": {
                "heading": "திட்டம் பற்றி",
                "text": "நாங்கள் யார், இந்தப் பணியை ஏன் செய்கிறோம், உங்கள் தகவல்களை எப்படிப் பாதுகாக்கிறோம்.",
                "link_text": "திட்டம் பற்றிப் படியுங்கள்",
            },
        },
        "pages": {
            "residents": {
                "title": "NHS வேலை விண்ணப்பத்திற்கு உதவி பெறுங்கள்",
                "intro": ("முதல் முறை NHS வேலைக்கு விண்ணப்பிப்பது கடினமாகத் தோன்றலாம். அதை நன்றாகச் செய்ய நாங்கள் உதவ முடியும்."),
            },
            "employers": {
                "title": "முதலாளிகள்: கற்றல் குறைபாடு உள்ளவர்களை வேலைக்கு எடுங்கள்",
                "intro": (
                    "கற்றல் குறைபாடு உள்ளவர்கள் சிறந்த ஊழியர்களாக இருக்க முடியும். சிறிய மாற்றங்கள் அவர்கள் "
                    "விண்ணப்பிக்கவும் நன்றாக வேலை செய்யவும் உதவுகின்றன."
                ),
            },
            "sessions": {
                "title": "உங்களுக்கு அருகில் உதவி அமர்வுகள்",
                "intro": "வடமேற்கு லண்டனின் எட்டு பரோக்களில் இலவச நேரடி உதவி அமர்வுகளும் பட்டறைகளும்.",
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
            "about": {
                "heading": "Sobre o programa",
                "text": "Quem somos, porque fazemos este trabalho e como cuidamos das suas informações.",
                "link_text": "Ler sobre o programa",
            },
        },
        "pages": {
            "residents": {
                "title": "Ajuda com uma candidatura a um emprego no NHS",
                "intro": (
                    "Candidatar-se a um emprego no NHS pode parecer difícil da primeira vez. Podemos ajudá-lo a "
                    "fazê-lo bem."
                ),
            },
            "employers": {
                "title": "Empregadores: contratem pessoas com dificuldades de aprendizagem",
                "intro": (
                    "As pessoas com dificuldades de aprendizagem podem ser ótimos trabalhadores. Pequenas mudanças "
                    "ajudam-nas a candidatar-se e a ter sucesso."
                ),
            },
            "sessions": {
                "title": "Sessões de apoio perto de si",
                "intro": "Sessões abertas e workshops grátis nos oito bairros do noroeste de Londres.",
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
            "about": {
                "heading": "Ku saabsan barnaamijka",
                "text": "Cidda aan nahay, sababta aan shaqadan u qabanno, iyo sida aan u ilaalinno macluumaadkaaga.",
                "link_text": "Akhri wax ku saabsan barnaamijka",
            },
        },
        "pages": {
            "residents": {
                "title": "Hel caawimaad codsiga shaqada NHS",
                "intro": (
                    "Codsiga shaqada NHS wuxuu u ekaan karaa mid adag marka ugu horreysa. Waxaan kaa caawin karnaa "
                    "inaad si fiican u samayso."
                ),
            },
            "employers": {
                "title": "Loo-shaqeeyayaasha: shaqaaleeya dadka naafonimada waxbarasho qaba",
                "intro": (
                    "Dadka naafonimada waxbarasho qaba waxay noqon karaan shaqaale aad u fiican. Isbeddello yaryar "
                    "ayaa ka caawiya inay codsadaan oo ay si fiican u shaqeeyaan."
                ),
            },
            "sessions": {
                "title": "Kulamo taageero oo kuu dhow",
                "intro": (
                    "Kulamo furan iyo aqoon-is-weydaarsiyo bilaash ah oo ka dhaca siddeedda degmo ee Waqooyi Galbeed "
                    "London."
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
            "about": {
                "heading": "پروگرام کے بارے میں",
                "text": "ہم کون ہیں، ہم یہ کام کیوں کرتے ہیں، اور ہم آپ کی معلومات کا خیال کیسے رکھتے ہیں۔",
                "link_text": "پروگرام کے بارے میں پڑھیں",
            },
        },
        "pages": {
            "residents": {
                "title": "NHS ملازمت کی درخواست میں مدد حاصل کریں",
                "intro": (
                    "پہلی بار NHS کی ملازمت کے لیے درخواست دینا مشکل لگ سکتا ہے۔ ہم آپ کو اسے اچھی طرح کرنے میں مدد "
                    "دے سکتے ہیں۔"
                ),
            },
            "employers": {
                "title": "آجر: سیکھنے کی معذوری والے لوگوں کو ملازمت دیں",
                "intro": (
                    "سیکھنے کی معذوری والے لوگ بہت اچھے ملازم ہو سکتے ہیں۔ چھوٹی تبدیلیاں انہیں درخواست دینے اور "
                    "اچھا کام کرنے میں مدد دیتی ہیں۔"
                ),
            },
            "sessions": {
                "title": "آپ کے قریب مدد کے سیشن",
                "intro": "شمال مغربی لندن کے آٹھ بوروز میں مفت ڈراپ اِن اور ورکشاپس۔",
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
            "about": {
                "heading": "درباره‌ی برنامه",
                "text": "ما چه کسانی هستیم، چرا این کار را می‌کنیم و چطور از اطلاعات شما مراقبت می‌کنیم.",
                "link_text": "درباره‌ی برنامه بخوانید",
            },
        },
        "pages": {
            "residents": {
                "title": "برای درخواست کار در NHS کمک بگیرید",
                "intro": (
                    "درخواست دادن برای کار در NHS بار اول ممکن است سخت به نظر برسد. ما می‌توانیم کمک کنیم آن را خوب "
                    "انجام دهید."
                ),
            },
            "employers": {
                "title": "کارفرماها: افراد دارای ناتوانی یادگیری را استخدام کنید",
                "intro": (
                    "افراد دارای ناتوانی یادگیری می‌توانند کارکنان بسیار خوبی باشند. تغییرات کوچک به آن‌ها کمک "
                    "می‌کند درخواست بدهند و خوب کار کنند."
                ),
            },
            "sessions": {
                "title": "جلسه‌های پشتیبانی نزدیک شما",
                "intro": "جلسه‌های آزاد و کارگاه‌های رایگان در هشت بخش شمال غرب لندن.",
            },
        },
    },
}
