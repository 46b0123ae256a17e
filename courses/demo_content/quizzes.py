"""Demo quizzes for the demo courses (see the other modules in this package).

All text is the project's own, written from facts about the field (docs/content.md).

QUIZZES is keyed by the name of the course module in this package ("parents",
"parents_nl", "teachers", "mentors", "young_learners"), then by the slug of the course
module (lesson) the quiz belongs to. Each value is a list of quizzes in the order they
appear in that lesson:

    {
        "title": "...",
        "intro": "...",                               # one or two sentences, plain text
        "kind": "graded" | "pre_test" | "post_test" | "check_in",
        "pass_mark": 70,                              # percent; 0 = nobody can fail
        "questions": [
            {
                "type": "single" | "multiple" | "true_false",
                "text": "...?",
                "explanation": "...",                 # why the right answer is right
                "choices": [{"text": "...", "correct": True, "feedback": "..."}, ...],
            },
        ],
    }

"single" has 3-4 choices with exactly one correct; "multiple" has 4-5 choices with 2-3
correct and says so in its text; "true_false" has the two choices "True" and "False"
("Waar" and "Niet waar" in Dutch), one of them correct.

The parents' course measures learning with the same short questionnaire at the start
(pre_test, in the first lesson) and at the end (post_test, in the last lesson). Both
quizzes are built from one question list, so their texts and choices stay identical.
The pre-test has a pass mark of 0: it records what a learner already knows and should
never feel like a failure.
"""

import copy

# ---------------------------------------------------------------------------------------
# Parents (English)
# ---------------------------------------------------------------------------------------

