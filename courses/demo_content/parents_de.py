"""German translation of the parents' course (see parents.py), with its quizzes.

All text is the project's own, written from facts about the field (docs/content.md). The course
names German services (Nummer gegen Kummer, Hilfetelefon Sexueller Missbrauch, the
internet complaints offices, the police) instead of the UK services of the English text;
their names and numbers follow platform/safeguarding/data/help_services.json.

QUIZZES holds this translation's quizzes in the format described in quizzes.py, keyed by
the German module slugs; each module has the same quizzes as its English module, in the
same order, with the same kinds, questions, choices and correct answers.
"""

import copy

TRANSLATION_OF = "parents"

COURSE = {
    "slug": "dein-kind-sicher-im-netz",
    "title": "Dein Kind sicher im Netz",
    "audience": "parent",
    "summary": (
        "Ein praktischer Kurs für Eltern und andere Bezugspersonen, die ihr Kind vor sexueller "
        "Ausbeutung im Internet schützen möchten. Du erfährst, was dein Kind online macht, auf "
        "welche Warnzeichen du achten kannst und was du Schritt für Schritt tust, wenn etwas "
        "schiefgeht."
    ),
    "outcomes": [
        (
            "Beschreiben, in welchen Apps, Spielen und Online-Räumen dein Kind anderen Menschen "
            "begegnet."
        ),
        "Die Warnzeichen von Cybergrooming und sexueller Erpressung erkennen.",
        (
            "Besonnen reagieren, wenn ein Nacktbild deines Kindes verbreitet wird, und Angebote "
            "zum Entfernen nutzen."
        ),
        (
            "Regelmäßig und entspannt mit deinem Kind über das Online-Leben sprechen und gemeinsam "
            "Sicherheitseinstellungen vornehmen."
        ),
        "Ruhig und hilfreich reagieren, wenn dein Kind dir von Missbrauch erzählt.",
    ],
    "estimated_minutes": 70,
    "gives_certificate": True,
    "age_band": "",
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "die-online-welt-deines-kindes",
            "title": "Die Online-Welt deines Kindes",
            "summary": (
                "Lerne die Orte kennen, an denen dein Kind online Zeit verbringt, und erfahre, "
                "warum dein Interesse mehr zählt als technisches Wissen."
            ),
            "minutes": 12,
            "body": [
                (
                    "text",
                    "<h2>Warum es diesen Kurs gibt</h2>"
                    "<p>Sexuelle Ausbeutung von Kindern im Internet meint jede Form sexueller "
                    "Ausbeutung eines Kindes, bei der das Internet an irgendeiner Stelle eine "
                    "Rolle spielt. Dazu gehören das Herstellen, Besitzen oder Verbreiten von "
                    "Darstellungen sexuellen Kindesmissbrauchs, Missbrauch, der live gestreamt "
                    "wird, ein Kind online unter Druck zu setzen oder zu erpressen (sexuelle "
                    "Erpressung) und Cybergrooming: Ein Erwachsener oder ein älterer Jugendlicher "
                    "baut gezielt eine Beziehung zu einem Kind auf, um es zu missbrauchen.</p>"
                    "<p>Viele Eltern haben das Gefühl, dass ihre Kinder viel mehr über Apps und "
                    "Spiele wissen als sie selbst. Das ist normal und kein Grund, sich "
                    "zurückzuziehen. Du musst keine Expertin und kein Experte sein. Was Kinder am "
                    "besten schützt, ist ein Erwachsener, der sich interessiert, ruhig bleibt und "
                    "leicht ansprechbar ist.</p>"
                    "<h2>Wo Kinder anderen Menschen begegnen</h2>"
                    "<p>Kinder denken selten, dass sie „online gehen“. Sie chatten, spielen und "
                    "schauen einfach. Kontakt zu anderen kann an vielen Orten entstehen:</p>"
                    "<ul>"
                    "<li><b>Spiele mit Chat</b>: Text- oder Sprachchat mit Mitspielenden und "
                    "Fremden, manchmal auch Geschenke in Form von Spielwährung.</li>"
                    "<li><b>Soziale Netzwerke und Video-Apps</b>: Kommentare, Follower, Likes und "
                    "Direktnachrichten.</li>"
                    "<li><b>Messenger</b>: private Einzelchats und große Gruppenchats, oft mit "
                    "Menschen, die dein Kind nie getroffen hat.</li>"
                    "<li><b>Livestreams</b>: Zuschauende können in Echtzeit kommentieren und die "
                    "Person, die streamt, auffordern, Dinge zu tun.</li>"
                    "</ul>"
                    "<p>Ein Muster, das du kennen solltest: Kontakt beginnt oft an einem "
                    "öffentlichen, belebten Ort, etwa in einem Spiel oder in den Kommentaren unter "
                    "einem Beitrag, und wandert dann in einen privaten Chat, in dem niemand sonst "
                    "mitlesen kann.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Neugierig statt misstrauisch",
                        "text": (
                            "<p>Bitte dein Kind, dir sein Lieblingsspiel oder seine Lieblings-App "
                            "zu zeigen und zu erklären, wie sie funktioniert. Hier ist dein Kind "
                            "der Profi. Kinder, die merken, dass ihre Online-Welt ernst genommen "
                            "wird, kommen eher zu dir, wenn sich dort etwas falsch anfühlt.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Drei einfache Botschaften für dein Kind</h2>"
                    "<p>Programme, die Kindern Sicherheit im Netz beibringen, kommen oft auf drei "
                    "Gedanken zurück. Du kannst sie auch zu Hause nutzen:</p>"
                    "<ol>"
                    "<li><b>Hab Spaß.</b> Das Internet ist ein guter Ort zum Lernen, zum Spielen "
                    "und um in Kontakt zu bleiben. Dein Kind soll nicht das Gefühl bekommen, dass "
                    "dort nur Gefahren lauern.</li>"
                    "<li><b>Behalte die Kontrolle.</b> Dein Kind entscheidet selbst, was es teilt, "
                    "mit wem es spricht und wann es ein Gespräch beendet.</li>"
                    "<li><b>Erzähl es und melde es.</b> Wenn sich etwas seltsam, unangenehm oder "
                    "beängstigend anfühlt, kann dein Kind es immer dir oder einem anderen "
                    "Erwachsenen erzählen, dem es vertraut, und es direkt in der App melden.</li>"
                    "</ol>",
                ),
                (
                    "scenario",
                    {
                        "title": "Ein neues Spiel",
                        "story": (
                            "<p>Dein zehnjähriges Kind fragt, ob es ein beliebtes Spiel "
                            "herunterladen darf, das alle in der Klasse spielen. Du siehst, dass "
                            "die Spielenden per Text- und Sprachchat miteinander reden können.</p>"
                        ),
                        "question": "Wie reagierst du?",
                        "choices": [
                            {
                                "text": "Nein sagen: Onlinespiele mit Chat sind zu riskant.",
                                "feedback": (
                                    "<p>Dass du dein Kind schützen willst, ist völlig "
                                    "verständlich. Ein generelles Verbot kann aber dazu führen, "
                                    "dass Kinder heimlich bei Freunden spielen, wo du nicht mehr "
                                    "helfen kannst. Ein Ja mit Absprachen hält dich meist näher an "
                                    "dem, was passiert.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Das Spiel gemeinsam installieren, die Chat-Einstellungen "
                                    "ansehen und absprechen, was dein Kind tut, wenn ihm jemand "
                                    "ein ungutes Gefühl gibt."
                                ),
                                "feedback": (
                                    "<p>So bekommt dein Kind das Spiel und du einen Zugang zu "
                                    "seiner Welt. Wenn ihr alles Seite an Seite einrichtet, zeigst "
                                    "du, dass du auf seiner Seite stehst, und ein vorher "
                                    "vereinbarter Plan macht es später viel leichter, zu dir zu "
                                    "kommen.</p>"
                                ),
                            },
                            {
                                "text": "Es einfach machen lassen: Es ist ja nur ein Spiel.",
                                "feedback": (
                                    "<p>Vertrauen in dein Kind ist wertvoll, und die meisten "
                                    "Spiele sind harmloser Spaß. Chatfunktionen öffnen aber eine "
                                    "Tür für Fremde. Ein paar Minuten gemeinsam bei den "
                                    "Einstellungen und ein kurzes Gespräch darüber, was zu tun "
                                    "ist, wenn sich etwas komisch anfühlt, lohnen sich sehr.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Welche drei Apps oder Spiele nutzt dein Kind am meisten? Könntest du "
                            "einem anderen Elternteil erklären, wie Menschen dort miteinander in "
                            "Kontakt kommen? Was möchtest du noch herausfinden?"
                        ),
                    },
                ),
                (
                    "help_services",
                    {
                        "heading": "Hier findest du Hilfe",
                    },
                ),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "cybergrooming-und-sexuelle-erpressung-erkennen",
            "title": "Cybergrooming und sexuelle Erpressung erkennen",
            "summary": (
                "Lerne die Warnzeichen von Cybergrooming und sexueller Erpressung kennen und "
                "erfahre, was du sofort tun kannst, wenn dein Kind bedroht wird."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Was Cybergrooming ist</h2>"
                    "<p>Grooming beschreibt, wie ein Täter das Vertrauen und die Zuneigung eines "
                    "Kindes gewinnt, um es zu missbrauchen. Geschieht das über das Internet, "
                    "spricht man von Cybergrooming. In Gesetzen und Fachtexten heißt es oft "
                    "Kontaktanbahnung zu Kindern zu sexuellen Zwecken. Online gibt sich der Täter "
                    "manchmal als anderer Jugendlicher aus, es kann aber auch jemand sein, den das "
                    "Kind schon kennt. Grooming geschieht meist schrittweise: Zuerst kommen "
                    "Komplimente, Aufmerksamkeit und Verständnis, der Druck folgt später.</p>"
                    "<h2>Was ein Täter von einem Kind verlangen kann</h2>"
                    "<ul>"
                    "<li>die Freundschaft oder die Gespräche geheim zu halten;</li>"
                    "<li>persönliche Daten preiszugeben, etwa die Schule oder die Adresse;</li>"
                    "<li>Fotos zu schicken, später auch sexuelle Bilder;</li>"
                    "<li>sich persönlich zu treffen;</li>"
                    "<li>sich von Freunden und Familie zurückzuziehen („Die verstehen dich nicht "
                    "so wie ich“);</li>"
                    "<li>ständig erreichbar zu sein, auch spät in der Nacht.</li>"
                    "</ul>"
                    "<h2>Anzeichen, die dir zu Hause auffallen können</h2>"
                    "<ul>"
                    "<li>mehr Heimlichkeit als sonst rund um das Handy oder Online-Kontakte;</li>"
                    "<li>Erzählungen von einem älteren Freund oder einer älteren Freundin;</li>"
                    "<li>Geschenke, Geld, Spielguthaben oder sogar ein zweites Handy, die dein "
                    "Kind nicht erklären kann;</li>"
                    "<li>Treffen mit „Freunden“ an ungewöhnlichen Orten oder zu ungewöhnlichen "
                    "Zeiten.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ein Anzeichen ist kein Beweis",
                        "text": (
                            "<p>Jedes dieser Anzeichen kann eine harmlose Erklärung haben. Nimm es "
                            "als Anlass für ein ruhiges, offenes Gespräch, nicht für ein Verhör. "
                            "Wenn du dir Sorgen machst, kannst du dich beraten lassen, zum "
                            "Beispiel beim Elterntelefon der Nummer gegen Kummer (0800 111 0 550) "
                            "oder beim Hilfetelefon Sexueller Missbrauch (0800 22 55 530). Weitere "
                            "Angebote findest du am Ende dieses Moduls.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Was sexuelle Erpressung ist</h2>"
                    "<p>Bei sexueller Erpressung gelangt jemand an ein sexuelles Bild oder Video "
                    "eines Kindes, oft indem er sich als Jugendlicher ausgibt, der sich für das "
                    "Kind interessiert. Dann droht er, es an Freunde und Familie zu schicken, wenn "
                    "das Kind nicht Geld bezahlt oder weitere Bilder schickt. Kinder in dieser "
                    "Lage schämen sich sehr, geraten in Panik und glauben oft, dass sie niemandem "
                    "davon erzählen können.</p>"
                    "<h2>Warnsignale</h2>"
                    "<ul>"
                    "<li>ein Profil, das nicht dazu passt, wie die Person schreibt oder sich "
                    "verhält;</li>"
                    "<li>ein Gespräch, das sehr schnell intensiv oder flirtend wird;</li>"
                    "<li>Drängen, in eine andere, privatere App zu wechseln;</li>"
                    "<li>immer neue Ausreden, warum die eigene Kamera nicht funktioniert.</li>"
                    "</ul>"
                    "<h2>Wenn es passiert: Was du tun kannst</h2>"
                    "<ol>"
                    "<li><b>Bezahl nicht.</b> Zahlen beendet die Drohungen selten und führt oft zu "
                    "neuen Forderungen.</li>"
                    "<li><b>Brich den Kontakt ab.</b> Antworte nicht und verhandle nicht.</li>"
                    "<li><b>Sichere Beweise</b>, etwa die Nachrichten, Benutzernamen und Links zu "
                    "Profilen, aber niemals die Bilder selbst.</li>"
                    "<li><b>Ändere die Passwörter</b> der betroffenen Konten.</li>"
                    "<li><b>Hol Unterstützung</b> für dein Kind und für dich.</li>"
                    "<li><b>Melde es</b> der Plattform und der Polizei: im Notfall unter 110, "
                    "sonst bei jeder Polizeidienststelle oder über die Onlinewache deines "
                    "Bundeslandes.</li>"
                    "</ol>",
                ),
                (
                    "scenario",
                    {
                        "title": "Eine Nachricht um Mitternacht",
                        "story": (
                            "<p>Dein fünfzehnjähriger Sohn kommt spät in der Nacht zu dir, blass "
                            "und zitternd. Jemand, mit dem er gechattet hat, hat ein sexuelles "
                            "Video von ihm und verlangt innerhalb einer Stunde Geld. Sonst werde "
                            "das Video an seine ganze Klasse geschickt.</p>"
                        ),
                        "question": "Was tust du zuerst?",
                        "choices": [
                            {
                                "text": "Bezahlen, damit das Video nicht verbreitet wird.",
                                "feedback": (
                                    "<p>In einem Moment der Panik kann sich Bezahlen wie der "
                                    "schnellste Weg anfühlen, ihn zu schützen. Leider kommen "
                                    "Täter, die Geld bekommen, meist wieder und wollen mehr, und "
                                    "es gibt keine Garantie, dass das Video gelöscht wird. Den "
                                    "Kontakt abzubrechen und die Tat zu melden, schützt ihn "
                                    "besser.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Ihm sagen, dass er keinen Ärger bekommt, nicht mehr "
                                    "antworten, Benutzernamen und Nachrichten notieren, Passwörter "
                                    "ändern und es gemeinsam melden."
                                ),
                                "feedback": (
                                    "<p>Damit folgst du den Schritten, die am meisten helfen. Dass "
                                    "du ihm zuerst sagst, dass er keinen Ärger bekommt, ist sehr "
                                    "wichtig: Der Täter setzt genau auf seine Scham. Sichere die "
                                    "Beweise, ohne das Video selbst zu speichern, und sorg dafür, "
                                    "dass er auch in den Tagen danach Unterstützung hat.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Sein Handy nehmen und Screenshots vom ganzen Chat machen, "
                                    "auch vom Video, um sie der Polizei zu zeigen."
                                ),
                                "feedback": (
                                    "<p>Gute Beweise haben zu wollen, ist vernünftig. Mach aber "
                                    "niemals Screenshots von einem Nacktbild eines Menschen unter "
                                    "18, speichere es nicht und leite es nicht weiter, auch nicht "
                                    "für die Polizei: Dabei entsteht eine neue Kopie einer "
                                    "Missbrauchsdarstellung. Notiere stattdessen Benutzernamen, "
                                    "Profillinks, Datum und den Text der Nachrichten und überlass "
                                    "es der Polizei, was sie sonst noch braucht.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Wenn dein Kind online bedroht würde, was könnte es davon abhalten, es "
                            "dir zu erzählen? Was könntest du schon jetzt sagen, bevor etwas "
                            "passiert, damit es ihm leichter fällt?"
                        ),
                    },
                ),
                (
                    "help_services",
                    {
                        "heading": "Hier findest du Hilfe",
                    },
                ),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "nacktbilder-und-hilfe-beim-entfernen",
            "title": "Nacktbilder und Hilfe beim Entfernen",
            "summary": (
                "Erfahre, wie du reagieren kannst, wenn ein Nacktbild deines Kindes verbreitet "
                "wird, und wie Take It Down und die Internet-Beschwerdestellen in Deutschland "
                "helfen können, es aus dem Netz zu bekommen."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Wie Bilder ins Netz gelangen</h2>"
                    "<p>Kinder und Jugendliche verschicken Nacktbilder oder sexuelle Bilder aus "
                    "vielen Gründen. Manchmal geschieht es in einer Beziehung, manchmal nach "
                    "Schmeicheleien, Täuschung oder Druck und manchmal unter direkter Drohung. "
                    "Sobald ein Bild verschickt ist, verliert das Kind die Kontrolle darüber, wo "
                    "es landet. Wird das Bild eines Kindes gegen seinen Willen verbreitet, ist das "
                    "bildbasierter sexueller Missbrauch eines Kindes. Die Verantwortung tragen "
                    "diejenigen, die Druck machen, weiterleiten oder drohen, nicht das Kind.</p>"
                    "<h2>Deine ersten Schritte</h2>"
                    "<ul>"
                    "<li><b>Bleib ruhig und beruhige dein Kind.</b> Sag ihm deutlich, dass es "
                    "keine Schuld hat und dass du ihm hilfst.</li>"
                    "<li><b>Schau dir das Bild nicht an.</b> Du musst es nicht sehen, um zu "
                    "handeln, und wenn du nicht hinschaust, schützt du die Würde deines "
                    "Kindes.</li>"
                    "<li><b>Bitte dein Kind nicht, dir das Bild zu schicken.</b></li>"
                    "<li><b>Schreib auf, wo es zu finden ist</b>: die App, den Namen der Gruppe, "
                    "Benutzernamen und Links, ohne das Bild selbst zu öffnen oder zu kopieren.</li>"
                    "<li><b>Bezieh die Schule ein</b>, wenn Mitschülerinnen und Mitschüler es "
                    "verbreiten: Wende dich an die Schulleitung oder die Vertrauenslehrkraft.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Niemals Screenshots machen oder weiterleiten",
                        "text": (
                            "<p>Ein Nacktbild eines Menschen unter 18 ist eine Darstellung "
                            "sexuellen Missbrauchs. Mach keinen Screenshot davon, speichere es "
                            "nicht und leite es nicht weiter, auch nicht als Beweis und auch nicht "
                            "an die Polizei. Jede Kopie vergrößert den Schaden, und in Deutschland "
                            "kann man sich dabei sogar selbst strafbar machen. Schreib stattdessen "
                            "die Einzelheiten auf.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Take It Down</h2>"
                    "<p>Take It Down ist ein kostenloser Dienst des National Center for Missing "
                    "&amp; Exploited Children (NCMEC) in den USA und kann von überall auf der Welt "
                    "genutzt werden. Er ist für Nacktbilder und sexuelle Bilder und Videos "
                    "gedacht, die aufgenommen wurden, bevor die abgebildete Person 18 wurde.</p>"
                    "<p>Das Werkzeug arbeitet mit sogenanntem Hashing: Es erstellt auf deinem "
                    "eigenen Gerät einen digitalen Fingerabdruck des Bildes. Das Bild selbst wird "
                    "nie hochgeladen, und niemand muss es sich ansehen. Online-Dienste, die "
                    "mitmachen, nutzen den Fingerabdruck, um Kopien auf ihren Plattformen zu "
                    "finden und zu entfernen.</p>"
                    "<h2>Melden in Deutschland</h2>"
                    "<p>Taucht ein Bild deines Kindes auf einer Website oder in einem "
                    "Online-Dienst auf, kannst du die Fundstelle bei einer "
                    "Internet-Beschwerdestelle melden: bei der FSM-Beschwerdestelle oder der eco "
                    "Beschwerdestelle (beide erreichst du auch über das gemeinsame Portal "
                    "internet-beschwerdestelle.de) oder bei jugendschutz.net. Das ist kostenlos "
                    "und auf Wunsch anonym. Gib nur den Link an oder beschreib, wo das Bild zu "
                    "finden ist, und schick niemals das Bild selbst mit. Die Beschwerdestellen "
                    "prüfen die Meldung, arbeiten eng mit dem Bundeskriminalamt zusammen und "
                    "setzen sich dafür ein, dass die Inhalte gelöscht werden. In Österreich nimmt "
                    "Stopline solche Meldungen entgegen, in der Schweiz clickandstop.ch. Report "
                    "Remove, das du vielleicht aus englischsprachigen Ratgebern kennst, gibt es "
                    "nur im Vereinigten Königreich.</p>"
                    "<p>Setz dich mit deinem Kind zusammen und geh die Schritte gemeinsam mit ihm "
                    "durch. Lass dein Kind so viel wie möglich selbst entscheiden und tun: Nachdem "
                    "es die Kontrolle über ein Bild verloren hat, kann es ihm helfen, ein Stück "
                    "Kontrolle zurückzugewinnen.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Der Klassenchat",
                        "story": (
                            "<p>Deine dreizehnjährige Tochter kommt weinend nach Hause. Ein Foto, "
                            "das sie einem Jungen geschickt hat, den sie mochte, wird in einem "
                            "Gruppenchat der Klasse herumgeschickt. Sie fleht dich an, keinen "
                            "Wirbel zu machen.</p>"
                        ),
                        "question": "Was würdest du tun?",
                        "choices": [
                            {
                                "text": (
                                    "Sie bitten, dir das Foto zu zeigen, damit du verstehst, worum "
                                    "es geht."
                                ),
                                "feedback": (
                                    "<p>Es ist ganz natürlich, dass du dir ein vollständiges Bild "
                                    "machen willst. Um zu helfen, musst du das Foto aber nicht "
                                    "sehen, und es anzuschauen, kann ihre Scham noch verstärken. "
                                    "Frag lieber, wo es geteilt wurde und wer in der Gruppe ist, "
                                    "und schreib das auf.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Ihr sagen, dass sie keine Schuld hat, notieren, wo das Foto "
                                    "geteilt wurde, dich an die Schulleitung wenden und mit ihr "
                                    "gemeinsam ein Angebot zum Entfernen nutzen."
                                ),
                                "feedback": (
                                    "<p>So nimmst du ihren Kummer ernst und holst die richtigen "
                                    "Menschen dazu. Erklär ihr, warum du dich an die Schule "
                                    "wendest, und lass sie mitentscheiden, damit sie nicht das "
                                    "Gefühl hat, dass über ihren Kopf hinweg gehandelt wird.</p>"
                                ),
                            },
                            {
                                "text": "Selbst den Eltern aller Kinder in der Gruppe schreiben.",
                                "feedback": (
                                    "<p>Dass du das Weiterleiten schnell stoppen willst, ist "
                                    "verständlich. Wenn du selbst Familien anschreibst, kann sich "
                                    "die Geschichte aber weiter herumsprechen und es für deine "
                                    "Tochter schwerer machen. Die Schulleitung kann behutsam damit "
                                    "umgehen und weiß, welche Schritte nötig sind.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Wie könntest du deinem Kind schon jetzt, bevor etwas passiert, "
                            "zeigen, dass es mit einem Bild immer zu dir kommen kann, auch wenn es "
                            "meint, etwas Dummes getan zu haben?"
                        ),
                    },
                ),
                (
                    "help_services",
                    {
                        "heading": "Hier findest du Hilfe",
                    },
                ),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "gespraeche-und-einstellungen",
            "title": "Gespräche und Einstellungen",
            "summary": (
                "Mach entspannte Gespräche über das Online-Leben zur Gewohnheit und geh mit deinem "
                "Kind die Einstellungen für Privatsphäre, Blockieren und Melden durch."
            ),
            "minutes": 13,
            "body": [
                (
                    "text",
                    "<h2>Früh und oft reden</h2>"
                    "<p>Ein großes, ernstes Gespräch ist schnell vergessen. Kurze Gespräche im "
                    "Alltag wirken besser: im Auto, beim Kochen oder wenn dein Kind dir ein Video "
                    "zeigt, das es mag. Fang früh an, bevor Probleme auftauchen, und bleib dran, "
                    "während dein Kind älter wird. Kinder sagen selbst, dass sie lieber nach und "
                    "nach dazulernen, als einmal einen Vortrag zu hören.</p>"
                    "<h2>Fragen, die ein Gespräch öffnen</h2>"
                    "<ul>"
                    "<li>Was machst du gerade am liebsten online?</li>"
                    "<li>Mit wem spielst oder chattest du? Wie habt ihr euch kennengelernt?</li>"
                    "<li>Hat dich online schon mal jemand etwas gefragt, das sich komisch "
                    "angefühlt hat?</li>"
                    "<li>Was würdest du tun, wenn dich jemand bittet, etwas geheim zu halten?</li>"
                    "<li>Gibt es etwas im Netz, das dir Sorgen macht?</li>"
                    "</ul>"
                    "<h2>Fünf Gedanken für jüngere Kinder</h2>"
                    "<ul>"
                    "<li><b>Teile mit Bedacht</b>: Denk nach, bevor du etwas postest oder "
                    "verschickst.</li>"
                    "<li><b>Fall nicht auf Fakes herein</b>: Menschen sind nicht immer die, für "
                    "die sie sich ausgeben.</li>"
                    "<li><b>Schütze deine Geheimnisse</b>: Passwörter und persönliche Daten "
                    "behältst du für dich.</li>"
                    "<li><b>Sei freundlich</b> zu anderen im Netz.</li>"
                    "<li><b>Im Zweifel: drüber reden</b>, mit einem Erwachsenen, dem du "
                    "vertraust.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Versprich eine ruhige Reaktion",
                        "text": (
                            "<p>Viele Kinder schweigen, weil sie Angst haben, ihr Handy zu "
                            "verlieren. Versuch es mal so: „Wenn online jemals etwas schiefgeht, "
                            "kannst du es mir sagen. Ich werde nicht wütend, und ich nehme dir "
                            "dein Handy nicht weg, weil du es mir erzählst. Wir kümmern uns "
                            "gemeinsam darum.“</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Einstellungen, die ihr gemeinsam durchgehen könnt</h2>"
                    "<p>Setz dich neben dein Kind und lass dir zeigen, wo was zu finden ist. Achte "
                    "besonders auf:</p>"
                    "<ul>"
                    "<li><b>Privatsphäre</b>: wer das Profil, die Beiträge und die Freundesliste "
                    "sehen kann;</li>"
                    "<li><b>Kontakt</b>: wer Nachrichten schicken, dein Kind hinzufügen oder einem "
                    "Anruf beitreten kann;</li>"
                    "<li><b>Standort</b>: Standortfreigabe aus, außer es gibt einen guten Grund "
                    "dafür;</li>"
                    "<li><b>Blockieren und Melden</b>: die Knöpfe finden und gemeinsam üben, sie "
                    "zu benutzen, damit dein Kind weiß, was zu tun ist, ohne lange "
                    "nachzudenken;</li>"
                    "<li><b>Passwörter</b>: stark und für jedes Konto anders, wo möglich mit "
                    "Zwei-Faktor-Authentifizierung.</li>"
                    "</ul>"
                    "<p>Wenn du Jugendschutz-Einstellungen oder Kontroll-Apps nutzt, sprich offen "
                    "darüber. Einstellungen, die dein Kind kennt und versteht, schaffen Vertrauen; "
                    "heimliche Überwachung, die auffliegt, kann es zerstören.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Das erste Social-Media-Konto",
                        "story": (
                            "<p>Dein zwölfjähriges Kind möchte sich bei einer Social-Media-App "
                            "anmelden, die die meisten seiner Freundinnen und Freunde schon "
                            "nutzen. Es verspricht, vorsichtig zu sein.</p>"
                        ),
                        "question": "Wie würdest du vorgehen?",
                        "choices": [
                            {
                                "text": (
                                    "Ja sagen, aber heimlich eine App installieren, mit der du "
                                    "alle Nachrichten mitlesen kannst."
                                ),
                                "feedback": (
                                    "<p>Ein Auge auf die Dinge haben zu wollen, kommt aus "
                                    "Fürsorge. Heimliche Überwachung wird aber meist entdeckt, und "
                                    "dann versteckt dein Kind Dinge vielleicht noch sorgfältiger. "
                                    "Offene Absprachen schützen auf lange Sicht meist besser.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Das Konto gemeinsam einrichten: privates Profil, "
                                    "eingeschränkter Kontakt, Blockieren und Melden üben und "
                                    "regelmäßige kurze Gespräche vereinbaren."
                                ),
                                "feedback": (
                                    "<p>So bekommt dein Kind Freiheit mit Sicherheitsnetz. Es "
                                    "lernt die Einstellungen, indem es sie benutzt, und "
                                    "regelmäßige Gespräche machen es normal, über das zu reden, "
                                    "was online passiert. Prüf vorher, ob die App in ihren "
                                    "Nutzungsbedingungen ein Mindestalter festlegt.</p>"
                                ),
                            },
                            {
                                "text": "Nein sagen, bis es sechzehn ist.",
                                "feedback": (
                                    "<p>Abwarten kann eine vernünftige Entscheidung sein, "
                                    "besonders wenn die App eine Altersgrenze hat. Sorg dafür, "
                                    "dass dein Kind deine Gründe versteht, und sprecht in der "
                                    "Zwischenzeit weiter über das Online-Leben, damit es "
                                    "vorbereitet ist, wenn es so weit ist.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Wann hast du zuletzt mit deinem Kind darüber gesprochen, was es "
                            "online macht? Such dir eine Frage aus diesem Modul aus, die du ihm "
                            "diese Woche stellen willst, und überleg, wann ein guter Moment dafür "
                            "wäre."
                        ),
                    },
                ),
                (
                    "help_services",
                    {
                        "heading": "Hier findest du Hilfe",
                    },
                ),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "wenn-dein-kind-sich-dir-anvertraut",
            "title": "Wenn dein Kind sich dir anvertraut",
            "summary": (
                "Erfahre, wie du reagieren kannst, wenn dein Kind dir von Missbrauch erzählt, "
                "damit es sich gehört fühlt und schnell die richtige Hilfe bekommt."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Warum deine erste Reaktion so wichtig ist</h2>"
                    "<p>Von Missbrauch zu erzählen, kostet viel Mut. Kinder beginnen oft mit einem "
                    "kleinen Teil der Geschichte oder erwähnen es nebenbei, um zu sehen, wie du "
                    "reagierst. Wenn sie auf Ruhe und Freundlichkeit treffen, erzählen sie eher "
                    "mehr, jetzt oder später. Wenn sie auf Entsetzen, Wut oder Zweifel stoßen, "
                    "hören sie vielleicht auf zu reden.</p>"
                    "<h2>Während des Gesprächs</h2>"
                    "<ol>"
                    "<li><b>Nimm es ernst.</b> Zeig deinem Kind, dass du ihm glaubst und froh "
                    "bist, dass es dir davon erzählt.</li>"
                    "<li><b>Hör zu.</b> Lass dein Kind in seinem eigenen Tempo sprechen. Pausen "
                    "sind in Ordnung.</li>"
                    "<li><b>Stell offene Fragen</b>, etwa „Was ist dann passiert?“ oder „Kannst du "
                    "mir mehr darüber erzählen?“. Vermeide Fragen, die eine Antwort nahelegen, wie "
                    "„War es der aus dem Spiel?“.</li>"
                    "<li><b>Versprich nie, es geheim zu halten.</b> Du wirst das, was du hörst, "
                    "mit Menschen teilen müssen, die helfen können.</li>"
                    "<li><b>Beruhige dein Kind</b>: Was auch immer passiert ist, es ist nicht "
                    "seine Schuld.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ermittle nicht selbst",
                        "text": (
                            "<p>Es kann verlockend sein, die Person zur Rede zu stellen, die "
                            "Konten deines Kindes zu durchsuchen oder Bilder anzusehen. Bitte tu "
                            "das nicht. Du könntest den Täter warnen, Beweise zerstören und dein "
                            "Kind noch mehr belasten. Überlass die Ermittlungen der Polizei.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Nach dem Gespräch</h2>"
                    "<ul>"
                    "<li><b>Schreib es auf</b>, so bald wie möglich: die eigenen Worte deines "
                    "Kindes, so genau wie möglich, mit Datum und Uhrzeit. Füge keine eigenen "
                    "Deutungen hinzu.</li>"
                    "<li><b>Gib es ohne Verzögerung weiter</b>, und zwar an die richtigen Stellen: "
                    "an die Polizei, wenn dein Kind in Gefahr ist oder eine Straftat geschehen "
                    "sein könnte; an die Schulleitung oder die Vertrauenslehrkraft, wenn die "
                    "Schule betroffen ist; an ein Hilfetelefon, wenn du Rat für die nächsten "
                    "Schritte brauchst.</li>"
                    "<li><b>Halte dein Kind auf dem Laufenden</b>, was du tust und warum, in "
                    "Worten, die zu seinem Alter passen.</li>"
                    "<li><b>Achte auch auf dich.</b> So etwas zu hören, ist schwer. Such dir "
                    "jemanden zum Reden, damit du dein Kind weiter unterstützen kannst.</li>"
                    "</ul>"
                    "<p>In Deutschland erreichen Kinder und Jugendliche die Nummer gegen Kummer "
                    "unter 116 111. Unter derselben Nummer gibt es in vielen europäischen Ländern "
                    "ein Kinder- und Jugendtelefon. Der Anruf ist kostenlos und anonym, eine "
                    "Anmeldung ist nicht nötig. Für dich als Elternteil gibt es das Elterntelefon "
                    "der Nummer gegen Kummer unter 0800 111 0 550. Das Hilfetelefon Sexueller "
                    "Missbrauch berät alle, die sich um ein Kind sorgen, kostenlos und anonym "
                    "unter 0800 22 55 530. Im Notfall wählst du die 110. In Österreich erreichen "
                    "Kinder und Jugendliche Rat auf Draht unter 147, in der Schweiz Pro Juventute "
                    "ebenfalls unter 147. Die Angebote unten zeigen, was es dort gibt, wo du "
                    "lebst.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Versprich, dass du es niemandem sagst",
                        "story": (
                            "<p>Während ihr zusammen aufräumt, sagt dein elfjähriges Kind: „Wenn "
                            "ich dir was erzähle, versprichst du dann, dass du es niemandem sagst? "
                            "Jemand im Internet fragt mich dauernd nach Bildern.“</p>"
                        ),
                        "question": "Was würdest du antworten?",
                        "choices": [
                            {
                                "text": "Es versprechen, damit dein Kind weiterredet.",
                                "feedback": (
                                    "<p>Das ist eine sehr menschliche Reaktion: Du möchtest, dass "
                                    "dein Kind weiterredet. Wenn du das Versprechen aber später "
                                    "brechen musst, fühlt sich dein Kind vielleicht verraten und "
                                    "vertraut dir nicht mehr. Von Anfang an ehrlich zu sein, "
                                    "schützt eure Beziehung.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Freundlich sagen, dass du das nicht versprechen kannst, dass "
                                    "du es aber nur Menschen erzählst, die helfen können, und dein "
                                    "Kind immer einbeziehst."
                                ),
                                "feedback": (
                                    "<p>Das ist ehrlich und beruhigend zugleich. Die meisten "
                                    "Kinder können das annehmen, wenn sie hören, dass du auf ihrer "
                                    "Seite stehst und dass sie erfahren, wie es weitergeht. Hör "
                                    "dann ruhig zu und stell offene Fragen.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Sofort fragen, wer es ist, und darauf bestehen, den Chat zu "
                                    "sehen."
                                ),
                                "feedback": (
                                    "<p>Dein Schreck ist völlig verständlich. Wenn du sofort auf "
                                    "Namen und Beweise drängst, kann das dein Kind überfordern, "
                                    "und es verstummt. Lass es zuerst auf seine eigene Weise "
                                    "erzählen; um die Einzelheiten können sich später die Menschen "
                                    "kümmern, deren Aufgabe das ist.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Stell dir vor, dein Kind erzählt dir etwas Schweres. Was sollen dein "
                            "Gesicht und dein erster Satz ihm sagen? Schreib einen Satz auf, den "
                            "du sagen könntest."
                        ),
                    },
                ),
                (
                    "help_services",
                    {
                        "heading": "Hier findest du Hilfe",
                    },
                ),
            ],
            "easy_read": [],
        },
    ],
}

# ---------------------------------------------------------------------------------------
# Quizzes (German, du-form; same order and correctness as the English quizzes)
# ---------------------------------------------------------------------------------------

# The pre-test and the post-test share one question list, so they stay identical.
_KNOWLEDGE_QUESTIONS = [
    {
        "type": "single",
        "text": (
            "Kontakt zwischen einem Kind und einer fremden Person beginnt oft in einem Spiel oder "
            "in den Kommentaren unter einem Beitrag. Wohin wandert er danach oft?"
        ),
        "explanation": (
            "Ein häufiges Muster: Der Kontakt beginnt an einem belebten, öffentlichen Ort und "
            "wandert dann in einen privaten Chat, in dem niemand sonst sieht, was geschrieben wird."
        ),
        "choices": [
            {
                "text": "In einen privaten Chat, in dem niemand sonst mitlesen kann.",
                "correct": True,
                "feedback": (
                    "Richtig. Dieses Muster solltest du kennen: Wenn ein Gespräch ins Private "
                    "verlagert wird, fallen die Menschen weg, die merken könnten, dass etwas nicht "
                    "stimmt."
                ),
            },
            {
                "text": "In einen größeren Gruppenchat mit mehr Leuten.",
                "correct": False,
                "feedback": (
                    "Eine nachvollziehbare Vermutung, aber meist ist es umgekehrt: Kontakt wandert "
                    "eher von belebten, öffentlichen Orten in einen privaten Einzelchat."
                ),
            },
            {
                "text": "Er bleibt meist im Spiel, wo er begonnen hat.",
                "correct": False,
                "feedback": (
                    "Viele Chats bleiben tatsächlich im Spiel. Wer aber gezielt eine Beziehung zu "
                    "einem Kind aufbaut, drängt oft darauf, in einen privaten Chat zu wechseln, in "
                    "dem niemand sonst mitliest."
                ),
            },
        ],
    },
    {
        "type": "multiple",
        "text": (
            "Welche dieser Anzeichen zu Hause können darauf hindeuten, dass ein Kind Cybergrooming "
            "erlebt? Wähle alle zutreffenden Antworten."
        ),
        "explanation": (
            "Mehr Heimlichkeit als sonst, Erzählungen von einem älteren Freund oder einer älteren "
            "Freundin und Geschenke oder ein Handy, die das Kind nicht erklären kann, sind "
            "Anzeichen, die Aufmerksamkeit verdienen. Keines davon ist für sich allein ein Beweis; "
            "sie sind ein Anlass für ein ruhiges, offenes Gespräch."
        ),
        "choices": [
            {
                "text": "Mehr Heimlichkeit als sonst rund um das Handy oder Online-Kontakte.",
                "correct": True,
                "feedback": (
                    "Ja. Täter bitten Kinder oft, den Kontakt geheim zu halten. Wird dein Kind "
                    "plötzlich heimlicher, lohnt sich ein behutsames Gespräch."
                ),
            },
            {
                "text": (
                    "Geschenke, Spielguthaben oder ein zweites Handy, die das Kind nicht erklären "
                    "kann."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Geschenke sind ein häufiger Weg, Vertrauen aufzubauen und das Gefühl zu "
                    "erzeugen, etwas schuldig zu sein. Frag deshalb ruhig nach, woher unerklärte "
                    "Geschenke kommen."
                ),
            },
            {
                "text": "Erzählungen von einem älteren Freund oder einer älteren Freundin.",
                "correct": True,
                "feedback": (
                    "Ja. Dahinter kann eine harmlose Geschichte stecken, es ist aber auch ein "
                    "bekanntes Anzeichen. Zeig Interesse und frag nach."
                ),
            },
            {
                "text": (
                    "Dein Kind bittet dich um Hilfe beim Ändern einer Privatsphäre-Einstellung."
                ),
                "correct": False,
                "feedback": (
                    "Das ist sogar ein gutes Zeichen: Dein Kind kommt mit seinem Online-Leben zu "
                    "dir. Genau diese Offenheit schützt es."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "text": (
            "Wenn jemand droht, ein sexuelles Bild deines Kindes zu verbreiten, falls es nicht "
            "bezahlt, ist Bezahlen der sicherste Weg, damit es aufhört."
        ),
        "explanation": (
            "Zahlen beendet die Drohungen selten und führt oft zu neuen Forderungen. Sicherer ist "
            "es, den Kontakt abzubrechen, Beweise zu sichern, ohne das Bild zu behalten, "
            "Passwörter zu ändern, Unterstützung zu holen und die Tat zu melden."
        ),
        "choices": [
            {
                "text": "Richtig",
                "correct": False,
                "feedback": (
                    "Man versteht gut, warum sich Bezahlen wie der schnellste Ausweg anfühlt. "
                    "Leider kommen Menschen, die Geld bekommen, meist wieder und wollen mehr, und "
                    "es gibt keine Garantie, dass das Bild gelöscht wird."
                ),
            },
            {
                "text": "Falsch",
                "correct": True,
                "feedback": (
                    "Genau. Bezahl nicht. Den Kontakt abzubrechen, Nachrichten und Benutzernamen "
                    "festzuhalten und die Tat zu melden, schützt dein Kind besser."
                ),
            },
        ],
    },
    {
        "type": "single",
        "text": (
            "Dein Kind sagt: „Wenn ich dir was erzähle, versprichst du dann, dass du es niemandem "
            "sagst?“ Was ist die beste Antwort?"
        ),
        "explanation": (
            "Versprich nie Geheimhaltung: Vielleicht musst du das, was du hörst, mit Menschen "
            "teilen, die helfen können. Wenn du das freundlich sagst und versprichst, dein Kind "
            "einzubeziehen, bist du ehrlich und trotzdem beruhigend."
        ),
        "choices": [
            {
                "text": "„Versprochen. Du kannst mir alles erzählen.“",
                "correct": False,
                "feedback": (
                    "Dass du möchtest, dass dein Kind weiterredet, ist ganz natürlich. Wenn du das "
                    "Versprechen aber später brechen musst, fühlt sich dein Kind vielleicht "
                    "verraten. Von Anfang an ehrlich zu sein, schützt sein Vertrauen."
                ),
            },
            {
                "text": (
                    "„Das kann ich dir nicht versprechen. Aber ich erzähle es nur Menschen, die "
                    "helfen können, und ich sage dir immer, was passiert.“"
                ),
                "correct": True,
                "feedback": (
                    "Gut gemacht. Das ist ehrlich und beruhigend zugleich. Hör dann ruhig zu und "
                    "lass dein Kind in seinem eigenen Tempo erzählen."
                ),
            },
            {
                "text": "„Kommt drauf an. Sag mir erst, um wen es geht.“",
                "correct": False,
                "feedback": (
                    "Deine Sorge ist verständlich, aber wenn du zuerst nach Namen fragst, fühlt "
                    "sich dein Kind vielleicht bedrängt und hört auf zu reden. Sei ehrlich, was "
                    "Geheimhaltung angeht, und hör dann zu."
                ),
            },
        ],
    },
]

QUIZZES = {
    "die-online-welt-deines-kindes": [
        {
            "title": "Was weißt du schon?",
            "intro": (
                "Bevor du anfängst, beantworte vier kurze Fragen, um zu sehen, was du schon weißt. "
                "Es gibt kein Bestehen oder Durchfallen, und am Ende des Kurses begegnen dir "
                "dieselben Fragen noch einmal."
            ),
            "kind": "pre_test",
            "pass_mark": 0,
            "questions": copy.deepcopy(_KNOWLEDGE_QUESTIONS),
        },
    ],
    "cybergrooming-und-sexuelle-erpressung-erkennen": [
        {
            "title": "Überprüfe dein Wissen: Cybergrooming und sexuelle Erpressung",
            "intro": (
                "Fünf Fragen zu den Warnzeichen von Cybergrooming und sexueller Erpressung und "
                "dazu, was du tun kannst, wenn dein Kind bedroht wird."
            ),
            "kind": "graded",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": "Welche Beschreibung von Grooming passt am besten?",
                    "explanation": (
                        "Grooming beschreibt, wie ein Täter das Vertrauen und die Zuneigung eines "
                        "Kindes gewinnt, um es zu missbrauchen. Meist geschieht das schrittweise: "
                        "erst Aufmerksamkeit und Komplimente, später Druck."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Ein Täter gewinnt nach und nach das Vertrauen und die Zuneigung "
                                "eines Kindes, um es zu missbrauchen."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Gerade dieser langsame Aufbau von Vertrauen macht "
                                "Grooming schwer zu erkennen, für Kinder wie für Erwachsene."
                            ),
                        },
                        {
                            "text": (
                                "Eine einzelne unverschämte oder schockierende Nachricht von einer "
                                "fremden Person."
                            ),
                            "correct": False,
                            "feedback": (
                                "Solche Nachrichten sind verstörend, aber Grooming ist etwas "
                                "anderes: ein schrittweiser Aufbau von Vertrauen, anfangs oft mit "
                                "Freundlichkeit und Aufmerksamkeit."
                            ),
                        },
                        {
                            "text": "Kinder, die sich in einem Gruppenchat gegenseitig aufziehen.",
                            "correct": False,
                            "feedback": (
                                "Auch das kann wehtun, ist aber kein Grooming. Grooming bedeutet, "
                                "dass jemand eine Beziehung zu einem Kind aufbaut, um es zu "
                                "missbrauchen."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Was könnte ein Täter, der Cybergrooming betreibt, von einem Kind "
                        "verlangen? Wähle alle zutreffenden Antworten."
                    ),
                    "explanation": (
                        "Täter verlangen oft, den Kontakt geheim zu halten, sich von Freunden und "
                        "Familie zurückzuziehen und ständig erreichbar zu sein. Jede dieser "
                        "Forderungen trennt das Kind von Menschen, die helfen könnten."
                    ),
                    "choices": [
                        {
                            "text": "Die Gespräche geheim zu halten.",
                            "correct": True,
                            "feedback": (
                                "Ja. Geheimhaltung sorgt dafür, dass Erwachsene nichts merken. "
                                "Deshalb ist sie eines der deutlichsten Warnzeichen."
                            ),
                        },
                        {
                            "text": "Weniger Zeit mit Freunden und Familie zu verbringen.",
                            "correct": True,
                            "feedback": (
                                "Ja. Sätze wie „Die verstehen dich nicht so wie ich“ sollen ein "
                                "Kind von den Menschen abschneiden, die es unterstützen."
                            ),
                        },
                        {
                            "text": "Immer erreichbar zu sein, auch spät in der Nacht.",
                            "correct": True,
                            "feedback": (
                                "Ja. Ständigen Kontakt zu verlangen, ist ein Weg, die Kontrolle "
                                "über die Zeit und die Aufmerksamkeit des Kindes zu übernehmen."
                            ),
                        },
                        {
                            "text": "Den Eltern von der neuen Freundschaft zu erzählen.",
                            "correct": False,
                            "feedback": (
                                "Das würde ein Täter kaum verlangen, denn wenn Eltern Bescheid "
                                "wissen, fällt eher etwas auf. Viel typischer ist es, "
                                "Geheimhaltung zu fordern."
                            ),
                        },
                        {
                            "text": (
                                "Nur in einer öffentlichen Gruppe zu chatten, in der andere "
                                "mitlesen können."
                            ),
                            "correct": False,
                            "feedback": (
                                "Meist ist es umgekehrt: Täter verlagern das Gespräch eher in "
                                "einen privaten Chat, weg von anderen Menschen."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "Wenn dein Kind ein Geschenk hat, das es nicht erklären kann, ist das ein "
                        "Beweis dafür, dass es Cybergrooming erlebt."
                    ),
                    "explanation": (
                        "Ein Anzeichen ist kein Beweis: Jedes Warnzeichen kann eine harmlose "
                        "Erklärung haben. Nimm es als Anlass für ein ruhiges, offenes Gespräch, "
                        "nicht für ein Verhör."
                    ),
                    "choices": [
                        {
                            "text": "Richtig",
                            "correct": False,
                            "feedback": (
                                "Gut, dass du Anzeichen ernst nimmst. Für sich allein kann ein "
                                "Geschenk aber einen harmlosen Grund haben. Beginne mit einem "
                                "ruhigen Gespräch und hol dir Rat, wenn du dir weiter Sorgen "
                                "machst."
                            ),
                        },
                        {
                            "text": "Falsch",
                            "correct": True,
                            "feedback": (
                                "Genau. Ein Anzeichen ist ein Anlass, ruhig mit deinem Kind zu "
                                "reden, kein Beweis. Wenn du dir weiter Sorgen machst, kann dich "
                                "ein Hilfetelefon beraten."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Welches davon ist ein Warnsignal für sexuelle Erpressung?",
                    "explanation": (
                        "Warnsignale sind ein Profil, das nicht zum Verhalten der Person passt, "
                        "ein Gespräch, das sehr schnell intensiv wird, Drängen, in eine privatere "
                        "App zu wechseln, und Ausreden für eine Kamera, die nie funktioniert."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Die Person hat immer eine Ausrede, warum ihre eigene Kamera nicht "
                                "funktioniert."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Eine Kamera, die nie funktioniert, kann bedeuten, dass "
                                "die Person ganz anders aussieht als auf ihrem Profil."
                            ),
                        },
                        {
                            "text": "Die Person antwortet langsam und hält den Chat locker.",
                            "correct": False,
                            "feedback": (
                                "Das ist meist kein Grund zur Sorge. Ein Warnsignal ist eher das "
                                "Gegenteil: ein Gespräch, das sehr schnell intensiv oder flirtend "
                                "wird."
                            ),
                        },
                        {
                            "text": (
                                "Die Person chattet nur in einer Gruppe mit den Mitschülerinnen "
                                "und Mitschülern deines Kindes."
                            ),
                            "correct": False,
                            "feedback": (
                                "Offene Gruppenchats sind nicht das typische Muster. Achte eher "
                                "auf Drängen, in eine andere, privatere App zu wechseln."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Jemand droht, ein sexuelles Video deines Kindes an seine Klasse zu "
                        "schicken, wenn es nicht bezahlt. Welche Schritte helfen? Wähle alle "
                        "zutreffenden Antworten."
                    ),
                    "explanation": (
                        "Nicht bezahlen, den Kontakt abbrechen und Beweise sichern, etwa "
                        "Nachrichten, Benutzernamen und Profillinks. Vom Video selbst macht man "
                        "niemals Screenshots, man speichert es nicht und leitet es nicht weiter, "
                        "denn dabei entsteht eine neue Kopie einer Missbrauchsdarstellung."
                    ),
                    "choices": [
                        {
                            "text": "Nicht bezahlen.",
                            "correct": True,
                            "feedback": (
                                "Ja. Zahlen beendet die Drohungen selten und führt oft zu neuen "
                                "Forderungen."
                            ),
                        },
                        {
                            "text": "Nicht mehr antworten und nicht verhandeln.",
                            "correct": True,
                            "feedback": (
                                "Ja. Wer den Kontakt abbricht, nimmt dem Täter den Druck, auf den "
                                "er setzt."
                            ),
                        },
                        {
                            "text": "Benutzernamen, Profillinks und Nachrichten notieren.",
                            "correct": True,
                            "feedback": (
                                "Ja. Das sind nützliche Beweise für die Polizei und die Plattform, "
                                "und das Video selbst bleibt dabei außen vor."
                            ),
                        },
                        {
                            "text": (
                                "Einen Screenshot vom Video machen, damit die Polizei einen Beweis "
                                "hat."
                            ),
                            "correct": False,
                            "feedback": (
                                "Gute Beweise haben zu wollen, ist verständlich. Mach aber nie "
                                "Screenshots von einem Nacktbild eines Menschen unter 18, "
                                "speichere es nicht und leite es nicht weiter, auch nicht für die "
                                "Polizei. Halte stattdessen die Einzelheiten drumherum fest."
                            ),
                        },
                        {
                            "text": "Antworten und um mehr Zeit bitten, um das Geld aufzutreiben.",
                            "correct": False,
                            "feedback": (
                                "Zeit zu gewinnen, kann sich anfühlen, als behielte man die "
                                "Kontrolle, aber jede Antwort hält den Druck aufrecht. Sicherer "
                                "ist es, den Kontakt abzubrechen und die Tat zu melden."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
    "wenn-dein-kind-sich-dir-anvertraut": [
        {
            "title": "Überprüfe dein Wissen: Wenn dein Kind sich dir anvertraut",
            "intro": (
                "Fünf Fragen dazu, wie du reagieren kannst, wenn dein Kind dir von Missbrauch "
                "erzählt, und was du danach tun kannst."
            ),
            "kind": "graded",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": (
                        "Warum ist deine allererste Reaktion auf das, was dein Kind erzählt, so "
                        "wichtig?"
                    ),
                    "explanation": (
                        "Kinder erzählen oft zuerst nur einen kleinen Teil, um zu sehen, wie du "
                        "reagierst. Ruhe und Freundlichkeit machen es wahrscheinlicher, dass sie "
                        "mehr erzählen, jetzt oder später."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Kinder tasten sich oft mit einem kleinen Teil der Geschichte vor "
                                "und entscheiden an deiner Reaktion, ob sie mehr erzählen."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Eine ruhige, freundliche Reaktion hält die Tür offen, "
                                "auch wenn der Rest der Geschichte erst später kommt."
                            ),
                        },
                        {
                            "text": (
                                "Deine Reaktion entscheidet, ob die Polizei den Fall übernimmt."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht ganz. Deine Reaktion ist vor allem für dein Kind wichtig: "
                                "Entsetzen oder Wut können dazu führen, dass es aufhört zu reden."
                            ),
                        },
                        {
                            "text": "Sie spielt keine große Rolle, solange du schnell handelst.",
                            "correct": False,
                            "feedback": (
                                "Ohne Verzögerung zu handeln, ist wichtig, aber wie du zuerst "
                                "reagierst, zählt auch. Kinder, die auf Entsetzen oder Unglauben "
                                "stoßen, hören vielleicht auf zu reden."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "Bevor du jemand anderen einbeziehst, solltest du die Geschichte am besten "
                        "selbst überprüfen, indem du die Konten deines Kindes durchsuchst."
                    ),
                    "explanation": (
                        "Ermittle nicht selbst. Konten zu durchsuchen, Bilder anzusehen oder die "
                        "Person zur Rede zu stellen, kann den Täter warnen, Beweise zerstören und "
                        "dein Kind noch mehr belasten. Überlass das der Polizei."
                    ),
                    "choices": [
                        {
                            "text": "Richtig",
                            "correct": False,
                            "feedback": (
                                "Dass du dir sicher sein willst, ist sehr verständlich. Wenn du "
                                "aber selbst suchst, kannst du Beweise zerstören und dein Kind "
                                "belasten. Gib es weiter und lass die Polizei ermitteln."
                            ),
                        },
                        {
                            "text": "Falsch",
                            "correct": True,
                            "feedback": (
                                "Genau. Deine Aufgabe ist es, zuzuhören, alles aufzuschreiben und "
                                "es weiterzugeben. Die Ermittlungen sind Sache der Polizei."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Welche dieser Fragen ist eine offene Frage?",
                    "explanation": (
                        "Eine offene Frage lässt dein Kind mit eigenen Worten erzählen. Fragen, "
                        "die eine Antwort nahelegen, können lenken, was es sagt."
                    ),
                    "choices": [
                        {
                            "text": "„Was ist dann passiert?“",
                            "correct": True,
                            "feedback": (
                                "Richtig. Sie lädt dein Kind ein, weiterzuerzählen, ohne ihm Worte "
                                "in den Mund zu legen."
                            ),
                        },
                        {
                            "text": "„War es der Junge aus dem Spiel?“",
                            "correct": False,
                            "feedback": (
                                "Es ist natürlich, dass du wissen willst, wer es war. Aber diese "
                                "Frage legt eine Antwort nahe. Versuch es lieber mit „Kannst du "
                                "mir mehr erzählen?“."
                            ),
                        },
                        {
                            "text": "„Du hast ihm doch nichts geschickt, oder?“",
                            "correct": False,
                            "feedback": (
                                "Die Frage kommt aus Sorge, aber sie legt eine Antwort nahe und "
                                "kann deinem Kind Angst machen, zuzugeben, was passiert ist."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Was solltest du nach dem Gespräch tun? Wähle alle zutreffenden Antworten."
                    ),
                    "explanation": (
                        "Schreib die eigenen Worte deines Kindes mit Datum und Uhrzeit auf, gib es "
                        "ohne Verzögerung an die Polizei, die Schulleitung oder ein Hilfetelefon "
                        "weiter und halte dein Kind in Worten, die zu seinem Alter passen, auf dem "
                        "Laufenden."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Die eigenen Worte deines Kindes aufschreiben, mit Datum und "
                                "Uhrzeit."
                            ),
                            "correct": True,
                            "feedback": (
                                "Ja. Schreib es so genau wie möglich auf, ohne eigene Deutungen "
                                "hinzuzufügen."
                            ),
                        },
                        {
                            "text": (
                                "Es ohne Verzögerung an die Menschen weitergeben, die helfen "
                                "können."
                            ),
                            "correct": True,
                            "feedback": (
                                "Ja. Das kann die Polizei sein, die Schulleitung oder ein "
                                "Hilfetelefon, das dich berät, zum Beispiel das Elterntelefon der "
                                "Nummer gegen Kummer."
                            ),
                        },
                        {
                            "text": "Deinem Kind sagen, was du tust und warum.",
                            "correct": True,
                            "feedback": (
                                "Ja. Wenn du dein Kind in Worten, die zu seinem Alter passen, auf "
                                "dem Laufenden hältst, kann es dir weiter vertrauen."
                            ),
                        },
                        {
                            "text": "Die beteiligte Person kontaktieren und zur Rede stellen.",
                            "correct": False,
                            "feedback": (
                                "Deine Wut ist verständlich, aber wenn du die Person zur Rede "
                                "stellst, kannst du sie warnen und Beweise zerstören. Überlass das "
                                "der Polizei."
                            ),
                        },
                        {
                            "text": "Ein paar Wochen abwarten, ob es wieder passiert.",
                            "correct": False,
                            "feedback": (
                                "Zu hoffen, dass sich alles beruhigt, ist eine natürliche "
                                "Reaktion, aber Abwarten kann dein Kind in Gefahr lassen. Gib es "
                                "ohne Verzögerung weiter."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": (
                        "Was stimmt über die Nummer 116 111, unter der Kinder in Deutschland die "
                        "Nummer gegen Kummer erreichen?"
                    ),
                    "explanation": (
                        "Unter 116 111 erreichen Kinder und Jugendliche in Deutschland die Nummer "
                        "gegen Kummer; dieselbe Nummer gilt in vielen europäischen Ländern für "
                        "Kinder- und Jugendtelefone. Der Anruf ist kostenlos, eine Anmeldung ist "
                        "nicht nötig."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Der Anruf ist kostenlos, und Kinder müssen sich nicht anmelden."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. So fällt es einem Kind leicht anzurufen, auch wenn es "
                                "seinen Namen noch nicht nennen möchte."
                            ),
                        },
                        {
                            "text": (
                                "Kinder müssen sich mit ihrem Namen anmelden, bevor sie anrufen."
                            ),
                            "correct": False,
                            "feedback": (
                                "Stimmt nicht: Eine Anmeldung ist nicht nötig. Das hilft Kindern, "
                                "die Angst haben, erkannt zu werden."
                            ),
                        },
                        {
                            "text": "Die Nummer ist nur für Eltern, nicht für Kinder.",
                            "correct": False,
                            "feedback": (
                                "Es ist ein Kinder- und Jugendtelefon: Kinder können selbst "
                                "anrufen. Für Eltern hat die Nummer gegen Kummer eine eigene "
                                "Nummer, das Elterntelefon unter 0800 111 0 550."
                            ),
                        },
                    ],
                },
            ],
        },
        {
            "title": "Was hast du gelernt?",
            "intro": (
                "Das sind dieselben vier Fragen, die du zu Beginn des Kurses beantwortet hast. "
                "Vergleiche deine Antworten und sieh, was du dazugelernt hast."
            ),
            "kind": "post_test",
            "pass_mark": 70,
            "questions": copy.deepcopy(_KNOWLEDGE_QUESTIONS),
        },
    ],
}
