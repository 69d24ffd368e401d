"""Demo library for seed_demo in Romanian: the Romanian translation of en.py, written for this project.

Same structure and keys as en.py, in plain, friendly Romanian using the polite form "dumneavoastră". Names of NHS
services, schemes and laws (NHS Jobs, Trac, Agenda for Change, DBS, Disability Confident, Access to Work and others)
stay in English, sometimes with a short Romanian explanation in brackets. The content is plain text with no HTML.
Review by native Romanian speakers is welcome.
"""

LIBRARY = {
    "guide_index": {
        "title": "Ghiduri despre joburile în NHS",
        "intro": (
            "Ghiduri scurte și simple care vă ajută să aplicați la un job în NHS, pas cu pas. Unele ghiduri există și "
            "în format Easy Read (text ușor de citit, cu imagini)."
        ),
    },
    "employer_hub": {
        "title": "Resurse pentru angajatori",
        "intro": (
            "Ghiduri practice care ajută echipele NHS să angajeze, să sprijine și să păstreze personal cu dizabilități "
            "de învățare."
        ),
    },
    "sessions": {
        "title": "Sesiuni de sprijin",
        "intro": (
            "O sesiune de sprijin este o întâlnire gratuită în zona dumneavoastră. Un lucrător comunitar sau un "
            "voluntar vă ajută să căutați joburi, să completați formulare și să exersați pentru interviuri. La unele "
            "veniți fără programare. Altele sunt ateliere la care vă înscrieți."
        ),
    },
    "glossary": [
        {
            "key": "band",
            "term": "bandă",
            "forms": ["banda", "benzi", "benzile", "benzii"],
            "explanation": (
                "Nivelul de salariu al unui post în NHS. Banda 2 este una dintre cele mai mici, iar banda 9 este cea "
                "mai mare. Fiecare bandă are propriul interval de salariu."
            ),
        },
        {
            "key": "agenda-for-change",
            "term": "Agenda for Change",
            "forms": [],
            "explanation": (
                "Sistemul de salarizare pentru cea mai mare parte a personalului NHS, dar nu și pentru medici și "
                "stomatologi. Încadrează fiecare post într-o bandă."
            ),
        },
        {
            "key": "job-description",
            "term": "fișa postului",
            "forms": ["fișei postului", "fișele postului"],
            "explanation": "Un document care spune la ce folosește postul și ce sarcini veți avea.",
        },
        {
            "key": "person-specification",
            "term": "specificația persoanei",
            "forms": ["specificației persoanei", "specificațiile persoanei"],
            "explanation": (
                "O listă cu abilitățile, experiența și calificările pe care le caută angajatorul. Se mai numește și "
                "profilul candidatului. Vine împreună cu anunțul de angajare."
            ),
        },
        {
            "key": "essential-criteria",
            "term": "criterii esențiale",
            "forms": ["criteriile esențiale", "criteriilor esențiale", "criteriu esențial", "criteriul esențial"],
            "explanation": (
                "Lucrurile pe care trebuie să le aveți pentru post. Ca să primiți un interviu, trebuie să arătați că "
                "le îndepliniți pe toate."
            ),
        },
        {
            "key": "desirable-criteria",
            "term": "criterii dorite",
            "forms": ["criteriile dorite", "criteriilor dorite", "criteriu dorit", "criteriul dorit"],
            "explanation": (
                "Lucruri bune de avut, dar care nu sunt obligatorii. Îl ajută pe angajator să aleagă atunci când "
                "aplică multe persoane."
            ),
        },
        {
            "key": "supporting-statement",
            "term": "declarația de susținere",
            "forms": ["declarației de susținere", "declarație de susținere", "declarații de susținere"],
            "explanation": (
                "Partea din cerere în care arătați, cu exemple, cum îndepliniți specificația persoanei. Unele "
                "formulare o numesc supporting information (informații în sprijinul cererii)."
            ),
        },
        {
            "key": "shortlisting",
            "term": "preselecția",
            "forms": ["preselecție", "preselecției", "preselectat", "preselectați"],
            "explanation": "Momentul în care angajatorul citește cererile și alege pe cine invită la interviu.",
        },
        {
            "key": "star",
            "term": "STAR",
            "forms": [],
            "explanation": (
                "Un mod simplu de a povesti un exemplu. Literele vin din engleză: Situation (situația), Task "
                "(sarcina), Action (acțiunea), Result (rezultatul). Puteți adăuga și ce ați învățat."
            ),
        },
        {
            "key": "nhs-values",
            "term": "valorile NHS",
            "forms": ["valori NHS", "valorilor NHS", "valoare NHS"],
            "explanation": (
                "Șase valori comune întregului personal NHS, din NHS Constitution (Constituția NHS). Printre ele sunt "
                "compasiunea, precum și respectul și demnitatea."
            ),
        },
        {
            "key": "nhs-jobs",
            "term": "NHS Jobs",
            "forms": [],
            "explanation": "Site-ul oficial pentru joburi în NHS din Anglia și Țara Galilor. Se folosește gratuit.",
        },
        {
            "key": "trac",
            "term": "Trac",
            "forms": [],
            "explanation": (
                "Un alt site pe care unii angajatori NHS îl folosesc pentru cereri. Un anunț de pe NHS Jobs vă poate "
                "trimite acolo."
            ),
        },
        {
            "key": "conditional-offer",
            "term": "ofertă condiționată",
            "forms": ["oferta condiționată", "oferte condiționate", "ofertei condiționate"],
            "explanation": (
                "O ofertă de angajare care depinde de rezultatul bun al verificărilor, de exemplu al referințelor și "
                "al dreptului de a lucra."
            ),
        },
        {
            "key": "reference",
            "term": "referință",
            "forms": ["referința", "referințe", "referințele", "referinței", "referințelor"],
            "explanation": (
                "Un scurt raport despre dumneavoastră de la cineva care vă cunoaște, de exemplu un fost manager sau un "
                "profesor."
            ),
        },
        {
            "key": "referee",
            "term": "persoana de referință",
            "forms": [
                "persoană de referință",
                "persoane de referință",
                "persoanele de referință",
                "persoanelor de referință",
            ],
            "explanation": (
                "Persoana care scrie referința despre dumneavoastră. Nu ar trebui să fie o rudă sau un prieten."
            ),
        },
        {
            "key": "right-to-work",
            "term": "dreptul de a lucra",
            "forms": ["dreptului de a lucra"],
            "explanation": (
                "Permisiunea dată de lege de a lucra în Regatul Unit. Orice angajator trebuie să o verifice înainte să "
                "începeți."
            ),
        },
        {
            "key": "share-code",
            "term": "cod de partajare",
            "forms": ["codul de partajare", "coduri de partajare", "codurile de partajare"],
            "explanation": (
                "Un cod de pe GOV.UK prin care un angajator vă poate verifica online dreptul de a lucra. Este valabil "
                "90 de zile."
            ),
        },
        {
            "key": "dbs-check",
            "term": "verificare DBS",
            "forms": ["verificarea DBS", "verificări DBS", "verificările DBS", "verificării DBS"],
            "explanation": (
                "O verificare făcută de Disclosure and Barring Service (serviciul care verifică cazierul), ca să se "
                "vadă dacă o persoană are cazier. Multe posturi în care lucrați cu pacienți o cer."
            ),
        },
        {
            "key": "occupational-health",
            "term": "medicina muncii",
            "forms": ["medicinei muncii"],
            "explanation": (
                "Echipa NHS care are grijă de sănătatea personalului. Verifică dacă aveți nevoie de sprijin ca să "
                "faceți munca în siguranță."
            ),
        },
        {
            "key": "preceptorship",
            "term": "preceptorship",
            "forms": ["preceptorat", "preceptoratul", "preceptoratului"],
            "explanation": (
                "O perioadă de sprijin și învățare în plus, de obicei în primul an, pentru asistenții medicali, "
                "moașele și alți profesioniști din sănătate proaspăt calificați."
            ),
        },
        {
            "key": "reasonable-adjustment",
            "term": "adaptare rezonabilă",
            "forms": ["adaptarea rezonabilă", "adaptări rezonabile", "adaptările rezonabile", "adaptărilor rezonabile"],
            "explanation": (
                "O schimbare care înlătură o barieră pentru o persoană cu dizabilități, de exemplu mai mult timp sau o "
                "cameră liniștită. Legea îi obligă pe angajatori să le facă."
            ),
        },
        {
            "key": "disability-confident",
            "term": "Disability Confident",
            "forms": [],
            "explanation": (
                "Un program guvernamental pentru angajatori. Angajatorii din program oferă un interviu persoanelor cu "
                "dizabilități care îndeplinesc criteriile esențiale."
            ),
        },
        {
            "key": "access-to-work",
            "term": "Access to Work",
            "forms": [],
            "explanation": (
                "Un grant guvernamental care plătește sprijinul la locul de muncă pentru persoanele cu dizabilități, "
                "de exemplu un instructor la locul de muncă sau ajutor pentru transport."
            ),
        },
        {
            "key": "job-coach",
            "term": "instructor la locul de muncă",
            "forms": [
                "instructorul la locul de muncă",
                "instructori la locul de muncă",
                "instructorului la locul de muncă",
                "instructorii la locul de muncă",
            ],
            "explanation": (
                "O persoană (în engleză, job coach) care ajută pe cineva să învețe un job nou și să se obișnuiască la "
                "locul de muncă."
            ),
        },
    ],
    "guides": [
        {
            "key": "how-nhs-applications-work",
            "title": "Cum funcționează cererile de angajare în NHS",
            "intro": (
                "Majoritatea joburilor din NHS urmează aceiași pași, de la anunț până la prima zi de lucru. Acest ghid "
                "explică fiecare pas, ca să știți la ce să vă așteptați."
            ),
            "description": (
                "Pașii unei cereri de angajare în NHS: de la găsirea unui post pe NHS Jobs la preselecție, interviu și "
                "verificările făcute înainte să începeți."
            ),
            "steps": [
                {
                    "heading": "Găsiți un post pe NHS Jobs",
                    "body": [
                        "Majoritatea joburilor din NHS sunt pe NHS Jobs, la https://www.jobs.nhs.uk. Site-ul este "
                        "gratuit. Puteți căuta după tipul de post și după loc, de exemplu Ealing, Harrow sau Hounslow.",
                        "Faceți-vă un cont și setați alerte de joburi. Așa primiți un e-mail când apare un post nou "
                        "care se potrivește cu ce căutați.",
                        "Unele anunțuri vă trimit pe un alt site, numit Trac, ca să aplicați. Pașii sunt aproape "
                        "aceiași.",
                    ],
                    "checklist": [
                        "O adresă de e-mail pe care o verificați des",
                        "O listă cu locurile până la care puteți ajunge ca să mergeți la muncă",
                        "Cuvinte în engleză de căutat, de exemplu healthcare assistant (asistent de îngrijire), "
                        "porter (brancardier), housekeeper (îngrijitor) sau administrator",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Citiți anunțul, fișa postului și specificația persoanei",
                    "body": [
                        "Fiecare post are o bandă. Banda vă arată salariul. Majoritatea angajaților NHS sunt plătiți "
                        "după un sistem numit Agenda for Change. Multe joburi de început sunt în banda 2, 3 sau 4.",
                        "Fișa postului (job description) spune ce veți face. Specificația persoanei (person "
                        "specification), adică profilul candidatului, arată ce caută angajatorul. Are criterii "
                        "esențiale, pe care trebuie să le îndepliniți, și criterii dorite, care sunt bine de avut.",
                        "Uitați-vă la data-limită. Unele anunțuri se închid mai devreme dacă aplică multe persoane.",
                    ],
                    "checklist": [],
                    "do": [
                        "Salvați sau printați anunțul, fișa postului și specificația persoanei. Anunțul dispare după "
                        "ce se închide, iar dumneavoastră veți avea nevoie de el la interviu.",
                        "Aplicați din timp. Nu așteptați până în ultima zi.",
                    ],
                    "dont": [],
                },
                {
                    "heading": "Completați formularul de cerere",
                    "body": [
                        "Formularul vă întreabă despre dumneavoastră, despre munca, studiile și cursurile pe care "
                        "le-ați făcut. Vă cere și numele persoanelor de referință.",
                        "Cea mai importantă parte este declarația de susținere (supporting statement). Aici arătați, "
                        "cu exemple, cum îndepliniți fiecare punct din specificația persoanei. Ghidul nostru despre "
                        "declarația de susținere vă poate ajuta.",
                        "Puteți salva formularul și reveni la el mai târziu. Verificați-l cu atenție înainte să-l "
                        "trimiteți.",
                    ],
                    "checklist": [
                        "Datele de început și de sfârșit (luna și anul) ale joburilor, voluntariatului și cursurilor "
                        "dumneavoastră",
                        "Numele și adresele de e-mail pentru două persoane de referință",
                        "Detalii despre dreptul de a lucra în Regatul Unit",
                    ],
                    "do": [],
                    "dont": [
                        "Nu copiați CV-ul. Comisia vrea să vadă cum vă potriviți cu acest post.",
                        "Nu lăsați pe altcineva sau un instrument AI (inteligență artificială) să scrie în locul "
                        "dumneavoastră. Mulți angajatori resping cererile care nu sunt scrise cu propriile cuvinte.",
                    ],
                },
                {
                    "heading": "Cine este chemat la interviu (preselecția)",
                    "body": [
                        "După data-limită, de obicei două persoane citesc cererile. Ele punctează fiecare cerere după "
                        "specificația persoanei. Acest pas se numește preselecție (shortlisting).",
                        "Ele nu vă văd numele, vârsta sau datele despre egalitate. Văd doar ce ați scris despre "
                        "abilitățile, experiența și pregătirea dumneavoastră. Așa, procesul este mai corect.",
                        "Trebuie să arătați că îndepliniți fiecare criteriu esențial. Dacă treceți de preselecție, "
                        "primiți un e-mail și un mesaj în cont. Dacă nu primiți nicio veste la câteva săptămâni după "
                        "data-limită, probabil nu ați trecut de preselecție de data aceasta.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Interviul",
                    "body": [
                        "Interviul poate fi față în față sau prin apel video. La unele posturi există și un scurt "
                        "test sau o sarcină practică.",
                        "Un grup mic de oameni, numit comisie, vă va pune întrebări despre abilitățile dumneavoastră "
                        "și despre valorile NHS. Ghidul nostru despre interviurile pentru joburi în NHS explică la ce "
                        "să vă așteptați.",
                        "Dacă aveți o dizabilitate, puteți cere adaptări rezonabile, de exemplu mai mult timp sau o "
                        "cameră liniștită.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Oferta și verificările",
                    "body": [
                        "Dacă vă descurcați bine, primiți o ofertă condiționată. Asta înseamnă că postul este al "
                        "dumneavoastră dacă verificările ies bine.",
                        "Angajatorul vă verifică identitatea, dreptul de a lucra, referințele și starea de sănătate "
                        "pentru acest post. Multe posturi cer și o verificare DBS (verificarea cazierului). Asta "
                        "poate dura câteva săptămâni.",
                        "Când verificările sunt gata, stabiliți împreună data la care începeți. Felicitări!",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": ["Nu plecați de la jobul actual până când angajatorul nu vă dă data la care începeți."],
                },
            ],
            "related": ["reading-a-person-specification", "writing-a-supporting-statement", "nhs-job-interviews"],
            "easy_read": {
                "title": "Cum funcționează cererile de angajare în NHS: Easy Read",
                "intro": "Aici aflați pașii prin care obțineți un job în NHS.",
                "lines": [
                    {
                        "picture": "hospital",
                        "text": "NHS are multe joburi în nord-vestul Londrei.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "computer",
                        "text": "Găsiți joburi NHS pe un site numit NHS Jobs.",
                        "word": "site",
                        "meaning": "Pagini pe care le vedeți pe calculator sau pe telefon.",
                    },
                    {
                        "picture": "money",
                        "text": "Fiecare job are o bandă care vă arată salariul.",
                        "word": "bandă",
                        "meaning": "Un nivel care stabilește cât câștigați.",
                    },
                    {
                        "picture": "job",
                        "text": "Fișa postului vă spune ce faceți la acel job.",
                        "word": "Fișa postului",
                        "meaning": "O listă cu sarcinile jobului.",
                    },
                    {
                        "picture": "checklist",
                        "text": "Specificația persoanei spune de ce abilități aveți nevoie.",
                        "word": "Specificația persoanei",
                        "meaning": "O listă cu ce caută angajatorul.",
                    },
                    {
                        "picture": "calendar",
                        "text": "Trimiteți formularul înainte de data-limită.",
                        "word": "data-limită",
                        "meaning": "Ultima zi în care puteți aplica.",
                    },
                    {
                        "picture": "form",
                        "text": "Completați un formular pe calculator sau pe telefon.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "writing",
                        "text": "Scrieți despre abilitățile dumneavoastră într-o declarație de susținere.",
                        "word": "declarație de susținere",
                        "meaning": "Partea din formular care spune de ce vă potriviți pentru job.",
                    },
                    {
                        "picture": "tick",
                        "text": "Verificați formularul înainte să-l trimiteți.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "question",
                        "text": "Apoi angajatorul face preselecția, ca să aleagă pe cine întâlnește.",
                        "word": "preselecția",
                        "meaning": "Alegerea persoanelor pentru interviu.",
                    },
                    {
                        "picture": "email",
                        "text": "Primiți un e-mail dacă vor să vă întâlnească.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "interview",
                        "text": "Apoi aveți un interviu cu un grup mic de oameni.",
                        "word": "interviu",
                        "meaning": "O întâlnire în care vi se pun întrebări.",
                    },
                    {
                        "picture": "adjustments",
                        "text": "Puteți cere schimbări care să vă ajute, de exemplu mai mult timp.",
                        "word": "schimbări",
                        "meaning": "Lucruri făcute în alt fel.",
                    },
                    {
                        "picture": "handshake",
                        "text": "Dacă vă aleg, vă fac o ofertă pentru job.",
                        "word": "ofertă",
                        "meaning": "Vă spun că jobul poate fi al dumneavoastră.",
                    },
                    {
                        "picture": "shield",
                        "text": "Apoi angajatorul vă verifică actele și referințele.",
                        "word": "referințele",
                        "meaning": "Ce spun despre dumneavoastră oamenii care vă cunosc.",
                    },
                    {
                        "picture": "calendar",
                        "text": "După verificări, stabiliți ziua în care începeți lucrul.",
                        "word": "",
                        "meaning": "",
                    },
                    {"picture": "helper", "text": "Vă putem ajuta gratuit la fiecare pas.", "word": "", "meaning": ""},
                ],
            },
        },
        {
            "key": "reading-a-person-specification",
            "title": "Cum să citiți specificația persoanei",
            "intro": (
                "Specificația persoanei vă arată ce caută angajatorul. Când o înțelegeți, îi puteți arăta "
                "angajatorului că sunteți persoana potrivită pentru post."
            ),
            "description": (
                "Ce este specificația persoanei la un post în NHS, care este diferența dintre criteriile esențiale și "
                "cele dorite și cum o folosiți ca să vă planificați cererea."
            ),
            "steps": [
                {
                    "heading": "Găsiți specificația persoanei",
                    "body": [
                        "Pe NHS Jobs, specificația persoanei (person specification) face parte din anunț sau se află "
                        "într-un document pe care îl puteți descărca. Deseori este un tabel.",
                        "De obicei are titluri precum calificări, experiență, abilități, cunoștințe și valori.",
                        "Citiți-o împreună cu fișa postului. Fișa postului spune ce veți face. Specificația persoanei "
                        "spune ce fel de persoană poate face acea muncă.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Aflați diferența dintre esențial și dorit",
                    "body": [
                        "Criteriile esențiale sunt lucrurile pe care trebuie să le aveți. Ca să treceți de "
                        "preselecție, trebuie să arătați că le îndepliniți pe fiecare.",
                        "Criteriile dorite sunt bine de avut. Nu trebuie să le aveți pe toate. Dar când aplică multe "
                        "persoane, ele îl ajută pe angajator să aleagă între cei care îndeplinesc toate criteriile "
                        "esențiale.",
                    ],
                    "checklist": [],
                    "do": [
                        "Arătați că îndepliniți fiecare criteriu esențial, chiar și pe cele care par ușoare, cum ar "
                        "fi abilitățile bune de comunicare.",
                        "Scrieți și despre criteriile dorite pe care le îndepliniți. Vă pot ajuta să obțineți un "
                        "interviu.",
                    ],
                    "dont": [
                        "Nu renunțați la un post doar pentru că nu îndepliniți toate criteriile dorite. Puteți aplica "
                        "oricum.",
                    ],
                },
                {
                    "heading": "Vedeți cum va fi verificat fiecare punct",
                    "body": [
                        "Lângă fiecare punct poate fi o literă. Ea vă spune cum îl va verifica angajatorul. De "
                        "exemplu, A înseamnă formularul de cerere (application form), I înseamnă interviul, iar T "
                        "înseamnă un test.",
                        "Dacă un punct este verificat în formularul de cerere, trebuie să scrieți despre el în "
                        "declarația de susținere. Dacă este verificat doar la interviu, pregătiți-vă să vorbiți "
                        "despre el acolo.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Potriviți experiența dumneavoastră cu fiecare punct",
                    "body": [
                        "Scrieți fiecare criteriu pe un rând separat. Lângă el, scrieți un exemplu real din viața "
                        "dumneavoastră care arată că îl îndepliniți.",
                        "Exemplele pot veni din munca plătită, din voluntariat, din îngrijirea unui membru al "
                        "familiei, de la colegiu sau din munca într-o altă țară. Contează și experiența din afara "
                        "Regatului Unit.",
                        "Dacă nu înțelegeți un cuvânt, întrebați-ne. De exemplu, „IT skills” (abilități IT) înseamnă "
                        "de obicei să folosiți e-mailul, să scrieți la tastatură și să lucrați cu programe simple pe "
                        "calculator.",
                    ],
                    "checklist": [
                        "Specificația persoanei, salvată sau printată",
                        "O listă cu joburile, voluntariatul și cursurile dumneavoastră, cu date",
                        "Un exemplu pentru fiecare criteriu esențial",
                        "Dovezi pentru calificările cerute, de exemplu diplome sau certificate",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Căutați valorile NHS",
                    "body": [
                        "Deseori, specificația persoanei vă cere să arătați valorile NHS. Ele vin din NHS "
                        "Constitution (Constituția NHS). Acestea sunt: lucrul împreună pentru pacienți; respect și "
                        "demnitate; angajament pentru calitatea îngrijirii; compasiune; îmbunătățirea vieții "
                        "oamenilor; și toată lumea contează.",
                        "Gândiți-vă la o situație în care ați arătat fiecare valoare. De exemplu, o situație în care "
                        "ați vorbit cu blândețe și răbdare cu cineva supărat arată compasiune.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Hotărâți dacă postul este potrivit pentru dumneavoastră",
                    "body": [
                        "Dacă puteți arăta că îndepliniți toate criteriile esențiale, aplicați. Mulți oameni buni nu "
                        "aplică pentru că cred că nu sunt destul de buni. Dați-vă o șansă.",
                        "Dacă vă lipsește un criteriu esențial, de exemplu o calificare, căutați mai întâi un post "
                        "într-o bandă mai mică sau întrebați-ne despre cursuri.",
                        "Nu știți sigur? Contactați persoana numită în anunț. Ea răspunde cu plăcere la întrebări "
                        "despre post.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
            ],
            "related": ["writing-a-supporting-statement", "how-nhs-applications-work"],
            "easy_read": {
                "title": "Cum să citiți specificația persoanei: Easy Read",
                "intro": "Aici aflați despre lista cu ce caută un angajator.",
                "lines": [
                    {
                        "picture": "documents",
                        "text": "Pentru fiecare job NHS există specificația persoanei.",
                        "word": "specificația persoanei",
                        "meaning": "O listă cu ce caută angajatorul.",
                    },
                    {
                        "picture": "computer",
                        "text": "O găsiți lângă anunțul de pe NHS Jobs.",
                        "word": "anunțul",
                        "meaning": "Pagina care vă spune despre job.",
                    },
                    {
                        "picture": "checklist",
                        "text": "Ea arată abilitățile și experiența pe care le vrea angajatorul.",
                        "word": "experiența",
                        "meaning": "Lucruri pe care le-ați făcut înainte.",
                    },
                    {
                        "picture": "tick",
                        "text": "Lucrurile esențiale sunt lucruri pe care trebuie să le aveți.",
                        "word": "esențiale",
                        "meaning": "Trebuie să le aveți.",
                    },
                    {
                        "picture": "star",
                        "text": "Lucrurile dorite sunt bine de avut, dar nu sunt obligatorii.",
                        "word": "dorite",
                        "meaning": "Bine de avut.",
                    },
                    {
                        "picture": "tick",
                        "text": "Trebuie să arătați că aveți fiecare lucru esențial.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "form",
                        "text": "Litera A înseamnă că se verifică în formularul dumneavoastră.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "interview",
                        "text": "Litera I înseamnă că se verifică la interviu.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "writing",
                        "text": "Scrieți fiecare lucru din listă pe un rând separat.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "star",
                        "text": "Lângă fiecare, scrieți ceva real pe care l-ați făcut.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "job",
                        "text": "Exemplul poate fi de la muncă, de acasă sau din voluntariat.",
                        "word": "voluntariat",
                        "meaning": "Munca prin care ajutați oameni fără să primiți bani.",
                    },
                    {
                        "picture": "hospital",
                        "text": "NHS caută și oameni care îi împărtășesc valorile.",
                        "word": "valorile",
                        "meaning": "Ce contează cel mai mult pentru NHS.",
                    },
                    {
                        "picture": "handshake",
                        "text": "O valoare NHS este respectul și demnitatea pentru toată lumea.",
                        "word": "demnitatea",
                        "meaning": "Să-i faceți pe oameni să simtă că sunt importanți.",
                    },
                    {
                        "picture": "question",
                        "text": "Dacă nu înțelegeți un cuvânt, cereți ajutor.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "email",
                        "text": "Puteți scrie un e-mail persoanei numite în anunț.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "helper",
                        "text": "Vă putem ajuta să citiți specificația persoanei.",
                        "word": "",
                        "meaning": "",
                    },
                ],
            },
        },
        {
            "key": "writing-a-supporting-statement",
            "title": "Cum să scrieți declarația de susținere",
            "intro": (
                "Declarația de susținere (supporting statement) este cea mai importantă parte a unei cereri în NHS. "
                "Este șansa dumneavoastră să arătați, cu propriile cuvinte, cum îndepliniți specificația persoanei."
            ),
            "description": (
                "Scrieți o declarație de susținere puternică pentru un job în NHS: folosiți specificația persoanei ca "
                "plan și dați exemple STAR cu propriile cuvinte."
            ),
            "steps": [
                {
                    "heading": "Aflați la ce folosește declarația",
                    "body": [
                        "Comisiile de preselecție punctează declarația după specificația persoanei. Membrii comisiei "
                        "nu vă cunosc și pot puncta doar ce scrieți. Numele dumneavoastră este ascuns, dar ei citesc "
                        "fiecare cuvânt.",
                        "Pe NHS Jobs, s-ar putea să scrieți într-o casetă separată pentru fiecare criteriu. Fiecare "
                        "casetă are loc pentru cel mult 5000 de caractere, iar un contor vă arată câte mai aveți. "
                        "Alte sisteme, de exemplu Trac, pot avea o singură casetă mare. Unii angajatori stabilesc o "
                        "limită de cuvinte, așa că verificați anunțul.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Folosiți specificația persoanei ca plan",
                    "body": [
                        "Luați fiecare criteriu din specificația persoanei și folosiți-l ca titlu, în aceeași ordine. "
                        "Începeți cu criteriile esențiale, apoi treceți la criteriile dorite.",
                        "Sub fiecare titlu, dați un exemplu scurt și real care arată că îndepliniți criteriul. Un "
                        "exemplu bun este mai bun decât o listă lungă.",
                    ],
                    "checklist": [],
                    "do": [
                        "Folosiți aceleași cuvinte ca în specificația persoanei, ca să vadă comisia ușor potrivirea.",
                        "Scrieți „I” (eu), nu „we” (noi). Comisia vrea să știe ce ați făcut dumneavoastră.",
                    ],
                    "dont": ["Nu lipiți CV-ul în declarație.", "Nu lăsați pe dinafară niciun criteriu esențial."],
                },
                {
                    "heading": "Folosiți metoda STAR pentru fiecare exemplu",
                    "body": [
                        "STAR vă ajută să spuneți o poveste clară și scurtă. Literele vin din cuvintele englezești "
                        "Situation, Task, Action și Result. Mulți angajatori NHS vor să adăugați la final și ce ați "
                        "învățat.",
                    ],
                    "checklist": [
                        "Situația (Situation): unde erați și ce se întâmpla?",
                        "Sarcina (Task): ce trebuia să faceți?",
                        "Acțiunea (Action): ce ați făcut și cum? Aceasta ar trebui să fie partea cea mai lungă.",
                        "Rezultatul (Result): ce s-a întâmplat la final?",
                        "Ce ați învățat: ce lecție ați tras sau ce ați face altfel data viitoare?",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Priviți un exemplu scurt",
                    "body": [
                        "Iată un exemplu pentru criteriul „Poate rămâne calm și amabil cu oamenii supărați”. "
                        "Cuvintele din paranteze arată fiecare parte din STAR. Nu le-ați scrie în declarație.",
                        "Lucrez la casă într-un supermarket aglomerat. Într-o zi, o clientă în vârstă s-a supărat "
                        "pentru că nu i-a mers cardul (Situația). Trebuia s-o ajut și, în același timp, să nu blochez "
                        "coada (Sarcina).",
                        "Am vorbit rar și calm și am ascultat-o. Am rugat un coleg să deschidă altă casă. Apoi am "
                        "ajutat-o să sune la bancă (Acțiunea). Și-a plătit cumpărăturile și mi-a mulțumit, iar "
                        "managerul meu a spus că m-am descurcat bine (Rezultatul).",
                        "Am învățat că oamenii se liniștesc mai ușor dacă îi asculți mai întâi. Aș face la fel cu "
                        "pacienții, ca să arăt compasiune (Ce am învățat).",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Folosiți toată experiența și arătați valorile NHS",
                    "body": [
                        "Exemplele pot veni din orice parte a vieții dumneavoastră: muncă plătită, voluntariat, "
                        "îngrijirea unei rude, o comunitate religioasă sau un grup din comunitate, școală sau muncă "
                        "într-o altă țară.",
                        "Arătați valorile NHS acolo unde puteți, de exemplu respect și demnitate, compasiune și "
                        "faptul că toată lumea contează. Nu le enumerați doar. Arătați-le prin ce ați făcut.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Scrieți cu propriile cuvinte și verificați",
                    "body": [
                        "Scrieți cu propriile cuvinte. Comisia vrea să vă audă vocea, nu o engleză perfectă. "
                        "Propozițiile scurte și clare sunt în regulă.",
                        "Multe anunțuri spun că cererile scrise cu instrumente AI (inteligență artificială) pot fi "
                        "respinse. Ajutorul de pe acest site vă pune întrebări și vă dă sfaturi, dar nu vă scrie "
                        "declarația.",
                        "Înainte s-o trimiteți, citiți-o cu voce tare sau rugați pe cineva s-o verifice.",
                    ],
                    "checklist": [
                        "Fiecare criteriu esențial are un titlu și un exemplu",
                        "Fiecare exemplu spune ce ați făcut, folosind „I” (eu)",
                        "Ortografia a fost verificată",
                        "Textul se încadrează în limita de cuvinte sau de caractere, dacă există una",
                    ],
                    "do": [],
                    "dont": [
                        "Nu copiați exemple de pe internet sau de la un prieten. Comisiile observă, iar asta nu este "
                        "corect față de dumneavoastră.",
                    ],
                },
            ],
            "related": ["reading-a-person-specification", "nhs-job-interviews", "how-nhs-applications-work"],
            "easy_read": {
                "title": "Cum să scrieți declarația de susținere: Easy Read",
                "intro": "Aici aflați cum să scrieți de ce vă potriviți pentru job.",
                "lines": [
                    {
                        "picture": "writing",
                        "text": "În declarația de susținere spuneți de ce vă potriviți pentru job.",
                        "word": "declarația de susținere",
                        "meaning": "Partea din formular despre abilitățile dumneavoastră.",
                    },
                    {
                        "picture": "checklist",
                        "text": "Folosiți specificația persoanei ca să plănuiți ce scrieți.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "tick",
                        "text": "Scrieți mai întâi despre lucrurile esențiale.",
                        "word": "esențiale",
                        "meaning": "Trebuie să le aveți.",
                    },
                    {
                        "picture": "writing",
                        "text": "Folosiți fiecare lucru din listă ca titlu.",
                        "word": "titlu",
                        "meaning": "Un nume scurt deasupra textului.",
                    },
                    {
                        "picture": "star",
                        "text": "Dați un exemplu pentru fiecare lucru din listă.",
                        "word": "exemplu",
                        "meaning": "Ceva ce ați făcut cu adevărat.",
                    },
                    {
                        "picture": "star",
                        "text": "Folosiți STAR ca să spuneți exemplul în ordinea potrivită.",
                        "word": "STAR",
                        "meaning": "Un mod de a spune o poveste scurtă.",
                    },
                    {
                        "picture": "question",
                        "text": "S vine de la Situation, adică situația: unde erați?",
                        "word": "situația",
                        "meaning": "Ce se întâmpla.",
                    },
                    {
                        "picture": "checklist",
                        "text": "T vine de la Task, adică sarcina: ce trebuia să faceți?",
                        "word": "sarcina",
                        "meaning": "Un lucru pe care trebuie să-l faceți.",
                    },
                    {
                        "picture": "helper",
                        "text": "A vine de la Action, adică acțiunea: ce ați făcut?",
                        "word": "acțiunea",
                        "meaning": "Ceva ce faceți.",
                    },
                    {
                        "picture": "tick",
                        "text": "R vine de la Result, adică rezultatul: ce s-a întâmplat la final?",
                        "word": "rezultatul",
                        "meaning": "Ce s-a întâmplat în urma a ceea ce ați făcut.",
                    },
                    {"picture": "star", "text": "Apoi spuneți ce ați învățat.", "word": "", "meaning": ""},
                    {
                        "picture": "writing",
                        "text": "Scrieți „I” (eu), nu „we” (noi), ca să arătați ce ați făcut.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "hospital",
                        "text": "Arătați valorile NHS, cum ar fi bunătatea și respectul.",
                        "word": "valorile",
                        "meaning": "Ce contează cel mai mult pentru NHS.",
                    },
                    {
                        "picture": "job",
                        "text": "Exemplele pot fi de la muncă, de acasă sau din voluntariat.",
                        "word": "voluntariat",
                        "meaning": "Munca prin care ajutați oameni fără să primiți bani.",
                    },
                    {
                        "picture": "computer",
                        "text": "Nu lăsați un calculator sau altă persoană să scrie în locul dumneavoastră.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "tick",
                        "text": "Verificați ortografia înainte să trimiteți.",
                        "word": "",
                        "meaning": "",
                    },
                    {
                        "picture": "helper",
                        "text": "Vă putem ajuta să vă plănuiți declarația.",
                        "word": "",
                        "meaning": "",
                    },
                ],
            },
        },
        {
            "key": "nhs-job-interviews",
            "title": "Interviurile pentru joburi în NHS",
            "intro": (
                "Interviul este o șansă pentru dumneavoastră și pentru angajator să vă cunoașteți. Iată cum să vă "
                "pregătiți și la ce să vă așteptați în ziua interviului."
            ),
            "description": (
                "Cum funcționează interviurile pentru joburi în NHS, ce fel de întrebări vi se pot pune și cum să vă "
                "pregătiți ca să dați tot ce aveți mai bun în ziua interviului."
            ),
            "steps": [
                {
                    "heading": "Citiți invitația și răspundeți",
                    "body": [
                        "Dacă treceți de preselecție, primiți o invitație. Ea vă spune data, ora și locul. Spune și "
                        "dacă interviul este față în față sau prin apel video și dacă există un test sau o sarcină "
                        "practică.",
                        "Răspundeți repede, ca să vă rezervați locul. Unii angajatori vă cer să alegeți o oră pe NHS "
                        "Jobs sau pe Trac.",
                        "Dacă aveți nevoie de adaptări rezonabile, cereți-le acum. De exemplu, puteți cere mai mult "
                        "timp, întrebările în scris, o cameră liniștită sau o pauză.",
                    ],
                    "checklist": [
                        "Data, ora și adresa sau linkul pentru apelul video",
                        "Numele și adresa de e-mail ale persoanei de contact",
                        "Ce trebuie să aduceți, de exemplu pașaportul sau certificatele",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Pregătiți-vă",
                    "body": [
                        "Citiți din nou fișa postului și specificația persoanei. Comisia pune des întrebări despre "
                        "punctele din specificația persoanei.",
                        "Gândiți-vă la patru sau cinci exemple STAR despre care puteți vorbi. Exersați să le spuneți "
                        "cu voce tare, cu un prieten sau la una dintre sesiunile noastre de sprijin.",
                        "Aflați câte ceva despre echipă și despre loc, de exemplu în ce spital sau serviciu este "
                        "postul.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Aflați ce fel de întrebări se pun",
                    "body": [
                        "Comisia este formată de obicei din două sau trei persoane. Ele le pun tuturor candidaților "
                        "aceleași întrebări, ca să fie corect. Pot lua notițe cât vorbiți. Este normal.",
                        "Multe întrebări sunt despre valorile NHS. De exemplu: „Povestiți-ne despre o situație în "
                        "care ați tratat pe cineva cu respect și demnitate.” Altele sunt despre post. De exemplu: „Ce "
                        "ați face dacă un pacient ar fi furios?”",
                        "Răspundeți cu un exemplu STAR acolo unde puteți. Este în regulă să vă gândiți puțin înainte "
                        "să răspundeți.",
                    ],
                    "checklist": [],
                    "do": [
                        "Rugați comisia să repete sau să explice o întrebare dacă nu o înțelegeți.",
                        "Vorbiți despre ce ați făcut dumneavoastră, spunând „I” (eu).",
                        "Spuneți deschis dacă nu știți ceva și explicați cum ați afla.",
                    ],
                    "dont": [
                        "Nu vă faceți griji pentru accent sau pentru o engleză perfectă. Cel mai mult contează "
                        "răspunsurile clare și sincere.",
                    ],
                },
                {
                    "heading": "În ziua interviului",
                    "body": [
                        "Plănuiți-vă drumul și ajungeți cu 10 până la 15 minute mai devreme. Spitalele pot fi mari, "
                        "așa că lăsați-vă timp să găsiți camera potrivită.",
                        "Pentru un apel video, verificați cu o zi înainte camera, sunetul și internetul. Găsiți un "
                        "loc liniștit, cu lumină bună.",
                        "Aduceți documentele cerute. Unii angajatori vă verifică identitatea și dreptul de a lucra "
                        "chiar la interviu.",
                    ],
                    "checklist": [
                        "Invitația, cu adresa sau linkul video",
                        "Documentele cerute",
                        "Notițele despre exemplele STAR",
                        "Apă de băut",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Puneți și dumneavoastră întrebări",
                    "body": [
                        "La final, comisia vă va întreba dacă aveți întrebări. Este bine să puneți una sau două.",
                        "Puteți întreba despre cursurile de formare, despre echipă sau despre sprijinul pentru "
                        "angajații noi. Dacă abia ați terminat studiile de asistență medicală, puteți întreba despre "
                        "preceptorship (perioada de preceptorat), adică sprijin în plus în primul an.",
                    ],
                    "checklist": [
                        "Ce formare voi primi când încep?",
                        "Cum arată o zi obișnuită în această echipă?",
                        "Când voi afla dacă am primit postul?",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "După interviu",
                    "body": [
                        "De obicei, angajatorul vă spune rezultatul în câteva zile sau săptămâni. Dacă primiți "
                        "postul, veți avea o ofertă condiționată cât timp se fac verificările.",
                        "Dacă nu primiți postul, cereți feedback (o părere despre cum v-ați descurcat). Vă ajută să "
                        "vă descurcați mai bine data viitoare. Mulți oameni au nevoie de câteva încercări până să "
                        "obțină un job în NHS. Este normal.",
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
            "title": "Cum dovediți dreptul de a lucra",
            "intro": (
                "Orice angajator din Regatul Unit trebuie să verifice că aveți voie să lucrați aici înainte să "
                "începeți. Acest ghid explică cum dovediți dreptul de a lucra pentru un job în NHS."
            ),
            "description": (
                "Cum dovediți dreptul de a lucra în Regatul Unit pentru un job în NHS: pașapoarte, eVisa, coduri de "
                "partajare și ce faceți dacă așteptați o decizie."
            ),
            "steps": [
                {
                    "heading": "De ce verifică angajatorii",
                    "body": [
                        "Legea spune că orice angajator trebuie să verifice dacă angajații noi au dreptul de a lucra "
                        "în Regatul Unit. Angajatorii NHS verifică pe toată lumea, indiferent de origine.",
                        "Verificarea are loc înainte să începeți, deseori după ce primiți o ofertă condiționată. Unii "
                        "angajatori vă cer să arătați documentele la interviu.",
                        "Formularul de cerere vă poate întreba dacă aveți dreptul de a lucra sau dacă aveți nevoie de "
                        "viză. Răspundeți sincer.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Dacă aveți cetățenie britanică sau irlandeză",
                    "body": [
                        "De obicei puteți arăta pașaportul britanic sau irlandez. Poate fi valabil sau expirat. Se "
                        "acceptă și cardul de pașaport irlandez (Irish passport card).",
                        "Dacă nu aveți pașaport, puteți folosi alte documente. De exemplu, un certificat de naștere "
                        "complet din Regatul Unit, împreună cu un document care arată numărul de asigurare națională "
                        "(National Insurance number), cum ar fi o scrisoare de la HMRC (administrația fiscală) sau un "
                        "formular P45 sau P60 de la un job anterior.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Dacă aveți eVisa sau statut de rezident (settled status)",
                    "body": [
                        "Majoritatea persoanelor care nu au cetățenie britanică sau irlandeză își dovedesc acum "
                        "online dreptul de a lucra. Aici intră persoanele cu statut de rezident permanent sau "
                        "temporar (settled sau pre-settled status) din EU Settlement Scheme (schema de rezidență "
                        "pentru cetățenii UE) și persoanele cu viză.",
                        "Ca să obțineți un cod de partajare (share code), folosiți serviciul GOV.UK „Prove your right "
                        "to work to an employer”, la https://www.gov.uk/prove-right-to-work. Dați-i angajatorului "
                        "codul de partajare și data nașterii. Angajatorul îl verifică la "
                        "https://www.gov.uk/view-right-to-work.",
                        "Un cod de partajare este valabil 90 de zile. Puteți obține oricând unul nou, gratuit.",
                    ],
                    "checklist": [
                        "Datele de conectare pentru contul UKVI",
                        "Pașaportul sau cartea de identitate legată de eVisa",
                        "Un cod de partajare mai nou de 90 de zile",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Dacă așteptați o decizie de la Home Office",
                    "body": [
                        "Dacă ați depus o cerere la Home Office (Ministerul de Interne britanic) înainte să vă expire "
                        "viza și încă așteptați răspunsul, s-ar putea să aveți în continuare voie să lucrați. "
                        "Angajatorul poate cere confirmarea de la Home Office.",
                        "Spuneți-i angajatorului din timp, ca să fie timp pentru verificare.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Verificați ce vă permite viza",
                    "body": [
                        "Unele vize limitează munca pe care o puteți face. De exemplu, vizele de student limitează de "
                        "obicei orele de lucru în timpul semestrului. Vizele Skilled Worker, inclusiv viza Health and "
                        "Care Worker, sunt legate de angajatorul care vă sponsorizează.",
                        "Dacă nu știți sigur ce vă permite viza, verificați eVisa sau cereți un sfat înainte să "
                        "aplicați. Cereți sfaturi despre imigrare doar de la un consilier autorizat sau de la un "
                        "avocat (solicitor).",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": ["Nu spuneți că aveți dreptul de a lucra dacă nu știți sigur. Verificați mai întâi."],
                },
                {
                    "heading": "Țineți documentele pregătite",
                    "body": [
                        "Păstrați documentele împreună, într-un loc sigur. Numele de pe documente trebuie să fie "
                        "același cu numele din cerere. Dacă v-ați schimbat numele, aduceți o dovadă, de exemplu "
                        "certificatul de căsătorie.",
                        "Nu plătiți niciodată pe nimeni ca să vă obțină un job în NHS sau ca să vă verifice dreptul "
                        "de a lucra. Aplicarea la joburile din NHS este gratuită.",
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
            "title": "Verificările DBS și referințele",
            "intro": (
                "Înainte să începeți un job în NHS, angajatorul verifică anumite lucruri, ca să-i protejeze pe "
                "pacienți. Două dintre ele sunt referințele și, la multe posturi, o verificare DBS."
            ),
            "description": (
                "Verificările pe care le fac angajatorii NHS înainte să începeți: verificări DBS, referințe și ce "
                "faceți dacă aveți cazier."
            ),
            "steps": [
                {
                    "heading": "Verificările de dinainte să începeți",
                    "body": [
                        "După o ofertă condiționată, angajatorii NHS fac șase verificări. Ei verifică cine sunteți, "
                        "dreptul de a lucra, calificările sau înregistrarea profesională, istoricul de muncă și "
                        "referințele, sănătatea pentru acest post și, la multe posturi, cazierul.",
                        "Pentru verificarea sănătății, completați de obicei un formular pentru echipa de medicina "
                        "muncii (occupational health). Scopul este să afle dacă aveți nevoie de sprijin la muncă. "
                        "Mulți oameni nu au nevoie de o programare.",
                        "Completați formularele și răspundeți repede la e-mailuri. Așa puteți începe mai devreme.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Ce este o verificare DBS",
                    "body": [
                        "DBS înseamnă Disclosure and Barring Service (serviciul care verifică cazierul). O verificare "
                        "DBS arată dacă o persoană are cazier. Posturile în care lucrați cu pacienți sau cu copii cer "
                        "de obicei una.",
                        "Există niveluri diferite: de bază (basic), standard și extinsă (enhanced). Multe posturi NHS "
                        "în care lucrați cu pacienți cer o verificare extinsă. Angajatorul vă spune de care aveți "
                        "nevoie.",
                        "Angajatorul vă trimite un formular, de obicei online. Arătați documente care dovedesc cine "
                        "sunteți.",
                    ],
                    "checklist": [
                        "Toate adresele la care ați locuit în ultimii 5 ani, cu date",
                        "Acte de identitate, de exemplu pașaport, permis de conducere sau extras de cont bancar",
                        "Alte nume pe care le-ați folosit, de exemplu numele dinainte de căsătorie",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Dacă aveți cazier",
                    "body": [
                        "Cazierul nu vă oprește întotdeauna să lucrați în NHS. Depinde de fapta respectivă, de când a "
                        "avut loc și de post.",
                        "Unele avertismente oficiale (cautions) și condamnări vechi și minore sunt filtrate. Asta "
                        "înseamnă că nu apar într-o verificare DBS standard sau extinsă.",
                        "Dacă vi se pune o întrebare despre cazier, spuneți adevărul. Dacă nu spuneți adevărul, "
                        "puteți pierde postul, chiar și atunci când fapta în sine nu v-ar fi costat postul. Puteți "
                        "primi sfaturi gratuite și confidențiale de la organizații caritabile care ajută persoanele "
                        "cu cazier.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Cine plătește și DBS Update Service",
                    "body": [
                        "Mulți angajatori NHS plătesc verificarea DBS. Unii scad costul din primul salariu. Întrebați "
                        "dacă nu știți sigur.",
                        "Dacă aveți deja un certificat DBS, întrebați dacă angajatorul acceptă DBS Update Service "
                        "(serviciul de actualizare DBS). Plătiți o mică taxă anuală ca certificatul să rămână la zi, "
                        "iar angajatorii îl pot verifica online. Trebuie să vă înscrieți în 30 de zile de la data de "
                        "pe certificat.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Alegeți persoanele de referință",
                    "body": [
                        "O referință este un scurt raport despre dumneavoastră. Persoana care o scrie este persoana "
                        "de referință (referee).",
                        "Angajatorii NHS vor de obicei referințe care să acopere ultimii 3 ani. Una ar trebui să fie "
                        "de la managerul actual sau de la ultimul manager.",
                        "Dacă nu ați lucrat de ceva timp, puteți ruga un profesor, un tutore de la colegiu sau "
                        "coordonatorul de la locul unde ați făcut voluntariat.",
                    ],
                    "checklist": [],
                    "do": [
                        "Întrebați fiecare persoană înainte să-i dați numele.",
                        "Dacă puteți, dați adresa de e-mail de serviciu a persoanelor de referință.",
                        "Spuneți-le persoanelor de referință să fie atente la un e-mail și mulțumiți-le.",
                    ],
                    "dont": ["Nu folosiți membri ai familiei sau prieteni ca persoane de referință."],
                },
                {
                    "heading": "Dacă verificările durează mult",
                    "body": [
                        "Verificările durează deseori câteva săptămâni. Dacă durează mult, scrieți un e-mail echipei "
                        "de recrutare și întrebați dacă au nevoie de ceva de la dumneavoastră.",
                        "Uitați-vă și în dosarul de spam (junk). E-mailurile despre verificări pot ajunge acolo.",
                        "Nu plecați de la jobul actual până când angajatorul nu spune că toate verificările sunt gata "
                        "și nu vă dă data la care începeți.",
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
            "title": "Adaptările rezonabile și oferta unui interviu",
            "intro": (
                "Dacă aveți o dizabilitate, angajatorii trebuie să facă schimbări ca să aveți o șansă corectă. Mulți "
                "angajatori NHS vă vor oferi și un interviu dacă îndepliniți criteriile esențiale."
            ),
            "description": (
                "Adaptări rezonabile pentru candidații cu dizabilități la joburi în NHS și cum cereți un interviu prin "
                "programul Disability Confident."
            ),
            "steps": [
                {
                    "heading": "Pentru cine este acest ghid",
                    "body": [
                        "Equality Act 2010 (Legea egalității din 2010) spune că aveți o dizabilitate dacă aveți o "
                        "afecțiune fizică sau psihică cu un efect mare și de lungă durată asupra vieții de zi cu zi. "
                        "De lungă durată înseamnă 12 luni sau mai mult.",
                        "Aici pot intra o dizabilitate de învățare, autismul, dislexia, o problemă de sănătate "
                        "mintală, pierderea vederii sau a auzului și bolile de lungă durată, cum ar fi diabetul.",
                        "Mulți oameni nu spun despre ei înșiși că au o dizabilitate, dar legea îi protejează totuși. "
                        "Dacă nu știți sigur, puteți cere ajutor oricum.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Ce este o adaptare rezonabilă",
                    "body": [
                        "O adaptare rezonabilă este o schimbare care înlătură o barieră pentru dumneavoastră. Prin "
                        "lege, angajatorii trebuie să facă adaptări rezonabile când aplicați, la interviu și la locul "
                        "de muncă.",
                        "Iată câteva exemple. Puteți cere și alte lucruri.",
                    ],
                    "checklist": [
                        "Anunțul și formularul în format Easy Read sau cu litere mari",
                        "Mai mult timp ca să completați formularul sau să dați un test",
                        "Întrebările de la interviu în scris sau trimise înainte de ziua interviului",
                        "O cameră liniștită, pauze sau un interviu la o oră care vă convine",
                        "O persoană de sprijin, un interpret sau un interpret de limbaj mimico-gestual britanic "
                        "(British Sign Language, BSL) lângă dumneavoastră",
                        "O probă de lucru în locul unui interviu obișnuit",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Cum cereți adaptări",
                    "body": [
                        "Pe NHS Jobs și pe Trac, formularul are un loc în care îi spuneți angajatorului de ce "
                        "adaptări aveți nevoie. Puteți scrie și un e-mail persoanei de contact din anunț.",
                        "Spuneți de ce aveți nevoie, nu doar ce afecțiune aveți. De exemplu: „Am o dizabilitate de "
                        "învățare. Vă rog să-mi trimiteți întrebările în scris și să-mi dați 10 minute în plus.”",
                        "Nu trebuie să spuneți detalii pe care vreți să le păstrați pentru dumneavoastră. Detaliile "
                        "despre sănătate nu fac parte din ce punctează comisia de preselecție.",
                    ],
                    "checklist": [],
                    "do": [
                        "Cereți din timp, ca să fie timp pentru organizare.",
                        "Cereți din nou în orice etapă, dacă se schimbă ceva.",
                    ],
                    "dont": [],
                },
                {
                    "heading": "Oferta de interviu prin Disability Confident",
                    "body": [
                        "Mulți angajatori NHS fac parte din programul Disability Confident (un program guvernamental "
                        "pentru angajarea persoanelor cu dizabilități). Căutați sigla Disability Confident în anunț.",
                        "Acești angajatori oferă un interviu persoanelor cu dizabilități care îndeplinesc criteriile "
                        "esențiale pentru post. Criteriile esențiale sunt minimul de care are nevoie postul.",
                        "Trebuie totuși să arătați, în declarația de susținere, că îndepliniți fiecare criteriu "
                        "esențial. Comisia verifică acest lucru.",
                        "În cazuri rare, de exemplu când aplică un număr foarte mare de persoane, s-ar putea ca un "
                        "angajator să nu poată intervieva pe toți cei care îndeplinesc criteriile esențiale.",
                    ],
                    "checklist": [],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Cum cereți interviul în formular",
                    "body": [
                        "Formularul de cerere are de obicei o întrebare despre dizabilitate și despre programul "
                        "Disability Confident. Formularea poate fi diferită pe fiecare formular. Vă poate întreba "
                        "dacă vreți să aplicați prin program. Răspundeți „da” (yes) dacă vreți să-l folosiți.",
                        "Este alegerea dumneavoastră. Nu trebuie să folosiți programul, iar un răspuns „da” nu vă va "
                        "dezavantaja.",
                        "Dacă nu găsiți întrebarea, scrieți un e-mail persoanei de contact din anunț sau cereți-ne "
                        "ajutorul.",
                    ],
                    "checklist": [
                        "Căutați sigla Disability Confident în anunț",
                        "Găsiți în formular întrebarea despre dizabilitate",
                        "Răspundeți „da” la întrebarea despre Disability Confident dacă vreți să folosiți programul",
                        "Scrieți despre fiecare criteriu esențial în declarația de susținere",
                    ],
                    "do": [],
                    "dont": [],
                },
                {
                    "heading": "Sprijin când începeți munca",
                    "body": [
                        "Adaptările nu se opresc la interviu. La locul de muncă, puteți cere schimbări precum "
                        "instrucțiuni clare în scris, un coleg care vă îndrumă (buddy) sau altă oră de începere a "
                        "programului.",
                        "Access to Work este un grant guvernamental. Poate plăti, de exemplu, un instructor la locul "
                        "de muncă (job coach), ajutor pentru transport sau echipamente speciale. Cererea o faceți "
                        "chiar dumneavoastră. Aflați mai multe la https://www.gov.uk/access-to-work.",
                        "Dacă simțiți că un angajator nu a fost corect cu dumneavoastră, vorbiți cu noi. Vă poate da "
                        "sfaturi gratuite și Equality Advisory and Support Service (serviciul de consiliere pentru "
                        "egalitate).",
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
            "title": "Ce pot face la locul de muncă persoanele cu dizabilități de învățare",
            "intro": (
                "Persoanele cu dizabilități de învățare se descurcă bine în multe roluri din NHS. Cu un început bun și "
                "sprijinul potrivit, pot fi membri de încredere, pricepuți și loiali ai echipei dumneavoastră."
            ),
            "description": (
                "De ce ar trebui angajatorii NHS să angajeze persoane cu dizabilități de învățare, ce puncte forte "
                "aduc acestea și ce roluri li se potrivesc deseori."
            ),
            "topic": "capabilities",
            "body": [
                (
                    "p",
                    "O dizabilitate de învățare (learning disability) afectează felul în care o persoană învață "
                    "lucruri noi și înțelege informațiile. Apare înainte de vârsta adultă și durează toată viața. "
                    "Fiecare persoană este diferită. Unele persoane au nevoie de puțin sprijin, altele de mai mult.",
                ),
                (
                    "p",
                    "O dizabilitate de învățare nu este același lucru cu o dificultate de învățare, cum ar fi "
                    "dislexia. Nu este nici o boală psihică.",
                ),
                ("h2", "Decalajul pe care vrem să-l reducem"),
                (
                    "p",
                    "În Anglia, doar aproximativ 1 din 20 de adulți cu dizabilități de învățare care primesc sprijin "
                    "de la serviciile sociale are un loc de muncă plătit. Mult mai mulți vor să lucreze. NHS este "
                    "unul dintre cei mai mari angajatori din nord-vestul Londrei, așa că poate face o diferență reală "
                    "pentru oamenii din zonă și pentru familiile lor.",
                ),
                ("h2", "Ce aduc aceste persoane"),
                ("p", "Angajatorii care au în echipă persoane cu dizabilități de învățare ne vorbesc deseori despre:"),
                (
                    "ul",
                    [
                        "prezență bună la muncă și seriozitate, mai ales în rolurile cu o rutină clară",
                        "grijă și atenție la detalii în sarcinile pe care persoana le cunoaște bine",
                        "oameni care rămân mult timp pe post, ceea ce reduce costurile de recrutare și de instruire",
                        "experiența proprie de pacient în serviciile de sănătate, care ajută echipele să-i înțeleagă "
                        "pe pacienți",
                        "un efect pozitiv asupra echipei și asupra felului în care personalul se gândește la "
                        "dizabilitate",
                    ],
                ),
                ("h2", "Roluri care merg deseori bine"),
                ("p", "Persoane cu dizabilități de învățare lucrează deja în tot sistemul NHS. Câteva exemple sunt:"),
                (
                    "ul",
                    [
                        "transportul pacienților și al materialelor prin spital (portering)",
                        "reaprovizionarea secțiilor și a clinicilor",
                        "roluri în alimentație, servirea mesei pe secții (ward hostess) și curățenie",
                        "camera de corespondență, scanare, arhivare și alt sprijin administrativ",
                        "recepție și pregătirea sălilor de ședință",
                        "roluri de sprijin în îngrijirea medicală, cu instruire",
                    ],
                ),
                (
                    "inset",
                    "Concentrați-vă pe ce poate face persoana, nu pe etichetă. Analizați postul, apoi întrebați ce "
                    "sprijin ar ajuta persoana să-l facă bine.",
                ),
                ("h2", "Ce le ajută pe aceste persoane să reușească"),
                (
                    "ul",
                    [
                        "fișa postului și specificația persoanei în limbaj simplu, care cer doar ce îi trebuie "
                        "postului",
                        "o probă de lucru sau o sarcină practică, în locul unui interviu formal sau pe lângă el",
                        "un coleg de sprijin (buddy) sau un supervizor desemnat",
                        "instruire în pași mici, care arată, nu doar explică",
                        "sprijin de la un instructor la locul de muncă (job coach) în primele săptămâni",
                        "rutine clare și schimbări explicate din timp",
                    ],
                ),
                (
                    "details",
                    {
                        "summary": "Ce spune legea?",
                        "text": (
                            "Conform Equality Act 2010 (Legea egalității din 2010), angajatorii nu au voie să trateze "
                            "nedrept persoanele cu dizabilități și trebuie să facă adaptări rezonabile. Majoritatea "
                            "persoanelor cu dizabilități de învățare sunt protejate de această lege."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Vorbiți cu noi",
                        "text": (
                            "Vă putem ajuta să planificați un rol, să vă gândiți la adaptări și să ajungeți la oameni "
                            "din zonă care vor să lucreze. Scrieți-ne la jobsupport@nwlondon.example."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "reasonable-adjustments-at-work",
            "title": "Adaptări rezonabile la locul de muncă",
            "intro": (
                "Adaptările rezonabile sunt schimbări care înlătură barierele pentru candidații și angajații cu "
                "dizabilități. Cele mai multe sunt simple, iar multe nu costă nimic."
            ),
            "description": (
                "Adaptări rezonabile practice pentru recrutarea și angajarea persoanelor cu dizabilități de învățare "
                "în echipele NHS, de la anunț până la postul propriu-zis."
            ),
            "topic": "adjustments",
            "body": [
                (
                    "p",
                    "Conform Equality Act 2010, angajatorii trebuie să facă adaptări rezonabile, astfel încât "
                    "persoanele cu dizabilități să nu fie dezavantajate. Obligația acoperă tot parcursul: anunțul, "
                    "cererea, interviul și postul propriu-zis.",
                ),
                (
                    "inset",
                    "Persoana nu are nevoie de un diagnostic sau de o cerere formală. Dacă știți, sau ar fi de "
                    "așteptat să știți, că cineva are o dizabilitate, gândiți-vă la adaptări.",
                ),
                ("h2", "Când publicați anunțul și faceți preselecția"),
                (
                    "ul",
                    [
                        "Scrieți anunțul și specificația persoanei în limbaj simplu.",
                        "Limitați criteriile esențiale la ce îi trebuie cu adevărat postului. De exemplu, nu cereți "
                        "GCSE la engleză (un examen școlar britanic) dacă postul presupune puțin scris.",
                        "Oferiți anunțul și formularul în format Easy Read, cu litere mari sau în alte formate.",
                        "Numiți o persoană de contact care poate răspunde la întrebări la telefon, prin e-mail sau "
                        "față în față.",
                        "Dați mai mult timp pentru aplicare atunci când cineva cere.",
                    ],
                ),
                ("h2", "La interviu"),
                (
                    "ul",
                    [
                        "Trimiteți întrebările sau temele înainte de ziua interviului.",
                        "Întrebați un singur lucru o dată, cu cuvinte scurte și simple.",
                        "Permiteți să vină și o persoană de sprijin, un instructor la locul de muncă sau un interpret.",
                        "Oferiți o cameră liniștită, pauze și mai mult timp.",
                        "Folosiți o probă de lucru sau o sarcină practică, pentru ca persoana să-și poată arăta "
                        "abilitățile.",
                    ],
                ),
                ("h2", "La locul de muncă"),
                (
                    "ul",
                    [
                        "programe de lucru, liste de verificare și ghiduri pas cu pas, cu imagini",
                        "instruire în pași mici, repetată ori de câte ori este nevoie",
                        "o rutină stabilă, cu schimbările explicate din timp",
                        "un coleg de sprijin (buddy) desemnat și discuții scurte și regulate cu managerul",
                        "program adaptat sau o oră de începere mai târzie, ca persoana să evite aglomerația de la ora "
                        "de vârf",
                    ],
                ),
                (
                    "do",
                    [
                        "Întrebați persoana ce o ajută. Ea știe cel mai bine.",
                        "Notați în scris adaptările convenite și revizuiți-le la câteva luni.",
                        "Folosiți un pașaport al adaptărilor rezonabile (reasonable adjustments passport), dacă "
                        "organizația dumneavoastră are unul.",
                    ],
                ),
                (
                    "dont",
                    [
                        "Nu ghiciți ce poate sau nu poate face cineva.",
                        "Nu așteptați să apară o problemă ca să vorbiți despre sprijin.",
                        "Nu împărtășiți detalii despre dizabilitatea cuiva fără acordul persoanei.",
                    ],
                ),
                (
                    "details",
                    {
                        "summary": "Ce face ca o adaptare să fie rezonabilă?",
                        "text": (
                            "Depinde de cât de mult ajută schimbarea, cât de practică este și cât costă, precum și de "
                            "mărimea și resursele angajatorului. Pentru o organizație NHS mare, costul singur va face "
                            "rareori ca o adaptare să nu fie rezonabilă."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Ajutor cu costurile",
                        "text": (
                            "Access to Work poate plăti sprijin care merge dincolo de adaptările rezonabile, de "
                            "exemplu un instructor la locul de muncă sau ajutor pentru transport. Citiți ghidul nostru "
                            "despre Access to Work."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "job-carving",
            "title": "Job carving (posturi create din sarcini)",
            "intro": (
                "Job carving înseamnă să creați un post nou din sarcini pe care alți angajați le-ar preda cu plăcere. "
                "Astfel apar locuri de muncă bune, iar personalul calificat are timp pentru munca pentru care s-a "
                "pregătit."
            ),
            "description": (
                "Cum pot folosi echipele NHS job carving ca să creeze un rol pentru o persoană cu dizabilități de "
                "învățare, din sarcini pe care personalul ocupat le-ar preda."
            ),
            "topic": "job_carving",
            "body": [
                (
                    "p",
                    "Într-o secție sau un birou aglomerat, personalul calificat petrece deseori timp cu sarcini din "
                    "afara rolului său principal. Asistenții medicali reaprovizionează dulapurile. Personalul "
                    "administrativ scanează și arhivează documente. Job carving adună aceste sarcini într-un rol nou.",
                ),
                (
                    "p",
                    "Rolul nou este construit în jurul punctelor forte ale unei persoane. În plus, le dă celorlalți "
                    "membri ai echipei mai mult timp pentru pacienți și pentru munca pe care doar ei o pot face.",
                ),
                ("h2", "Cum creați un post prin job carving"),
                ("h3", "1. Vorbiți cu echipa"),
                (
                    "p",
                    "Întrebați angajații ce sarcini fac des și îi țin departe de munca lor principală. Țineți o listă "
                    "simplă timp de una sau două săptămâni, cu cât durează fiecare sarcină.",
                ),
                ("h3", "2. Grupați sarcinile"),
                (
                    "p",
                    "Alegeți sarcini regulate și clare, care pot fi învățate pas cu pas. Adunați destulă muncă pentru "
                    "un număr fix de ore pe săptămână.",
                ),
                ("h3", "3. Scrieți fișa postului"),
                (
                    "p",
                    "Scrieți-o în limbaj simplu. Specificația persoanei trebuie să ceară doar ce îi trebuie rolului. "
                    "Stabiliți banda prin procesul obișnuit de evaluare a posturilor din NHS.",
                ),
                ("h3", "4. Găsiți persoana potrivită"),
                (
                    "p",
                    "Colaborați cu serviciile locale de angajare asistată, cu colegiile și cu programele de stagii "
                    "asistate. O probă de lucru poate arăta dacă potrivirea este bună pentru ambele părți.",
                ),
                ("h3", "5. Sprijin și revizuire"),
                (
                    "p",
                    "Oferiți instruire clară, un coleg de sprijin (buddy) desemnat și, dacă este nevoie, un "
                    "instructor la locul de muncă. Revizuiți rolul după câteva luni și adăugați sarcini pe măsură ce "
                    "persoana capătă încredere.",
                ),
                ("h2", "Exemple de sarcini grupate într-un post"),
                (
                    "ul",
                    [
                        "reaprovizionarea secțiilor și verificarea datelor de expirare",
                        "pregătirea pachetelor pentru internare și a pachetelor cu pliante",
                        "livrarea corespondenței și a materialelor între departamente",
                        "scanarea, arhivarea și distrugerea documentelor",
                        "pregătirea sălilor pentru clinici și ședințe",
                        "pregătirea băuturilor și ajutor la orele de masă",
                    ],
                ),
                (
                    "inset",
                    "Un post creat prin job carving este un post adevărat. Trebuie plătit în banda potrivită, cu "
                    "aceleași drepturi și condiții ca orice alt rol.",
                ),
                (
                    "details",
                    {
                        "summary": "Job carving este același lucru cu împărțirea unui post (job sharing)?",
                        "text": (
                            "Nu. Job sharing înseamnă că două persoane împart un singur post. Job carving creează un "
                            "post nou din părți ale altor posturi."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Vreți să încercați?",
                        "text": (
                            "Scrieți-ne la jobsupport@nwlondon.example și putem discuta ce sarcini din echipa "
                            "dumneavoastră ar putea forma un rol bun."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "supported-internships-and-project-search",
            "title": "Stagii asistate și Project SEARCH",
            "intro": (
                "Stagiile asistate (supported internships) îi ajută pe tinerii cu dizabilități de învățare să învețe "
                "abilități reale la locul de muncă. Mulți ajung apoi la joburi plătite, inclusiv în NHS."
            ),
            "description": (
                "Cum funcționează stagiile asistate și Project SEARCH și cum pot angajatorii NHS din nord-vestul "
                "Londrei să primească stagiari și să le ofere joburi la final."
            ),
            "topic": "internships",
            "body": [
                (
                    "p",
                    "Un stagiu asistat este un program de studiu care se desfășoară mai ales la un angajator. Este "
                    "pentru tineri între 16 și 24 de ani care au un plan de educație, sănătate și îngrijire (EHC "
                    "plan). De obicei durează aproximativ un an.",
                ),
                (
                    "p",
                    "Stagiarii învață abilități de muncă în plasamente reale, cu sprijinul unui instructor la locul "
                    "de muncă. Unde este nevoie, continuă să studieze engleza și matematica. Scopul este un loc de "
                    "muncă plătit la final.",
                ),
                ("h2", "Project SEARCH"),
                (
                    "p",
                    "Project SEARCH este un model cunoscut de stagiu asistat. A început într-un spital din Statele "
                    "Unite și acum funcționează în multe locuri din Regatul Unit.",
                ),
                (
                    "p",
                    "Stagiarii petrec tot anul la un singur angajator-gazdă, de exemplu un spital. Fac trei "
                    "plasamente de lucru, numite rotații, în departamente diferite. Un tutore și instructori la locul "
                    "de muncă sunt la fața locului ca să-i sprijine.",
                ),
                (
                    "p",
                    "În nord-vestul Londrei, Project SEARCH funcționează la West Middlesex University Hospital din "
                    "2018.",
                ),
                ("h2", "Ce face angajatorul-gazdă"),
                (
                    "ul",
                    [
                        "oferă plasamente cu sarcini reale în echipe diferite",
                        "îi dă fiecărui stagiar un mentor sau un coleg de sprijin (buddy) în echipă",
                        "pune la dispoziție o sală în care tutorele și stagiarii se întâlnesc și învață",
                        "îi ajută pe stagiari să aplice la joburi plătite la final, în NHS sau în altă parte",
                    ],
                ),
                ("h2", "Cine mai este implicat"),
                (
                    "p",
                    "Un stagiu asistat este un parteneriat. O școală sau un colegiu conduce partea de învățare. Un "
                    "furnizor de servicii de angajare asistată asigură deseori instructorii la locul de muncă. "
                    "Consiliul local, care gestionează planul EHC, ajută cu finanțarea.",
                ),
                (
                    "inset",
                    "Stagiarii nu sunt angajați plătiți în timpul stagiului. Plănuiți de la început cum ar putea "
                    "trece la joburi plătite, de exemplu prin job carving.",
                ),
                (
                    "details",
                    {
                        "summary": "Poate ajuta Access to Work în timpul unui stagiu?",
                        "text": (
                            "Da. Tinerii dintr-un stagiu asistat pot cere ajutor de la Access to Work pentru "
                            "plasamentul de lucru, de exemplu sprijin suplimentar de la un instructor la locul de "
                            "muncă sau ajutor pentru transport."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Deveniți gazdă",
                        "text": (
                            "Dacă echipa dumneavoastră ar putea primi stagiari, scrieți-ne la "
                            "jobsupport@nwlondon.example. Vă putem pune în legătură cu programele locale."
                        ),
                    },
                ),
            ],
        },
        {
            "key": "access-to-work",
            "title": "Access to Work",
            "intro": (
                "Access to Work este un grant guvernamental. Plătește sprijinul de care are nevoie la locul de muncă o "
                "persoană cu dizabilități și care merge dincolo de adaptările rezonabile."
            ),
            "description": (
                "Ce plătește Access to Work, cine poate aplica și cum îi pot ajuta angajatorii NHS pe angajații noi cu "
                "dizabilități de învățare să primească sprijin."
            ),
            "topic": "access_to_work",
            "body": [
                (
                    "p",
                    "Access to Work este administrat de Department for Work and Pensions (DWP, Ministerul Muncii și "
                    "Pensiilor). Ajută persoanele cu dizabilități și persoanele cu o afecțiune medicală să înceapă "
                    "sau să rămână într-un loc de muncă plătit. Banii nu trebuie dați înapoi.",
                ),
                ("h2", "Ce poate plăti"),
                (
                    "ul",
                    [
                        "un instructor la locul de muncă (job coach), care ajută persoana să învețe postul și să se "
                        "obișnuiască",
                        "ajutor pentru drumul la muncă, de exemplu taxiuri, dacă persoana nu poate folosi transportul "
                        "public",
                        "un lucrător de sprijin",
                        "echipamente sau programe informatice speciale",
                        "sprijin de comunicare la un interviu de angajare, de exemplu un interpret de limbaj "
                        "mimico-gestual britanic (BSL)",
                        "sprijin pentru sănătatea mintală la locul de muncă",
                    ],
                ),
                ("h2", "Cine poate aplica"),
                (
                    "p",
                    "Cererea o face persoana cu dizabilități, nu angajatorul. Persoana trebuie să aibă cel puțin 16 "
                    "ani și să locuiască în Anglia, Scoția sau Țara Galilor. Trebuie să aibă un loc de muncă plătit, "
                    "să fie pe cale să înceapă unul sau să aibă în curând un interviu de angajare.",
                ),
                (
                    "p",
                    "Access to Work nu plătește pentru munca voluntară. Primirea acestui sprijin nu afectează alte "
                    "beneficii sociale.",
                ),
                ("h2", "Cum pot ajuta angajatorii"),
                (
                    "ul",
                    [
                        "Spuneți-le angajaților noi despre Access to Work când le oferiți postul.",
                        "Ajutați-i să aplice din timp, pentru că organizarea sprijinului poate dura câteva săptămâni.",
                        "Fiți pregătiți să dați detalii despre post și să vorbiți cu un consilier.",
                        "Stabiliți cine organizează sprijinul și cum se recuperează costurile.",
                    ],
                ),
                (
                    "inset",
                    "Access to Work nu înlocuiește obligația dumneavoastră de a face adaptări rezonabile. Plătește "
                    "sprijinul care depășește ce este rezonabil să ofere un angajator.",
                ),
                (
                    "details",
                    {
                        "summary": "Plătesc angajatorii o parte din cost?",
                        "text": (
                            "Pentru unele tipuri de sprijin, de exemplu echipamentele speciale, angajatorilor mai mari "
                            "li se poate cere să împartă costul. Access to Work vă spune dacă acest lucru se aplică."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Aflați mai multe",
                        "text": "Citiți ghidul oficial și aplicați la https://www.gov.uk/access-to-work.",
                    },
                ),
            ],
        },
        {
            "key": "disability-confident-levels",
            "title": "Disability Confident: cele trei niveluri",
            "intro": (
                "Disability Confident este un program guvernamental care îi ajută pe angajatori să angajeze și să "
                "păstreze personal cu dizabilități. Are trei niveluri. Fiecare nivel se bazează pe cel dinainte."
            ),
            "description": (
                "Cele trei niveluri ale programului Disability Confident (Committed, Employer și Leader) și "
                "angajamentul de a oferi un interviu candidaților cu dizabilități."
            ),
            "topic": "disability_confident",
            "body": [
                (
                    "p",
                    "Disability Confident este administrat de Department for Work and Pensions (DWP). Înscrierea este "
                    "gratuită. Multe organizații NHS participă, iar sigla de pe un anunț de angajare le arată "
                    "persoanelor cu dizabilități că sunt binevenite să aplice.",
                ),
                ("h2", "Nivelul 1: Disability Confident Committed (angajament)"),
                (
                    "p",
                    "Angajatorul se înscrie și acceptă angajamentele. Printre ele sunt: o recrutare incluzivă și "
                    "accesibilă, oferirea unui interviu persoanelor cu dizabilități care îndeplinesc criteriile "
                    "minime pentru post și planificarea și asigurarea adaptărilor rezonabile. Angajatorul se "
                    "angajează și să facă cel puțin un lucru care ajută persoanele cu dizabilități să își găsească de "
                    "lucru, de exemplu să ofere experiență de muncă sau un stagiu asistat.",
                ),
                ("h2", "Nivelul 2: Disability Confident Employer (angajator)"),
                (
                    "p",
                    "Angajatorul face o autoevaluare. Aceasta analizează cum atrage, angajează și păstrează "
                    "organizația personalul cu dizabilități și ce va mai face în plus.",
                ),
                ("h2", "Nivelul 3: Disability Confident Leader (lider)"),
                (
                    "p",
                    "Autoevaluarea angajatorului este verificată de cineva din afara organizației. Liderii acționează "
                    "și ca promotori și îi ajută pe alți angajatori, de exemplu furnizori și parteneri locali, să "
                    "devină Disability Confident.",
                ),
                ("inset", "Fiecare nivel este valabil 3 ani. Apoi angajatorul trebuie să-l reînnoiască."),
                ("h2", "Oferta de interviu"),
                (
                    "p",
                    "Un candidat cu dizabilități poate alege să aplice prin program. Dacă îndeplinește criteriile "
                    "minime pentru post, de obicei criteriile esențiale din specificația persoanei, angajatorul îi "
                    "oferă un interviu.",
                ),
                (
                    "do",
                    [
                        "Spuneți clar în anunț și în formular cum pot candidații să opteze pentru program.",
                        "Verificați fiecare candidat care optează pentru program după criteriile esențiale, înainte "
                        "să se încheie preselecția.",
                        "Faceți adaptări rezonabile la interviu.",
                        "Numărați câți candidați cu dizabilități trec de preselecție și sunt angajați și acționați în "
                        "funcție de ce aflați.",
                    ],
                ),
                (
                    "dont",
                    [
                        "Nu adăugați criterii esențiale de care postul nu are nevoie. Acestea pot exclude pe nedrept "
                        "persoanele cu dizabilități.",
                        "Nu tratați interviul ca pe o formalitate. Dați-i fiecărui candidat o șansă corectă.",
                    ],
                ),
                (
                    "details",
                    {
                        "summary": "Dacă oferim un interviu, trebuie să oferim și postul?",
                        "text": (
                            "Nu. Este oferta unui interviu, nu a unui post. Trebuie în continuare să angajați persoana "
                            "cea mai potrivită pentru post, cu adaptări rezonabile în fiecare etapă."
                        ),
                    },
                ),
                (
                    "details",
                    {
                        "summary": "Ce legătură are cu Workforce Disability Equality Standard?",
                        "text": (
                            "Workforce Disability Equality Standard (WDES, standardul de egalitate pentru personalul "
                            "cu dizabilități) le cere trusturilor NHS să compare cât de probabil este ca un candidat "
                            "cu dizabilități și unul fără dizabilități să fie angajați după preselecție. Folosirea "
                            "corectă a programului poate ajuta la reducerea acestei diferențe."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Aflați mai multe",
                        "text": (
                            "Citiți despre program și înscrieți-vă la "
                            "https://www.gov.uk/government/collections/disability-confident-campaign."
                        ),
                    },
                ),
            ],
        },
    ],
    "pages": {
        "about": {
            "title": "Despre acest program",
            "intro": (
                "Ajutor gratuit pentru oamenii din nord-vestul Londrei, ca să găsească joburi în NHS, să aplice și să "
                "le obțină. Îi ajutăm și pe angajatori să angajeze persoane cu dizabilități de învățare."
            ),
            "description": (
                "Despre programul NHS North West London care îi ajută pe locuitori să aplice la joburi în NHS și îi "
                "ajută pe angajatori să angajeze persoane cu dizabilități de învățare."
            ),
            "body": [
                (
                    "p",
                    "Acest site face parte din munca NHS North West London pentru egalitate rasială. Vrem ca joburile "
                    "din NHS să ajungă la toți cei care locuiesc în cele opt districte (boroughs) ale noastre: Brent, "
                    "Ealing, Hammersmith and Fulham, Harrow, Hillingdon, Hounslow, Kensington and Chelsea și "
                    "Westminster.",
                ),
                ("h2", "De ce facem asta"),
                (
                    "p",
                    "NHS funcționează cel mai bine atunci când personalul său seamănă cu oamenii de care are grijă. "
                    "Dar unele grupuri de oameni din zonă sunt slab reprezentate în joburile din NHS, și mai ales în "
                    "funcțiile de conducere.",
                ),
                (
                    "p",
                    "Mulți oameni nu aplică niciodată. Alții aplică, dar nu trec de preselecție din cauza felului în "
                    "care au completat formularul, nu pentru că nu ar putea face munca. Vrem să schimbăm asta.",
                ),
                (
                    "p",
                    "Persoanele cu dizabilități, inclusiv cele cu dizabilități de învățare, întâmpină și ele bariere "
                    "când își caută de lucru. Îi ajutăm pe angajatori să înlăture aceste bariere.",
                ),
                ("h2", "Ce facem"),
                (
                    "ul",
                    [
                        "explicăm cum funcționează joburile și cererile de angajare din NHS, în cuvinte simple și în "
                        "alte limbi",
                        "vă ajutăm să scrieți cererea cu propriile cuvinte, pas cu pas",
                        "organizăm sesiuni de sprijin gratuite în comunitate",
                        "îi ajutăm pe angajatori să angajeze și să sprijine persoane cu dizabilități de învățare",
                        "urmărim cine aplică și cine primește joburi, ca să vedem ce funcționează și ce trebuie "
                        "schimbat",
                    ],
                ),
                (
                    "inset",
                    "Nu vom scrie niciodată cererea în locul dumneavoastră. Cuvintele trebuie să fie ale "
                    "dumneavoastră. Noi vă ajutăm să le găsiți.",
                ),
                ("h2", "Gratuit și în limba dumneavoastră"),
                (
                    "p",
                    "Tot ajutorul nostru este gratuit. Acest site funcționează în engleză și în alte zece limbi "
                    "vorbite în nord-vestul Londrei: arabă, farsi, gujarati, panjabi, poloneză, portugheză, română, "
                    "somaleză, tamilă și urdu. Unele pagini sunt deocamdată doar în engleză.",
                ),
                (
                    "p",
                    "Unele ghiduri există și în format Easy Read. Puteți cere materiale cu litere mari, un interpret "
                    "sau un interpret de limbaj mimico-gestual britanic (British Sign Language, BSL).",
                ),
                (
                    "details",
                    {
                        "summary": "Cine conduce acest program?",
                        "text": (
                            "Programul este condus de NHS North West London Integrated Care Board (consiliul de "
                            "îngrijire integrată din nord-vestul Londrei), împreună cu angajatori NHS locali și cu "
                            "parteneri din comunitate."
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Luați legătura cu noi",
                        "text": (
                            "Scrieți-ne la jobsupport@nwlondon.example sau veniți la o sesiune de sprijin gratuită."
                        ),
                    },
                ),
            ],
        },
        "accessibility": {
            "title": "Declarație de accesibilitate",
            "intro": (
                "Vrem ca toată lumea să poată folosi acest site. Această declarație explică cât de accesibil este, ce "
                "nu funcționează încă bine și cum ne puteți spune despre o problemă."
            ),
            "description": (
                "Declarația de accesibilitate pentru site-ul de sprijin pentru joburi NHS North West London: cât de "
                "accesibil este, problemele cunoscute și cum ne contactați."
            ),
            "body": [
                (
                    "p",
                    "Această declarație se referă la acest site, care îi ajută pe oamenii din nord-vestul Londrei să "
                    "aplice la joburi în NHS. Site-ul este administrat de NHS North West London Integrated Care Board.",
                ),
                ("p", "Vrem ca cât mai mulți oameni să poată folosi acest site. De exemplu, ar trebui să puteți:"),
                (
                    "ul",
                    [
                        "mări pagina până la 400% fără ca textul să iasă din ecran",
                        "schimba culorile, contrastul și fonturile din setările browserului sau ale dispozitivului",
                        "vă deplasa prin cea mai mare parte a site-ului folosind doar tastatura",
                        "vă deplasa prin cea mai mare parte a site-ului folosind un program de recunoaștere vocală",
                        "asculta cea mai mare parte a site-ului cu un cititor de ecran",
                        "schimba limba site-ului",
                        "citi unele ghiduri în format Easy Read",
                    ],
                ),
                (
                    "p",
                    "De asemenea, am făcut textele de pe acest site cât mai simple posibil. AbilityNet oferă sfaturi "
                    "despre cum să vă faceți dispozitivul mai ușor de folosit dacă aveți o dizabilitate.",
                ),
                ("h2", "Cât de accesibil este acest site"),
                ("p", "Știm că unele părți ale acestui site nu sunt pe deplin accesibile:"),
                (
                    "ul",
                    [
                        "unele pagini nu sunt încă traduse în toate limbile, așa că vedeți în locul lor pagina în "
                        "engleză",
                        "documentele încărcate de utilizatori, de exemplu un CV în format PDF sau Word, nu sunt "
                        "verificate din punctul de vedere al accesibilității",
                    ],
                ),
                ("h2", "Ce faceți dacă nu puteți folosi o parte din acest site"),
                (
                    "p",
                    "Dacă aveți nevoie de informații de pe acest site în alt format, de exemplu Easy Read, litere "
                    "mari, audio sau altă limbă, scrieți-ne la jobsupport@nwlondon.example.",
                ),
                (
                    "p",
                    "Spuneți-ne adresa web a paginii și formatul de care aveți nevoie. Vă răspundem în 5 zile "
                    "lucrătoare.",
                ),
                ("h2", "Cum raportați probleme de accesibilitate ale acestui site"),
                (
                    "p",
                    "Încercăm mereu să facem acest site mai accesibil. Dacă găsiți o problemă care nu este trecută pe "
                    "această pagină sau credeți că nu respectăm cerințele de accesibilitate, scrieți-ne la "
                    "jobsupport@nwlondon.example. Vă răspundem în 5 zile lucrătoare.",
                ),
                ("h2", "Procedura de control și aplicare"),
                (
                    "p",
                    "Equality and Human Rights Commission (EHRC, Comisia pentru Egalitate și Drepturile Omului) se "
                    "asigură că organismele din sectorul public respectă Public Sector Bodies (Websites and Mobile "
                    "Applications) (No. 2) Accessibility Regulations 2018, numite pe scurt regulamentul de "
                    "accesibilitate.",
                ),
                (
                    "p",
                    "Dacă ne trimiteți o plângere și răspunsul nostru nu vă mulțumește, puteți contacta Equality "
                    "Advisory and Support Service (EASS, serviciul de consiliere pentru egalitate).",
                ),
                ("h2", "Informații tehnice despre accesibilitatea acestui site"),
                (
                    "p",
                    "NHS North West London Integrated Care Board se angajează să facă acest site accesibil, așa cum "
                    "cere regulamentul de accesibilitate.",
                ),
                ("h3", "Stadiul conformității"),
                (
                    "p",
                    "Acest site este parțial conform cu standardul Web Content Accessibility Guidelines (WCAG) "
                    "versiunea 2.2 AA, din cauza problemelor enumerate mai jos.",
                ),
                ("h2", "Conținut neaccesibil"),
                ("p", "Conținutul de mai jos nu este pe deplin accesibil, din aceste motive."),
                ("h3", "Neconformitate cu regulamentul de accesibilitate"),
                (
                    "ul",
                    [
                        "Unele pagini nu sunt încă traduse în toate limbile. Când o pagină nu este gata în limba "
                        "aleasă, vedeți textul în engleză, cu un mesaj care vă spune acest lucru, iar meniurile rămân "
                        "în limba dumneavoastră. Textul în engleză este marcat ca engleză, ca cititoarele de ecran "
                        "să-l poată citi corect. Dar dacă nu citiți în engleză, s-ar putea să nu puteți folosi pagina.",
                        "Documentele încărcate de utilizatori, de exemplu un CV în format PDF sau Word, nu sunt "
                        "verificate. S-ar putea să nu aibă titluri sau să aibă imagini fără descriere text, așa că un "
                        "cititor de ecran s-ar putea să nu le citească bine. Acest lucru poate încălca criteriile de "
                        "succes WCAG 2.2 1.1.1 (Non-text Content) și 1.3.1 (Info and Relationships).",
                    ],
                ),
                ("h2", "Ce facem pentru a îmbunătăți accesibilitatea"),
                (
                    "ul",
                    [
                        "Traducem paginile rămase și primim cu drag ajutor de la membrii comunității pentru "
                        "verificarea traducerilor.",
                        "Plănuim să adăugăm sfaturi despre cum să faceți un document accesibil înainte să-l încărcați.",
                        "Testăm tipurile noi de pagini cu verificări automate și cu tastatura înainte să le publicăm.",
                        "Vom revizui această declarație cel puțin o dată pe an.",
                    ],
                ),
                ("h2", "Pregătirea acestei declarații de accesibilitate"),
                (
                    "p",
                    "Această declarație a fost pregătită pe 26 noiembrie 2026. A fost revizuită ultima dată pe 26 "
                    "noiembrie 2026.",
                ),
                (
                    "p",
                    "Acest site a fost testat ultima dată în noiembrie 2026. Am folosit verificări automate (axe). Am "
                    "testat și manual, folosind doar tastatura și un cititor de ecran. Am testat principalele tipuri "
                    "de pagini, de exemplu pagina principală, ghidurile, ghidurile Easy Read, resursele pentru "
                    "angajatori și pagina cu sesiunile de sprijin.",
                ),
            ],
        },
        "privacy": {
            "title": "Notă de confidențialitate",
            "intro": (
                "Această notă explică ce informații păstrăm despre dumneavoastră când folosiți acest site, de ce le "
                "păstrăm, cine le poate vedea și ce drepturi aveți."
            ),
            "description": (
                "Cum folosește site-ul de sprijin pentru joburi NHS North West London informațiile dumneavoastră "
                "personale, cât timp le păstrăm și ce drepturi aveți."
            ),
            "body": [
                ("h2", "Cine suntem"),
                (
                    "p",
                    "Acest site este administrat de NHS North West London Integrated Care Board. Noi suntem "
                    "operatorul de date (data controller). Asta înseamnă că noi hotărâm cum sunt folosite "
                    "informațiile dumneavoastră și răspundem de siguranța lor.",
                ),
                ("h2", "Ce informații colectăm"),
                ("p", "Când vă faceți un cont, păstrăm:"),
                (
                    "ul",
                    [
                        "adresa dumneavoastră de e-mail, ca să vă puteți conecta",
                        "limba pe care vreți să o folosiți",
                        "districtul în care locuiți, ca să vă putem spune despre sprijinul din apropiere",
                        "orice nevoi de comunicare pe care ni le spuneți, de exemplu Easy Read, litere mari sau un "
                        "interpret",
                        "ciornele cererilor pe care le scrieți și le salvați pe acest site",
                    ],
                ),
                ("h3", "Monitorizarea egalității"),
                (
                    "p",
                    "S-ar putea să vă întrebăm, de exemplu, despre grupul etnic sau dacă aveți o dizabilitate. Nu "
                    "trebuie să răspundeți. Dacă răspundeți, păstrăm răspunsurile separat de datele contului "
                    "dumneavoastră.",
                ),
                (
                    "p",
                    "Folosim aceste răspunsuri doar ca să numărăm câte persoane din fiecare grup folosesc ajutorul "
                    "nostru și primesc joburi. Raportăm doar totaluri. Ascundem numerele mici, ca nimeni să nu poată "
                    "fi identificat.",
                ),
                ("h2", "De ce avem voie să folosim informațiile dumneavoastră"),
                (
                    "p",
                    "Legea protecției datelor (UK GDPR) spune că avem nevoie de un temei legal ca să vă folosim "
                    "informațiile. Temeiurile noastre sunt:",
                ),
                (
                    "ul",
                    [
                        "Sarcina publică. Să ajutăm oamenii din zonă să obțină joburi în NHS face parte din munca "
                        "noastră ca organism public. Acesta este temeiul pentru majoritatea informațiilor pe care le "
                        "păstrăm.",
                        "Consimțământul explicit. Unele informații sunt mai sensibile, de exemplu grupul etnic, "
                        "sănătatea sau o dizabilitate. Legea le numește categorii speciale de date (articolul 9 din "
                        "UK GDPR). Le păstrăm doar dacă vă dați clar acordul, iar dumneavoastră vă puteți răzgândi "
                        "oricând.",
                    ],
                ),
                ("h2", "Cine vă poate vedea informațiile"),
                (
                    "ul",
                    [
                        "Dumneavoastră puteți vedea informațiile din contul dumneavoastră.",
                        "Personalul nostru și voluntarii instruiți vă pot vedea datele când au nevoie, de exemplu ca "
                        "să vă ajute la o sesiune de sprijin sau ca să vă răspundă la e-mail.",
                        "Companiile care administrează site-ul pentru noi vă stochează informațiile. Ele trebuie să "
                        "ne urmeze instrucțiunile și să le păstreze în siguranță.",
                    ],
                ),
                (
                    "inset",
                    "Nu vă vindem informațiile. Nu trimitem cererea dumneavoastră niciunui angajator. Cererea o "
                    "trimiteți chiar dumneavoastră, pe NHS Jobs sau pe Trac.",
                ),
                ("h2", "Cât timp le păstrăm"),
                (
                    "p",
                    "Vă păstrăm informațiile până când vă ștergeți contul. Dacă nu vă conectați timp de 2 ani, vă "
                    "ștergem contul și informațiile.",
                ),
                (
                    "p",
                    "Totalurile din monitorizarea egalității nu arată identitatea nimănui. Le putem păstra mai mult "
                    "timp, ca să vedem ce se schimbă de-a lungul timpului.",
                ),
                ("h2", "Drepturile dumneavoastră"),
                ("p", "Aveți dreptul:"),
                (
                    "ul",
                    [
                        "să cereți o copie a informațiilor pe care le avem despre dumneavoastră",
                        "să ne cereți să corectăm informațiile greșite",
                        "să ne cereți să vă ștergem informațiile",
                        "să vă opuneți felului în care vă folosim informațiile",
                        "să vă retrageți oricând consimțământul pentru monitorizarea egalității",
                    ],
                ),
                (
                    "p",
                    "Ca să folosiți oricare dintre aceste drepturi sau ca să puneți o întrebare, scrieți-i "
                    "responsabilului nostru cu protecția datelor la jobsupport@nwlondon.example.",
                ),
                ("h2", "Plângeri"),
                (
                    "p",
                    "Dacă nu vă place cum vă folosim informațiile, vă rugăm să ne spuneți mai întâi nouă. Aveți și "
                    "dreptul să faceți o plângere la Information Commissioner's Office (ICO), autoritatea pentru "
                    "protecția datelor din Regatul Unit, la ico.org.uk.",
                ),
            ],
        },
        "contact": {
            "title": "Contactați-ne",
            "intro": (
                "Suntem aici ca să vă ajutăm. Ne puteți scrie un e-mail sau puteți veni la o sesiune de sprijin "
                "gratuită aproape de dumneavoastră."
            ),
            "description": (
                "Cum contactați echipa de sprijin pentru joburi NHS North West London și cum cereți un interpret, BSL, "
                "Easy Read sau materiale cu litere mari."
            ),
            "body": [
                ("h2", "Scrieți-ne un e-mail"),
                ("p", "Scrieți la jobsupport@nwlondon.example. Vă răspundem în 5 zile lucrătoare."),
                ("p", "Ne ajută dacă ne spuneți:"),
                (
                    "ul",
                    [
                        "numele dumneavoastră",
                        "districtul în care locuiți",
                        "cu ce aveți nevoie de ajutor, de exemplu un anunț de angajare, un formular sau un interviu",
                        "cel mai bun mod și cel mai bun moment ca să vă contactăm",
                        "limba în care vreți să vă vorbim",
                    ],
                ),
                ("h2", "Veniți la o sesiune de sprijin"),
                (
                    "p",
                    "Sesiunile de sprijin sunt gratuite. Un lucrător comunitar sau un voluntar vă poate ajuta față în "
                    "față să căutați joburi, să completați formulare și să exersați pentru interviuri. Orele și "
                    "locurile sunt pe pagina cu sesiunile de sprijin.",
                ),
                ("h2", "Cereți ajutorul de care aveți nevoie"),
                ("p", "Spuneți-ne dacă aveți nevoie:"),
                (
                    "ul",
                    [
                        "de un interpret în limba dumneavoastră",
                        "de un interpret de limbaj mimico-gestual britanic (British Sign Language, BSL)",
                        "de informații în format Easy Read",
                        "de informații cu litere mari",
                        "să aduceți pe cineva cu dumneavoastră, de exemplu un lucrător de sprijin sau un membru al "
                        "familiei",
                    ],
                ),
                ("p", "Vă rugăm să ne spuneți cât mai devreme, ca să avem timp să organizăm totul."),
                (
                    "inset",
                    "Nu putem aplica la joburi în locul dumneavoastră și nu vă putem promite un job. Vă putem ajuta "
                    "să dați tot ce aveți mai bun.",
                ),
                ("h2", "Angajatori"),
                (
                    "p",
                    "Dacă sunteți angajator și vreți ajutor ca să angajați persoane cu dizabilități de învățare, "
                    "scrieți-ne un e-mail și puneți „Employer” (angajator) în subiectul mesajului.",
                ),
                (
                    "details",
                    {
                        "summary": "Întrebări despre un post la care ați aplicat",
                        "text": (
                            "Noi nu suntem angajatorul. Pentru întrebări despre un post la care ați aplicat, "
                            "contactați persoana numită în anunțul de angajare sau echipa de recrutare, prin NHS Jobs "
                            "sau prin Trac."
                        ),
                    },
                ),
            ],
        },
    },
}
