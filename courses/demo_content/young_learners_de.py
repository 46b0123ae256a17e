"""German translation of the young learners' course (see young_learners.py), with its
check-in quizzes (QUIZZES, keyed by this course's module slugs).

All text is the project's own, written from facts about the field (docs/content.md). The UK
services of the English course are replaced by services in Germany, named as in
platform/safeguarding/data/help_services.json (country DE).
"""

TRANSLATION_OF = "young_learners"

COURSE = {
    "slug": "sicher-online-unterwegs",
    "title": "Sicher online unterwegs",
    "audience": "young_learner",
    "summary": (
        "Ein kurzer Kurs über die Menschen, die du online triffst, über das Teilen von "
        "Bildern, über Nein sagen und darüber, wo du Hilfe bekommst. Ihr könnt ihn in der "
        "Klasse machen oder in einer Gruppe mit Peer-Mentor*innen. Egal, was online "
        "passiert: Es ist nie deine Schuld, und es gibt immer Hilfe."
    ),
    "outcomes": [
        "Merken, wenn jemand online ein falsches Profil hat oder dir schaden will.",
        "Erst nachdenken, dann ein Bild teilen, und wissen, was du tun kannst, wenn ein Bild "
        "missbraucht wird.",
        "Blockieren, Melden und Privatsphäre-Einstellungen nutzen, und wissen, was du tust, "
        "wenn dich jemand bedroht.",
        "Erwachsene nennen, denen du vertraust, und ein kostenloses Kinder- und "
        "Jugendtelefon kennen.",
    ],
    "estimated_minutes": 60,
    "gives_certificate": False,
    "age_band": "12-14",
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "wer-ist-wirklich-da",
            "title": "Wer ist wirklich da?",
            "summary": (
                "Woran du merkst, dass jemand online nicht ehrlich ist oder dir schaden will."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Online ist nicht jeder so, wie er scheint</h2>"
                    "<p>Die meisten Menschen, die du online triffst, sind ganz normale Leute, "
                    "so wie du. Aber ein Profil kann gefälscht sein. Ein Foto, ein Name und "
                    "ein Alter sind schnell erfunden. Wer schreibt, er oder sie sei 14, kann "
                    "viel älter sein.</p>"
                    "<p>Manche Menschen freunden sich online mit Kindern und Jugendlichen an, "
                    "weil sie ihnen schaden wollen. Das nennt man Grooming. Am Anfang sind "
                    "diese Menschen oft sehr nett. Sie machen Komplimente, haben viel Zeit "
                    "für dich und schenken dir manchmal etwas. Das kann in Spielen, in "
                    "Chat-Apps und in sozialen Netzwerken passieren.</p>"
                    "<h2>Zeichen, dass etwas nicht stimmt</h2>"
                    "<p>Pass auf, wenn jemand, mit dem du online schreibst:</p>"
                    "<ul>"
                    "<li>dich immer wieder drängt, euch in echt zu treffen</li>"
                    "<li>wissen will, wo du wohnst und auf welche Schule du gehst, oder "
                    "nach deiner Handynummer fragt</li>"
                    "<li>Fotos oder Videos von dir haben will, vor allem mit wenig "
                    "Kleidung</li>"
                    "<li>sagt, dass du eure Chats geheim halten sollst</li>"
                    "<li>sagt, dass deine Freunde und deine Familie dich nicht so gut "
                    "verstehen wie er oder sie</li>"
                    "<li>sauer wird, wenn du nicht sofort antwortest, egal ob am Tag oder in "
                    "der Nacht</li>"
                    "</ul>"
                    "<p>Ein einzelnes Zeichen heißt nicht immer, dass es gefährlich ist. "
                    "Aber wenn sich ein Chat komisch anfühlt, hör auf dieses Gefühl.</p>"
                    "<h2>Ein Profil prüfen</h2>"
                    "<ul>"
                    "<li>Passen die Fotos, das Alter und die Geschichten zusammen?</li>"
                    "<li>Wollte die Person sehr schnell in eine private App wechseln?</li>"
                    "<li>Hat die Person immer eine Ausrede, warum ihre Kamera nicht "
                    "geht?</li>"
                    "<li>Wird der Chat sehr schnell sehr eng und persönlich?</li>"
                    "</ul>"
                    "<p>Wenn dir so etwas auffällt, kannst du aufhören zu chatten. Du musst "
                    "niemandem antworten. Wenn dich jemand reingelegt hat, hat diese Person "
                    "etwas falsch gemacht, nicht du. Es ist nie deine Schuld.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Redet darüber",
                        "text": (
                            "<p>Zu zweit oder in deiner Gruppe: Warum will jemand, der einem "
                            "Kind schaden will, dass es Geheimnisse hat? Was ist der "
                            "Unterschied zwischen einer schönen Überraschung und einem "
                            "Geheimnis, das sich schlecht anfühlt?</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Jemand Neues im Spiel",
                        "story": (
                            "<p>Sam spielt ein Onlinespiel. Dort lernt Sam Jay kennen. Jay "
                            "schreibt: „Ich bin 13.“ Jay schenkt Sam Münzen für das Spiel. "
                            "Dann schreibt Jay: „Erzähl niemandem von unseren Chats. Schick "
                            "mir ein Foto von dir, nur für mich.“</p>"
                        ),
                        "question": "Was könnte Sam tun?",
                        "choices": [
                            {
                                "text": "Ein Foto schicken, weil Jay so nett war.",
                                "feedback": (
                                    "<p>Es ist verständlich, dass Sam auch nett sein will. "
                                    "Aber Geschenke, Geheimnisse und die Bitte um ein Foto "
                                    "zusammen sind Warnzeichen. Sam darf jederzeit Nein "
                                    "sagen.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Nicht mehr antworten und es einem Erwachsenen "
                                    "erzählen, dem Sam vertraut."
                                ),
                                "feedback": (
                                    "<p>Gut überlegt. Ein Erwachsener kann Sam helfen, Jay "
                                    "zu blockieren und zu melden. Sam bekommt keinen Ärger, "
                                    "auch nicht wegen der Münzen.</p>"
                                ),
                            },
                            {
                                "text": "Weiterchatten, aber kein Foto schicken.",
                                "feedback": (
                                    "<p>Nein zum Foto zu sagen, ist ein toller Schritt. "
                                    "Aber auch die Bitte um Geheimnisse ist ein "
                                    "Warnzeichen. Wenn Sam es einem Erwachsenen erzählt, "
                                    "ist Sam damit nicht allein.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Mit wem würdest du sprechen, wenn dir ein Chat in einem Spiel "
                            "oder in einer App ein ungutes Gefühl macht?"
                        )
                    },
                ),
                ("help_services", {"heading": "Wer dir helfen kann"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Wer ist wirklich da?</h2>"
                    "<p>Menschen online können lügen. Ein Foto kann falsch sein. Ein Name "
                    "kann falsch sein. Ein Alter kann falsch sein.</p>"
                    "<p>Manche Menschen sind zuerst nett. Später wollen sie dir wehtun.</p>"
                    "<h2>Warnzeichen</h2>"
                    "<p>Pass auf, wenn jemand online:</p>"
                    "<ul>"
                    "<li>dich treffen will</li>"
                    "<li>fragt, wo du wohnst</li>"
                    "<li>Fotos von dir will</li>"
                    "<li>sagt: „Das ist unser Geheimnis.“</li>"
                    "<li>sagt: „Erzähl es nicht deiner Familie.“</li>"
                    "<li>will, dass du immer sofort antwortest</li>"
                    "</ul>"
                    "<h2>Das kannst du tun</h2>"
                    "<ol>"
                    "<li>Hör auf, mit der Person zu schreiben.</li>"
                    "<li>Erzähl es einem Erwachsenen, dem du vertraust.</li>"
                    "</ol>"
                    "<p>Du bekommst keinen Ärger. Es ist nie deine Schuld.</p>",
                ),
                ("help_services", {"heading": "Wer dir helfen kann"}),
            ],
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "bilder-teilen",
            "title": "Bilder teilen",
            "summary": (
                "Erst nachdenken, dann teilen, und wissen: Es gibt Hilfe, wenn ein Bild "
                "missbraucht wird."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Erst nachdenken, dann teilen</h2>"
                    "<p>Ein Foto ist in einer Sekunde kopiert. Wenn du es verschickt hast, "
                    "kannst du nicht mehr bestimmen, wo es landet. Auch Bilder, die von "
                    "allein verschwinden sollen, kann jemand mit einem Screenshot "
                    "speichern.</p>"
                    "<p>Bevor du ein Bild postest oder verschickst, frag dich:</p>"
                    "<ul>"
                    "<li>Wäre es okay für mich, wenn meine Familie oder meine Lehrerin oder "
                    "mein Lehrer es sieht?</li>"
                    "<li>Sieht man darauf, wo ich wohne oder zur Schule gehe?</li>"
                    "<li>Kenne ich die Person, die es bekommt, wirklich, und vertraue ich "
                    "ihr?</li>"
                    "<li>Will ich es schicken, oder fühle ich mich gedrängt?</li>"
                    "</ul>"
                    "<h2>Niemand darf dich drängen</h2>"
                    "<p>Keine fremde Person, niemand aus deinem Freundeskreis und auch nicht "
                    "dein Freund oder deine Freundin. Du kannst Nein sagen, und du kannst es "
                    "noch einmal sagen. Wer dich wirklich mag, akzeptiert das.</p>"
                    "<h2>Es ist nie deine Schuld</h2>"
                    "<p>Wenn jemand ein Bild von dir weiterschickt oder missbraucht, ist diese "
                    "Person schuld, nicht du. Du bekommst keinen Ärger, wenn du um Hilfe "
                    "bittest.</p>"
                    "<h2>Wenn dir jemand ein Nacktbild von einer anderen Person schickt</h2>"
                    "<ul>"
                    "<li>Schick es nicht weiter und zeig es niemandem.</li>"
                    "<li>Mach keinen Screenshot.</li>"
                    "<li>Erzähl einem Erwachsenen, dem du vertraust, dass du es bekommen "
                    "hast.</li>"
                    "</ul>"
                    "<p>Wer so ein Bild weitergibt, tut der Person auf dem Bild weh, auch "
                    "wenn es nur ein Witz sein soll.</p>"
                    "<h2>Bilder löschen lassen</h2>"
                    "<p>Es gibt kostenlose Hilfe, um Nacktbilder von dir aus dem Internet zu "
                    "entfernen, die gemacht wurden, als du jünger als 18 warst:</p>"
                    "<ul>"
                    "<li><b>Take It Down</b> funktioniert auf der ganzen Welt. Es macht auf "
                    "deinem eigenen Gerät einen digitalen Fingerabdruck von dem Bild. Das "
                    "Bild selbst wird nie verschickt. Websites, die mitmachen, finden mit "
                    "dem Fingerabdruck Kopien und löschen sie.</li>"
                    "<li>In Deutschland gibt es außerdem <b>Beschwerdestellen</b>. Dort kann "
                    "man solche Bilder im Internet kostenlos melden: bei der eco "
                    "Beschwerdestelle und der FSM-Beschwerdestelle (beide über "
                    "internet-beschwerdestelle.de) oder bei jugendschutz.net. Die "
                    "Beschwerdestellen setzen sich dafür ein, dass die Bilder gelöscht "
                    "werden. Ein Erwachsener kann dir beim Melden helfen.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Es ist nie zu spät",
                        "text": (
                            "<p>Auch wenn ein Bild schon vor Monaten verschickt wurde, kannst "
                            "du noch um Hilfe bitten.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Ein Bild im Gruppenchat",
                        "story": (
                            "<p>Alex ist im Gruppenchat der Klasse. Jemand postet ein "
                            "Nacktbild von einem Kind aus der Klasse. Ein paar Leute "
                            "schicken lachende Smileys.</p>"
                        ),
                        "question": "Was könnte Alex tun?",
                        "choices": [
                            {
                                "text": (
                                    "Das Bild an die beste Freundin oder den besten Freund "
                                    "weiterleiten und fragen, was man tun soll."
                                ),
                                "feedback": (
                                    "<p>Jemanden um Rat zu fragen, ist eine gute Idee. Aber "
                                    "beim Weiterleiten verbreitet sich das Bild noch mehr. "
                                    "Alex kann es mit Worten erzählen. Dann können die "
                                    "beiden zusammen zu einem Erwachsenen gehen.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Das Bild nicht teilen und es einer Lehrerin, einem "
                                    "Lehrer oder einem anderen Erwachsenen erzählen, dem "
                                    "Alex vertraut."
                                ),
                                "feedback": (
                                    "<p>Das ist freundlich und mutig. Alex bekommt keinen "
                                    "Ärger. Der Erwachsene kann helfen, dass sich das Bild "
                                    "nicht weiter verbreitet, und er kann dem Kind auf dem "
                                    "Bild beistehen.</p>"
                                ),
                            },
                            {
                                "text": "Nichts sagen und hoffen, dass es vorbeigeht.",
                                "feedback": (
                                    "<p>Sich lieber heraushalten zu wollen, ist "
                                    "verständlich. Aber das Kind auf dem Bild braucht "
                                    "vielleicht Hilfe. Und Erwachsene können nur etwas tun, "
                                    "wenn sie davon wissen.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Was könntest du zu jemandem aus deinem Freundeskreis sagen, der "
                            "gedrängt wird, ein Bild zu schicken?"
                        )
                    },
                ),
                ("help_services", {"heading": "Wer dir helfen kann"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Erst nachdenken, dann teilen</h2>"
                    "<p>Ein Foto ist schnell kopiert. Du bekommst es nicht zurück.</p>"
                    "<p>Bevor du ein Foto schickst, frag dich:</p>"
                    "<ul>"
                    "<li>Will ich das schicken?</li>"
                    "<li>Vertraue ich dieser Person?</li>"
                    "<li>Ist es okay, wenn andere es sehen?</li>"
                    "</ul>"
                    "<p>Du darfst immer Nein sagen.</p>"
                    "<h2>Wenn jemand ein Foto von dir teilt</h2>"
                    "<p>Es ist nicht deine Schuld. Erzähl es einem Erwachsenen, dem du "
                    "vertraust.</p>"
                    "<p>Es gibt Hilfe, damit das Foto gelöscht wird. Eine Hilfe heißt Take "
                    "It Down. In Deutschland gibt es auch Beschwerdestellen. Ein Erwachsener "
                    "hilft dir dabei.</p>"
                    "<h2>Wenn du ein Nacktfoto von jemandem bekommst</h2>"
                    "<ul>"
                    "<li>Schick es nicht weiter.</li>"
                    "<li>Zeig es niemandem.</li>"
                    "<li>Erzähl es einem Erwachsenen, dem du vertraust.</li>"
                    "</ul>",
                ),
                ("help_services", {"heading": "Wer dir helfen kann"}),
            ],
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "nein-sagen-und-aussteigen",
            "title": "Nein sagen und aussteigen",
            "summary": (
                "Wie du blockierst, meldest und deine Sachen privat hältst, und was du tust, "
                "wenn dich jemand bedroht."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Du bestimmst</h2>"
                    "<p>Du musst nie weiter mit jemandem chatten, bei dem du dich schlecht, "
                    "ängstlich oder unwohl fühlst. Du kannst jeden Chat jederzeit verlassen. "
                    "Du brauchst keinen Grund.</p>"
                    "<h2>Drei Werkzeuge, die fast jede App hat</h2>"
                    "<ul>"
                    "<li><b>Blockieren</b>: Die Person kann dich nicht mehr "
                    "kontaktieren.</li>"
                    "<li><b>Melden</b>: Du sagst der App, dass jemand gegen die Regeln "
                    "verstößt. Meistens erfährt die Person nicht, wer sie gemeldet hat.</li>"
                    "<li><b>Privatsphäre-Einstellungen</b>: Hier legst du fest, wer dein "
                    "Profil sehen und wer dir schreiben kann. Stell dein Konto auf privat "
                    "und schalte das Teilen deines Standorts aus.</li>"
                    "</ul>"
                    "<p>Such diese Einstellungen jetzt, solange alles in Ordnung ist. Dann "
                    "weißt du, wo sie sind, wenn du sie einmal brauchst.</p>"
                    "<h2>Wenn dich jemand bedroht</h2>"
                    "<p>Manchmal bekommt jemand ein Bild von dir in die Hände. Dann droht "
                    "die Person, das Bild zu verbreiten, wenn du nicht noch mehr Bilder "
                    "schickst oder Geld bezahlst. Das nennt man sexuelle Erpressung. Das ist "
                    "eine Straftat. Die Person, die das tut, macht etwas falsch. Es ist nie "
                    "deine Schuld.</p>"
                    "<p>Wenn dir das passiert:</p>"
                    "<ol>"
                    "<li><b>Zahl nichts</b> und schick nichts mehr. Wer zahlt, bekommt "
                    "meistens noch mehr Forderungen.</li>"
                    "<li><b>Antworte nicht mehr.</b> Du musst der Person nichts "
                    "erklären.</li>"
                    "<li><b>Heb die Nachrichten auf</b> und den Namen des Kontos, aber nicht "
                    "die Bilder.</li>"
                    "<li><b>Erzähl es einem Erwachsenen</b>, dem du vertraust, so schnell du "
                    "kannst. Er oder sie kann dir helfen, es zu melden und Bilder löschen zu "
                    "lassen.</li>"
                    "<li><b>Ändere deine Passwörter</b>, wenn du glaubst, dass jemand in dein "
                    "Konto gekommen ist.</li>"
                    "</ol>"
                    "<p>Ein Erwachsener kann mit dir auch zur Polizei gehen. Das geht auch "
                    "online, bei der Onlinewache der Polizei in eurem Bundesland. Wenn du in "
                    "Gefahr bist, ruf sofort die <b>110</b> an.</p>"
                    "<p>Es kann sich anfühlen wie das Ende der Welt. Das ist es nicht. Du "
                    "kannst auch die Nummer gegen Kummer anrufen: <b>116 111</b>. Mit Hilfe "
                    "schaffen junge Menschen das.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Nachrichten aufheben, Bilder nicht",
                        "text": (
                            "<p>Mach einen Screenshot vom Chat und vom Benutzernamen, bevor "
                            "du blockierst. Ein Nacktbild speicherst du nie. Mach auch keinen "
                            "Screenshot davon und schick es nicht weiter, nicht einmal als "
                            "Beweis.</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Ein neuer Follower",
                        "story": (
                            "<p>Mia chattet mit jemandem, der angeblich 15 ist. Die beiden "
                            "tauschen Bilder. Jetzt schreibt das Konto: „Zahl mir Geld, "
                            "sonst schicke ich dein Bild an alle deine Follower.“</p>"
                        ),
                        "question": "Was könnte Mia tun?",
                        "choices": [
                            {
                                "text": "Bezahlen, damit alles aufhört.",
                                "feedback": (
                                    "<p>Es ist normal, dass Mia will, dass es schnell "
                                    "aufhört. Leider hört es durch Bezahlen nur selten auf. "
                                    "Mia kann stattdessen aufhören zu antworten und es "
                                    "einem Erwachsenen erzählen. Sie hat nichts getan, womit "
                                    "sie das verdient hätte.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Nicht mehr antworten, den Chat speichern, aber nicht "
                                    "das Bild, und es einem Erwachsenen erzählen, dem Mia "
                                    "vertraut."
                                ),
                                "feedback": (
                                    "<p>Das ist ein starker Plan. Der Erwachsene kann "
                                    "helfen, das Konto zu melden und das Bild löschen zu "
                                    "lassen. Mia bekommt keinen Ärger.</p>"
                                ),
                            },
                            {
                                "text": "Ihr Konto löschen und niemandem etwas sagen.",
                                "feedback": (
                                    "<p>Sich verstecken zu wollen, ist eine normale "
                                    "Reaktion. Aber dann wäre Mia ganz allein damit. Es ist "
                                    "sicherer, zuerst mit einem Erwachsenen oder mit der "
                                    "Nummer gegen Kummer zu sprechen.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Findest du in der App, die du am meisten benutzt, Blockieren, "
                            "Melden und die Privatsphäre-Einstellungen in weniger als einer "
                            "Minute?"
                        )
                    },
                ),
                ("help_services", {"heading": "Wer dir helfen kann"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Du darfst Nein sagen</h2>"
                    "<p>Du kannst jeden Chat beenden. Du brauchst keinen Grund.</p>"
                    "<h2>Nutze die Knöpfe in deiner App</h2>"
                    "<ul>"
                    "<li>Blockieren: Die Person kann dich nicht mehr erreichen.</li>"
                    "<li>Melden: Du sagst der App Bescheid über die Person.</li>"
                    "<li>Privatsphäre: Du bestimmst, wer deine Sachen sieht.</li>"
                    "</ul>"
                    "<h2>Wenn dich jemand bedroht</h2>"
                    "<p>Jemand sagt vielleicht: „Schick mehr Fotos, sonst teile ich dein "
                    "Foto.“</p>"
                    "<p>Oder: „Gib mir Geld, sonst teile ich dein Foto.“</p>"
                    "<p>Das ist eine Straftat. Es ist nicht deine Schuld.</p>"
                    "<ol>"
                    "<li>Zahl nichts.</li>"
                    "<li>Schreib nicht mehr zurück.</li>"
                    "<li>Heb die Nachrichten auf.</li>"
                    "<li>Heb die Fotos nicht auf.</li>"
                    "<li>Erzähl es einem Erwachsenen, dem du vertraust.</li>"
                    "</ol>",
                ),
                ("help_services", {"heading": "Wer dir helfen kann"}),
            ],
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "hier-bekommst-du-hilfe",
            "title": "Hier bekommst du Hilfe",
            "summary": (
                "Mit wem du sprechen kannst und wie du anfängst, wenn dir etwas online Sorgen "
                "macht."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Wenn du unsicher bist: Rede darüber</h2>"
                    "<p>Du musst nicht sicher sein, dass etwas falsch ist, bevor du um Hilfe "
                    "bittest. Wenn ein Chat, ein Bild oder eine Person online dich "
                    "durcheinanderbringt, dir Sorgen macht oder sich komisch anfühlt, ist das "
                    "Grund genug, mit jemandem zu reden.</p>"
                    "<h2>Erwachsene, denen du vertraust</h2>"
                    "<p>Eine Vertrauensperson ist ein Erwachsener, der dir zuhört und "
                    "möchte, dass du sicher bist. Das kann sein:</p>"
                    "<ul>"
                    "<li>deine Mutter, dein Vater, deine Pflegeeltern oder jemand anderes aus "
                    "deiner Familie</li>"
                    "<li>eine Lehrerin, ein Lehrer oder jemand aus der "
                    "Schulsozialarbeit</li>"
                    "<li>jemand aus dem Jugendtreff, deine Trainerin oder dein Trainer im "
                    "Sport oder der Coach deiner Peer-Mentor*innen</li>"
                    "<li>eine Ärztin oder ein Arzt</li>"
                    "</ul>"
                    "<p>Überleg dir mindestens zwei. Wenn die erste Person nicht hilft, "
                    "erzähl es der nächsten. Erzähl es so lange weiter, bis dir jemand "
                    "zuhört.</p>"
                    "<p>Manchmal muss eine Vertrauensperson jemand anderem Bescheid sagen, "
                    "damit du sicher bist. Damit hilft sie dir. Sie bringt dich nicht in "
                    "Schwierigkeiten.</p>"
                    "<h2>Telefone für Kinder und Jugendliche</h2>"
                    "<p>In Deutschland erreichst du die <b>Nummer gegen Kummer</b> unter "
                    "<b>116 111</b>. Das ist das Kinder- und Jugendtelefon. Es ist montags "
                    "bis samstags von 14 bis 20 Uhr für dich da. Auf nummergegenkummer.de "
                    "kannst du auch schreiben oder chatten. Das ist oft leichter als "
                    "reden. Die Nummer gegen Kummer ist:</p>"
                    "<ul>"
                    "<li>kostenlos</li>"
                    "<li>da, um dir zuzuhören, nicht um dich zu verurteilen</li>"
                    "<li>auch ohne deinen Namen für dich da</li>"
                    "</ul>"
                    "<p>Auch beim <b>Hilfetelefon Sexueller Missbrauch</b> kannst du "
                    "anrufen: <b>0800 22 55 530</b>. Das ist kostenlos, und du musst deinen "
                    "Namen nicht sagen. Deine Eltern können sich beim Elterntelefon der "
                    "Nummer gegen Kummer melden: <b>0800 111 0 550</b>.</p>"
                    "<p>Wenn du in Gefahr bist, ruf sofort die Polizei an: <b>110</b>.</p>"
                    "<p>Die Nummer 116 111 gibt es in vielen Ländern Europas. In Österreich "
                    "hilft 147 Rat auf Draht, in der Schweiz 147 Pro Juventute, beide unter "
                    "der Nummer 147.</p>"
                    "<h2>So kannst du anfangen</h2>"
                    "<p>Der Anfang ist oft das Schwerste. Es ist okay, wenn du aufgeregt "
                    "bist. Du könntest sagen:</p>"
                    "<ul>"
                    "<li>„Online ist etwas passiert, und ich weiß nicht, was ich tun "
                    "soll.“</li>"
                    "<li>„Kann ich mit dir über etwas reden, das mir Sorgen macht?“</li>"
                    "</ul>"
                    "<p>Du kannst es auch aufschreiben und der Person zeigen. Egal, was "
                    "passiert ist: Du hast Hilfe verdient. Es ist nie deine Schuld.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Probiert es aus",
                        "text": (
                            "<p>Übt zu zweit: Sagt abwechselnd einen der Sätze von oben laut. "
                            "Wie hat sich das angefühlt? Was würde es leichter machen?</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Sorgen um eine Freundin",
                        "story": (
                            "<p>Deine Freundin Noor ist seit ein paar Tagen sehr still. Sie "
                            "erzählt dir, dass jemand online ein Bild von ihr hat und ihr "
                            "droht. Dann sagt sie: „Versprich mir, dass du es niemandem "
                            "erzählst.“</p>"
                        ),
                        "question": "Was könntest du tun?",
                        "choices": [
                            {
                                "text": "Das Versprechen halten und nichts sagen.",
                                "feedback": (
                                    "<p>Zu einer Freundin zu halten, ist etwas Gutes. Aber "
                                    "das hier ist zu groß für zwei Freundinnen oder Freunde "
                                    "allein. Eine gute Freundin oder ein guter Freund hilft "
                                    "Noor, Hilfe zu bekommen.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Noor sagen, dass sie dir wichtig ist, und anbieten, mit "
                                    "ihr zu einem Erwachsenen zu gehen, dem sie vertraut, "
                                    "oder zusammen die Nummer gegen Kummer anzurufen."
                                ),
                                "feedback": (
                                    "<p>Das ist eine liebevolle Entscheidung. Wenn Noor "
                                    "trotzdem Nein sagt, kannst du es selbst einem "
                                    "Erwachsenen erzählen. Denn am wichtigsten ist, dass "
                                    "Noor sicher ist.</p>"
                                ),
                            },
                            {
                                "text": "Der Person schreiben, dass sie aufhören soll.",
                                "feedback": (
                                    "<p>Für eine Freundin einzustehen, ist mutig. Aber es "
                                    "könnte alles schlimmer machen, und du könntest selbst "
                                    "in Gefahr kommen. Diesen Teil überlässt du besser "
                                    "Erwachsenen.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Schreib zwei Erwachsene auf, denen du vertraust. Was würdest du "
                            "sagen, um anzufangen?"
                        )
                    },
                ),
                ("help_services", {"heading": "Wer dir helfen kann"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Sprich mit jemandem</h2>"
                    "<p>Fühlt sich online etwas falsch an? Erzähl es jemandem. Du musst "
                    "nicht sicher sein.</p>"
                    "<h2>Erwachsene, denen du vertrauen kannst</h2>"
                    "<ul>"
                    "<li>deine Eltern</li>"
                    "<li>eine Lehrerin oder ein Lehrer</li>"
                    "<li>eine Ärztin oder ein Arzt</li>"
                    "<li>jemand aus dem Jugendtreff</li>"
                    "</ul>"
                    "<p>Ein Erwachsener hilft nicht? Erzähl es einem anderen Erwachsenen. "
                    "Erzähl es weiter.</p>"
                    "<h2>Ruf an</h2>"
                    "<p>In Deutschland gibt es die Nummer gegen Kummer. Ruf <b>116 111</b> "
                    "an.</p>"
                    "<ul>"
                    "<li>Es kostet nichts.</li>"
                    "<li>Du musst deinen Namen nicht sagen.</li>"
                    "<li>Sie hören dir zu.</li>"
                    "<li>Sie schimpfen nicht mit dir.</li>"
                    "<li>Sie sind montags bis samstags von 14 bis 20 Uhr da.</li>"
                    "</ul>"
                    "<p>Bist du in Gefahr? Ruf die <b>110</b> an.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Denk dran",
                        "text": "<p>Es ist nie deine Schuld. Es gibt immer Hilfe.</p>",
                    },
                ),
                ("help_services", {"heading": "Wer dir helfen kann"}),
            ],
        },
    ],
}

# ---------------------------------------------------------------------------------------
# Check-in quizzes (plain and encouraging; nobody can fail), keyed by module slug. Same
# order, kinds, questions, choices and correct answers as the English ones in
# quizzes.py (QUIZZES["young_learners"]).
# ---------------------------------------------------------------------------------------

QUIZZES = {
    "wer-ist-wirklich-da": [
        {
            "title": "Kurzer Check: Wer ist wirklich da?",
            "intro": "Drei kurze Fragen. Das ist kein Test, probier es einfach aus!",
            "kind": "check_in",
            "pass_mark": 0,
            "questions": [
                {
                    "type": "true_false",
                    "text": "Wenn jemand online schreibt, er oder sie ist 14, dann stimmt das "
                    "immer.",
                    "explanation": (
                        "Ein Name, ein Foto und ein Alter sind online schnell erfunden. Wer "
                        "schreibt, er oder sie sei 14, kann viel älter sein."
                    ),
                    "choices": [
                        {
                            "text": "Richtig",
                            "correct": False,
                            "feedback": (
                                "Das denken viele. Aber online kann jeder ein Alter erfinden "
                                "oder ein falsches Foto benutzen."
                            ),
                        },
                        {
                            "text": "Falsch",
                            "correct": True,
                            "feedback": (
                                "Genau! Ein Profil kann gefälscht sein. Gut, dass du daran denkst."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": (
                        "Jemand in einem Spiel schickt dir Geschenke und schreibt: „Unsere "
                        "Chats bleiben geheim.“ Was könntest du tun?"
                    ),
                    "explanation": (
                        "Geschenke und Geheimnisse zusammen sind Warnzeichen. Du kannst "
                        "aufhören zu antworten und es einem Erwachsenen erzählen, dem du "
                        "vertraust. Du bekommst keinen Ärger."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Nicht mehr antworten und es einem Erwachsenen erzählen, dem "
                                "du vertraust."
                            ),
                            "correct": True,
                            "feedback": (
                                "Super Entscheidung! Ein Erwachsener kann dir helfen, die "
                                "Person zu blockieren und zu melden. Du bekommst keinen "
                                "Ärger, auch wenn du die Geschenke angenommen hast."
                            ),
                        },
                        {
                            "text": "Das Geheimnis bewahren, weil die Person so nett war.",
                            "correct": False,
                            "feedback": (
                                "Es ist normal, dass du auch nett sein willst. Aber wenn "
                                "jemand will, dass du Geheimnisse hast, ist das ein "
                                "Warnzeichen. Du darfst es einem Erwachsenen erzählen."
                            ),
                        },
                        {
                            "text": "Als Dankeschön ein Foto von dir schicken.",
                            "correct": False,
                            "feedback": (
                                "Es ist lieb, danke sagen zu wollen. Aber du musst nie ein "
                                "Foto schicken. Du kannst aufhören zu chatten und es einem "
                                "Erwachsenen erzählen."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": "Welche davon sind Warnzeichen? Kreuze alle an, die stimmen.",
                    "explanation": (
                        "Wenn jemand fragt, wo du wohnst, will, dass eure Chats geheim "
                        "bleiben, oder dich drängt, euch zu treffen, sind das Warnzeichen. "
                        "Wenn sich ein Chat komisch anfühlt, hör auf dieses Gefühl."
                    ),
                    "choices": [
                        {
                            "text": "Die Person fragt, wo du wohnst oder auf welche Schule du "
                            "gehst.",
                            "correct": True,
                            "feedback": "Genau! Behalte so etwas für dich.",
                        },
                        {
                            "text": "Die Person sagt, dass du eure Chats geheim halten sollst.",
                            "correct": True,
                            "feedback": (
                                "Genau! Ein Geheimnis, das sich schlecht anfühlt, ist ein "
                                "Grund, es jemandem zu erzählen."
                            ),
                        },
                        {
                            "text": "Die Person drängt dich immer wieder, euch in echt zu treffen.",
                            "correct": True,
                            "feedback": (
                                "Genau! Du musst dich nie mit jemandem aus dem Internet treffen."
                            ),
                        },
                        {
                            "text": "Die Person spielt das gleiche Spiel wie du.",
                            "correct": False,
                            "feedback": (
                                "Nicht für sich allein. Viele Leute spielen die gleichen "
                                "Spiele. Achte auf Geheimnisse, auf Fragen danach, wo du "
                                "wohnst, und auf Druck."
                            ),
                        },
                        {
                            "text": "Die Person schreibt nach einer Runde „gutes Spiel“.",
                            "correct": False,
                            "feedback": (
                                "Das ist einfach freundlich. Warnzeichen sind Dinge wie "
                                "Geheimnisse, Druck oder Fragen danach, wo du wohnst."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
    "nein-sagen-und-aussteigen": [
        {
            "title": "Kurzer Check: Nein sagen und aussteigen",
            "intro": "Drei kurze Fragen. Das ist kein Test, probier es einfach aus!",
            "kind": "check_in",
            "pass_mark": 0,
            "questions": [
                {
                    "type": "true_false",
                    "text": "Du kannst jeden Chat jederzeit verlassen, ohne einen Grund zu nennen.",
                    "explanation": (
                        "Du bestimmst. Du musst nie weiter mit jemandem chatten, bei dem du "
                        "dich schlecht, ängstlich oder unwohl fühlst."
                    ),
                    "choices": [
                        {
                            "text": "Richtig",
                            "correct": True,
                            "feedback": (
                                "Genau! Du musst niemandem eine Antwort oder einen Grund geben."
                            ),
                        },
                        {
                            "text": "Falsch",
                            "correct": False,
                            "feedback": (
                                "Einfach zu gehen, kann sich unhöflich anfühlen. Aber du "
                                "darfst jeden Chat jederzeit beenden. Du brauchst keinen "
                                "Grund."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Was passiert, wenn du jemanden blockierst?",
                    "explanation": (
                        "Wenn du jemanden blockierst, kann die Person dich nicht mehr "
                        "kontaktieren. Mit „Melden“ sagst du der App, dass jemand gegen die "
                        "Regeln verstößt."
                    ),
                    "choices": [
                        {
                            "text": "Die Person kann dich nicht mehr kontaktieren.",
                            "correct": True,
                            "feedback": (
                                "Genau! Such die Funktion gleich in deinen Apps, solange "
                                "alles in Ordnung ist."
                            ),
                        },
                        {
                            "text": "Die Person erfährt, dass du sie gemeldet hast.",
                            "correct": False,
                            "feedback": (
                                "Guter Versuch. Blockieren sorgt nur dafür, dass die Person "
                                "dich nicht mehr kontaktieren kann. Und wenn du jemanden "
                                "meldest, erfährt die Person meistens nicht, wer es war."
                            ),
                        },
                        {
                            "text": "Dein eigenes Konto wird gelöscht.",
                            "correct": False,
                            "feedback": (
                                "Guter Versuch. Dein Konto bleibt. Blockieren sorgt nur "
                                "dafür, dass diese eine Person dich nicht mehr kontaktieren "
                                "kann."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Jemand schreibt: „Zahl mir Geld, sonst teile ich dein Bild.“ Was "
                        "solltest du tun? Kreuze alle an, die stimmen."
                    ),
                    "explanation": (
                        "Zahl nichts. Antworte nicht mehr und heb die Nachrichten auf, aber "
                        "nicht die Bilder. Erzähl es einem Erwachsenen, dem du vertraust. Es "
                        "ist nie deine Schuld."
                    ),
                    "choices": [
                        {
                            "text": "Nichts bezahlen.",
                            "correct": True,
                            "feedback": "Genau! Wer zahlt, bekommt meistens noch mehr Forderungen.",
                        },
                        {
                            "text": (
                                "Nicht mehr antworten und die Nachrichten aufheben, aber "
                                "nicht die Bilder."
                            ),
                            "correct": True,
                            "feedback": (
                                "Genau! Mit den Nachrichten können Erwachsene es melden. "
                                "Speichere nie ein Nacktbild, auch nicht als Beweis."
                            ),
                        },
                        {
                            "text": "Es einem Erwachsenen erzählen, dem du vertraust.",
                            "correct": True,
                            "feedback": (
                                "Genau! Er oder sie kann dir helfen, es zu melden und Bilder "
                                "löschen zu lassen."
                            ),
                        },
                        {
                            "text": "Noch mehr Bilder schicken, damit die Person dich in Ruhe "
                            "lässt.",
                            "correct": False,
                            "feedback": (
                                "Es ist normal, dass es schnell aufhören soll. Aber wer mehr "
                                "schickt, bekommt meistens noch mehr Forderungen. Erzähl es "
                                "lieber einem Erwachsenen."
                            ),
                        },
                        {
                            "text": "Es für dich behalten.",
                            "correct": False,
                            "feedback": (
                                "Sich verstecken zu wollen, ist ein normales Gefühl. Aber "
                                "damit musst du nicht allein fertigwerden. Ein Erwachsener "
                                "oder die Nummer gegen Kummer (116 111) kann dir helfen."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
}
