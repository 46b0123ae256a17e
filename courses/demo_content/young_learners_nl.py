"""Dutch translation of the young learners' course (see young_learners.py), with its
quizzes (QUIZZES, keyed by this course's module slugs, in the order of the English ones).

All text is the project's own, written from facts about the field (docs/content.md). Where the
English course names UK services, this one names the Dutch services of the help
directory (platform/safeguarding/data/help_services.json, country NL) instead.
"""

TRANSLATION_OF = "young_learners"

COURSE = {
    "slug": "veilig-online",
    "title": "Veilig online",
    "audience": "young_learner",
    "summary": (
        "Een korte cursus over de mensen die je online tegenkomt, over foto's delen, nee "
        "zeggen en hulp vragen. Je doet hem in de klas of met een groep en een peermentor. "
        "Wat er online ook gebeurt, het is nooit jouw schuld. En er is altijd hulp."
    ),
    "outcomes": [
        "Herkennen wanneer iemand online niet is wie hij of zij zegt, of je kwaad wil doen.",
        "Nadenken voordat je een foto deelt, en weten wat je doet als iemand een foto misbruikt.",
        "Blokkeren, melden en privacy-instellingen gebruiken, en weten wat je doet als iemand "
        "je bedreigt.",
        "Volwassenen noemen die je vertrouwt, en weten dat je De Kindertelefoon gratis kunt "
        "bellen of chatten.",
    ],
    "estimated_minutes": 60,
    "gives_certificate": False,
    "age_band": "12-14",
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "wie-zit-er-echt-achter",
            "title": "Wie zit er echt achter?",
            "summary": "Hoe je merkt dat iemand online niet is wie hij of zij zegt, of je kwaad "
            "wil doen.",
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Mensen online zijn niet altijd wie ze zeggen</h2>"
                    "<p>De meeste mensen die je online tegenkomt, zijn gewoon mensen, net als "
                    "jij. Maar een profiel kan nep zijn. Een foto, een naam en een leeftijd "
                    "zijn makkelijk te verzinnen. Iemand die zegt “ik ben 14”, kan veel ouder "
                    "zijn.</p>"
                    "<p>Sommige mensen worden online vrienden met een kind, omdat ze dat kind "
                    "kwaad willen doen. Dat heet grooming. Zo iemand wint eerst je "
                    "vertrouwen. Vaak is die persoon in het begin heel aardig. Je krijgt "
                    "complimentjes, aandacht en soms cadeautjes. Dat kan gebeuren in games, "
                    "in chatapps en op sociale media.</p>"
                    "<h2>Signalen dat er iets mis is</h2>"
                    "<p>Let goed op als iemand met wie je online praat:</p>"
                    "<ul>"
                    "<li>steeds wil afspreken in het echt</li>"
                    "<li>vraagt waar je woont, op welke school je zit of wat je nummer is</li>"
                    "<li>vraagt om foto's of filmpjes van jou, vooral met minder kleren "
                    "aan</li>"
                    "<li>zegt dat je jullie chats geheim moet houden</li>"
                    "<li>zegt dat je vrienden en familie je niet zo goed begrijpen als hij "
                    "of zij</li>"
                    "<li>boos wordt als je niet meteen antwoordt, overdag of 's nachts</li>"
                    "</ul>"
                    "<p>Eén signaal betekent niet altijd dat er gevaar is. Maar voelt een chat "
                    "niet goed? Luister dan naar dat gevoel.</p>"
                    "<h2>Een profiel checken</h2>"
                    "<ul>"
                    "<li>Passen de foto's, de leeftijd en de verhalen bij elkaar?</li>"
                    "<li>Wilde die persoon heel snel verder chatten in een andere app, waar "
                    "jullie alleen zijn?</li>"
                    "<li>Is er altijd een reden waarom de camera het niet doet?</li>"
                    "<li>Wordt het gesprek heel snel heel persoonlijk?</li>"
                    "</ul>"
                    "<p>Merk je een van deze dingen? Dan mag je stoppen met chatten. Je hoeft "
                    "niemand antwoord te geven. Heeft iemand je voor de gek gehouden? Dan doet "
                    "die persoon iets fout, niet jij. Het is nooit jouw schuld.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Praat erover",
                        "text": "<p>Met een klasgenoot of met je groep: waarom zou iemand die "
                        "aan grooming doet, willen dat een kind dingen geheimhoudt? Wat is het "
                        "verschil tussen een leuke verrassing en een geheim dat naar "
                        "voelt?</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Een nieuwe vriend in een game",
                        "story": "<p>Sam speelt een online game met Jay. Jay zegt: “Ik ben "
                        "13.” Jay geeft Sam wat spelgeld. Dan schrijft Jay: “Vertel niemand "
                        "over onze chats. Stuur me een foto, alleen voor mij.”</p>",
                        "question": "Wat kan Sam doen?",
                        "choices": [
                            {
                                "text": "Een foto sturen, omdat Jay zo aardig is geweest.",
                                "feedback": "<p>Het is logisch dat je ook aardig terug wilt "
                                "zijn. Maar cadeautjes, geheimen en vragen om een foto samen "
                                "zijn waarschuwingssignalen. Sam mag altijd nee zeggen.</p>",
                            },
                            {
                                "text": "Stoppen met antwoorden en het vertellen aan een "
                                "volwassene die Sam vertrouwt.",
                                "feedback": "<p>Goed bedacht. Een volwassene kan Sam helpen "
                                "om Jay te blokkeren en te melden. Sam heeft niets fout "
                                "gedaan, ook niet door het spelgeld aan te nemen.</p>",
                            },
                            {
                                "text": "Blijven chatten, maar de foto niet sturen.",
                                "feedback": "<p>Nee zeggen tegen de foto is een heel goede "
                                "stap. Maar vragen om geheimen is ook een waarschuwingssignaal. "
                                "Als Sam het aan een volwassene vertelt, staat Sam er niet "
                                "alleen voor.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Met wie zou je praten als je van een chat in een game of app "
                        "een naar gevoel krijgt?"
                    },
                ),
                ("help_services", {"heading": "Wie kan je helpen"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Wie zit er echt achter?</h2>"
                    "<p>Mensen online kunnen doen alsof. Een foto kan nep zijn. Een naam kan "
                    "nep zijn. Een leeftijd kan nep zijn.</p>"
                    "<p>Sommige mensen zijn eerst heel aardig. Later willen ze je pijn "
                    "doen.</p>"
                    "<h2>Pas op</h2>"
                    "<p>Pas op als iemand online:</p>"
                    "<ul>"
                    "<li>met je wil afspreken</li>"
                    "<li>vraagt waar je woont</li>"
                    "<li>om foto's van jou vraagt</li>"
                    "<li>zegt: “Houd dit geheim.”</li>"
                    "<li>zegt: “Vertel het niet aan je familie.”</li>"
                    "<li>wil dat je altijd meteen antwoordt</li>"
                    "</ul>"
                    "<h2>Wat kun je doen?</h2>"
                    "<ol>"
                    "<li>Stop met praten met die persoon.</li>"
                    "<li>Vertel het aan een volwassene die je vertrouwt.</li>"
                    "</ol>"
                    "<p>Je krijgt geen straf. Het is nooit jouw schuld.</p>",
                ),
                ("help_services", {"heading": "Wie kan je helpen"}),
            ],
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "fotos-delen",
            "title": "Foto's delen",
            "summary": "Denk na voordat je iets deelt, en weet dat er hulp is als iemand een "
            "foto misbruikt.",
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Eerst denken, dan delen</h2>"
                    "<p>Een foto is in een seconde gekopieerd. Als je hem hebt verstuurd, "
                    "bepaal jij niet meer waar hij terechtkomt. Ook een foto die vanzelf "
                    "verdwijnt, kan iemand bewaren met een screenshot.</p>"
                    "<p>Vraag jezelf af voordat je een foto plaatst of verstuurt:</p>"
                    "<ul>"
                    "<li>Vind ik het goed als mijn familie of mijn leraar dit ziet?</li>"
                    "<li>Kun je op de foto zien waar ik woon of naar school ga?</li>"
                    "<li>Ken en vertrouw ik de persoon die hem krijgt echt?</li>"
                    "<li>Wil ik hem zelf sturen, of voel ik druk?</li>"
                    "</ul>"
                    "<h2>Niemand mag je onder druk zetten</h2>"
                    "<p>Geen onbekende, geen vriend of vriendin, en ook niet iemand met wie je "
                    "verkering hebt. Je mag nee zeggen, en je mag het nog een keer zeggen. "
                    "Iemand die je echt leuk vindt, accepteert dat.</p>"
                    "<h2>Het is nooit jouw schuld</h2>"
                    "<p>Deelt of misbruikt iemand een foto van jou? Dan ligt de schuld bij die "
                    "persoon, niet bij jou. Je krijgt geen straf als je om hulp vraagt.</p>"
                    "<h2>Krijg je een naaktfoto van iemand anders?</h2>"
                    "<ul>"
                    "<li>Stuur hem niet door en laat hem aan niemand zien.</li>"
                    "<li>Maak geen screenshot.</li>"
                    "<li>Vertel een volwassene die je vertrouwt dat je hem hebt gekregen.</li>"
                    "</ul>"
                    "<p>Doorsturen doet de persoon op de foto pijn, ook als het als grapje "
                    "bedoeld is.</p>"
                    "<p>Staat zo'n foto ergens op internet? Dan kan een volwassene hem "
                    "melden bij het "
                    '<a href="https://www.meldpunt-kinderporno.nl/">meldpunt van '
                    "Offlimits</a>. Dat kan zonder je naam te zeggen.</p>"
                    "<h2>Foto's laten weghalen</h2>"
                    "<p>Er is gratis hulp om naaktfoto's van jou van internet te laten halen, "
                    "als ze gemaakt zijn voordat je 18 werd:</p>"
                    "<ul>"
                    "<li><b>Take It Down</b> werkt over de hele wereld. Het maakt op je eigen "
                    "telefoon of computer een soort digitale vingerafdruk van de foto. De foto "
                    "zelf wordt dus nooit verstuurd. Websites en apps die meedoen, zoeken met "
                    "die vingerafdruk naar kopieën en halen ze weg.</li>"
                    "<li><b>Helpwanted</b> helpt in Nederland als er online iets naars gebeurt "
                    "met een naaktfoto of filmpje. Ze helpen je ook om beelden te laten "
                    "verwijderen. Je kunt gratis chatten of bellen via "
                    '<a href="https://www.helpwanted.nl/">helpwanted.nl</a>, en je hoeft je '
                    "naam niet te zeggen.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Het is nooit te laat",
                        "text": "<p>Ook als een foto maanden geleden is verstuurd, kun je nog "
                        "steeds om hulp vragen.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Een foto in de klassenapp",
                        "story": "<p>Alex zit in de groepsapp van de klas. Iemand zet er een "
                        "naaktfoto van een klasgenoot in. Een paar kinderen sturen lachende "
                        "emoji's.</p>",
                        "question": "Wat kan Alex doen?",
                        "choices": [
                            {
                                "text": "De foto doorsturen naar een goede vriend, om te "
                                "vragen wat Alex moet doen.",
                                "feedback": "<p>Een vriend om raad vragen is een goed idee. "
                                "Maar door de foto door te sturen, gaat hij nog verder rond. "
                                "Alex kan het ook in woorden vertellen. Daarna kunnen ze samen "
                                "naar een volwassene gaan.</p>",
                            },
                            {
                                "text": "De foto niet delen, en het vertellen aan een leraar "
                                "of een andere volwassene die Alex vertrouwt.",
                                "feedback": "<p>Dat is een lieve en dappere keuze. Alex "
                                "krijgt geen straf. De volwassene kan helpen zorgen dat de "
                                "foto niet verder rondgaat, en kan de klasgenoot steunen.</p>",
                            },
                            {
                                "text": "Niets zeggen en hopen dat het vanzelf overgaat.",
                                "feedback": "<p>Je erbuiten willen houden, is begrijpelijk. "
                                "Maar de klasgenoot heeft misschien hulp nodig. En volwassenen "
                                "kunnen alleen iets doen als ze het weten.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Wat zou je kunnen zeggen tegen een vriend of vriendin die "
                        "onder druk wordt gezet om een foto te sturen?"
                    },
                ),
                ("help_services", {"heading": "Wie kan je helpen"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Eerst denken, dan delen</h2>"
                    "<p>Een foto is snel gekopieerd. Je krijgt hem niet meer terug.</p>"
                    "<p>Vraag jezelf voordat je een foto stuurt:</p>"
                    "<ul>"
                    "<li>Wil ik dit echt sturen?</li>"
                    "<li>Vertrouw ik deze persoon?</li>"
                    "<li>Is het goed als anderen het zien?</li>"
                    "</ul>"
                    "<p>Je mag altijd nee zeggen.</p>"
                    "<h2>Deelt iemand een foto van jou?</h2>"
                    "<p>Het is niet jouw schuld. Vertel het aan een volwassene die je "
                    "vertrouwt.</p>"
                    "<p>Er is hulp om de foto weg te halen. Eén heet Take It Down. Eén heet "
                    "Helpwanted.</p>"
                    "<h2>Krijg je een naaktfoto van iemand?</h2>"
                    "<ul>"
                    "<li>Stuur hem niet door.</li>"
                    "<li>Laat hem niet aan anderen zien.</li>"
                    "<li>Vertel het aan een volwassene die je vertrouwt.</li>"
                    "</ul>",
                ),
                ("help_services", {"heading": "Wie kan je helpen"}),
            ],
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "nee-zeggen-en-eruit-stappen",
            "title": "Nee zeggen en eruit stappen",
            "summary": "Hoe je blokkeert, meldt en je gegevens privé houdt, en wat je doet als "
            "iemand je bedreigt.",
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Jij bepaalt</h2>"
                    "<p>Je hoeft nooit te blijven chatten met iemand bij wie je je naar, bang "
                    "of ongemakkelijk voelt. Je mag elke chat verlaten, wanneer je maar wilt. "
                    "Je hebt daar geen reden voor nodig.</p>"
                    "<h2>Drie knoppen in bijna elke app</h2>"
                    "<ul>"
                    "<li><b>Blokkeren</b>: die persoon kan geen contact meer met je "
                    "opnemen.</li>"
                    "<li><b>Melden</b>: je laat de app weten dat iemand zich niet aan de "
                    "regels houdt. Meestal hoort die persoon niet wie de melding heeft "
                    "gedaan.</li>"
                    "<li><b>Privacy-instellingen</b>: hier kies je wie je profiel kan zien en "
                    "wie je berichten mag sturen. Zet je account op privé en zet het delen "
                    "van je locatie uit.</li>"
                    "</ul>"
                    "<p>Zoek deze knoppen nu al op, nu alles goed gaat. Dan weet je waar ze "
                    "zitten als je ze ooit nodig hebt.</p>"
                    "<h2>Als iemand je bedreigt</h2>"
                    "<p>Soms krijgt iemand een foto van je in handen. Daarna dreigt die "
                    "persoon de foto te delen, tenzij je meer foto's stuurt of geld betaalt. "
                    "Dat heet seksuele afpersing. Het is een misdrijf. Wie dit doet, doet iets "
                    "heel erg fout, niet jij. Het is nooit jouw schuld.</p>"
                    "<p>Gebeurt dit bij jou? Doe dan dit:</p>"
                    "<ol>"
                    "<li><b>Betaal niet</b> en stuur niets meer. Als je betaalt, wil die "
                    "persoon meestal nog meer.</li>"
                    "<li><b>Stop met antwoorden.</b> Je hoeft niets uit te leggen.</li>"
                    "<li><b>Bewaar de berichten</b> en de naam van het account, maar niet de "
                    "foto's.</li>"
                    "<li><b>Vertel het aan een volwassene</b> die je vertrouwt, zo snel als je "
                    "kunt. Die kan je helpen om het te melden en foto's te laten "
                    "weghalen.</li>"
                    "<li><b>Verander je wachtwoorden</b> als je denkt dat iemand in je account "
                    "is geweest.</li>"
                    "</ol>"
                    "<p>Het kan voelen alsof alles kapot is. Dat is niet zo. Je kunt ook "
                    "gratis bellen of chatten met De Kindertelefoon (0800-0432). Met hulp "
                    "komen kinderen en jongeren hier echt doorheen.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Bewaar de berichten, niet de foto's",
                        "text": "<p>Maak een screenshot van de chat en van de gebruikersnaam "
                        "voordat je blokkeert. Bewaar nooit een naaktfoto, maak er geen "
                        "screenshot van en stuur hem niet door. Ook niet als bewijs.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Een nieuwe volger",
                        "story": "<p>Mia chat met iemand die zegt: “Ik ben 15.” Ze sturen "
                        "elkaar foto's. Nu schrijft dat account: “Betaal me, anders stuur ik "
                        "jouw foto naar al je volgers.”</p>",
                        "question": "Wat kan Mia doen?",
                        "choices": [
                            {
                                "text": "Betalen, dan is het voorbij.",
                                "feedback": "<p>Het is normaal dat je wilt dat dit snel "
                                "stopt. Maar betalen maakt er bijna nooit een eind aan. Mia "
                                "kan beter stoppen met antwoorden en het aan een volwassene "
                                "vertellen. Ze heeft niets gedaan waardoor ze dit "
                                "verdient.</p>",
                            },
                            {
                                "text": "Stoppen met antwoorden, de chat bewaren maar de foto "
                                "niet, en het vertellen aan een volwassene die ze vertrouwt.",
                                "feedback": "<p>Dat is een sterk plan. De volwassene kan "
                                "helpen om het account te melden en de foto te laten weghalen. "
                                "Mia krijgt geen straf.</p>",
                            },
                            {
                                "text": "Haar account verwijderen en het aan niemand vertellen.",
                                "feedback": "<p>Je willen verstoppen is een normale reactie. "
                                "Maar dan staat Mia er helemaal alleen voor. Eerst praten met "
                                "een volwassene of met De Kindertelefoon is veiliger.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Kun je in de app die je het meest gebruikt binnen een minuut "
                        "blokkeren, melden en de privacy-instellingen vinden?"
                    },
                ),
                ("help_services", {"heading": "Wie kan je helpen"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Je mag nee zeggen</h2>"
                    "<p>Je mag elke chat stoppen. Je hoeft niet te zeggen waarom.</p>"
                    "<h2>Gebruik de knoppen in je app</h2>"
                    "<ul>"
                    "<li>Blokkeren: de persoon kan je niet meer bereiken.</li>"
                    "<li>Melden: je vertelt de app over de persoon.</li>"
                    "<li>Privacy: jij kiest wie jouw dingen ziet.</li>"
                    "</ul>"
                    "<h2>Als iemand je bedreigt</h2>"
                    "<p>Iemand zegt misschien: “Stuur meer foto's, anders deel ik jouw "
                    "foto.”</p>"
                    "<p>Of: “Betaal me, anders deel ik jouw foto.”</p>"
                    "<p>Dit is een misdrijf. Het is niet jouw schuld.</p>"
                    "<ol>"
                    "<li>Betaal niet.</li>"
                    "<li>Stop met terugschrijven.</li>"
                    "<li>Bewaar de berichten.</li>"
                    "<li>Bewaar de foto's niet.</li>"
                    "<li>Vertel het aan een volwassene die je vertrouwt.</li>"
                    "</ol>",
                ),
                ("help_services", {"heading": "Wie kan je helpen"}),
            ],
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "waar-vind-je-hulp",
            "title": "Waar vind je hulp?",
            "summary": "Met wie je kunt praten, en hoe je begint als iets online je zorgen geeft.",
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Twijfel je? Praat erover</h2>"
                    "<p>Je hoeft niet zeker te weten dat er iets mis is voordat je om hulp "
                    "vraagt. Maakt een chat, een foto of iemand online je in de war, bezorgd "
                    "of ongemakkelijk? Dan is dat reden genoeg om met iemand te praten.</p>"
                    "<h2>Volwassenen die je vertrouwt</h2>"
                    "<p>Een volwassene die je vertrouwt, luistert naar je en wil dat je "
                    "veilig bent. Dat kan zijn:</p>"
                    "<ul>"
                    "<li>je vader, je moeder, je verzorger of iemand anders uit je "
                    "familie</li>"
                    "<li>een leraar, je mentor of de vertrouwenspersoon op school</li>"
                    "<li>een jongerenwerker, je trainer bij sport of de coach van jullie "
                    "peermentoren</li>"
                    "<li>een dokter of de jeugdverpleegkundige</li>"
                    "</ul>"
                    "<p>Probeer er minstens twee te bedenken. Helpt de eerste niet? Vertel "
                    "het dan aan de volgende. Blijf het vertellen tot iemand luistert.</p>"
                    "<p>Soms moet een volwassene het aan iemand anders vertellen om je veilig "
                    "te houden. Dan helpt die persoon je. Je krijgt er geen problemen "
                    "door.</p>"
                    "<h2>De Kindertelefoon</h2>"
                    "<p>In Nederland kun je bellen met De Kindertelefoon: <b>0800-0432</b>. "
                    "Je kunt ook chatten op "
                    '<a href="https://www.kindertelefoon.nl/">kindertelefoon.nl</a>. De '
                    "Kindertelefoon is er voor kinderen en jongeren van 8 tot 18 jaar.</p>"
                    "<ul>"
                    "<li>Bellen en chatten is gratis.</li>"
                    "<li>Ze luisteren naar je en oordelen niet over je.</li>"
                    "<li>Je hoeft je naam niet te zeggen.</li>"
                    "</ul>"
                    "<p>Chatten voelt soms makkelijker dan praten. Kijk op de website wanneer "
                    "je kunt bellen of chatten. Ben je in een ander land in Europa, "
                    "bijvoorbeeld op vakantie? In veel landen is <b>116 111</b> het nummer van "
                    "de hulplijn voor kinderen.</p>"
                    "<h2>Meer hulp in Nederland</h2>"
                    "<ul>"
                    "<li><b>Helpwanted</b> helpt als er online iets naars gebeurt met een "
                    "naaktfoto of filmpje, of als iemand je bedreigt. Kijk op "
                    '<a href="https://www.helpwanted.nl/">helpwanted.nl</a>. Je hoeft je '
                    "naam niet te zeggen.</li>"
                    "<li><b>Veilig Thuis</b> (<b>0800-2000</b>) kun je dag en nacht bellen "
                    "als je je zorgen maakt over iets wat thuis gebeurt, bij jou of bij "
                    "iemand anders.</li>"
                    "<li><b>De politie</b>: ben je in gevaar? Bel dan <b>112</b>. Is het geen "
                    "spoed? Dan bel je <b>0900-8844</b>.</li>"
                    "</ul>"
                    "<h2>Hoe begin je?</h2>"
                    "<p>Beginnen is vaak het moeilijkste. Het is oké als je zenuwachtig "
                    "bent. Je kunt zeggen:</p>"
                    "<ul>"
                    "<li>“Er is online iets gebeurd en ik weet niet wat ik moet doen.”</li>"
                    "<li>“Mag ik met je praten over iets waar ik me zorgen over maak?”</li>"
                    "</ul>"
                    "<p>Je kunt het ook opschrijven en het briefje laten lezen. Wat er ook is "
                    "gebeurd, je verdient hulp. Het is nooit jouw schuld.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Oefen het maar",
                        "text": "<p>Doe het in tweetallen. Zeg om de beurt een van de zinnen "
                        "hierboven hardop. Hoe voelde dat? Wat zou het makkelijker "
                        "maken?</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Zorgen om een vriendin",
                        "story": "<p>Je vriendin Noor is al een tijdje heel stil. Ze vertelt "
                        "je dat iemand online een foto van haar heeft en haar bedreigt. Dan "
                        "zegt ze: “Beloof je dat je het aan niemand vertelt?”</p>",
                        "question": "Wat kun je doen?",
                        "choices": [
                            {
                                "text": "De belofte houden en niets zeggen.",
                                "feedback": "<p>Trouw zijn aan een vriendin is mooi. Maar "
                                "dit is te groot voor twee vrienden alleen. Een goede vriend "
                                "helpt Noor om hulp te krijgen.</p>",
                            },
                            {
                                "text": "Tegen Noor zeggen dat je om haar geeft, en aanbieden "
                                "om samen naar een volwassene te gaan of samen De "
                                "Kindertelefoon te bellen.",
                                "feedback": "<p>Dat is een zorgzame keuze. Wil Noor het nog "
                                "steeds niet? Dan mag je het zelf aan een volwassene "
                                "vertellen. Want dat Noor veilig is, is het "
                                "allerbelangrijkste.</p>",
                            },
                            {
                                "text": "Die persoon een bericht sturen dat het moet stoppen.",
                                "feedback": "<p>Opkomen voor een vriendin is dapper. Maar "
                                "het kan alles erger maken, en dan loop jij ook gevaar. Laat "
                                "dat deel over aan volwassenen.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Schrijf twee volwassenen op die je vertrouwt. Wat zou je "
                        "zeggen om te beginnen?"
                    },
                ),
                ("help_services", {"heading": "Wie kan je helpen"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Praat met iemand</h2>"
                    "<p>Voelt iets online niet goed? Vertel het aan iemand. Je hoeft het "
                    "niet zeker te weten.</p>"
                    "<h2>Volwassenen die je kunt vertrouwen</h2>"
                    "<ul>"
                    "<li>je vader, moeder of verzorger</li>"
                    "<li>een leraar</li>"
                    "<li>een dokter of verpleegkundige</li>"
                    "<li>een jongerenwerker</li>"
                    "</ul>"
                    "<p>Helpt de ene volwassene niet? Vertel het aan een andere. Blijf het "
                    "vertellen.</p>"
                    "<h2>Bel De Kindertelefoon</h2>"
                    "<p>Bel <b>0800-0432</b>. Of chat op kindertelefoon.nl.</p>"
                    "<ul>"
                    "<li>Het is gratis.</li>"
                    "<li>Je hoeft je naam niet te zeggen.</li>"
                    "<li>Ze luisteren naar je.</li>"
                    "<li>Ze oordelen niet over je.</li>"
                    "</ul>"
                    "<p>Ben je in gevaar? Bel <b>112</b>.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Onthoud",
                        "text": "<p>Het is nooit jouw schuld. Er is altijd hulp.</p>",
                    },
                ),
                ("help_services", {"heading": "Wie kan je helpen"}),
            ],
        },
    ],
}

