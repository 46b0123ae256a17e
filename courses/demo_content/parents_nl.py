"""Dutch translation of the parents' course (see parents.py).

All text is the project's own, written from facts about the field (docs/content.md).
"""

TRANSLATION_OF = "parents"

COURSE = {
    "slug": "je-kind-veilig-online",
    "title": "Je kind veilig online",
    "audience": "parent",
    "summary": (
        "Een praktische cursus voor ouders en verzorgers die hun kind willen beschermen tegen "
        "online seksuele uitbuiting. Je leert wat je kind online doet, op welke "
        "waarschuwingssignalen je kunt letten en wat je stap voor stap doet als er iets "
        "misgaat."
    ),
    "outcomes": [
        "Beschrijven in welke apps, games en online plekken je kind andere mensen ontmoet.",
        "De waarschuwingssignalen van grooming en seksuele afpersing herkennen.",
        "Veilig reageren als er een naaktbeeld van je kind wordt gedeeld, en "
        "verwijderhulpmiddelen gebruiken.",
        "Regelmatig en ontspannen met je kind praten over het online leven en samen "
        "veiligheidsinstellingen regelen.",
        "Rustig en behulpzaam reageren als je kind je over misbruik vertelt.",
    ],
    "estimated_minutes": 70,
    "gives_certificate": True,
    "age_band": "",
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "de-online-wereld-van-je-kind",
            "title": "De online wereld van je kind",
            "summary": (
                "Leer waar je kind online tijd doorbrengt en waarom jouw belangstelling meer "
                "telt dan technische kennis."
            ),
            "minutes": 12,
            "body": [
                (
                    "text",
                    "<h2>Waarom deze cursus er is</h2>"
                    "<p>Online seksuele uitbuiting van kinderen is elke vorm van seksuele "
                    "uitbuiting van een kind waarbij het internet op enig moment een rol "
                    "speelt. Denk aan het maken, bewaren of verspreiden van beeldmateriaal "
                    "van seksueel misbruik van kinderen, misbruik dat live wordt gestreamd, "
                    "een kind online onder druk zetten of chanteren (seksuele afpersing), en "
                    "grooming: een volwassene of oudere jongere die een band opbouwt met een "
                    "kind om het te misbruiken.</p>"
                    "<p>Veel ouders hebben het gevoel dat hun kinderen veel meer van apps en "
                    "games weten dan zijzelf. Dat is normaal, en geen reden om afstand te "
                    "nemen. Je hoeft geen expert te zijn. Wat kinderen het best beschermt, is "
                    "een volwassene die belangstelling toont, rustig blijft en gemakkelijk "
                    "aan te spreken is.</p>"
                    "<h2>Waar kinderen anderen ontmoeten</h2>"
                    "<p>Kinderen zien zichzelf zelden als iemand die “online gaat”. Ze "
                    "chatten, spelen en kijken gewoon. Contact met anderen kan op veel "
                    "plekken ontstaan:</p>"
                    "<ul>"
                    "<li><b>Games met chat</b>: tekst- of spraakchat met teamgenoten en "
                    "onbekenden, soms met cadeautjes in de vorm van spelgeld.</li>"
                    "<li><b>Sociale media en video-apps</b>: reacties, volgers, likes en "
                    "privéberichten.</li>"
                    "<li><b>Berichtenapps</b>: privégesprekken en grote groepschats, vaak "
                    "met mensen die je kind nooit heeft ontmoet.</li>"
                    "<li><b>Livestreams</b>: kijkers kunnen meteen reageren en de persoon "
                    "die streamt vragen om dingen te doen.</li>"
                    "</ul>"
                    "<p>Een patroon om te kennen: contact begint vaak op een openbare, drukke "
                    "plek, zoals een game of een reactiesectie, en verhuist daarna naar een "
                    "privégesprek waar niemand anders kan meelezen.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Nieuwsgierig, niet wantrouwig",
                        "text": (
                            "<p>Vraag je kind om je een favoriete game of app te laten zien en "
                            "uit te leggen hoe die werkt. Laat je kind de expert zijn. "
                            "Kinderen die merken dat hun online wereld serieus wordt "
                            "genomen, komen eerder naar je toe als daar iets niet goed "
                            "voelt.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Drie eenvoudige boodschappen voor je kind</h2>"
                    "<p>Programma's die kinderen over online veiligheid leren, komen vaak "
                    "terug op drie ideeën. Je kunt ze thuis ook gebruiken:</p>"
                    "<ol>"
                    "<li><b>Heb plezier.</b> Het internet is een fijne plek om te leren, te "
                    "spelen en contact te houden. Je kind hoeft niet het gevoel te krijgen "
                    "dat alles gevaarlijk is.</li>"
                    "<li><b>Houd de regie.</b> Je kind bepaalt zelf wat het deelt, met wie "
                    "het praat en wanneer het een gesprek verlaat.</li>"
                    "<li><b>Vertel het en meld het.</b> Als iets vreemd, ongemakkelijk of "
                    "eng voelt, kan je kind het altijd aan jou of een andere volwassene die "
                    "het vertrouwt vertellen, en het in de app zelf melden.</li>"
                    "</ol>",
                ),
                (
                    "scenario",
                    {
                        "title": "Een nieuwe game",
                        "story": (
                            "<p>Je kind van tien vraagt of het een populaire game mag "
                            "downloaden die alle klasgenoten spelen. Je ziet dat spelers "
                            "met elkaar kunnen praten via tekst- en spraakchat.</p>"
                        ),
                        "question": "Hoe zou je reageren?",
                        "choices": [
                            {
                                "text": "Nee zeggen: online games met chat zijn te riskant.",
                                "feedback": (
                                    "<p>Dat je je kind wilt beschermen, is heel begrijpelijk. "
                                    "Een volledig verbod kan er wel toe leiden dat kinderen "
                                    "stiekem bij een vriendje spelen, waar je niet meer kunt "
                                    "helpen. Ja zeggen met afspraken houdt je meestal "
                                    "dichter bij wat er gebeurt.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Samen installeren, de chatinstellingen bekijken en "
                                    "afspreken wat je kind doet als iemand een "
                                    "ongemakkelijk gevoel geeft."
                                ),
                                "feedback": (
                                    "<p>Zo krijgt je kind de game en heb je een ingang. "
                                    "Door samen alles in te stellen, laat je zien dat je aan "
                                    "de kant van je kind staat, en een vooraf gemaakte "
                                    "afspraak maakt het later veel makkelijker om naar je "
                                    "toe te komen.</p>"
                                ),
                            },
                            {
                                "text": "Je kind zijn gang laten gaan; het is maar een spel.",
                                "feedback": (
                                    "<p>Vertrouwen in je kind is waardevol, en de meeste "
                                    "games zijn onschuldig plezier. Een chatfunctie zet "
                                    "echter de deur open voor onbekenden. Een paar minuten "
                                    "samen naar de instellingen kijken en kort bespreken "
                                    "wat te doen als iets niet goed voelt, is de moeite "
                                    "waard.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Welke drie apps of games gebruikt je kind het meest? Zou je aan "
                            "een andere ouder kunnen uitleggen hoe mensen daar met elkaar in "
                            "contact komen? Wat zou je nog willen uitzoeken?"
                        )
                    },
                ),
                ("help_services", {"heading": "Waar vind je hulp"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "grooming-en-seksuele-afpersing-herkennen",
            "title": "Grooming en seksuele afpersing herkennen",
            "summary": (
                "Leer de waarschuwingssignalen van grooming en seksuele afpersing kennen en "
                "weet wat je meteen doet als je kind wordt bedreigd."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Wat grooming is</h2>"
                    "<p>Grooming is de manier waarop een dader het vertrouwen en de "
                    "genegenheid van een kind wint om het te misbruiken. In de wet heet dit "
                    "vaak het benaderen van kinderen voor seksuele doeleinden. Online doet "
                    "de dader zich soms voor als een andere jongere, maar het kan ook iemand "
                    "zijn die het kind al kent. Grooming gaat meestal geleidelijk: eerst "
                    "komen complimenten, aandacht en begrip, pas later volgt de druk.</p>"
                    "<h2>Wat een dader van een kind kan vragen</h2>"
                    "<ul>"
                    "<li>de vriendschap of de gesprekken geheim te houden;</li>"
                    "<li>persoonlijke gegevens te delen, zoals de school of het adres;</li>"
                    "<li>foto's te sturen, later ook seksuele beelden;</li>"
                    "<li>af te spreken in het echt;</li>"
                    "<li>afstand te nemen van vrienden en familie (“zij begrijpen je niet "
                    "zoals ik”);</li>"
                    "<li>altijd bereikbaar te zijn, ook laat in de avond.</li>"
                    "</ul>"
                    "<h2>Signalen die je thuis kunt opmerken</h2>"
                    "<ul>"
                    "<li>meer geheimzinnigheid dan normaal over de telefoon of online "
                    "contacten;</li>"
                    "<li>verhalen over een oudere vriend of vriendin;</li>"
                    "<li>cadeaus, geld, spelkrediet of zelfs een tweede telefoon die je kind "
                    "niet kan verklaren;</li>"
                    "<li>afspreken met “vrienden” op ongebruikelijke plekken of "
                    "tijden.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Een signaal is geen bewijs",
                        "text": (
                            "<p>Elk van deze signalen kan een onschuldige verklaring hebben. "
                            "Zie ze als aanleiding voor een rustig, open gesprek, niet voor "
                            "een verhoor. Maak je je zorgen, dan kun je advies vragen bij "
                            "de hulpdiensten aan het eind van deze module.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Wat seksuele afpersing is</h2>"
                    "<p>Bij seksuele afpersing krijgt iemand een seksuele foto of video van "
                    "een kind in handen, vaak door te doen alsof hij of zij een "
                    "geïnteresseerde jongere is. Daarna dreigt die persoon het beeld naar "
                    "vrienden en familie te sturen, tenzij het kind geld betaalt of meer "
                    "beelden stuurt. Kinderen die dit meemaken, voelen zich diep beschaamd "
                    "en raken in paniek. Vaak denken ze dat ze het aan niemand kunnen "
                    "vertellen.</p>"
                    "<h2>Waarschuwingssignalen</h2>"
                    "<ul>"
                    "<li>een profiel dat niet past bij hoe de persoon schrijft of zich "
                    "gedraagt;</li>"
                    "<li>een gesprek dat heel snel intens of flirterig wordt;</li>"
                    "<li>aandringen om over te stappen naar een andere, meer besloten "
                    "app;</li>"
                    "<li>steeds een smoes waarom de eigen camera niet werkt.</li>"
                    "</ul>"
                    "<h2>Als het gebeurt: wat je doet</h2>"
                    "<ol>"
                    "<li><b>Betaal niet.</b> Betalen maakt zelden een einde aan de "
                    "dreigementen en leidt vaak tot nieuwe eisen.</li>"
                    "<li><b>Verbreek het contact.</b> Reageer niet en ga niet "
                    "onderhandelen.</li>"
                    "<li><b>Bewaar bewijs</b>, zoals de berichten, gebruikersnamen en links "
                    "naar profielen, maar nooit de beelden zelf.</li>"
                    "<li><b>Wijzig wachtwoorden</b> van de betrokken accounts.</li>"
                    "<li><b>Zoek steun</b> voor je kind en voor jezelf.</li>"
                    "<li><b>Doe melding</b> bij de politie en bij het platform.</li>"
                    "</ol>",
                ),
                (
                    "scenario",
                    {
                        "title": "Een bericht om middernacht",
                        "story": (
                            "<p>Je zoon van vijftien komt 's avonds laat naar beneden, bleek "
                            "en trillend. Iemand met wie hij chatte, heeft een seksuele "
                            "video van hem en eist binnen een uur geld. Anders wordt de "
                            "video naar zijn hele klas gestuurd.</p>"
                        ),
                        "question": "Wat doe je als eerste?",
                        "choices": [
                            {
                                "text": "Betalen, zodat de video niet wordt gedeeld.",
                                "feedback": (
                                    "<p>In een moment van paniek kan betalen voelen als de "
                                    "snelste manier om hem te beschermen. Helaas komen "
                                    "daders die geld krijgen meestal terug voor meer, en "
                                    "er is geen garantie dat de video wordt verwijderd. "
                                    "Het contact verbreken en melding doen beschermt hem "
                                    "beter.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Zeggen dat hij niet in de problemen zit, stoppen met "
                                    "reageren, gebruikersnamen en berichten noteren, "
                                    "wachtwoorden wijzigen en samen melding doen."
                                ),
                                "feedback": (
                                    "<p>Zo volg je de stappen die het meest helpen. Dat je "
                                    "eerst zegt dat hij niet in de problemen zit, is heel "
                                    "belangrijk: de dader rekent juist op zijn schaamte. "
                                    "Bewaar het bewijs zonder de video zelf op te slaan, "
                                    "en zorg dat hij ook de dagen erna steun heeft.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Zijn telefoon pakken en een screenshot maken van de "
                                    "hele chat, inclusief de video, voor de politie."
                                ),
                                "feedback": (
                                    "<p>Goed bewijs willen verzamelen is verstandig, maar "
                                    "maak nooit een screenshot van een naaktbeeld van "
                                    "iemand onder de 18, sla het niet op en stuur het niet "
                                    "door, ook niet voor de politie: daarmee maak je een "
                                    "nieuwe kopie van misbruikmateriaal. Noteer liever "
                                    "gebruikersnamen, profiellinks, data en de tekst van "
                                    "de berichten, en laat de politie bepalen wat ze nog "
                                    "meer nodig heeft.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Als je kind online bedreigd zou worden, wat zou het dan kunnen "
                            "tegenhouden om het je te vertellen? Wat zou je nu al, voordat er "
                            "iets gebeurt, kunnen zeggen om het makkelijker te maken?"
                        )
                    },
                ),
                ("help_services", {"heading": "Waar vind je hulp"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "naaktbeelden-en-hulp-bij-verwijderen",
            "title": "Naaktbeelden en hulp bij verwijderen",
            "summary": (
                "Ontdek hoe je reageert als er een naaktbeeld van je kind wordt gedeeld, en "
                "hoe Take It Down en Helpwanted kunnen helpen het offline te halen."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Hoe beelden online terechtkomen</h2>"
                    "<p>Kinderen sturen om allerlei redenen naaktfoto's of seksuele beelden. "
                    "Soms gebeurt het binnen een relatie, soms na vleierij, misleiding of "
                    "druk, en soms onder regelrechte dreiging. Zodra een beeld is verstuurd, "
                    "verliest het kind de controle over waar het terechtkomt. Wordt een "
                    "beeld van een kind tegen zijn of haar wil gedeeld, dan is dat seksueel "
                    "misbruik van een kind met beeldmateriaal. De verantwoordelijkheid ligt "
                    "bij wie onder druk zet, deelt of dreigt, niet bij het kind.</p>"
                    "<h2>Je eerste stappen</h2>"
                    "<ul>"
                    "<li><b>Blijf rustig en stel je kind gerust.</b> Zeg duidelijk dat het "
                    "niet de schuld van je kind is en dat je gaat helpen.</li>"
                    "<li><b>Bekijk het beeld niet.</b> Je hoeft het niet te zien om in "
                    "actie te komen, en door niet te kijken bescherm je de waardigheid van "
                    "je kind.</li>"
                    "<li><b>Vraag je kind niet om het beeld naar jou te sturen.</b></li>"
                    "<li><b>Noteer waar het staat</b>: de app, de naam van de groep, "
                    "gebruikersnamen en links, zonder het beeld zelf te openen of te "
                    "kopiëren.</li>"
                    "<li><b>Schakel de school in</b> als klasgenoten het delen: neem contact "
                    "op met de aandachtsfunctionaris of vertrouwenspersoon van de "
                    "school.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Nooit screenshotten of doorsturen",
                        "text": (
                            "<p>Een naaktbeeld van iemand onder de 18 is beeldmateriaal van "
                            "seksueel misbruik van kinderen. Maak er geen screenshot van, "
                            "sla het niet op en stuur het niet door, ook niet als bewijs en "
                            "ook niet naar de politie. Elke kopie vergroot de schade. Noteer "
                            "in plaats daarvan de gegevens.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Take It Down</h2>"
                    "<p>Take It Down is een gratis dienst van het Amerikaanse National "
                    "Center for Missing &amp; Exploited Children (NCMEC) en is overal ter "
                    "wereld te gebruiken. De dienst is bedoeld voor naaktbeelden en seksuele "
                    "foto's en video's die zijn gemaakt voordat de persoon erop 18 werd.</p>"
                    "<p>Het hulpmiddel werkt met hashing: het maakt op je eigen apparaat een "
                    "digitale vingerafdruk van het beeld. Het beeld zelf wordt nooit "
                    "geüpload en niemand hoeft het te bekijken. Online diensten die "
                    "meedoen, gebruiken de vingerafdruk om kopieën op hun platform te vinden "
                    "en te verwijderen.</p>"
                    "<h2>Hulp in Nederland: Helpwanted en het meldpunt van Offlimits</h2>"
                    "<p>In Nederland kunnen jij en je kind terecht bij Helpwanted "
                    '(<a href="https://www.helpwanted.nl/">helpwanted.nl</a>). Helpwanted '
                    "geeft gratis en anoniem hulp via chat, telefoon (020-261 52 75) of "
                    "e-mail bij online seksueel misbruik, zoals een naaktbeeld dat rondgaat "
                    "of seksuele afpersing. Helpwanted helpt ook om beelden van het internet "
                    "te laten verwijderen.</p>"
                    "<p>Kom je beeldmateriaal van seksueel misbruik van kinderen tegen op het "
                    "openbare internet, meld het dan anoniem bij het "
                    '<a href="https://www.meldpunt-kinderporno.nl/">meldpunt van '
                    "Offlimits</a>. Het meldpunt beoordeelt de beelden en zorgt dat ze "
                    "worden verwijderd. Geef de plek door waar het beeld staat, nooit het "
                    "beeld zelf. Wil je aangifte doen, neem dan contact op met de politie "
                    "via 0900-8844; is je kind in direct gevaar, bel dan 112.</p>"
                    "<p>Ga samen met je kind zitten en kijk samen wat er moet gebeuren. Laat "
                    "je kind zoveel mogelijk zelf de stappen zetten: na het verlies van "
                    "controle over een beeld kan het helpen om weer een beetje regie terug "
                    "te krijgen.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "De groepschat van de klas",
                        "story": (
                            "<p>Je dochter van dertien komt in tranen thuis. Een foto die ze "
                            "naar een jongen stuurde die ze leuk vond, gaat rond in een "
                            "groepschat van de klas. Ze smeekt je er geen ophef over te "
                            "maken.</p>"
                        ),
                        "question": "Wat zou je doen?",
                        "choices": [
                            {
                                "text": (
                                    "Haar vragen om je de foto te laten zien, zodat je het "
                                    "begrijpt."
                                ),
                                "feedback": (
                                    "<p>Het is heel natuurlijk dat je het volledige beeld "
                                    "wilt hebben. Toch is het bekijken van de foto niet "
                                    "nodig om te helpen, en het kan haar schaamte "
                                    "vergroten. Vraag waar hij is gedeeld en wie er in de "
                                    "groep zitten, en schrijf dat op.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Zeggen dat het niet haar schuld is, noteren waar de "
                                    "foto is gedeeld, contact opnemen met de "
                                    "vertrouwenspersoon van de school en samen met haar "
                                    "een verwijderhulpmiddel gebruiken."
                                ),
                                "feedback": (
                                    "<p>Zo neem je haar verdriet serieus en schakel je de "
                                    "juiste mensen in. Leg haar uit waarom je contact "
                                    "opneemt met de school en laat haar meebeslissen, "
                                    "zodat ze niet het gevoel krijgt dat er over haar hoofd "
                                    "heen wordt beslist.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Zelf de ouders van alle kinderen in de groep een "
                                    "bericht sturen."
                                ),
                                "feedback": (
                                    "<p>Dat je het delen snel wilt stoppen, is logisch. Als "
                                    "je zelf gezinnen benadert, kan het verhaal zich echter "
                                    "verder verspreiden en wordt het voor je dochter "
                                    "zwaarder. De aandachtsfunctionaris of "
                                    "vertrouwenspersoon van de school kan dit zorgvuldig "
                                    "aanpakken en weet welke stappen nodig zijn.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Hoe zou je je kind, voordat er iets gebeurt, kunnen laten weten "
                            "dat het altijd bij jou terechtkan over een beeld, ook als het "
                            "denkt iets doms te hebben gedaan?"
                        )
                    },
                ),
                ("help_services", {"heading": "Waar vind je hulp"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "gesprekken-en-instellingen",
            "title": "Gesprekken en instellingen",
            "summary": (
                "Maak er een gewoonte van om ontspannen over het online leven te praten en "
                "loop samen met je kind de instellingen voor privacy, blokkeren en melden "
                "door."
            ),
            "minutes": 13,
            "body": [
                (
                    "text",
                    "<h2>Praat vroeg en vaak</h2>"
                    "<p>Eén groot, serieus gesprek raakt snel vergeten. Korte, alledaagse "
                    "gesprekjes werken beter: in de auto, tijdens het koken of terwijl je "
                    "kind je een leuk filmpje laat zien. Begin jong, voordat er problemen "
                    "zijn, en blijf het doen naarmate je kind ouder wordt. Kinderen zeggen "
                    "zelf dat ze liever steeds een beetje blijven leren dan één keer een "
                    "preek te horen.</p>"
                    "<h2>Vragen die een gesprek openen</h2>"
                    "<ul>"
                    "<li>Waar ben je online op dit moment mee bezig?</li>"
                    "<li>Met wie speel of chat je? Hoe heb je die leren kennen?</li>"
                    "<li>Heeft iemand je online weleens iets gevraagd dat raar voelde?</li>"
                    "<li>Wat zou je doen als iemand je vraagt iets geheim te houden?</li>"
                    "<li>Is er iets online waar je je zorgen over maakt?</li>"
                    "</ul>"
                    "<h2>Vijf ideeën om met jongere kinderen te delen</h2>"
                    "<ul>"
                    "<li><b>Deel met zorg</b>: denk na voordat je iets plaatst of "
                    "verstuurt.</li>"
                    "<li><b>Trap niet in nep</b>: mensen zijn niet altijd wie ze zeggen dat "
                    "ze zijn.</li>"
                    "<li><b>Bewaak je geheimen</b>: houd wachtwoorden en persoonlijke "
                    "gegevens voor jezelf.</li>"
                    "<li><b>Wees aardig</b> voor anderen online.</li>"
                    "<li><b>Twijfel je? Praat erover</b> met een volwassene die je "
                    "vertrouwt.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Beloof een rustige reactie",
                        "text": (
                            "<p>Veel kinderen zwijgen omdat ze bang zijn hun telefoon kwijt "
                            "te raken. Probeer eens te zeggen: “Als er online ooit iets "
                            "misgaat, mag je het me vertellen. Ik word niet boos en ik pak "
                            "je telefoon niet af omdat je het me vertelt. We lossen het "
                            "samen op.”</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Instellingen om samen door te lopen</h2>"
                    "<p>Ga naast elkaar zitten en laat je kind jou laten zien waar alles "
                    "staat. Kijk vooral naar:</p>"
                    "<ul>"
                    "<li><b>Privacy</b>: wie het profiel, de berichten en de vriendenlijst "
                    "kan zien;</li>"
                    "<li><b>Contact</b>: wie berichten kan sturen, je kind kan toevoegen of "
                    "aan een gesprek kan deelnemen;</li>"
                    "<li><b>Locatie</b>: locatie delen uitgeschakeld, tenzij daar een goede "
                    "reden voor is;</li>"
                    "<li><b>Blokkeren en melden</b>: zoek de knoppen op en oefen ermee, "
                    "zodat je kind zonder nadenken weet wat het moet doen;</li>"
                    "<li><b>Wachtwoorden</b>: sterk en per account verschillend, met "
                    "tweestapsverificatie waar dat kan.</li>"
                    "</ul>"
                    "<p>Gebruik je ouderlijk toezicht, wees daar dan open over. Instellingen "
                    "die je kind kent en begrijpt, bouwen vertrouwen op; heimelijk "
                    "meekijken dat uitkomt, kan dat vertrouwen juist beschadigen.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Het eerste account op sociale media",
                        "story": (
                            "<p>Je kind van twaalf wil lid worden van een sociale-media-app "
                            "die de meeste vrienden al gebruiken. Het belooft voorzichtig "
                            "te zijn.</p>"
                        ),
                        "question": "Welke aanpak zou je kiezen?",
                        "choices": [
                            {
                                "text": (
                                    "Ja zeggen, maar stiekem een app installeren waarmee je "
                                    "alle berichten kunt lezen."
                                ),
                                "feedback": (
                                    "<p>Een oogje in het zeil willen houden, komt voort uit "
                                    "zorg. Heimelijk meekijken wordt echter vaak ontdekt, "
                                    "en dan gaat je kind dingen misschien nog beter "
                                    "verbergen. Open afspraken beschermen op de lange "
                                    "termijn meestal beter.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Samen het account instellen: privéprofiel, beperkt "
                                    "contact, blokkeren en melden oefenen, en afspreken "
                                    "regelmatig even bij te praten."
                                ),
                                "feedback": (
                                    "<p>Zo krijgt je kind vrijheid met een vangnet. Het "
                                    "leert de instellingen door ze te gebruiken, en door "
                                    "regelmatig bij te praten wordt het normaal om te "
                                    "vertellen wat er online gebeurt. Kijk eerst wel of de "
                                    "app in de voorwaarden een leeftijdsgrens hanteert.</p>"
                                ),
                            },
                            {
                                "text": "Weigeren tot je kind zestien is.",
                                "feedback": (
                                    "<p>Wachten kan een redelijke keuze zijn, zeker als de "
                                    "app een leeftijdsgrens stelt. Zorg dat je kind jouw "
                                    "redenen begrijpt en blijf intussen praten over het "
                                    "online leven, zodat het er klaar voor is als het "
                                    "zover is.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Wanneer heb je voor het laatst met je kind gepraat over wat "
                            "het online doet? Kies één vraag uit deze module om deze week "
                            "te stellen, en bedenk wanneer daar een goed moment voor is."
                        )
                    },
                ),
                ("help_services", {"heading": "Waar vind je hulp"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "als-je-kind-het-je-vertelt",
            "title": "Als je kind het je vertelt",
            "summary": (
                "Leer hoe je reageert als je kind je over misbruik vertelt, zodat het zich "
                "gehoord voelt en snel de juiste hulp krijgt."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Waarom jouw eerste reactie ertoe doet</h2>"
                    "<p>Over misbruik vertellen vraagt veel moed. Kinderen beginnen vaak "
                    "met een klein stukje van het verhaal, of zeggen het terloops, om te "
                    "zien hoe je reageert. Reageer je rustig en vriendelijk, dan is de kans "
                    "groter dat ze meer vertellen, nu of later. Reageer je geschrokken, "
                    "boos of ongelovig, dan kunnen ze dichtklappen.</p>"
                    "<h2>Tijdens het gesprek</h2>"
                    "<ol>"
                    "<li><b>Neem het serieus.</b> Laat merken dat je je kind gelooft en "
                    "blij bent dat het je dit vertelt.</li>"
                    "<li><b>Luister.</b> Laat je kind in zijn of haar eigen tempo praten. "
                    "Stiltes zijn prima.</li>"
                    "<li><b>Stel open vragen</b>, zoals “Wat gebeurde er toen?” of "
                    "“Kun je me er meer over vertellen?”. Vermijd vragen die al een "
                    "antwoord voorzeggen, zoals “Was het die jongen van de game?”.</li>"
                    "<li><b>Beloof nooit geheimhouding.</b> Je zult wat je hoort moeten delen "
                    "met mensen die kunnen helpen.</li>"
                    "<li><b>Stel je kind gerust</b>: wat er ook is gebeurd, het is niet "
                    "zijn of haar schuld.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ga niet zelf op onderzoek uit",
                        "text": (
                            "<p>Het kan verleidelijk zijn om de persoon aan te spreken, de "
                            "accounts van je kind door te spitten of beelden te bekijken. "
                            "Doe dat alsjeblieft niet. Zo kun je de dader waarschuwen, "
                            "bewijs vernietigen en je kind nog meer van streek maken. Laat "
                            "het onderzoek over aan de politie.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Na het gesprek</h2>"
                    "<ul>"
                    "<li><b>Schrijf het op</b>, zo snel mogelijk: de eigen woorden van je "
                    "kind, zo letterlijk mogelijk, met datum en tijd. Voeg geen eigen "
                    "interpretatie toe.</li>"
                    "<li><b>Geef het zonder uitstel door</b> aan de juiste mensen: de "
                    "politie als je kind in gevaar is of als er mogelijk een strafbaar feit "
                    "is gepleegd; de aandachtsfunctionaris of vertrouwenspersoon van de "
                    "school als de school erbij betrokken is; een kinderhulplijn voor "
                    "advies over de volgende stappen.</li>"
                    "<li><b>Houd je kind op de hoogte</b> van wat je doet en waarom, in "
                    "woorden die bij de leeftijd passen.</li>"
                    "<li><b>Zorg ook voor jezelf.</b> Dit horen is zwaar. Zoek iemand om mee "
                    "te praten, zodat je je kind kunt blijven steunen.</li>"
                    "</ul>"
                    "<p>In veel Europese landen kunnen kinderen een kinderhulplijn bereiken "
                    "via 116 111. Dat is gratis en registreren is niet nodig. De "
                    "hulpdiensten hieronder laten zien wat er bij jou in de buurt "
                    "beschikbaar is.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Beloof je dat je het niet doorvertelt?",
                        "story": (
                            "<p>Terwijl je samen met je kind van elf aan het opruimen bent, "
                            "zegt het: “Als ik je iets vertel, beloof je dan dat je het aan "
                            "niemand zegt? Iemand online vraagt me steeds om foto's.”</p>"
                        ),
                        "question": "Wat zou je antwoorden?",
                        "choices": [
                            {
                                "text": "Het beloven, zodat je kind blijft praten.",
                                "feedback": (
                                    "<p>Dat is een heel menselijke reactie: je wilt dat je "
                                    "kind blijft praten. Maar als je de belofte later moet "
                                    "breken, kan je kind zich verraden voelen en jou niet "
                                    "meer vertrouwen. Vanaf het begin eerlijk zijn, "
                                    "beschermt jullie band.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Vriendelijk zeggen dat je dat niet kunt beloven, maar "
                                    "dat je het alleen vertelt aan mensen die kunnen helpen "
                                    "en je kind overal bij betrekt."
                                ),
                                "feedback": (
                                    "<p>Dit is eerlijk en geruststellend tegelijk. De "
                                    "meeste kinderen kunnen dat aanvaarden als ze horen "
                                    "dat je aan hun kant staat en dat ze zullen weten wat er "
                                    "daarna gebeurt. Luister dan rustig en stel open "
                                    "vragen.</p>"
                                ),
                            },
                            {
                                "text": ("Meteen vragen wie het is en erop staan de chat te zien."),
                                "feedback": (
                                    "<p>Je schrik is heel begrijpelijk. Meteen aandringen "
                                    "op namen en bewijs kan je kind overweldigen, waardoor "
                                    "het stilvalt. Laat je kind het eerst op zijn of haar "
                                    "eigen manier vertellen; de details kunnen later "
                                    "worden opgepakt door de mensen voor wie dat hun werk "
                                    "is.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Stel je voor dat je kind jou iets moeilijks vertelt. Wat wil je "
                            "dat je gezicht en je eerste zin uitstralen? Schrijf een zin op "
                            "die je zou kunnen gebruiken."
                        )
                    },
                ),
                ("help_services", {"heading": "Waar vind je hulp"}),
            ],
            "easy_read": [],
        },
    ],
}
