"""Demo course for parents and caregivers: keeping your child safe online.

All text is the project's own, written from facts about the field (docs/content.md).
"""

COURSE = {
    "slug": "keeping-your-child-safe-online",
    "title": "Keeping your child safe online",
    "audience": "parent",
    "summary": (
        "A practical course for parents and caregivers who want to protect their child from "
        "online sexual exploitation. You learn what your child does online, which warning "
        "signs to look out for, and what to do, step by step, if something goes wrong."
    ),
    "outcomes": [
        "Describe the apps, games and spaces where your child meets other people online.",
        "Recognise the warning signs of grooming and sexual extortion.",
        "Respond safely when a nude image of your child is shared, and use removal tools.",
        "Hold regular, relaxed conversations about online life and set up safety settings "
        "together with your child.",
        "Respond calmly and helpfully if your child tells you about abuse.",
    ],
    "estimated_minutes": 70,
    "gives_certificate": True,
    "age_band": "",
    "modules": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "your-childs-online-world",
            "title": "Your child's online world",
            "summary": (
                "Get to know where your child spends time online and why your interest "
                "matters more than technical knowledge."
            ),
            "minutes": 12,
            "body": [
                (
                    "text",
                    "<h2>Why this course exists</h2>"
                    "<p>Online child sexual exploitation is any sexually exploitative act "
                    "against a child that, at some point, involves the internet. It includes "
                    "making, keeping or sharing child sexual abuse material (CSAM), abuse that "
                    "is streamed live, pressuring or blackmailing a child online (sexual "
                    "extortion), and grooming: an adult or older young person building up a "
                    "relationship with a child in order to abuse them.</p>"
                    "<p>Many parents feel that their children know far more about apps and "
                    "games than they do. That is normal, and it is not a reason to step back. "
                    "You do not need to be an expert. What protects children most is an adult "
                    "who is interested, who stays calm, and who is easy to talk to.</p>"
                    "<h2>Where children meet other people</h2>"
                    "<p>Children rarely think of themselves as “going online”. They "
                    "are simply chatting, playing and watching. Contact with other people can "
                    "happen in many places:</p>"
                    "<ul>"
                    "<li><b>Games with chat</b>: text or voice chat with team mates and "
                    "strangers, and sometimes gifts of in-game currency.</li>"
                    "<li><b>Social media and video apps</b>: comments, followers, likes and "
                    "direct messages.</li>"
                    "<li><b>Messaging apps</b>: private one-to-one chats and large group "
                    "chats, often with people your child has never met.</li>"
                    "<li><b>Live streaming</b>: viewers can comment in real time and ask the "
                    "person streaming to do things.</li>"
                    "</ul>"
                    "<p>A pattern worth knowing: contact often starts in a public, busy space, "
                    "such as a game or a comment section, and then moves to a private chat "
                    "where nobody else can see what is said.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Curious, not suspicious",
                        "text": (
                            "<p>Ask your child to show you a favourite game or app and to "
                            "explain how it works. Let them be the expert. Children who feel "
                            "that their online world is taken seriously are more likely to "
                            "come to you when something in it feels wrong.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Three simple messages for your child</h2>"
                    "<p>Programmes that teach children about online safety often come back to "
                    "three ideas. You can use them at home as well:</p>"
                    "<ol>"
                    "<li><b>Have fun.</b> The internet is a good place to learn, play and "
                    "keep in touch. Your child should not feel that it is all danger.</li>"
                    "<li><b>Stay in control.</b> Your child decides what they share, who they "
                    "talk to, and when they leave a conversation.</li>"
                    "<li><b>Tell someone and report.</b> If something feels strange, "
                    "uncomfortable or frightening, they can always tell you or another "
                    "trusted adult, and they can report it on the app itself.</li>"
                    "</ol>",
                ),
                (
                    "scenario",
                    {
                        "title": "A new game",
                        "story": (
                            "<p>Your ten-year-old asks if they can download a popular game "
                            "that all their classmates are playing. You notice that players "
                            "can talk to each other through text and voice chat.</p>"
                        ),
                        "question": "How would you respond?",
                        "choices": [
                            {
                                "text": "Say no: online games with chat are too risky.",
                                "feedback": (
                                    "<p>Wanting to protect your child is completely "
                                    "understandable. A flat ban, though, can lead children "
                                    "to play in secret at a friend's house, where you can "
                                    "no longer help. Saying yes with conditions usually "
                                    "keeps you closer to what is happening.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Install it together, look at the chat settings and "
                                    "agree what your child will do if someone makes them "
                                    "feel uncomfortable."
                                ),
                                "feedback": (
                                    "<p>This gives your child the game and you a way in. "
                                    "Setting things up side by side shows that you are on "
                                    "their team, and agreeing a plan in advance makes it "
                                    "much easier for them to come to you later.</p>"
                                ),
                            },
                            {
                                "text": "Let them get on with it; it is only a game.",
                                "feedback": (
                                    "<p>Trusting your child is valuable, and most games are "
                                    "harmless fun. Chat features do open a door to "
                                    "strangers, however, so a few minutes spent together on "
                                    "the settings and a short talk about what to do when "
                                    "something feels off is well worth it.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Which three apps or games does your child use most? Could you "
                            "explain to another parent how people contact each other on each "
                            "of them? What would you like to find out?"
                        )
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "spotting-grooming-and-sexual-extortion",
            "title": "Spotting grooming and sexual extortion",
            "summary": (
                "Learn the warning signs of grooming and sexual extortion and what to do "
                "straight away if your child is being threatened."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>What grooming is</h2>"
                    "<p>Grooming is the way an offender gains a child's trust and affection "
                    "in order to abuse them. In law it is often called the solicitation of "
                    "children for sexual purposes. Online, the offender may pretend to be "
                    "another young person, but it can also be someone the child already "
                    "knows. Grooming usually happens gradually: compliments, attention and "
                    "understanding come first, and pressure follows later.</p>"
                    "<h2>What an offender may ask of a child</h2>"
                    "<ul>"
                    "<li>to keep the friendship or conversations secret;</li>"
                    "<li>to share personal details, such as their school or address;</li>"
                    "<li>to send photos, later including sexual images;</li>"
                    "<li>to meet in person;</li>"
                    "<li>to pull away from friends and family (“they don't understand "
                    "you like I do”);</li>"
                    "<li>to be available at all times, even late at night.</li>"
                    "</ul>"
                    "<h2>Signs you might notice at home</h2>"
                    "<ul>"
                    "<li>more secrecy than usual about their phone or online contacts;</li>"
                    "<li>talk of an older boyfriend or girlfriend;</li>"
                    "<li>gifts, money, game credit or even a second phone that they cannot "
                    "explain;</li>"
                    "<li>meeting “friends” in unusual places or at odd times.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "A sign is not proof",
                        "text": (
                            "<p>Each of these signs can have an innocent explanation. Treat "
                            "them as a reason for a calm, open conversation, not for an "
                            "interrogation. If you are worried, you can get advice from the "
                            "services at the end of this module.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>What sexual extortion is</h2>"
                    "<p>In sexual extortion, someone gets hold of a sexual image or video of "
                    "a child, often by pretending to be a young person who is interested in "
                    "them. They then threaten to send it to friends and family unless the "
                    "child pays money or sends more images. Children caught in this feel "
                    "intense shame and panic, and often think they cannot tell anyone.</p>"
                    "<h2>Red flags</h2>"
                    "<ul>"
                    "<li>a profile that does not match the way the person writes or "
                    "behaves;</li>"
                    "<li>a conversation that becomes intense or flirtatious very "
                    "quickly;</li>"
                    "<li>pressure to move to a different, more private app;</li>"
                    "<li>excuses for why their own camera never works.</li>"
                    "</ul>"
                    "<h2>If it happens: what to do</h2>"
                    "<ol>"
                    "<li><b>Do not pay.</b> Paying rarely ends the threats and often leads "
                    "to new demands.</li>"
                    "<li><b>Stop contact.</b> Do not reply or negotiate.</li>"
                    "<li><b>Keep evidence</b> such as the messages, usernames and profile "
                    "links, but never the images themselves.</li>"
                    "<li><b>Change passwords</b> on the accounts involved.</li>"
                    "<li><b>Get support</b> for your child and for yourself.</li>"
                    "<li><b>Report</b> it to the police and to the platform.</li>"
                    "</ol>",
                ),
                (
                    "scenario",
                    {
                        "title": "A message at midnight",
                        "story": (
                            "<p>Your fifteen-year-old son comes downstairs late at night, "
                            "pale and shaking. Someone he had been chatting with has a "
                            "sexual video of him and is demanding money within the hour, "
                            "or it will be sent to his whole class.</p>"
                        ),
                        "question": "What do you do first?",
                        "choices": [
                            {
                                "text": "Pay, so that the video is not shared.",
                                "feedback": (
                                    "<p>In a moment of panic, paying can feel like the "
                                    "quickest way to protect him. Unfortunately, offenders "
                                    "who receive money usually come back for more, and "
                                    "there is no guarantee the video is deleted. Stopping "
                                    "contact and reporting gives him better protection.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Tell him he is not in trouble, stop replying, note the "
                                    "usernames and messages, change passwords and report "
                                    "it together."
                                ),
                                "feedback": (
                                    "<p>This follows the steps that help most. Telling him "
                                    "first that he is not in trouble matters a great deal: "
                                    "the offender is relying on his shame. Keep the "
                                    "evidence without saving the video itself, and make "
                                    "sure he has support in the days that follow.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Take his phone and screenshot the whole chat, "
                                    "including the video, to show the police."
                                ),
                                "feedback": (
                                    "<p>Wanting solid evidence is sensible, but never "
                                    "screenshot, save or forward a nude image of someone "
                                    "under 18, even for the police: doing so creates a new "
                                    "copy of abuse material. Record usernames, profile "
                                    "links, dates and the text of the messages instead, "
                                    "and let the police decide what else they need.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "If your child were being threatened online, what might stop "
                            "them from telling you? What could you say now, before anything "
                            "happens, to make it easier for them?"
                        )
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "nude-images-and-removal-tools",
            "title": "Nude images and removal tools",
            "summary": (
                "Find out how to respond if a nude image of your child is shared, and how "
                "Take It Down and Report Remove can help get it taken offline."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>How images end up online</h2>"
                    "<p>Children send nude or sexual images for many reasons. Sometimes it "
                    "happens within a relationship, sometimes after being flattered, tricked "
                    "or pressured, and sometimes under direct threat. Once an image has been "
                    "sent, the child loses control over where it goes. When an image of a "
                    "child is shared against their will, that is image-based sexual abuse of "
                    "a child, and the responsibility lies with the people who pressure, "
                    "share or threaten, not with the child.</p>"
                    "<h2>Your first steps</h2>"
                    "<ul>"
                    "<li><b>Stay calm and reassure your child.</b> Tell them clearly that "
                    "it is not their fault and that you will help.</li>"
                    "<li><b>Do not look at the image.</b> You do not need to see it in order "
                    "to act, and not looking protects your child's dignity.</li>"
                    "<li><b>Do not ask your child to send it to you.</b></li>"
                    "<li><b>Write down where it is</b>: the app, group name, usernames and "
                    "links, without opening or copying the image itself.</li>"
                    "<li><b>Involve the school</b> if classmates are sharing it: contact the "
                    "school's safeguarding lead.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Never screenshot or forward",
                        "text": (
                            "<p>A nude image of anyone under 18 is child sexual abuse "
                            "material. Do not screenshot it, save it or forward it, not even "
                            "as evidence and not even to the police. Every copy adds to the "
                            "harm. Write down the details instead.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Take It Down</h2>"
                    "<p>Take It Down is a free service from the National Center for Missing "
                    "&amp; Exploited Children (NCMEC) in the United States, and it can be "
                    "used from anywhere in the world. It is meant for nude or sexual images "
                    "and videos that were taken before the person in them turned 18.</p>"
                    "<p>The tool works by hashing: it creates a digital fingerprint of the "
                    "image on your own device. The image itself is never uploaded and nobody "
                    "has to look at it. Online services that take part in the scheme use the "
                    "fingerprint to find copies on their platforms and remove them.</p>"
                    "<h2>Report Remove</h2>"
                    "<p>In the United Kingdom, young people under 18 can use Report Remove, "
                    "run by Childline together with the Internet Watch Foundation (IWF). The "
                    "young person reports the image themselves, the IWF works to have it "
                    "removed from the internet, and Childline offers support along the "
                    "way.</p>"
                    "<p>Sit down with your child and go through the tool together. Let them "
                    "stay in charge of the steps as much as possible: after losing control "
                    "over an image, taking some control back can help them recover.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "The class group chat",
                        "story": (
                            "<p>Your thirteen-year-old daughter comes home in tears. A photo "
                            "she sent to a boy she liked is being passed around a class "
                            "group chat. She begs you not to make a fuss.</p>"
                        ),
                        "question": "What would you do?",
                        "choices": [
                            {
                                "text": "Ask her to show you the photo so that you understand.",
                                "feedback": (
                                    "<p>It is natural to want the full picture. Looking at "
                                    "the image, though, is not needed to help and can add "
                                    "to her shame. Ask where it was shared and who is in "
                                    "the group, and write that down instead.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Tell her it is not her fault, note where it was "
                                    "shared, contact the school's safeguarding lead and "
                                    "use a removal tool with her."
                                ),
                                "feedback": (
                                    "<p>This takes her distress seriously and gets the "
                                    "right people involved. Explain to her why you are "
                                    "contacting the school, and let her take part in the "
                                    "decisions, so that she does not feel that things are "
                                    "being done over her head.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Message the parents of every child in the group yourself."
                                ),
                                "feedback": (
                                    "<p>Wanting to stop the sharing quickly makes sense. "
                                    "Contacting families yourself, though, can spread the "
                                    "story further and make things harder for your "
                                    "daughter. The school's safeguarding lead can handle "
                                    "this carefully and knows which steps to take.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "How could you let your child know, before anything happens, "
                            "that they can always come to you about an image, even if they "
                            "think they have done something foolish?"
                        )
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "conversations-and-settings",
            "title": "Conversations and settings",
            "summary": (
                "Build a habit of relaxed conversations about online life and go through "
                "privacy, blocking and reporting settings with your child."
            ),
            "minutes": 13,
            "body": [
                (
                    "text",
                    "<h2>Talk early and often</h2>"
                    "<p>One big, serious talk tends to be forgotten. Short, everyday "
                    "conversations work better: in the car, while cooking, or while your "
                    "child shows you a video they like. Start young, before problems arise, "
                    "and keep going as they grow older. Children themselves say they "
                    "prefer to keep learning over time rather than hear one lecture.</p>"
                    "<h2>Questions that open a conversation</h2>"
                    "<ul>"
                    "<li>What are you into online at the moment?</li>"
                    "<li>Who do you play or chat with? How did you get to know them?</li>"
                    "<li>Has anyone ever asked you something online that felt weird?</li>"
                    "<li>What would you do if someone asked you to keep a secret?</li>"
                    "<li>Is there anything online that worries you?</li>"
                    "</ul>"
                    "<h2>Five ideas to share with younger children</h2>"
                    "<ul>"
                    "<li><b>Share with care</b>: think before you post or send.</li>"
                    "<li><b>Don't fall for fake</b>: people are not always who they say "
                    "they are.</li>"
                    "<li><b>Secure your secrets</b>: keep passwords and personal details "
                    "to yourself.</li>"
                    "<li><b>Be kind</b> to others online.</li>"
                    "<li><b>When in doubt, talk it out</b> with an adult you trust.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Promise a calm reaction",
                        "text": (
                            "<p>Many children keep quiet because they fear losing their "
                            "phone. Try saying: “If anything ever goes wrong online, "
                            "you can tell me. I won't be angry and I won't take your phone "
                            "away for telling me. We'll sort it out together.”</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>Settings to go through together</h2>"
                    "<p>Sit down side by side and let your child show you where things are. "
                    "Check in particular:</p>"
                    "<ul>"
                    "<li><b>Privacy</b>: who can see the profile, posts and friend list;</li>"
                    "<li><b>Contact</b>: who can send messages, add them or join a call;</li>"
                    "<li><b>Location</b>: location sharing switched off unless there is a "
                    "good reason for it;</li>"
                    "<li><b>Block and report</b>: find the buttons and practise using them, "
                    "so that your child knows what to do without thinking;</li>"
                    "<li><b>Passwords</b>: strong and different for each account, with "
                    "two-step verification where possible.</li>"
                    "</ul>"
                    "<p>If you use parental controls, be open about them. Controls that your "
                    "child knows about and understands build trust; hidden monitoring that "
                    "comes to light can break it.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "The first social media account",
                        "story": (
                            "<p>Your twelve-year-old wants to join a social media app that "
                            "most of their friends already use. They promise to be "
                            "careful.</p>"
                        ),
                        "question": "Which approach would you take?",
                        "choices": [
                            {
                                "text": (
                                    "Say yes, but secretly install an app that lets you "
                                    "read all their messages."
                                ),
                                "feedback": (
                                    "<p>Keeping an eye on things comes from a caring place. "
                                    "Secret monitoring, however, tends to be discovered, and "
                                    "then your child may hide things more carefully. Open "
                                    "agreements usually protect them better in the long "
                                    "run.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Set up the account together: private profile, limited "
                                    "contact, practise blocking and reporting, and agree "
                                    "regular check-ins."
                                ),
                                "feedback": (
                                    "<p>This gives your child freedom with a safety net. "
                                    "They learn the settings by using them, and regular "
                                    "check-ins make it normal to talk about what happens "
                                    "online. Check first whether the app has a minimum age "
                                    "in its terms.</p>"
                                ),
                            },
                            {
                                "text": "Refuse until they are sixteen.",
                                "feedback": (
                                    "<p>Waiting can be a reasonable choice, especially if "
                                    "the app sets an age limit. Make sure your child "
                                    "understands your reasons, and keep talking about "
                                    "online life in the meantime, so that they are ready "
                                    "when the time comes.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "When did you last talk with your child about what they do "
                            "online? Choose one question from this module to ask them this "
                            "week, and think about when a good moment might be."
                        )
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------ 5
        {
            "slug": "if-your-child-tells-you",
            "title": "If your child tells you",
            "summary": (
                "Learn how to respond when your child tells you about abuse, so that they "
                "feel heard and get the right help quickly."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Why your first reaction matters</h2>"
                    "<p>Telling someone about abuse takes a great deal of courage. Children "
                    "often start with a small part of the story, or say it in passing, to "
                    "see how you react. If they are met with calm and kindness, they are "
                    "more likely to say more, now or later. If they are met with shock, "
                    "anger or disbelief, they may stop talking.</p>"
                    "<h2>During the conversation</h2>"
                    "<ol>"
                    "<li><b>Take it seriously.</b> Show that you believe them and that you "
                    "are glad they told you.</li>"
                    "<li><b>Listen.</b> Let them talk at their own pace. Silences are "
                    "fine.</li>"
                    "<li><b>Use open questions</b>, such as “What happened next?” "
                    "or “Can you tell me more?”. Avoid questions that suggest an "
                    "answer, such as “Was it him from the game?”.</li>"
                    "<li><b>Never promise secrecy.</b> You will need to share what you hear "
                    "with people who can help.</li>"
                    "<li><b>Reassure them</b> that it is not their fault, whatever "
                    "happened.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Do not investigate yourself",
                        "text": (
                            "<p>It can be tempting to confront the person, search through "
                            "your child's accounts or look at images. Please don't. It can "
                            "warn the offender, destroy evidence and upset your child "
                            "further. Leave the investigation to the police.</p>"
                        ),
                    },
                ),
                (
                    "text",
                    "<h2>After the conversation</h2>"
                    "<ul>"
                    "<li><b>Write it down</b> as soon as you can: your child's own words, "
                    "as exactly as possible, with the date and time. Do not add your own "
                    "interpretation.</li>"
                    "<li><b>Pass it on without delay</b> to the right people: the police if "
                    "your child is in danger or a crime may have been committed; the "
                    "school's safeguarding lead if the school is involved; a child helpline "
                    "for advice on what to do next.</li>"
                    "<li><b>Keep your child informed</b> about what you are doing and why, "
                    "in words that suit their age.</li>"
                    "<li><b>Look after yourself.</b> Hearing this is hard. Find someone to "
                    "talk to, so that you can keep supporting your child.</li>"
                    "</ul>"
                    "<p>In many European countries, children can reach a child helpline on "
                    "116 111. It is free and needs no registration. The services listed "
                    "below show what is available where you live.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Promise you won't tell",
                        "story": (
                            "<p>While you are tidying up together, your eleven-year-old "
                            "says: “If I tell you something, do you promise not to tell "
                            "anyone? Someone online has been asking me for pictures.”</p>"
                        ),
                        "question": "How would you answer?",
                        "choices": [
                            {
                                "text": "Promise, so that they keep talking.",
                                "feedback": (
                                    "<p>It is a very human reaction: you want your child to "
                                    "keep talking. But if you have to break the promise "
                                    "later, your child may feel betrayed and stop trusting "
                                    "you. Being honest from the start protects your "
                                    "relationship.</p>"
                                ),
                            },
                            {
                                "text": (
                                    "Say kindly that you can't promise that, but that you "
                                    "will only tell people who can help and will keep them "
                                    "involved."
                                ),
                                "feedback": (
                                    "<p>This is honest and reassuring at the same time. "
                                    "Most children accept it when they hear that you are "
                                    "on their side and that they will know what happens "
                                    "next. Then listen calmly and use open questions.</p>"
                                ),
                            },
                            {
                                "text": ("Ask at once who it is and insist on seeing the chat."),
                                "feedback": (
                                    "<p>Your alarm is completely understandable. Pushing "
                                    "for names and evidence straight away can overwhelm "
                                    "your child and make them go quiet. Let them tell it "
                                    "in their own way first; the details can be handled "
                                    "later by the people whose job it is.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": (
                            "Imagine your child telling you something difficult. What would "
                            "you want your face and your first sentence to tell them? Write "
                            "down a sentence you could use."
                        )
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
    ],
}