# Plain, encouraging check-ins, as in the English course: nobody can fail.
QUIZZES = {
    "wie-zit-er-echt-achter": [
        {
            "title": "Even checken: wie zit er echt achter?",
            "intro": "Drie korte vragen. Het is geen toets, dus probeer het gewoon!",
            "kind": "check_in",
            "pass_mark": 0,
            "questions": [
                {
                    "type": "true_false",
                    "text": "Als iemand online zegt dat hij of zij 14 is, is die persoon "
                    "altijd 14.",
                    "explanation": (
                        "Online zijn een naam, een foto en een leeftijd makkelijk te "
                        "verzinnen. Iemand die zegt dat hij of zij 14 is, kan veel ouder zijn."
                    ),
                    "choices": [
                        {
                            "text": "Waar",
                            "correct": False,
                            "feedback": (
                                "Dat denken veel mensen. Maar online kan iedereen een "
                                "leeftijd verzinnen of een nepfoto gebruiken."
                            ),
                        },
                        {
                            "text": "Niet waar",
                            "correct": True,
                            "feedback": (
                                "Goed zo! Een profiel kan nep zijn. Slim dat je dat weet."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": (
                        "Iemand in een game geeft je cadeautjes en zegt: “Houd onze chats "
                        "geheim.” Wat kun je doen?"
                    ),
                    "explanation": (
                        "Cadeautjes en geheimen samen zijn waarschuwingssignalen. Je kunt "
                        "stoppen met antwoorden en het vertellen aan een volwassene die je "
                        "vertrouwt. Je krijgt geen straf."
                    ),
                    "choices": [
                        {
                            "text": "Stoppen met antwoorden en het vertellen aan een "
                            "volwassene die je vertrouwt.",
                            "correct": True,
                            "feedback": (
                                "Goede keuze! Een volwassene kan je helpen om die persoon te "
                                "blokkeren en te melden. Je krijgt geen straf, ook niet als "
                                "je de cadeautjes hebt aangenomen."
                            ),
                        },
                        {
                            "text": "Het geheim houden, omdat die persoon zo aardig is geweest.",
                            "correct": False,
                            "feedback": (
                                "Het is normaal dat je ook aardig terug wilt zijn. Maar "
                                "vragen om geheimen is een waarschuwingssignaal. Je mag het "
                                "gewoon aan een volwassene vertellen."
                            ),
                        },
                        {
                            "text": "Een foto sturen om dankjewel te zeggen.",
                            "correct": False,
                            "feedback": (
                                "Lief dat je dankjewel wilt zeggen. Maar je hoeft nooit een "
                                "foto te sturen. Je kunt stoppen met chatten en het aan een "
                                "volwassene vertellen."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": "Welke van deze dingen zijn waarschuwingssignalen? Kies alle goede "
                    "antwoorden.",
                    "explanation": (
                        "Vragen waar je woont, zeggen dat je chats geheim moet houden en "
                        "steeds willen afspreken zijn allemaal waarschuwingssignalen. Voelt "
                        "een chat niet goed? Luister dan naar dat gevoel."
                    ),
                    "choices": [
                        {
                            "text": "Iemand vraagt waar je woont of op welke school je zit.",
                            "correct": True,
                            "feedback": "Ja! Houd die dingen voor jezelf.",
                        },
                        {
                            "text": "Iemand zegt dat je jullie chats geheim moet houden.",
                            "correct": True,
                            "feedback": (
                                "Ja! Een geheim dat naar voelt, is een reden om het aan "
                                "iemand te vertellen."
                            ),
                        },
                        {
                            "text": "Iemand wil steeds met je afspreken in het echt.",
                            "correct": True,
                            "feedback": (
                                "Ja! Je hoeft nooit af te spreken met iemand die je van "
                                "online kent."
                            ),
                        },
                        {
                            "text": "Iemand speelt dezelfde game als jij.",
                            "correct": False,
                            "feedback": (
                                "Niet als dat het enige is. Heel veel mensen spelen dezelfde "
                                "games. Let op geheimen, vragen over waar je woont, of druk."
                            ),
                        },
                        {
                            "text": "Iemand zegt “goed gespeeld” na een potje.",
                            "correct": False,
                            "feedback": (
                                "Dat is gewoon aardig. Waarschuwingssignalen zijn dingen als "
                                "geheimen, druk of vragen over waar je woont."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
    "nee-zeggen-en-eruit-stappen": [
        {
            "title": "Even checken: nee zeggen en eruit stappen",
            "intro": "Drie korte vragen. Het is geen toets, dus probeer het gewoon!",
            "kind": "check_in",
            "pass_mark": 0,
            "questions": [
                {
                    "type": "true_false",
                    "text": "Je mag elke chat verlaten wanneer je wilt, zonder een reden te geven.",
                    "explanation": (
                        "Jij bepaalt. Je hoeft nooit te blijven chatten met iemand bij wie je "
                        "je naar, bang of ongemakkelijk voelt."
                    ),
                    "choices": [
                        {
                            "text": "Waar",
                            "correct": True,
                            "feedback": "Ja! Je bent niemand een antwoord of een reden schuldig.",
                        },
                        {
                            "text": "Niet waar",
                            "correct": False,
                            "feedback": (
                                "Het kan onbeleefd voelen om zomaar weg te gaan. Maar je mag "
                                "elke chat stoppen, wanneer je maar wilt. Je hebt geen reden "
                                "nodig."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Wat doet de knop Blokkeren?",
                    "explanation": (
                        "Blokkeren zorgt dat iemand geen contact meer met je kan opnemen. Met "
                        "Melden laat je de app weten dat iemand zich niet aan de regels houdt."
                    ),
                    "choices": [
                        {
                            "text": "Die persoon kan geen contact meer met je opnemen.",
                            "correct": True,
                            "feedback": "Ja! Zoek de knop nu al op in je apps, nu alles goed gaat.",
                        },
                        {
                            "text": "De persoon hoort dat jij hem of haar hebt gemeld.",
                            "correct": False,
                            "feedback": (
                                "Goed geprobeerd. Blokkeren zorgt alleen dat de persoon je "
                                "niet meer kan bereiken. En als je iemand meldt, hoort die "
                                "persoon meestal niet wie dat heeft gedaan."
                            ),
                        },
                        {
                            "text": "Je eigen account wordt verwijderd.",
                            "correct": False,
                            "feedback": (
                                "Goed geprobeerd. Je account blijft gewoon bestaan. Blokkeren "
                                "zorgt alleen dat die ene persoon je niet meer kan bereiken."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Iemand schrijft: “Betaal me, anders deel ik jouw foto.” Wat doe je "
                        "dan? Kies alle goede antwoorden."
                    ),
                    "explanation": (
                        "Betaal niet. Stop met antwoorden en bewaar de berichten, maar niet de "
                        "foto's. Vertel het aan een volwassene die je vertrouwt. Het is nooit "
                        "jouw schuld."
                    ),
                    "choices": [
                        {
                            "text": "Niet betalen.",
                            "correct": True,
                            "feedback": "Ja! Als je betaalt, wil die persoon meestal nog meer.",
                        },
                        {
                            "text": "Stoppen met antwoorden, en de berichten bewaren maar de "
                            "foto's niet.",
                            "correct": True,
                            "feedback": (
                                "Ja! Met de berichten kunnen volwassenen het melden. Bewaar "
                                "nooit een naaktfoto, ook niet als bewijs."
                            ),
                        },
                        {
                            "text": "Het vertellen aan een volwassene die je vertrouwt.",
                            "correct": True,
                            "feedback": (
                                "Ja! Die kan je helpen om het te melden en foto's te laten "
                                "weghalen."
                            ),
                        },
                        {
                            "text": "Meer foto's sturen, zodat die persoon je met rust laat.",
                            "correct": False,
                            "feedback": (
                                "Het is normaal dat je wilt dat het snel stopt. Maar als je "
                                "meer stuurt, wil die persoon meestal nog meer. Vertel het "
                                "liever aan een volwassene."
                            ),
                        },
                        {
                            "text": "Het voor jezelf houden.",
                            "correct": False,
                            "feedback": (
                                "Je willen verstoppen is een normaal gevoel. Maar je hoeft "
                                "dit niet alleen op te lossen. Een volwassene of De "
                                "Kindertelefoon kan je helpen."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
}