_PARENTS_KNOWLEDGE_QUESTIONS = [
    {
        "type": "single",
        "text": (
            "Contact between a child and a stranger often starts in a game or a comment "
            "section. Where does it often go next?"
        ),
        "explanation": (
            "A common pattern is that contact starts in a busy, public space and then moves "
            "to a private chat, where nobody else can see what is being said."
        ),
        "choices": [
            {
                "text": "To a private chat, where nobody else can read along.",
                "correct": True,
                "feedback": (
                    "Right. Moving a conversation somewhere private is a pattern worth "
                    "knowing, because it removes other people who might notice that "
                    "something is wrong."
                ),
            },
            {
                "text": "To a bigger group chat with more people in it.",
                "correct": False,
                "feedback": (
                    "Understandable guess, but it is usually the other way round. Contact "
                    "tends to move from busy, public spaces to a private one-to-one chat."
                ),
            },
            {
                "text": "It usually stays in the game, where it started.",
                "correct": False,
                "feedback": (
                    "Many chats do stay in the game, but when someone is building a "
                    "relationship with a child, they often push to move to a private chat "
                    "where nobody else can see."
                ),
            },
        ],
    },
    {
        "type": "multiple",
        "text": (
            "Which of these can be signs at home that a child is being groomed? "
            "Choose all that apply."
        ),
        "explanation": (
            "More secrecy than usual, talk of an older boyfriend or girlfriend, and gifts or "
            "a phone the child cannot explain are all signs worth noticing. None of them is "
            "proof on its own; they are a reason for a calm, open conversation."
        ),
        "choices": [
            {
                "text": "More secrecy than usual about their phone or online contacts.",
                "correct": True,
                "feedback": (
                    "Yes. Offenders often ask children to keep the contact secret, so a "
                    "sudden change in secrecy is worth a gentle conversation."
                ),
            },
            {
                "text": "Gifts, game credit or a second phone they cannot explain.",
                "correct": True,
                "feedback": (
                    "Yes. Gifts are a common way to build trust and a sense of owing "
                    "something, so unexplained presents are worth asking about calmly."
                ),
            },
            {
                "text": "Talk of an older boyfriend or girlfriend.",
                "correct": True,
                "feedback": (
                    "Yes. This can be an innocent story, but it is also a known sign, so it "
                    "is worth showing interest and asking more."
                ),
            },
            {
                "text": "Asking you to help them change a privacy setting.",
                "correct": False,
                "feedback": (
                    "This is actually a good sign: your child is coming to you about their "
                    "online life. It is exactly the kind of openness that protects them."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "text": (
            "If someone threatens to share a sexual image of your child unless they pay, "
            "paying is the safest way to make it stop."
        ),
        "explanation": (
            "Paying rarely ends the threats and often leads to new demands. The safer steps "
            "are to stop contact, keep evidence without keeping the image, change passwords, "
            "get support and report it."
        ),
        "choices": [
            {
                "text": "True",
                "correct": False,
                "feedback": (
                    "It is easy to see why paying feels like the quickest way out. "
                    "Unfortunately, people who receive money usually come back for more, "
                    "and there is no guarantee the image is deleted."
                ),
            },
            {
                "text": "False",
                "correct": True,
                "feedback": (
                    "Correct. Do not pay. Stopping contact, keeping the messages and "
                    "usernames, and reporting it protects your child better."
                ),
            },
        ],
    },
    {
        "type": "single",
        "text": (
            "Your child says: “If I tell you something, do you promise not to tell "
            "anyone?” What is the best answer?"
        ),
        "explanation": (
            "Never promise secrecy: you may need to share what you hear with people who can "
            "help. Saying so kindly, and promising to keep your child involved, is honest "
            "and still reassuring."
        ),
        "choices": [
            {
                "text": "“I promise. You can tell me anything.”",
                "correct": False,
                "feedback": (
                    "Wanting your child to keep talking is completely natural. But if you "
                    "later have to break the promise, your child may feel betrayed. Being "
                    "honest from the start protects their trust."
                ),
            },
            {
                "text": (
                    "“I can't promise that, but I will only tell people who can help, "
                    "and I'll keep you in the loop.”"
                ),
                "correct": True,
                "feedback": (
                    "Well done. This is honest and reassuring at the same time. Then listen "
                    "calmly and let your child tell it at their own pace."
                ),
            },
            {
                "text": "“That depends. First tell me who it is about.”",
                "correct": False,
                "feedback": (
                    "Your worry is understandable, but asking for names first can make "
                    "your child feel pushed, and they may stop talking. Be honest about "
                    "secrecy, then listen."
                ),
            },
        ],
    },
]

_PARENTS = {
    "your-childs-online-world": [
        {
            "title": "What do you already know?",
            "intro": (
                "Before you start, answer four short questions to see what you already know. "
                "There is no pass or fail, and you will meet the same questions again at the "
                "end of the course."
            ),
            "kind": "pre_test",
            "pass_mark": 0,
            "questions": copy.deepcopy(_PARENTS_KNOWLEDGE_QUESTIONS),
        },
    ],
    "spotting-grooming-and-sexual-extortion": [
        {
            "title": "Check your understanding: grooming and sexual extortion",
            "intro": (
                "Five questions about the warning signs of grooming and sexual extortion, "
                "and what to do if your child is threatened."
            ),
            "kind": "graded",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": "Which description of grooming fits best?",
                    "explanation": (
                        "Grooming is how an offender gains a child's trust and affection in "
                        "order to abuse them. It usually happens gradually: attention and "
                        "compliments first, pressure later."
                    ),
                    "choices": [
                        {
                            "text": (
                                "An offender slowly gaining a child's trust and affection in "
                                "order to abuse them."
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. The slow build-up of trust is what makes grooming "
                                "hard to spot, for children and for adults."
                            ),
                        },
                        {
                            "text": "A single rude or shocking message from a stranger.",
                            "correct": False,
                            "feedback": (
                                "Such messages are upsetting, but grooming is different: it "
                                "is a gradual process of building trust, often with kindness "
                                "and attention at first."
                            ),
                        },
                        {
                            "text": "Children teasing each other in a group chat.",
                            "correct": False,
                            "feedback": (
                                "That can hurt too, but it is not grooming. Grooming means "
                                "someone building a relationship with a child in order to "
                                "abuse them."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Which of these might an offender who is grooming a child ask of "
                        "them? Choose all that apply."
                    ),
                    "explanation": (
                        "Offenders often ask a child to keep the contact secret, to pull "
                        "away from friends and family, and to be available at all times. "
                        "Each request isolates the child from people who could help."
                    ),
                    "choices": [
                        {
                            "text": "To keep their conversations secret.",
                            "correct": True,
                            "feedback": (
                                "Yes. Secrecy keeps adults from noticing, which is why "
                                "it is one of the clearest warning signs."
                            ),
                        },
                        {
                            "text": "To spend less time with friends and family.",
                            "correct": True,
                            "feedback": (
                                "Yes. Lines such as “they don't understand you like I "
                                "do” are meant to cut a child off from support."
                            ),
                        },
                        {
                            "text": "To be available at all times, even late at night.",
                            "correct": True,
                            "feedback": (
                                "Yes. Demanding constant contact is a way of taking control "
                                "of the child's time and attention."
                            ),
                        },
                        {
                            "text": "To tell their parents about the new friendship.",
                            "correct": False,
                            "feedback": (
                                "An offender would rarely ask this, because involving parents "
                                "makes it more likely that someone notices. Encouraging "
                                "secrecy is much more typical."
                            ),
                        },
                        {
                            "text": "To chat only in a public group where others can see.",
                            "correct": False,
                            "feedback": (
                                "It is usually the opposite: offenders tend to move the "
                                "conversation to a private chat, away from other people."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "If your child has a gift they cannot explain, that proves they are "
                        "being groomed."
                    ),
                    "explanation": (
                        "A sign is not proof: each warning sign can have an innocent "
                        "explanation. Treat it as a reason for a calm, open conversation, not "
                        "for an interrogation."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "It is good that you take signs seriously. On its own, "
                                "though, a gift can have an innocent reason, so start with a "
                                "calm conversation and seek advice if you stay worried."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Correct. A sign is a reason to talk calmly with your child, "
                                "not proof. If you stay worried, a helpline can advise you."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Which of these is a red flag for sexual extortion?",
                    "explanation": (
                        "Red flags include a profile that does not match how the person "
                        "behaves, a conversation that gets intense very fast, pressure to "
                        "move to a more private app, and excuses for a camera that never "
                        "works."
                    ),
                    "choices": [
                        {
                            "text": (
                                "The person always has an excuse for why their own camera "
                                "does not work."
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. A camera that never works can mean the person does "
                                "not look like their profile at all."
                            ),
                        },
                        {
                            "text": "The person replies slowly and keeps the chat light.",
                            "correct": False,
                            "feedback": (
                                "That is usually not a worry. A red flag is the opposite: a "
                                "conversation that becomes intense or flirtatious very "
                                "quickly."
                            ),
                        },
                        {
                            "text": (
                                "The person only chats in a group with your child's classmates."
                            ),
                            "correct": False,
                            "feedback": (
                                "Open group chats are not the typical pattern. Pressure to "
                                "move to a different, more private app is the sign to watch "
                                "for."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Someone threatens to send a sexual video of your child to their "
                        "class unless your child pays. Which steps help? Choose all that "
                        "apply."
                    ),
                    "explanation": (
                        "Do not pay, stop contact, and keep evidence such as messages, "
                        "usernames and profile links. Never screenshot, save or forward the "
                        "video itself, because that makes a new copy of abuse material."
                    ),
                    "choices": [
                        {
                            "text": "Do not pay.",
                            "correct": True,
                            "feedback": (
                                "Yes. Paying rarely ends the threats and often leads to new "
                                "demands."
                            ),
                        },
                        {
                            "text": "Stop replying and do not negotiate.",
                            "correct": True,
                            "feedback": (
                                "Yes. Stopping contact takes away the pressure the offender "
                                "relies on."
                            ),
                        },
                        {
                            "text": "Note the usernames, profile links and messages.",
                            "correct": True,
                            "feedback": (
                                "Yes. This is useful evidence for the police and the "
                                "platform, and it does not involve the video."
                            ),
                        },
                        {
                            "text": "Screenshot the video so the police have proof.",
                            "correct": False,
                            "feedback": (
                                "Wanting solid evidence makes sense, but never screenshot, "
                                "save or forward a nude image of someone under 18, even for "
                                "the police. Record the details around it instead."
                            ),
                        },
                        {
                            "text": "Reply to ask for more time to find the money.",
                            "correct": False,
                            "feedback": (
                                "Buying time can feel like a way to stay in control, but any "
                                "reply keeps the pressure going. It is safer to stop contact "
                                "and report it."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
    "if-your-child-tells-you": [
        {
            "title": "Check your understanding: if your child tells you",
            "intro": (
                "Five questions about how to respond when your child tells you about abuse, "
                "and what to do afterwards."
            ),
            "kind": "graded",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": (
                        "Why does your very first reaction to your child's story matter so much?"
                    ),
                    "explanation": (
                        "Children often share a small part first to see how you react. Calm "
                        "and kindness make it more likely they will tell you more, now or "
                        "later."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Children often test the water with a small part of the "
                                "story and decide from your reaction whether to say more."
                            ),
                            "correct": True,
                            "feedback": (
                                "Right. A calm, kind response keeps the door open, even if "
                                "the rest of the story comes later."
                            ),
                        },
                        {
                            "text": (
                                "Your reaction decides whether the police will take the case."
                            ),
                            "correct": False,
                            "feedback": (
                                "Not quite. Your reaction matters mainly to your child: "
                                "shock or anger can make them stop talking."
                            ),
                        },
                        {
                            "text": "It does not matter much, as long as you act quickly.",
                            "correct": False,
                            "feedback": (
                                "Acting without delay is important, but how you react first "
                                "matters too. Children who meet shock or disbelief may stop "
                                "talking."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "Before you involve anyone else, it is best to check the story "
                        "yourself by looking through your child's accounts."
                    ),
                    "explanation": (
                        "Do not investigate yourself. Searching accounts, looking at images "
                        "or confronting the person can warn the offender, destroy evidence "
                        "and upset your child further. Leave it to the police."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "Wanting to be sure is very understandable. But searching "
                                "yourself can destroy evidence and upset your child. Pass "
                                "it on and let the police investigate."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Correct. Your role is to listen, write it down and pass it "
                                "on. The investigation is for the police."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Which of these is an open question?",
                    "explanation": (
                        "An open question lets your child tell it in their own words. "
                        "Questions that suggest an answer can steer what they say."
                    ),
                    "choices": [
                        {
                            "text": "“What happened next?”",
                            "correct": True,
                            "feedback": (
                                "Right. It invites your child to go on without putting words "
                                "in their mouth."
                            ),
                        },
                        {
                            "text": "“Was it that boy from the game?”",
                            "correct": False,
                            "feedback": (
                                "It is natural to want to know who. But this question "
                                "suggests an answer. Try “Can you tell me more?” instead."
                            ),
                        },
                        {
                            "text": "“You didn't send him anything, did you?”",
                            "correct": False,
                            "feedback": (
                                "This comes from worry, but it suggests an answer and may "
                                "make your child afraid to admit what happened."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": ("What should you do after the conversation? Choose all that apply."),
                    "explanation": (
                        "Write down your child's own words with the date and time, pass it "
                        "on without delay to the police, the school's safeguarding lead or "
                        "a child helpline, and keep your child informed in words that suit "
                        "their age."
                    ),
                    "choices": [
                        {
                            "text": ("Write down your child's own words, with the date and time."),
                            "correct": True,
                            "feedback": (
                                "Yes. Write it down as exactly as you can, without adding "
                                "your own interpretation."
                            ),
                        },
                        {
                            "text": "Pass it on without delay to the people who can help.",
                            "correct": True,
                            "feedback": (
                                "Yes. That may be the police, the school's safeguarding "
                                "lead, or a child helpline for advice."
                            ),
                        },
                        {
                            "text": "Tell your child what you are doing and why.",
                            "correct": True,
                            "feedback": (
                                "Yes. Keeping your child informed, in words that suit their "
                                "age, helps them keep trusting you."
                            ),
                        },
                        {
                            "text": "Contact the person involved and confront them.",
                            "correct": False,
                            "feedback": (
                                "Your anger is understandable, but confronting the person "
                                "can warn them and destroy evidence. Leave it to the "
                                "police."
                            ),
                        },
                        {
                            "text": "Wait a few weeks to see whether it happens again.",
                            "correct": False,
                            "feedback": (
                                "Hoping it settles down is a natural reaction, but waiting "
                                "can leave your child at risk. Pass it on without delay."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "What is true of the child helpline number 116 111?",
                    "explanation": (
                        "In many European countries, children can reach a child helpline on "
                        "116 111. It is free and needs no registration."
                    ),
                    "choices": [
                        {
                            "text": "It is free and children do not need to register.",
                            "correct": True,
                            "feedback": (
                                "Right. That makes it easy for a child to call, even if "
                                "they are not ready to give their name."
                            ),
                        },
                        {
                            "text": "Children must register with their name before they call.",
                            "correct": False,
                            "feedback": (
                                "Not so: no registration is needed. That helps children "
                                "who are nervous about being identified."
                            ),
                        },
                        {
                            "text": "It is only for parents, not for children.",
                            "correct": False,
                            "feedback": (
                                "It is a child helpline: children can call it themselves. "
                                "The course's help list shows what is available where you "
                                "live."
                            ),
                        },
                    ],
                },
            ],
        },
        {
            "title": "What have you learned?",
            "intro": (
                "These are the same four questions you answered at the start of the course. "
                "Compare your answers to see what you have learned."
            ),
            "kind": "post_test",
            "pass_mark": 70,
            "questions": copy.deepcopy(_PARENTS_KNOWLEDGE_QUESTIONS),
        },
    ],
}

# ---------------------------------------------------------------------------------------
# Parents (Dutch translation of the above, je-form; same order and correctness)
# ---------------------------------------------------------------------------------------

_PARENTS_NL_KNOWLEDGE_QUESTIONS = [
    {
        "type": "single",
        "text": (
            "Contact tussen een kind en een onbekende begint vaak in een game of onder "
            "berichten. Waar gaat het daarna vaak naartoe?"
        ),
        "explanation": (
            "Een bekend patroon is dat contact begint op een drukke, openbare plek en daarna "
            "verhuist naar een privégesprek, waar niemand anders kan meelezen."
        ),
        "choices": [
            {
                "text": "Naar een privégesprek, waar niemand anders kan meelezen.",
                "correct": True,
                "feedback": (
                    "Klopt. Een gesprek naar een besloten plek verplaatsen is een patroon om "
                    "te kennen, want zo verdwijnen de mensen die zouden kunnen merken dat er "
                    "iets mis is."
                ),
            },
            {
                "text": "Naar een grotere groepschat met meer mensen.",
                "correct": False,
                "feedback": (
                    "Een begrijpelijke gedachte, maar meestal gaat het andersom. Contact "
                    "verhuist vaak van drukke, openbare plekken naar een privégesprek "
                    "met één persoon."
                ),
            },
            {
                "text": "Het blijft meestal in de game, waar het begon.",
                "correct": False,
                "feedback": (
                    "Veel gesprekken blijven inderdaad in de game. Maar wie een band met een "
                    "kind probeert op te bouwen, dringt vaak aan op een privégesprek waar "
                    "niemand kan meekijken."
                ),
            },
        ],
    },
    {
        "type": "multiple",
        "text": (
            "Welke van deze dingen kunnen thuis signalen zijn dat een kind wordt gegroomd? "
            "Kies alle juiste antwoorden."
        ),
        "explanation": (
            "Meer geheimzinnigheid dan normaal, verhalen over een oudere vriend of vriendin, "
            "en cadeaus of een telefoon die het kind niet kan verklaren, zijn allemaal "
            "signalen om op te letten. Geen ervan is op zichzelf een bewijs; ze zijn een "
            "aanleiding voor een rustig, open gesprek."
        ),
        "choices": [
            {
                "text": "Meer geheimzinnigheid dan normaal over de telefoon of online contacten.",
                "correct": True,
                "feedback": (
                    "Ja. Daders vragen kinderen vaak het contact geheim te houden. Een "
                    "plotselinge verandering in geheimzinnigheid is dus een rustig gesprek "
                    "waard."
                ),
            },
            {
                "text": (
                    "Cadeaus, spelkrediet of een tweede telefoon die je kind niet kan verklaren."
                ),
                "correct": True,
                "feedback": (
                    "Ja. Cadeaus zijn een veelgebruikte manier om vertrouwen op te bouwen en "
                    "een kind het gevoel te geven iets terug te moeten doen. Vraag er rustig "
                    "naar."
                ),
            },
            {
                "text": "Verhalen over een oudere vriend of vriendin.",
                "correct": True,
                "feedback": (
                    "Ja. Daar kan een onschuldig verhaal achter zitten, maar het is ook een "
                    "bekend signaal. Toon belangstelling en vraag door."
                ),
            },
            {
                "text": "Je kind vraagt je om hulp bij een privacy-instelling.",
                "correct": False,
                "feedback": (
                    "Dit is juist een goed teken: je kind komt naar je toe met iets uit zijn "
                    "of haar online leven. Precies die openheid beschermt."
                ),
            },
        ],
    },
    {
        "type": "true_false",
        "text": (
            "Als iemand dreigt een seksueel beeld van je kind te delen tenzij het betaalt, "
            "is betalen de veiligste manier om het te laten stoppen."
        ),
        "explanation": (
            "Betalen maakt zelden een einde aan de dreigementen en leidt vaak tot nieuwe "
            "eisen. Veiliger is het contact te verbreken, bewijs te bewaren zonder het beeld "
            "zelf, wachtwoorden te wijzigen, steun te zoeken en melding te doen."
        ),
        "choices": [
            {
                "text": "Waar",
                "correct": False,
                "feedback": (
                    "Het is goed te begrijpen dat betalen voelt als de snelste uitweg. Helaas "
                    "komen mensen die geld krijgen meestal terug voor meer, en er is geen "
                    "garantie dat het beeld wordt verwijderd."
                ),
            },
            {
                "text": "Niet waar",
                "correct": True,
                "feedback": (
                    "Juist. Betaal niet. Het contact verbreken, de berichten en "
                    "gebruikersnamen bewaren en melding doen, beschermt je kind beter."
                ),
            },
        ],
    },
    {
        "type": "single",
        "text": (
            "Je kind zegt: “Als ik je iets vertel, beloof je dan dat je het aan niemand "
            "zegt?” Wat is het beste antwoord?"
        ),
        "explanation": (
            "Beloof nooit geheimhouding: misschien moet je wat je hoort delen met mensen die "
            "kunnen helpen. Dat vriendelijk zeggen, en beloven dat je je kind overal bij "
            "betrekt, is eerlijk en toch geruststellend."
        ),
        "choices": [
            {
                "text": "“Dat beloof ik. Je kunt me alles vertellen.”",
                "correct": False,
                "feedback": (
                    "Heel begrijpelijk dat je wilt dat je kind blijft praten. Maar als je de "
                    "belofte later moet breken, kan je kind zich verraden voelen. Vanaf het "
                    "begin eerlijk zijn, beschermt het vertrouwen."
                ),
            },
            {
                "text": (
                    "“Dat kan ik niet beloven, maar ik vertel het alleen aan mensen die "
                    "kunnen helpen, en ik houd je overal van op de hoogte.”"
                ),
                "correct": True,
                "feedback": (
                    "Goed gedaan. Dit is eerlijk en geruststellend tegelijk. Luister daarna "
                    "rustig en laat je kind in zijn of haar eigen tempo vertellen."
                ),
            },
            {
                "text": "“Dat hangt ervan af. Zeg eerst maar over wie het gaat.”",
                "correct": False,
                "feedback": (
                    "Je bezorgdheid is begrijpelijk, maar eerst naar namen vragen kan voelen "
                    "als druk, en dan kan je kind stilvallen. Wees eerlijk over "
                    "geheimhouding en luister dan."
                ),
            },
        ],
    },
]

_PARENTS_NL = {
    "de-online-wereld-van-je-kind": [
        {
            "title": "Wat weet je al?",
            "intro": (
                "Beantwoord voordat je begint vier korte vragen om te zien wat je al weet. Je "
                "kunt niet zakken, en aan het eind van de cursus krijg je dezelfde vragen "
                "nog een keer."
            ),
            "kind": "pre_test",
            "pass_mark": 0,
            "questions": copy.deepcopy(_PARENTS_NL_KNOWLEDGE_QUESTIONS),
        },
    ],
    "grooming-en-seksuele-afpersing-herkennen": [
        {
            "title": "Test je kennis: grooming en seksuele afpersing",
            "intro": (
                "Vijf vragen over de waarschuwingssignalen van grooming en seksuele "
                "afpersing, en over wat je doet als je kind wordt bedreigd."
            ),
            "kind": "graded",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": "Welke omschrijving van grooming past het best?",
                    "explanation": (
                        "Grooming is de manier waarop een dader het vertrouwen en de "
                        "genegenheid van een kind wint om het te misbruiken. Het gaat "
                        "meestal geleidelijk: eerst aandacht en complimenten, later druk."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Een dader die langzaam het vertrouwen en de genegenheid van "
                                "een kind wint om het te misbruiken."
                            ),
                            "correct": True,
                            "feedback": (
                                "Klopt. Juist die geleidelijke opbouw van vertrouwen maakt "
                                "grooming moeilijk te herkennen, voor kinderen én voor "
                                "volwassenen."
                            ),
                        },
                        {
                            "text": "Eén grof of schokkend bericht van een onbekende.",
                            "correct": False,
                            "feedback": (
                                "Zulke berichten zijn naar, maar grooming is iets anders: "
                                "een geleidelijk proces van vertrouwen opbouwen, vaak eerst "
                                "met vriendelijkheid en aandacht."
                            ),
                        },
                        {
                            "text": "Kinderen die elkaar plagen in een groepschat.",
                            "correct": False,
                            "feedback": (
                                "Dat kan ook pijn doen, maar het is geen grooming. Bij "
                                "grooming bouwt iemand een band op met een kind om het te "
                                "misbruiken."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Wat kan een dader die een kind groomt van dat kind vragen? Kies "
                        "alle juiste antwoorden."
                    ),
                    "explanation": (
                        "Daders vragen een kind vaak het contact geheim te houden, afstand "
                        "te nemen van vrienden en familie, en altijd bereikbaar te zijn. "
                        "Elk van die vragen isoleert het kind van mensen die kunnen helpen."
                    ),
                    "choices": [
                        {
                            "text": "De gesprekken geheim te houden.",
                            "correct": True,
                            "feedback": (
                                "Ja. Geheimhouding zorgt ervoor dat volwassenen niets "
                                "merken. Daarom is het een van de duidelijkste "
                                "waarschuwingssignalen."
                            ),
                        },
                        {
                            "text": "Minder tijd door te brengen met vrienden en familie.",
                            "correct": True,
                            "feedback": (
                                "Ja. Zinnen als “zij begrijpen je niet zoals ik” zijn "
                                "bedoeld om een kind af te sluiten van steun."
                            ),
                        },
                        {
                            "text": "Altijd bereikbaar te zijn, ook laat in de avond.",
                            "correct": True,
                            "feedback": (
                                "Ja. Voortdurend contact eisen is een manier om de tijd en "
                                "aandacht van het kind in handen te krijgen."
                            ),
                        },
                        {
                            "text": "De ouders over de nieuwe vriendschap te vertellen.",
                            "correct": False,
                            "feedback": (
                                "Een dader vraagt dat zelden, omdat ouders er dan eerder "
                                "iets van merken. Aandringen op geheimhouding is veel "
                                "gebruikelijker."
                            ),
                        },
                        {
                            "text": (
                                "Alleen te chatten in een openbare groep waar anderen meelezen."
                            ),
                            "correct": False,
                            "feedback": (
                                "Meestal is het juist andersom: daders verplaatsen het "
                                "gesprek vaak naar een privégesprek, weg van andere mensen."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "Als je kind een cadeau heeft dat het niet kan verklaren, is dat het "
                        "bewijs dat het wordt gegroomd."
                    ),
                    "explanation": (
                        "Een signaal is geen bewijs: elk waarschuwingssignaal kan een "
                        "onschuldige verklaring hebben. Zie het als aanleiding voor een "
                        "rustig, open gesprek, niet voor een verhoor."
                    ),
                    "choices": [
                        {
                            "text": "Waar",
                            "correct": False,
                            "feedback": (
                                "Goed dat je signalen serieus neemt. Op zichzelf kan een "
                                "cadeau echter een onschuldige reden hebben. Begin met een "
                                "rustig gesprek en vraag advies als je je zorgen blijft "
                                "maken."
                            ),
                        },
                        {
                            "text": "Niet waar",
                            "correct": True,
                            "feedback": (
                                "Juist. Een signaal is een reden om rustig met je kind te "
                                "praten, geen bewijs. Blijf je je zorgen maken, dan kan "
                                "een hulplijn je adviseren."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Welke van deze is een waarschuwingssignaal voor seksuele afpersing?",
                    "explanation": (
                        "Waarschuwingssignalen zijn onder meer een profiel dat niet past bij "
                        "hoe de persoon zich gedraagt, een gesprek dat heel snel intens "
                        "wordt, aandringen om naar een meer besloten app te gaan, en smoesjes "
                        "over een camera die nooit werkt."
                    ),
                    "choices": [
                        {
                            "text": (
                                "De persoon heeft steeds een smoes waarom de eigen camera "
                                "niet werkt."
                            ),
                            "correct": True,
                            "feedback": (
                                "Klopt. Een camera die nooit werkt, kan betekenen dat de "
                                "persoon er helemaal niet uitziet zoals op het profiel."
                            ),
                        },
                        {
                            "text": "De persoon antwoordt traag en houdt het gesprek luchtig.",
                            "correct": False,
                            "feedback": (
                                "Dat is meestal geen reden tot zorg. Een "
                                "waarschuwingssignaal is juist het omgekeerde: een gesprek "
                                "dat heel snel intens of flirterig wordt."
                            ),
                        },
                        {
                            "text": (
                                "De persoon chat alleen in een groep met klasgenoten van je kind."
                            ),
                            "correct": False,
                            "feedback": (
                                "Open groepschats zijn niet het typische patroon. Let vooral "
                                "op aandringen om over te stappen naar een andere, meer "
                                "besloten app."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Iemand dreigt een seksuele video van je kind naar de klas te sturen, "
                        "tenzij je kind betaalt. Welke stappen helpen? Kies alle juiste "
                        "antwoorden."
                    ),
                    "explanation": (
                        "Betaal niet, verbreek het contact en bewaar bewijs zoals berichten, "
                        "gebruikersnamen en links naar profielen. Maak nooit een screenshot "
                        "van de video zelf en bewaar of stuur die niet door, want dan ontstaat "
                        "er een nieuwe kopie van misbruikmateriaal."
                    ),
                    "choices": [
                        {
                            "text": "Niet betalen.",
                            "correct": True,
                            "feedback": (
                                "Ja. Betalen maakt zelden een einde aan de dreigementen en "
                                "leidt vaak tot nieuwe eisen."
                            ),
                        },
                        {
                            "text": "Niet meer reageren en niet onderhandelen.",
                            "correct": True,
                            "feedback": (
                                "Ja. Door het contact te verbreken valt de druk weg waar de "
                                "dader op rekent."
                            ),
                        },
                        {
                            "text": (
                                "De gebruikersnamen, links naar profielen en berichten noteren."
                            ),
                            "correct": True,
                            "feedback": (
                                "Ja. Dat is bruikbaar bewijs voor de politie en het "
                                "platform, en de video zelf komt er niet aan te pas."
                            ),
                        },
                        {
                            "text": (
                                "Een screenshot van de video maken, zodat de politie bewijs heeft."
                            ),
                            "correct": False,
                            "feedback": (
                                "Goed bewijs willen is logisch, maar maak nooit een "
                                "screenshot van een naaktbeeld van iemand jonger dan 18 en "
                                "bewaar of stuur het niet door, ook niet voor de politie. "
                                "Noteer in plaats daarvan de gegevens eromheen."
                            ),
                        },
                        {
                            "text": "Terugschrijven om meer tijd te vragen om het geld te regelen.",
                            "correct": False,
                            "feedback": (
                                "Tijd rekken kan voelen als grip houden, maar elke reactie "
                                "houdt de druk in stand. Veiliger is het contact te "
                                "verbreken en melding te doen."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
    "als-je-kind-het-je-vertelt": [
        {
            "title": "Test je kennis: als je kind het je vertelt",
            "intro": (
                "Vijf vragen over hoe je reageert als je kind je over misbruik vertelt, en wat "
                "je daarna doet."
            ),
            "kind": "graded",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": (
                        "Waarom is jouw allereerste reactie op het verhaal van je kind zo "
                        "belangrijk?"
                    ),
                    "explanation": (
                        "Kinderen vertellen vaak eerst een klein stukje om te zien hoe je "
                        "reageert. Rust en vriendelijkheid maken de kans groter dat ze meer "
                        "vertellen, nu of later."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Kinderen tasten vaak af met een klein stukje van het "
                                "verhaal en beslissen aan de hand van jouw reactie of ze meer "
                                "vertellen."
                            ),
                            "correct": True,
                            "feedback": (
                                "Klopt. Een rustige, vriendelijke reactie houdt de deur "
                                "open, ook als de rest van het verhaal later komt."
                            ),
                        },
                        {
                            "text": "Jouw reactie bepaalt of de politie de zaak oppakt.",
                            "correct": False,
                            "feedback": (
                                "Niet helemaal. Jouw reactie doet er vooral toe voor je kind: "
                                "schrik of boosheid kan ervoor zorgen dat het dichtklapt."
                            ),
                        },
                        {
                            "text": "Die doet er weinig toe, als je maar snel handelt.",
                            "correct": False,
                            "feedback": (
                                "Zonder uitstel handelen is belangrijk, maar jouw eerste "
                                "reactie telt ook. Kinderen die schrik of ongeloof zien, "
                                "kunnen stoppen met vertellen."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "Voordat je iemand anders inschakelt, kun je het verhaal het best zelf "
                        "controleren door de accounts van je kind door te nemen."
                    ),
                    "explanation": (
                        "Ga niet zelf op onderzoek uit. Accounts doorzoeken, beelden bekijken "
                        "of de persoon aanspreken kan de dader waarschuwen, bewijs "
                        "vernietigen en je kind nog meer van streek maken. Laat het over aan "
                        "de politie."
                    ),
                    "choices": [
                        {
                            "text": "Waar",
                            "correct": False,
                            "feedback": (
                                "Heel begrijpelijk dat je het zeker wilt weten. Maar zelf "
                                "zoeken kan bewijs vernietigen en je kind van streek maken. "
                                "Geef het door en laat de politie het onderzoek doen."
                            ),
                        },
                        {
                            "text": "Niet waar",
                            "correct": True,
                            "feedback": (
                                "Juist. Jouw rol is luisteren, opschrijven en doorgeven. Het "
                                "onderzoek is voor de politie."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Welke van deze vragen is een open vraag?",
                    "explanation": (
                        "Met een open vraag kan je kind het in eigen woorden vertellen. "
                        "Vragen die al een antwoord voorzeggen, kunnen sturen wat het zegt."
                    ),
                    "choices": [
                        {
                            "text": "“Wat gebeurde er toen?”",
                            "correct": True,
                            "feedback": (
                                "Klopt. Zo nodig je je kind uit om verder te vertellen, "
                                "zonder woorden in de mond te leggen."
                            ),
                        },
                        {
                            "text": "“Was het die jongen van de game?”",
                            "correct": False,
                            "feedback": (
                                "Logisch dat je wilt weten wie het is. Maar deze vraag zegt "
                                "al een antwoord voor. Probeer liever “Kun je me er meer "
                                "over vertellen?”."
                            ),
                        },
                        {
                            "text": "“Je hebt hem toch niks gestuurd?”",
                            "correct": False,
                            "feedback": (
                                "Deze vraag komt voort uit zorg, maar zegt een antwoord voor "
                                "en kan je kind bang maken om te vertellen wat er is "
                                "gebeurd."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": "Wat doe je na het gesprek? Kies alle juiste antwoorden.",
                    "explanation": (
                        "Schrijf de eigen woorden van je kind op met datum en tijd, geef het "
                        "zonder uitstel door aan de politie, de aandachtsfunctionaris of "
                        "vertrouwenspersoon van de school of een kinderhulplijn, en houd je "
                        "kind op de hoogte in woorden die bij de leeftijd passen."
                    ),
                    "choices": [
                        {
                            "text": "De eigen woorden van je kind opschrijven, met datum en tijd.",
                            "correct": True,
                            "feedback": (
                                "Ja. Schrijf het zo letterlijk mogelijk op, zonder er je "
                                "eigen interpretatie aan toe te voegen."
                            ),
                        },
                        {
                            "text": "Het zonder uitstel doorgeven aan mensen die kunnen helpen.",
                            "correct": True,
                            "feedback": (
                                "Ja. Dat kan de politie zijn, de aandachtsfunctionaris of "
                                "vertrouwenspersoon van de school, of een kinderhulplijn "
                                "voor advies."
                            ),
                        },
                        {
                            "text": "Je kind vertellen wat je doet en waarom.",
                            "correct": True,
                            "feedback": (
                                "Ja. Door je kind op de hoogte te houden, in woorden die bij "
                                "de leeftijd passen, blijft het jou vertrouwen."
                            ),
                        },
                        {
                            "text": "Contact opnemen met de betrokken persoon en die aanspreken.",
                            "correct": False,
                            "feedback": (
                                "Je boosheid is begrijpelijk, maar de persoon aanspreken kan "
                                "hem of haar waarschuwen en bewijs laten verdwijnen. Laat "
                                "het over aan de politie."
                            ),
                        },
                        {
                            "text": "Een paar weken afwachten of het nog eens gebeurt.",
                            "correct": False,
                            "feedback": (
                                "Hopen dat het overwaait is een menselijke reactie, maar "
                                "wachten kan je kind in gevaar laten. Geef het zonder "
                                "uitstel door."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Wat klopt er over het kinderhulplijnnummer 116 111?",
                    "explanation": (
                        "In veel Europese landen kunnen kinderen een kinderhulplijn bereiken "
                        "via 116 111. Dat is gratis en registreren is niet nodig."
                    ),
                    "choices": [
                        {
                            "text": "Het is gratis en kinderen hoeven zich niet te registreren.",
                            "correct": True,
                            "feedback": (
                                "Klopt. Zo kan een kind makkelijk bellen, ook als het zijn "
                                "of haar naam nog niet wil noemen."
                            ),
                        },
                        {
                            "text": "Kinderen moeten zich eerst met hun naam registreren.",
                            "correct": False,
                            "feedback": (
                                "Nee, registreren is niet nodig. Dat helpt kinderen die "
                                "bang zijn om herkend te worden."
                            ),
                        },
                        {
                            "text": "Het nummer is alleen voor ouders, niet voor kinderen.",
                            "correct": False,
                            "feedback": (
                                "Het is een kinderhulplijn: kinderen kunnen zelf bellen. De "
                                "lijst met hulpdiensten in de cursus laat zien wat er bij jou "
                                "in de buurt is."
                            ),
                        },
                    ],
                },
            ],
        },
        {
            "title": "Wat heb je geleerd?",
            "intro": (
                "Dit zijn dezelfde vier vragen die je aan het begin van de cursus hebt "
                "beantwoord. Vergelijk je antwoorden en zie wat je hebt geleerd."
            ),
            "kind": "post_test",
            "pass_mark": 70,
            "questions": copy.deepcopy(_PARENTS_NL_KNOWLEDGE_QUESTIONS),
        },
    ],
}

# ---------------------------------------------------------------------------------------
# Teachers and childcare professionals
# ---------------------------------------------------------------------------------------

_TEACHERS = {
    "receiving-a-disclosure": [
        {
            "title": "Check your understanding: receiving a disclosure",
            "intro": (
                "Five questions on responding when a child tells you about abuse, recording "
                "it, and passing it on."
            ),
            "kind": "graded",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": (
                        "As the class leaves, a pupil hangs back and asks: “If I tell you "
                        "something, will you promise not to tell anyone?” What do you say?"
                    ),
                    "explanation": (
                        "Never promise secrecy. Say you are glad they came to you and "
                        "explain, kindly, that you may need to tell someone whose job is to "
                        "help keep them safe. Honesty at the start protects their trust."
                    ),
                    "choices": [
                        {
                            "text": "Promise, so that they feel safe enough to talk.",
                            "correct": False,
                            "feedback": (
                                "It comes from a wish to help. But if you then have to act, "
                                "the broken promise can feel like another betrayal and teach "
                                "the child that adults cannot be trusted."
                            ),
                        },
                        {
                            "text": (
                                "Say you are glad they came to you, and explain that you "
                                "might need to tell someone who can help."
                            ),
                            "correct": True,
                            "feedback": (
                                "Well done. Most children keep talking once they know what "
                                "will happen, and you have been honest with them from the "
                                "start."
                            ),
                        },
                        {
                            "text": "Say you are busy now and ask them to come back at lunchtime.",
                            "correct": False,
                            "feedback": (
                                "Busy moments are real, but the child's courage may not "
                                "return at lunchtime. If you cannot stay, ask a colleague "
                                "to cover or take them to the safeguarding lead yourself."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": "What belongs in your written record? Choose all that apply.",
                    "explanation": (
                        "Keep the note factual: the child's own words in quotation marks, "
                        "the questions you asked, and the date, time, place and who else was "
                        "present. Leave out guesses and your own summary."
                    ),
                    "choices": [
                        {
                            "text": "The child's own words, in quotation marks.",
                            "correct": True,
                            "feedback": (
                                "Yes. Include their own names for body parts or apps, just "
                                "as they said them."
                            ),
                        },
                        {
                            "text": "The questions you asked.",
                            "correct": True,
                            "feedback": (
                                "Yes. This lets readers see that your questions were open "
                                "and did not suggest an answer."
                            ),
                        },
                        {
                            "text": "The date, time, place and who else was present.",
                            "correct": True,
                            "feedback": (
                                "Yes. These details help the safeguarding lead, social "
                                "services or police, who may read your note later."
                            ),
                        },
                        {
                            "text": "Your view of who is probably responsible.",
                            "correct": False,
                            "feedback": (
                                "It is natural to form a view, but guesses do not belong in "
                                "the record. Note what you heard and saw, and leave the "
                                "conclusions to others."
                            ),
                        },
                        {
                            "text": "A tidy summary in your own words instead of the child's.",
                            "correct": False,
                            "feedback": (
                                "A summary feels more professional, but the child's exact "
                                "words carry more weight and are less open to "
                                "misunderstanding."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "To be sure before you report, you should look through the child's "
                        "phone for evidence."
                    ),
                    "explanation": (
                        "Do not investigate. Do not question the child at length, look "
                        "through their phone or contact the person involved. Record what you "
                        "were told and pass it on."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "Wanting to be certain is understandable. But you do not "
                                "need proof to pass on a concern, and searching the phone is "
                                "not your role. The safeguarding lead decides what happens "
                                "next."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Correct. What the child told you is enough. Record it and "
                                "pass it on; investigating is for others."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": (
                        "Who usually decides whether and how the "
                        "child's parents or carers are told?"
                    ),
                    "explanation": (
                        "Follow your setting's policy. Usually the safeguarding lead decides, "
                        "because alerting the person responsible, even by accident, can put "
                        "a child at greater risk."
                    ),
                    "choices": [
                        {
                            "text": "The safeguarding lead, following the setting's policy.",
                            "correct": True,
                            "feedback": (
                                "Right. The lead can weigh whether informing parents or "
                                "carers could put the child at greater risk."
                            ),
                        },
                        {
                            "text": "You, by phoning the parents straight after school.",
                            "correct": False,
                            "feedback": (
                                "Keeping parents informed feels right, but if the person "
                                "responsible is close to the family, an early call can put "
                                "the child at greater risk. Leave it to the safeguarding "
                                "lead."
                            ),
                        },
                        {
                            "text": "Nobody: parents are never told.",
                            "correct": False,
                            "feedback": (
                                "Parents or carers are often involved, but the timing and "
                                "the way matter. That decision usually sits with the "
                                "safeguarding lead."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "When should you pass on what the child told you?",
                    "explanation": (
                        "Record the child's words and give them to your safeguarding lead "
                        "without delay. Waiting can leave a child at risk and lets details "
                        "fade."
                    ),
                    "choices": [
                        {
                            "text": "Without delay, to your safeguarding lead.",
                            "correct": True,
                            "feedback": (
                                "Right. Make sure you know how to reach the lead, or a "
                                "deputy, even when they are not on site."
                            ),
                        },
                        {
                            "text": (
                                "After a week or so, once you have seen how the child is doing."
                            ),
                            "correct": False,
                            "feedback": (
                                "Giving it time can feel kinder, but a delay can leave the "
                                "child at risk. Pass it on straight away."
                            ),
                        },
                        {
                            "text": "Only if the child agrees that you may tell someone.",
                            "correct": False,
                            "feedback": (
                                "Respecting the child's wishes matters, and you can explain "
                                "what will happen. But their safety comes first, so the "
                                "concern must be passed on either way."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
}

# ---------------------------------------------------------------------------------------
# Youth peer mentors (peer experts)
# ---------------------------------------------------------------------------------------

_MENTORS = {
    "helping-a-friend": [
        {
            "title": "Check your understanding: helping a friend",
            "intro": (
                "Five questions on what to do, and what not to do, when a friend tells you "
                "they are being harmed."
            ),
            "kind": "graded",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": "A friend tells you they are being harmed. Who do you tell, and when?",
                    "explanation": (
                        "Tell your coach at once: today, not at the next training session. "
                        "Your coach is trained to act and can bring in people who can stop "
                        "it."
                    ),
                    "choices": [
                        {
                            "text": "Your coach, today.",
                            "correct": True,
                            "feedback": (
                                "Right. Passing it on straight away means your friend gets "
                                "real help, and you don't carry it alone."
                            ),
                        },
                        {
                            "text": "Your coach, at the next training session.",
                            "correct": False,
                            "feedback": (
                                "You are right that your coach is the person to tell. But "
                                "waiting days can leave your friend at risk. Tell them "
                                "today."
                            ),
                        },
                        {
                            "text": "Other friends in your group, so you can all keep an eye out.",
                            "correct": False,
                            "feedback": (
                                "Wanting backup makes sense, but sharing it with friends "
                                "spreads your friend's story without getting them help. "
                                "Your coach is the right person."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "When a friend is being harmed, keeping their secret is the most "
                        "loyal thing you can do."
                    ),
                    "explanation": (
                        "Harm usually gets worse while it stays hidden, and the person doing "
                        "it is counting on secrecy. Passing it to your coach is not a "
                        "betrayal: it gets your friend real help."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "It can really feel like loyalty. But secrecy helps the "
                                "person causing harm, not your friend. Telling your coach "
                                "gets them help."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Correct. Be honest with your friend that you will tell your "
                                "coach, and explain that you want them to be safe."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Someone has a photo of your friend and says he will send it to her "
                        "whole class unless she pays tonight. What should you do? Choose all "
                        "that apply."
                    ),
                    "explanation": (
                        "Tell her it is not her fault, remind her not to pay or send anything "
                        "and to keep the messages, and contact your coach right away. You do "
                        "not need to see anything to take it seriously."
                    ),
                    "choices": [
                        {
                            "text": "Tell her it is not her fault.",
                            "correct": True,
                            "feedback": (
                                "Yes. People in this situation often feel deep shame, and "
                                "hearing this from a friend matters."
                            ),
                        },
                        {
                            "text": "Remind her not to pay or send anything else.",
                            "correct": True,
                            "feedback": (
                                "Yes. Paying rarely ends it; people who do this often come "
                                "back for more."
                            ),
                        },
                        {
                            "text": "Contact your coach right away.",
                            "correct": True,
                            "feedback": (
                                "Yes. Your coach can help with reporting and with getting "
                                "the image removed."
                            ),
                        },
                        {
                            "text": (
                                "Ask to see the messages and the photo, to judge how serious it is."
                            ),
                            "correct": False,
                            "feedback": (
                                "You want to understand, which is kind. But her words are "
                                "enough, and looking could expose you to a sexual image of "
                                "her. Never ask to see images."
                            ),
                        },
                        {
                            "text": "Help her find the money so it all goes away.",
                            "correct": False,
                            "feedback": (
                                "It is a caring impulse, but paying rarely makes it stop, "
                                "and it often leads to more demands. Adults can act tonight."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "What should you write down after your friend has told you?",
                    "explanation": (
                        "As soon as you can, note your friend's own words, not your summary, "
                        "with the date and time. That is what your coach needs."
                    ),
                    "choices": [
                        {
                            "text": "Their own words, with the date and time.",
                            "correct": True,
                            "feedback": (
                                "Right. Their exact words are clearer and more useful than "
                                "anyone's summary."
                            ),
                        },
                        {
                            "text": "A short summary of what you think happened.",
                            "correct": False,
                            "feedback": (
                                "A summary seems helpful, but it can change the meaning "
                                "without you noticing. Write down their own words instead."
                            ),
                        },
                        {
                            "text": "Nothing: you'll remember it when you see your coach.",
                            "correct": False,
                            "feedback": (
                                "Details fade fast, especially after something upsetting. "
                                "A quick note of their words and the date helps a lot."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "What if your friend is in immediate danger?",
                    "explanation": (
                        "If someone is in immediate danger, call the emergency services "
                        "first, then tell your coach."
                    ),
                    "choices": [
                        {
                            "text": "Call the emergency services first, then your coach.",
                            "correct": True,
                            "feedback": (
                                "Right. In an emergency, getting help on the way comes "
                                "first. Your coach can support you both afterwards."
                            ),
                        },
                        {
                            "text": "Message your coach and wait for a reply.",
                            "correct": False,
                            "feedback": (
                                "Your coach is the usual first step, but when someone is in "
                                "immediate danger you can't wait. Call the emergency "
                                "services first."
                            ),
                        },
                        {
                            "text": "Contact the person causing harm and tell them to stop.",
                            "correct": False,
                            "feedback": (
                                "Wanting to stand up for your friend is brave, but it can "
                                "put you both at more risk. Call the emergency services "
                                "and let them act."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
}

# ---------------------------------------------------------------------------------------
# Young learners (plain, encouraging check-ins; nobody can fail)
# ---------------------------------------------------------------------------------------

_YOUNG_LEARNERS = {
    "who-is-really-there": [
        {
            "title": "Quick check: who is really there?",
            "intro": "Three quick questions. This is not a test, so just give it a go!",
            "kind": "check_in",
            "pass_mark": 0,
            "questions": [
                {
                    "type": "true_false",
                    "text": "If someone online says they are 14, they are always 14.",
                    "explanation": (
                        "A name, a photo and an age are easy to make up online. Someone who "
                        "says they are 14 could be much older."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": (
                                "Lots of people think that. But anyone can make up an age "
                                "or use a fake photo online."
                            ),
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": (
                                "Yes! A profile can be fake. It's smart to remember that."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": (
                        "Someone in a game sends you gifts and says: “Keep our chats "
                        "secret.” What could you do?"
                    ),
                    "explanation": (
                        "Gifts and secrets together are warning signs. You can stop "
                        "replying and tell an adult you trust. You are not in trouble."
                    ),
                    "choices": [
                        {
                            "text": "Stop replying and tell an adult you trust.",
                            "correct": True,
                            "feedback": (
                                "Great choice! An adult can help you block and report them. "
                                "You are not in trouble, even if you took the gifts."
                            ),
                        },
                        {
                            "text": "Keep the secret, because they have been so nice.",
                            "correct": False,
                            "feedback": (
                                "It's normal to want to be nice back. But asking you to keep "
                                "secrets is a warning sign. Telling an adult is OK."
                            ),
                        },
                        {
                            "text": "Send them a photo to say thank you.",
                            "correct": False,
                            "feedback": (
                                "It's kind to want to say thank you. But you never have to "
                                "send a photo. You can stop chatting and tell an adult."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": "Which of these are warning signs? Choose all that apply.",
                    "explanation": (
                        "Asking where you live, telling you to keep chats secret, and "
                        "pushing to meet up are all warning signs. If a chat feels uneasy, "
                        "trust that feeling."
                    ),
                    "choices": [
                        {
                            "text": "They ask where you live or which school you go to.",
                            "correct": True,
                            "feedback": "Yes! Keep these details to yourself.",
                        },
                        {
                            "text": "They tell you to keep your chats secret.",
                            "correct": True,
                            "feedback": "Yes! A secret that feels bad is a reason to tell someone.",
                        },
                        {
                            "text": "They keep pushing you to meet up in person.",
                            "correct": True,
                            "feedback": "Yes! You never have to meet someone from online.",
                        },
                        {
                            "text": "They play the same game as you.",
                            "correct": False,
                            "feedback": (
                                "Not on its own. Lots of people play the same games. Watch "
                                "for secrets, questions about where you live, or pressure."
                            ),
                        },
                        {
                            "text": "They say “good game” after a match.",
                            "correct": False,
                            "feedback": (
                                "That's just being friendly. The warning signs are things "
                                "like secrets, pressure or questions about where you live."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
    "saying-no-and-getting-out": [
        {
            "title": "Quick check: saying no and getting out",
            "intro": "Three quick questions. This is not a test, so just give it a go!",
            "kind": "check_in",
            "pass_mark": 0,
            "questions": [
                {
                    "type": "true_false",
                    "text": "You can leave any chat at any time, without giving a reason.",
                    "explanation": (
                        "You are in control. You never have to keep chatting with someone "
                        "who makes you feel bad, scared or uneasy."
                    ),
                    "choices": [
                        {
                            "text": "True",
                            "correct": True,
                            "feedback": "Yes! You don't owe anyone a reply or a reason.",
                        },
                        {
                            "text": "False",
                            "correct": False,
                            "feedback": (
                                "It can feel rude to just leave. But you are allowed to "
                                "stop any chat, any time. You don't need a reason."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "What does the block button do?",
                    "explanation": (
                        "Block stops a person from contacting you. Report tells the app "
                        "that someone is breaking the rules."
                    ),
                    "choices": [
                        {
                            "text": "It stops a person from contacting you.",
                            "correct": True,
                            "feedback": "Yes! Try to find it in your apps now, while all is fine.",
                        },
                        {
                            "text": "It tells the person that you reported them.",
                            "correct": False,
                            "feedback": (
                                "Good try. Block just stops the person from contacting you. "
                                "And when you report, the person is usually not told who "
                                "did it."
                            ),
                        },
                        {
                            "text": "It deletes your own account.",
                            "correct": False,
                            "feedback": (
                                "Good try. Your account stays. Block only stops that one "
                                "person from contacting you."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Someone writes: “Pay me or I share your picture.” What should you "
                        "do? Choose all that apply."
                    ),
                    "explanation": (
                        "Don't pay. Stop replying and keep the messages, but not the "
                        "pictures. Tell an adult you trust. It is never your fault."
                    ),
                    "choices": [
                        {
                            "text": "Don't pay.",
                            "correct": True,
                            "feedback": "Yes! Paying usually leads to more demands.",
                        },
                        {
                            "text": "Stop replying, and keep the messages but not the pictures.",
                            "correct": True,
                            "feedback": (
                                "Yes! The messages help adults report it. Never save a nude "
                                "picture, not even as proof."
                            ),
                        },
                        {
                            "text": "Tell an adult you trust.",
                            "correct": True,
                            "feedback": (
                                "Yes! They can help you report it and get pictures removed."
                            ),
                        },
                        {
                            "text": "Send more pictures so they leave you alone.",
                            "correct": False,
                            "feedback": (
                                "It's normal to want it to stop fast. But sending more "
                                "usually leads to more demands. Tell an adult instead."
                            ),
                        },
                        {
                            "text": "Keep it to yourself.",
                            "correct": False,
                            "feedback": (
                                "Wanting to hide is a normal feeling. But you don't have to "
                                "deal with this alone. An adult or a child helpline can "
                                "help."
                            ),
                        },
                    ],
                },
            ],
        },
    ],
}

QUIZZES = {
    "parents": _PARENTS,
    "parents_nl": _PARENTS_NL,
    "teachers": _TEACHERS,
    "mentors": _MENTORS,
    "young_learners": _YOUNG_LEARNERS,
}
