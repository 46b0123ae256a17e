"""Demo course for teachers and childcare professionals.

Written in the project's own words from facts about the field (docs/content.md). Outdated
terms appear only inside "quote" blocks, as examples of language to replace.
"""

COURSE = {
    "slug": "protecting-children-at-school",
    "title": "Protecting children at school: online sexual exploitation",
    "audience": "teacher",
    "summary": (
        "A practical course for teachers and childcare professionals on online child "
        "sexual exploitation. It covers the language to use, the signs to notice, how "
        "to respond when a child tells you something or when images are involved, and "
        "how to teach the topic safely and check that your lessons work."
    ),
    "outcomes": [
        "Use the preferred terms from the Luxembourg Guidelines and explain why they "
        "matter in records and conversations.",
        "Recognise possible indicators of grooming and sexual extortion, and the extra "
        "risk faced by children with disabilities.",
        "Receive a disclosure calmly and pass it to the safeguarding lead without delay.",
        "Handle an incident involving sexual images without viewing or spreading them, "
        "and point children to removal tools.",
        "Plan age-appropriate lessons and measure learning before and after.",
    ],
    "estimated_minutes": 80,
    "gives_certificate": True,
    "age_band": "",
    "modules": [
        # ------------------------------------------------------------------
        {
            "slug": "words-matter",
            "title": "Words matter",
            "summary": (
                "Why the language we use about abuse shapes how children are treated, "
                "and which terms to use instead of outdated ones."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Why language is a safeguarding issue</h2>"
                    "<p>The words adults choose end up in incident notes, referrals "
                    "and conversations that children overhear. Some common terms make "
                    "abuse sound like a consenting activity, a job or adult "
                    "entertainment, or leave the person responsible out of the "
                    "picture. A child can end up feeling blamed, and a reader can "
                    "underestimate the danger.</p>"
                    "<p>In 2016 an international working group published the "
                    "<b>Luxembourg Guidelines</b>, updated in a second edition in "
                    "2025. They sort terms into three groups: <i>use freely</i>, "
                    "<i>use with care</i> and <i>avoid</i>. Shared language helps "
                    "schools, police, helplines and social services understand each "
                    "other. The invented examples below show the style to avoid.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Man jailed after police find child pornography on his laptop",
                        "source": "An outdated newspaper headline (invented example)",
                    },
                ),
                (
                    "text",
                    "<h3>Images and videos of abuse</h3>"
                    "<p>Pornography describes material made by and for consenting "
                    "adults. A child cannot consent, so every such image is a record "
                    "of a crime against a real child. Say <b>child sexual abuse "
                    "material (CSAM)</b> or <b>child sexual exploitation material</b>. "
                    "The older phrase belongs only in a direct quotation of a law that "
                    "still uses it.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Child prostitutes rescued in hotel raid",
                        "source": "An outdated news report (invented example)",
                    },
                ),
                (
                    "text",
                    "<h3>Children who are exploited</h3>"
                    "<p>That headline implies the children chose to sell sex. They did "
                    "not: someone else exploited them. Say <b>child subjected to sexual "
                    "exploitation</b>, and for the crime itself, <b>sexual exploitation "
                    "of children in prostitution</b>. Where travel is involved, say "
                    "<b>sexual exploitation of children in the context of travel and "
                    "tourism</b>.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Paedophile behind sextortion ring targeted boys "
                        "through gaming chat",
                        "source": "An outdated headline (invented example)",
                    },
                ),
                (
                    "text",
                    "<h3>Threats and the people who make them</h3>"
                    "<p>The blended word in that headline sounds almost playful. Say "
                    "<b>sexual extortion</b>, or in full, <b>online sexual coercion "
                    "and extortion of children</b>. The label for the man is a "
                    "clinical diagnosis, not a description of what he did. Call "
                    "someone who abuses a child an <b>offender</b> or "
                    "<b>perpetrator</b>.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Juvenile sex offender shared self-generated material "
                        "of a minor in the year below",
                        "source": "An invented school incident note",
                    },
                ),
                (
                    "text",
                    "<h3>Children who harm, and images children took</h3>"
                    "<p>Write <b>child who has displayed harmful sexual behaviour</b>. "
                    "It describes behaviour without fixing a lifelong identity on a "
                    "young person who can still change. Use <b>child</b> for anyone "
                    "under 18. For images a child took of themselves, remember that "
                    "many were produced under grooming, pressure or threats: "
                    "<b>image-based sexual abuse of children</b> keeps the harm in "
                    "view.</p>"
                    "<h2>Terms you can use</h2>"
                    "<ul>"
                    "<li><b>Use freely:</b> child sexual abuse; grooming (in law, "
                    "solicitation of children for sexual purposes); live online child "
                    "sexual abuse.</li>"
                    "<li><b>Use with care:</b> age of sexual consent; commercial "
                    "sexual exploitation, only where profit is the point.</li>"
                    "<li><b>Victim or survivor:</b> follow the person's own "
                    "preference. If you are unsure, use the words they use.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "A quick check before you write",
                        "text": "<p>Read your note back and ask three questions. Does "
                        "any word suggest the child chose this? Is it clear who is "
                        "responsible? Would I be comfortable if the child read this "
                        "record in ten years?</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A colleague's draft email",
                        "story": "<p>A colleague shows you an email to the "
                        "safeguarding lead before sending it. It says a 14-year-old "
                        "pupil has been 'in a relationship' with a 24-year-old man "
                        "she met online and 'agreed to send him pictures', adding that "
                        "'she knew what she was doing'.</p>",
                        "question": "What do you do?",
                        "choices": [
                            {
                                "text": "Suggest you reword it together before it is sent.",
                                "feedback": "<p>This keeps the facts and removes the "
                                "blame. You might write that an adult appears to have "
                                "groomed the pupil and asked her for sexual images, "
                                "which would be child sexual abuse material. The "
                                "safeguarding lead, and anyone reading the file later, "
                                "sees the risk clearly.</p>",
                            },
                            {
                                "text": "Let it go: the facts are there, and the "
                                "wording is a detail.",
                                "feedback": "<p>The facts are there, but the framing "
                                "suggests a relationship between equals and a child "
                                "who is partly to blame. Readers may treat the case as "
                                "less urgent, and if the pupil ever sees her file, the "
                                "words could hurt and discourage her from telling "
                                "anyone again.</p>",
                            },
                            {
                                "text": "Raise the wording with the colleague in "
                                "front of others in the staffroom.",
                                "feedback": "<p>Your concern is sound, but a public "
                                "challenge makes people defensive and reveals a "
                                "pupil's details to staff who do not need them. A "
                                "quiet word is more likely to change how your "
                                "colleague writes next time.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Think of a recent staff conversation, report or "
                        "news story about abuse. Which words were used, and how might "
                        "a child who had been harmed have felt hearing them?"
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------
        {
            "slug": "indicators-and-higher-risk-groups",
            "title": "Indicators and higher-risk groups",
            "summary": (
                "What online sexual exploitation looks like, the signs that may point "
                "to it, and why some children face much greater risk."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>What we mean by online sexual exploitation</h2>"
                    "<p>Online child sexual exploitation covers any sexually "
                    "exploitative act against a child that connects to the online "
                    "world at some stage. It includes:</p>"
                    "<ul>"
                    "<li>producing, possessing or sharing child sexual abuse "
                    "material;</li>"
                    "<li>abuse that is streamed live to viewers;</li>"
                    "<li>sexual extortion and coercion online;</li>"
                    "<li>grooming, where an offender builds trust and control in "
                    "order to abuse.</li>"
                    "</ul>"
                    "<p>Children often know more about apps and games than the adults "
                    "around them. That is not a reason to step back. Ask pupils what "
                    "they use and what worries them, and you will spot changes "
                    "sooner.</p>",
                ),
                (
                    "text",
                    "<h2>Possible indicators</h2>"
                    "<p>No single sign proves abuse, and many children show none. "
                    "Look for changes and patterns, and for things that do not fit "
                    "the child's age or situation:</p>"
                    "<ul>"
                    "<li>new secrecy about who they talk to online, or hiding the "
                    "screen when an adult walks by;</li>"
                    "<li>an older boyfriend or girlfriend, often someone nobody has "
                    "met;</li>"
                    "<li>unexplained gifts, money, game credits or a second phone;</li>"
                    "<li>meeting friends in unusual places or at unusual times;</li>"
                    "<li>pulling away from friends and family, or seeming to have to "
                    "be available to someone at all hours;</li>"
                    "<li>sudden fear or distress linked to messages, or asking to "
                    "borrow money urgently, which can point to sexual "
                    "extortion.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "A hunch is enough to share",
                        "text": "<p>You do not need proof to pass on a concern, and "
                        "it is not your job to find it. Record what you noticed, "
                        "with the date, and tell your safeguarding lead. Several "
                        "small observations from different staff often make the "
                        "pattern visible.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Children with disabilities</h2>"
                    "<p>Any child can be targeted, but children with disabilities face "
                    "about <b>three times</b> the risk of sexual violence. Some rely on "
                    "adults for personal care, some have been taught to comply, and "
                    "some find it harder to explain what happened or to be believed "
                    "when they do. Online, a friendly stranger may be very "
                    "welcome.</p>"
                    "<p>Prevention has to reach these children too. Programmes in the "
                    "Netherlands adapt online-safety lessons for young people with a "
                    "mild intellectual disability by using:</p>"
                    "<ul>"
                    "<li>short steps, one idea at a time;</li>"
                    "<li>plain language and concrete examples;</li>"
                    "<li>pictures that show the message as well as tell it.</li>"
                    "</ul>"
                    "<p>Every lesson and leaflet you use should have an easy-read "
                    "version, and the same applies to your reporting routes: a child "
                    "needs to know, in words they understand, who to tell.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "A new best friend",
                        "story": "<p>Mila, 13, has a mild intellectual disability. "
                        "During a break she tells her teaching assistant, happily, "
                        "that she has a new best friend online who sends her game "
                        "credits. He is older, and he says their chats are a special "
                        "secret.</p>",
                        "question": "What should the teaching assistant do?",
                        "choices": [
                            {
                                "text": "Tell Mila that online friends are "
                                "dangerous and that she must stop talking to him.",
                                "feedback": "<p>The worry behind this is real, but "
                                "Mila may hear that she is in trouble and stop "
                                "talking. The offender may also ask her to keep even "
                                "more secrets. The adults who need to act, starting "
                                "with the safeguarding lead, still know nothing.</p>",
                            },
                            {
                                "text": "Stay calm, show interest, ask a simple open "
                                "question, then pass it on.",
                                "feedback": "<p>Gifts from an older stranger plus a "
                                "request for secrecy are classic grooming signs. "
                                "Listening warmly keeps Mila talking. Something like "
                                "'Tell me about your friend' is enough; then record her "
                                "words and tell the safeguarding lead the same day.</p>",
                            },
                            {
                                "text": "Wait a few weeks to see whether other signs appear.",
                                "feedback": "<p>Waiting gives the offender time to "
                                "deepen control, and grooming can move fast. The "
                                "signs already present are enough to share. The "
                                "safeguarding lead can decide what happens next.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Which children in your setting might find it "
                        "hardest to tell an adult that something online is worrying them? "
                        "What could you change so they have a way to do it?"
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------
        {
            "slug": "receiving-a-disclosure",
            "title": "Receiving a disclosure",
            "summary": (
                "How to respond when a child tells you about abuse, so that they feel "
                "heard and the information reaches the right person quickly."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>When a child chooses you</h2>"
                    "<p>Children rarely tell in a neat, planned way. A disclosure may "
                    "come as a half-sentence at the end of a lesson, a question about "
                    "'a friend', or a message on a worksheet. The child has picked you "
                    "because they trust you. How you respond in the next few minutes "
                    "can shape whether they ever tell anyone again.</p>"
                    "<h2>Six steps</h2>"
                    "<ol>"
                    "<li><b>Take it seriously.</b> Show that you believe them and "
                    "that telling was the right thing to do.</li>"
                    "<li><b>Listen.</b> Stay calm, give them time, and let silences "
                    "happen. Your face matters as much as your words.</li>"
                    "<li><b>Use open questions</b> only to understand the basics, "
                    "such as 'Tell me more' or 'What happened then?' Avoid questions "
                    "that suggest an answer.</li>"
                    "<li><b>Never promise secrecy.</b> Explain kindly that you will "
                    "need to tell someone whose job is to help keep them safe.</li>"
                    "<li><b>Do not investigate.</b> Do not question the child at "
                    "length, look through their phone, or contact the person "
                    "involved.</li>"
                    "<li><b>Record and pass it on.</b> Write down the child's own "
                    "words, with the date and time, and give them to your "
                    "safeguarding lead without delay.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Words that help",
                        "text": "<p>'Thank you for telling me.' 'This is not your "
                        "fault.' 'I can't keep this a secret, because I need to make "
                        "sure you are safe, but I will tell you what happens next.' "
                        "Short, calm sentences work better than long "
                        "reassurances.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Writing it down</h2>"
                    "<p>Your note may be read by the safeguarding lead, social "
                    "services or police. Keep it factual:</p>"
                    "<ul>"
                    "<li>the child's words as they said them, in quotation marks, "
                    "including their own names for body parts or apps;</li>"
                    "<li>what you asked, so readers can see the questions were "
                    "open;</li>"
                    "<li>what you saw, such as the child's mood, without guessing at "
                    "causes;</li>"
                    "<li>date, time, place and who else was present;</li>"
                    "<li>your name and signature.</li>"
                    "</ul>"
                    "<p>Follow your setting's policy on who informs parents or "
                    "carers. That is usually a decision for the safeguarding lead, "
                    "because alerting the person responsible, even by accident, can "
                    "put a child at greater risk.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Promise you won't tell",
                        "story": "<p>As the class leaves, Jonas, 12, hangs back. "
                        "'If I tell you something, do you promise not to tell anyone? "
                        "It's about someone from a game.'</p>",
                        "question": "How do you respond?",
                        "choices": [
                            {
                                "text": "Promise, so that he feels safe enough to talk.",
                                "feedback": "<p>He may talk now, but if what he "
                                "says means you have to act, you will break the "
                                "promise. That can feel like another betrayal and "
                                "teach him that adults cannot be trusted.</p>",
                            },
                            {
                                "text": "Say you are glad he came to you, and explain "
                                "that you might need to tell someone who can help.",
                                "feedback": "<p>Honesty at the start protects the "
                                "trust he is offering. Most children keep talking once "
                                "they know what will happen. If he hesitates, let him "
                                "know you are there whenever he is ready, and still "
                                "record and share what he has said so far.</p>",
                            },
                            {
                                "text": "Tell him you are busy now and ask him to "
                                "come back at lunchtime.",
                                "feedback": "<p>He has found the courage now, and it "
                                "may not come back at lunchtime. If you really cannot "
                                "stay, ask a colleague to cover or walk him to the "
                                "safeguarding lead yourself.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Look after yourself too",
                        "text": "<p>Hearing a disclosure can stay with you. Talk it "
                        "through with your safeguarding lead or supervisor, while "
                        "keeping the child's details confidential. Needing support "
                        "is normal.</p>",
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Do you know, right now, who your safeguarding lead "
                        "is and how to reach them if they are not on site today? "
                        "What would you say in your first sentence to a child who "
                        "starts to tell you something?"
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------
        {
            "slug": "incidents-involving-images",
            "title": "Incidents involving images",
            "summary": (
                "What to do when sexual images of a child are shared, without viewing "
                "or spreading them, and how to help the child get them removed."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>The first rule: never view the image</h2>"
                    "<p>When a nude or sexual image of a pupil is reported, your "
                    "instinct may be to look so you know what you are dealing with. "
                    "Don't. An image of anyone under 18 is child sexual abuse "
                    "material. Every extra viewer adds to the harm, and copying or "
                    "passing it on can itself be a criminal offence, even if you mean "
                    "well.</p>"
                    "<ul>"
                    "<li>Do not ask the child or anyone else to show you the "
                    "image.</li>"
                    "<li>Do not forward, screenshot, print, save or upload it, "
                    "including to report it.</li>"
                    "<li>If you see it by accident, stop looking, do not copy it, and "
                    "tell your safeguarding lead.</li>"
                    "<li>Follow your setting's policy for any device involved. "
                    "Usually that means not searching it and letting the "
                    "safeguarding lead decide.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Describe, don't collect",
                        "text": "<p>Your record should describe what you were told: "
                        "who reported it, which app or group, when, and who may have "
                        "received it. That is enough for the safeguarding lead and "
                        "the police. Collecting copies as evidence is not your "
                        "role.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>The child in the image</h2>"
                    "<p>Many images of children are produced under pressure, through "
                    "grooming, or after threats. Even when a pupil took a picture "
                    "freely and sent it to one person, the spread that followed is "
                    "not their doing. The child is likely to feel ashamed and "
                    "frightened, and may expect to be punished. Make it clear they "
                    "are not in trouble and that it is not their fault.</p>"
                    "<h2>Getting images taken down</h2>"
                    "<p>Children can act to stop an image spreading, and you can "
                    "help them find the right tool:</p>"
                    "<ul>"
                    "<li><b>Report Remove</b> (UK): run by Childline with the Internet "
                    "Watch Foundation, for under-18s who want an image of themselves "
                    "removed.</li>"
                    "<li><b>Take It Down</b> (worldwide): run by NCMEC in the US, for "
                    "images taken before the person turned 18. It creates a digital "
                    "fingerprint, or hash, on the child's own device, so the image "
                    "itself is not uploaded.</li>"
                    "<li><b>CSAM hotlines</b>: the INHOPE network links 54 hotlines in "
                    "50 countries that accept anonymous reports and work to get "
                    "material taken down.</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h2>If a child is being threatened</h2>"
                    "<p>In sexual extortion, someone threatens to share an image "
                    "unless the child pays or sends more. Help the child to:</p>"
                    "<ul>"
                    "<li>not pay and not send anything else;</li>"
                    "<li>stop contact, without deleting the account or chat;</li>"
                    "<li>keep evidence such as usernames, profile links and the text "
                    "of messages, but never screenshots of nude images;</li>"
                    "<li>change passwords;</li>"
                    "<li>get support from a trusted adult and report it.</li>"
                    "</ul>",
                ),
                (
                    "scenario",
                    {
                        "title": "The confiscated phone",
                        "story": "<p>A pupil tells you a nude photo of a classmate, "
                        "Sara, is being passed around a year-group chat. A colleague "
                        "has taken a phone from one boy and says, 'Have a look so we "
                        "can confirm it's her before we call anyone.'</p>",
                        "question": "What do you do?",
                        "choices": [
                            {
                                "text": "Look briefly, just to confirm who it is.",
                                "feedback": "<p>Confirming identity is not your job, "
                                "and looking adds one more person who has seen Sara "
                                "in this way. It may also create legal problems for "
                                "you. The safeguarding lead and police can act on "
                                "what you have been told.</p>",
                            },
                            {
                                "text": "Decline to look, keep the phone secure and "
                                "unopened, and go to the safeguarding lead now.",
                                "feedback": "<p>This protects Sara and both of you. "
                                "The lead can involve the police where needed, "
                                "decide how to stop the chat spreading, and make sure "
                                "someone speaks to Sara gently and tells her about "
                                "removal tools.</p>",
                            },
                            {
                                "text": "Ask the boy to delete the photo and the chat "
                                "in front of you.",
                                "feedback": "<p>It feels like fixing the problem, but "
                                "the image is probably on many other phones, and "
                                "deleting the chat loses information the lead or "
                                "police may need. It is better to leave the device "
                                "as it is.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "If an incident like this happened tomorrow, what "
                        "would you say to the child in the image in your first "
                        "conversation? Does your setting's policy tell staff clearly "
                        "not to view images?"
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------
        {
            "slug": "teaching-it-safely",
            "title": "Teaching it safely",
            "summary": (
                "How to plan lessons on online sexual exploitation that are safe for "
                "every child in the room, and how to check they make a difference."
            ),
            "minutes": 20,
            "body": [
                (
                    "text",
                    "<h2>Lessons, not assemblies</h2>"
                    "<p>A hall of several hundred pupils hearing one talk is the "
                    "hardest place to learn about abuse, and the easiest place for a "
                    "distressed child to go unnoticed. Teach the topic in ordinary "
                    "lessons with a class you know. You can watch reactions, take "
                    "questions, slow down, and follow up the next week.</p>"
                    "<h2>Assume someone in the room has been affected</h2>"
                    "<p>In any class, some children may already have experienced "
                    "abuse, online or offline, and some may be experiencing it now. "
                    "Plan for them:</p>"
                    "<ul>"
                    "<li>tell the class in advance what the lesson covers;</li>"
                    "<li>say where help is, both in school and outside, at the start "
                    "and at the end;</li>"
                    "<li>agree a quiet way to step out and talk to a named "
                    "adult;</li>"
                    "<li>never use real abuse images or graphic stories;</li>"
                    "<li>avoid messages that put blame on children, such as 'if you "
                    "share a picture, it's your own fault'. Put the responsibility "
                    "on the offender.</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h2>Match the material to the age</h2>"
                    "<p>Reputable programmes split their resources by age. The UK "
                    "Thinkuknow programme, for example, has separate material for "
                    "ages 5-7, 8-11 and 11-16, plus resources for parents and for "
                    "professionals. Its core messages are to have fun, stay in "
                    "control and report. For ages 8-11, Be Internet Awesome uses five "
                    "simple ideas: share with care, don't fall for fake, secure your "
                    "secrets, be kind, and when in doubt, talk it out. Younger "
                    "children need simple rules and trusted adults. Older pupils can "
                    "discuss grooming tactics, pressure to share images, and sexual "
                    "extortion directly.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Bring in peer mentors",
                        "text": "<p>Trained young peer experts, supervised by adult "
                        "coaches, can run workshops and drop-in hours that reach "
                        "pupils in a way staff sometimes cannot. They add to your "
                        "lessons, not replace them.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Measure learning before and after</h2>"
                    "<p>Give pupils a short knowledge questionnaire before the first "
                    "lesson and the same questionnaire after the last one. A German "
                    "school taking part in a peer-mentoring project began this way, "
                    "so the lessons could start from what pupils actually knew. If "
                    "you can, repeat it a few weeks later; in two trials, gains were "
                    "still there at 5 and 12 weeks.</p>"
                    "<h2>Be honest about what knowledge can do</h2>"
                    "<p>A review of <b>9 studies with 672 participants</b> found that "
                    "prevention programmes increased children's knowledge, but risky "
                    "behaviour did not change significantly. One programme reported "
                    "that 70% of pupils it reached said they would be more careful "
                    "about what they share. That is encouraging, but it is what "
                    "pupils said, not what they did. Children themselves ask for "
                    "ongoing lessons rather than one-off sessions. Return to the "
                    "topic each year, practise what to do, and keep reminding pupils "
                    "which adults they can tell.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "One big assembly",
                        "story": "<p>Your head teacher has seen a news story about "
                        "sexual extortion and asks you to run a single assembly on "
                        "online safety for the whole school, ages 11 to 16, next "
                        "Friday.</p>",
                        "question": "How do you respond?",
                        "choices": [
                            {
                                "text": "Agree and prepare a powerful talk with real "
                                "cases to make it stick.",
                                "feedback": "<p>Shocking stories may grab attention, "
                                "but they can frighten or re-traumatise pupils who "
                                "have been affected, and you will not see who is "
                                "struggling in a full hall. Evidence suggests one-off "
                                "sessions change little.</p>",
                            },
                            {
                                "text": "Propose a short series of class lessons by "
                                "age group, with a questionnaire before and after.",
                                "feedback": "<p>This meets the head's concern and "
                                "follows good practice. If a whole-school moment is "
                                "still wanted, a brief assembly can launch the series "
                                "and say where to get help, while the detailed "
                                "teaching happens in classrooms.</p>",
                            },
                            {
                                "text": "Decline, because the topic is too sensitive to teach.",
                                "feedback": "<p>Saying nothing leaves pupils without "
                                "the knowledge to spot grooming or to ask for help. "
                                "The risk is managed by how you teach, not by "
                                "avoiding the subject.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Where does this topic sit in your current "
                        "timetable? What would it take to teach it as a series of "
                        "lessons, and how would you know if pupils had learned "
                        "anything?"
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
    ],
}
