"""Demo course for youth peer mentors (peer experts) in the Make-IT-Safe model.

Written in the project's own words from facts about the field (docs/content.md), for readers
aged 15-17.
"""

COURSE = {
    "slug": "becoming-a-peer-expert",
    "title": "Becoming a peer expert",
    "audience": "peer_mentor",
    "summary": (
        "Training for young people who want to help their peers stay safe online. "
        "You will learn what a peer expert does, which risks to look out for, how to "
        "respond when a friend tells you something serious, and how to run sessions "
        "that work for everyone."
    ),
    "outcomes": [
        "Explain your role as a peer expert, and its limits, in the Make-IT-Safe "
        "model of peers, peer experts and coaches.",
        "Recognise the warning signs of cyberbullying, cyber-grooming, privacy risks "
        "and sexual extortion.",
        "Respond to a friend's disclosure without promising secrecy, and pass it to "
        "your coach straight away.",
        "Plan and run a peer session with clear ground rules, adapted for peers with "
        "learning difficulties.",
    ],
    "estimated_minutes": 65,
    "gives_certificate": True,
    "age_band": "15-17",
    "modules": [
        # ------------------------------------------------------------------
        {
            "slug": "what-a-peer-expert-does",
            "title": "What a peer expert does, and does not do",
            "summary": (
                "Your role, the people around you, and the clear limits that keep you "
                "and your peers safe."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Why peers?</h2>"
                    "<p>When something goes badly online, most young people tell a "
                    "friend long before they tell an adult. Adults also often know "
                    "less about apps, games and group chats than you do. That is why "
                    "the Make-IT-Safe project, funded by the EU in 2013 and 2014, "
                    "trained young people aged 12 to 18 to help each other with "
                    "cyberbullying, cyber-grooming and privacy. ECPAT Germany led it, "
                    "together with ECPAT groups in Austria, Belgium, the Netherlands "
                    "and the UK.</p>"
                    "<h2>Three levels</h2>"
                    "<ul>"
                    "<li><b>Peers</b> are the young people you reach: classmates, "
                    "younger pupils, people at your youth club.</li>"
                    "<li><b>Peer experts</b> are trained young mentors. That is "
                    "you.</li>"
                    "<li><b>Coaches</b> are adults who supervise the peer experts. "
                    "Your coach is your first point of contact for anything you are "
                    "unsure about or worried by.</li>"
                    "</ul>"
                    "<p>Behind them, a group of experts from the police, education "
                    "and child protection advised the project.</p>",
                ),
                (
                    "text",
                    "<h2>What you do</h2>"
                    "<p>Peer experts offer three things: <b>listening</b>, "
                    "<b>guidance</b> and <b>information</b>. You also run peer "
                    "actions, for example:</p>"
                    "<ul>"
                    "<li>making short videos about staying safe online;</li>"
                    "<li>helping at info evenings for pupils or parents;</li>"
                    "<li>holding drop-in hours where people can come and ask "
                    "questions;</li>"
                    "<li>running workshops for a class or group.</li>"
                    "</ul>"
                    "<h2>What you do not do</h2>"
                    "<p>You are <b>not</b> a counsellor, a therapist, a detective or "
                    "the police. You do not:</p>"
                    "<ul>"
                    "<li>try to solve someone's problem on your own;</li>"
                    "<li>investigate, confront anyone, or look for evidence;</li>"
                    "<li>keep secrets about someone being harmed;</li>"
                    "<li>carry worries around without telling your coach.</li>"
                    "</ul>"
                    "<p>These limits are not about doubting you. They protect the "
                    "person you are helping, and they protect you.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Know your coach",
                        "text": "<p>Before you start, save your coach's name and how "
                        "to reach them. Also ask who to contact if they are away. "
                        "Training in one regional version of the model took four "
                        "sessions (16 hours) for peer experts and two sessions (8 "
                        "hours) for coaches, and the participants were certified.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Can you sort him out?",
                        "story": "<p>It's late on a Sunday. A younger student you "
                        "met at a drop-in hour messages you: someone in a group chat "
                        "keeps posting mean edits of her photo. 'You're the expert. "
                        "Can you message him and make him stop?'</p>",
                        "question": "What do you do?",
                        "choices": [
                            {
                                "text": "Message the person posting the edits and "
                                "tell him to stop.",
                                "feedback": "<p>It feels helpful, but you could get "
                                "pulled into the conflict, become a target yourself, "
                                "or make things worse for her. Confronting people is "
                                "outside your role.</p>",
                            },
                            {
                                "text": "Reply kindly, tell her how to block and "
                                "report, and let her know you will bring your coach "
                                "in.",
                                "feedback": "<p>You are listening, giving practical "
                                "guidance and passing it on, which is exactly the "
                                "job. Your coach can help decide with her what "
                                "happens next, including involving her school.</p>",
                            },
                            {
                                "text": "Leave it until Monday, because it's not a good time.",
                                "feedback": "<p>You are allowed to have evenings "
                                "off, but she reached out and may feel ignored. A "
                                "short kind reply and a note to your coach take two "
                                "minutes. If anyone is in danger, it cannot wait.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Why did you want to become a peer expert? Which "
                        "of the limits in this module do you think will be hardest "
                        "for you to keep, and why?"
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------
        {
            "slug": "know-the-risks",
            "title": "Know the risks",
            "summary": (
                "The main online risks your peers face, and the warning signs that "
                "something is going on."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Cyberbullying</h2>"
                    "<p>Cyberbullying is hurting someone again and again through "
                    "messages, posts, edited pictures, fake accounts or leaving them "
                    "out of group chats. Because it follows people home on their "
                    "phones, it can feel like there is no escape. Blocking, reporting "
                    "and keeping a record of what happened all help.</p>"
                    "<h2>Cyber-grooming</h2>"
                    "<p>Grooming is when someone builds trust and control over a "
                    "young person so they can sexually abuse them. Online it often "
                    "starts with compliments, attention and gifts. Watch for pressure "
                    "to:</p>"
                    "<ul>"
                    "<li>meet up in person;</li>"
                    "<li>share personal details or images;</li>"
                    "<li>keep the friendship secret;</li>"
                    "<li>drop friends and family who 'don't understand';</li>"
                    "<li>be available all the time, and reply instantly.</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h2>Privacy</h2>"
                    "<p>Your school, your street, your daily routine and your photos "
                    "can add up to a picture a stranger can use. Help peers check "
                    "who can see their profiles, turn off location sharing, and "
                    "think before posting something they could not take back.</p>"
                    "<h2>Sexual extortion</h2>"
                    "<p>Sexual extortion is when someone gets hold of a nude or "
                    "sexual image and threatens to share it unless the person pays or "
                    "sends more. Red flags:</p>"
                    "<ul>"
                    "<li>a profile that doesn't quite match the person's messages or "
                    "age;</li>"
                    "<li>things getting intense very fast: flirting, compliments, "
                    "requests;</li>"
                    "<li>pushing to move from a public app to a private "
                    "channel;</li>"
                    "<li>excuses for why their webcam never works.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "If someone is being threatened",
                        "text": "<p>Don't pay and don't send anything more. Stop "
                        "contact, but don't delete the chat. Keep evidence such as "
                        "usernames and messages. Never screenshot or forward a nude "
                        "image of someone under 18, even to help: that image is "
                        "child sexual abuse material. Change passwords, get support "
                        "from a trusted adult, and report. Tools such as Take It "
                        "Down and, in the UK, Report Remove can help get images "
                        "removed.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Too good to be true",
                        "story": "<p>Your friend Leo, 16, tells you about a girl who "
                        "added him on a game last week. She's really into him, wants "
                        "to move to a private app, and has sent a photo, but her "
                        "camera is 'broken' so they can't video call. Now she's "
                        "asking for a picture back.</p>",
                        "question": "What do you say to Leo?",
                        "choices": [
                            {
                                "text": "'Lucky you. Just be careful what you send.'",
                                "feedback": "<p>Leo hears that everything is fine. "
                                "Several red flags are showing at once: speed, a move "
                                "to a private channel and a camera that never works. "
                                "If he sends an image, he could soon be facing "
                                "threats.</p>",
                            },
                            {
                                "text": "Point out the red flags calmly and suggest "
                                "he doesn't send anything or move apps.",
                                "feedback": "<p>You're giving him information "
                                "without making him feel stupid. Let him know he can "
                                "come back to you if things get strange, and that "
                                "there's no shame in being targeted. If he's already "
                                "sent something, that's a conversation for your "
                                "coach.</p>",
                            },
                            {
                                "text": "Ask for his login so you can check her profile yourself.",
                                "feedback": "<p>That's investigating, which is not "
                                "your role, and sharing passwords creates new privacy "
                                "risks. Helping him spot the signs himself is more "
                                "useful and respects his control over his own "
                                "account.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Which of these risks do you think your peers "
                        "underestimate most? How could you start a conversation "
                        "about it without sounding like a lecture?"
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------
        {
            "slug": "helping-a-friend",
            "title": "Helping a friend",
            "summary": (
                "What to do, and what not to do, when a friend tells you they are being harmed."
            ),
            "minutes": 20,
            "body": [
                (
                    "text",
                    "<h2>When a friend tells you</h2>"
                    "<p>Someone choosing to tell you is a big deal. It may come out "
                    "suddenly, as a joke, or as 'asking for a friend'. You don't need "
                    "to have the answers. You need to stay calm and follow a few "
                    "steps.</p>"
                    "<ol>"
                    "<li><b>Take it seriously.</b> Don't laugh it off or say it "
                    "can't be that bad.</li>"
                    "<li><b>Listen.</b> Let them talk at their own pace. Silence is "
                    "OK.</li>"
                    "<li><b>Use open questions</b> if you need to, like 'Do you want "
                    "to tell me more?' Don't push for details.</li>"
                    "<li><b>Never promise to keep it secret.</b> Be honest that you "
                    "will need to tell your coach, because they can help.</li>"
                    "<li><b>Don't investigate.</b> Don't ask to see images, go "
                    "through their phone, or contact the other person.</li>"
                    "<li><b>Write it down.</b> As soon as you can, note their own "
                    "words, not your summary, and the date and time.</li>"
                    "<li><b>Tell your coach at once.</b> Not at the next training "
                    "session. Today.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "What you could say",
                        "text": "<p>'Thanks for telling me. I'm really glad you "
                        "did.' 'This isn't your fault.' 'I can't keep this just "
                        "between us, because I want you to be safe. I'm going to "
                        "talk to my coach, and I'll tell you what happens.'</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Why not keep the secret?</h2>"
                    "<p>Keeping quiet can feel like loyalty. But if someone is being "
                    "groomed, threatened or abused, it usually gets worse while it "
                    "stays hidden. The person harming them is counting on secrecy. "
                    "Your coach is trained to act, can bring in people who can stop "
                    "it, and can make sure your friend is supported properly. You "
                    "are not betraying your friend. You are getting them real "
                    "help.</p>"
                    "<p>If someone is in immediate danger, call the emergency "
                    "services first, then your coach. Your friend can also contact a "
                    "child helpline themselves. In many European countries, "
                    "<b>116 111</b> is a free child helpline number, and you don't "
                    "need to give your name.</p>",
                ),
                (
                    "scenario",
                    {
                        "title": "Please don't tell anyone",
                        "story": "<p>After a drop-in hour, Amira, 15, stays behind. "
                        "Someone she met online has a photo of her and says he'll "
                        "send it to her whole class unless she pays him tonight. "
                        "She's crying. 'You can't tell anyone. Promise me.'</p>",
                        "question": "What do you do?",
                        "choices": [
                            {
                                "text": "Promise, and help her find the money so it all goes away.",
                                "feedback": "<p>Paying rarely ends it; people who do "
                                "this often come back for more. And you would now be "
                                "holding something far too big to carry alone. Amira "
                                "needs adults who can act tonight.</p>",
                            },
                            {
                                "text": "Tell her it's not her fault, explain you "
                                "can't keep it secret, and contact your coach right "
                                "away.",
                                "feedback": "<p>She may be upset at first, but you "
                                "have been honest and got her help quickly. Remind "
                                "her not to pay, not to send anything, and to keep "
                                "the messages. Your coach can help with reporting and "
                                "with getting the image removed.</p>",
                            },
                            {
                                "text": "Ask her to show you the messages so you "
                                "can see how serious it is.",
                                "feedback": "<p>You don't need to see anything to "
                                "take it seriously, and looking could expose you to a "
                                "sexual image of her. Her words are enough. Write "
                                "them down with the date and pass them on.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "After you have passed it on",
                        "text": "<p>It's normal to feel shaken, worried or even "
                        "guilty afterwards. Talk to your coach about how you are "
                        "feeling too, not only about your friend. Getting support is "
                        "part of being a peer expert.</p>",
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Imagine a friend asks you to keep a serious "
                        "secret. Write the exact words you would use to explain, "
                        "kindly, that you need to tell your coach."
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
        # ------------------------------------------------------------------
        {
            "slug": "running-peer-sessions",
            "title": "Running peer sessions",
            "summary": (
                "How to plan and run a peer session that feels safe, respectful and "
                "useful for everyone in the room."
            ),
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Plan with your coach</h2>"
                    "<p>Whether it's a workshop, an info evening or a drop-in hour, "
                    "plan it with your coach. Agree who the group is, what you want "
                    "them to know or be able to do by the end, and who they can go to "
                    "afterwards. Your coach should be in the room or easy to reach "
                    "during the session.</p>"
                    "<p>Assume someone in the group may have been through the thing "
                    "you're talking about. Keep examples made up, never use real "
                    "images, and say where help is at the start and the end.</p>",
                ),
                (
                    "text",
                    "<h2>Ground rules</h2>"
                    "<p>Agree these at the start, and write them where everyone can "
                    "see them:</p>"
                    "<ul>"
                    "<li><b>No names.</b> Talk about 'someone I know', never about "
                    "real people in the room or at school.</li>"
                    "<li><b>Respect.</b> No laughing at anyone's question or "
                    "story.</li>"
                    "<li><b>You can pass.</b> Nobody has to answer or share.</li>"
                    "<li><b>What's said here stays here, unless someone is at "
                    "risk.</b> Be upfront that if you hear someone is being harmed, "
                    "you will tell your coach.</li>"
                    "<li><b>Step out if you need to,</b> and know who to talk to if "
                    "you do.</li>"
                    "</ul>"
                    "<p>An anonymous question box or a shared online board lets "
                    "people ask things they'd never say out loud.</p>",
                ),
                (
                    "text",
                    "<h2>Make it work for everyone</h2>"
                    "<p>Young people with disabilities face about three times the "
                    "risk of sexual violence, so your sessions need to reach them "
                    "too. Programmes in the Netherlands adapt online-safety lessons "
                    "for young people with a mild intellectual disability. You can "
                    "use the same ideas:</p>"
                    "<ul>"
                    "<li><b>Short steps.</b> One idea at a time, and check it has "
                    "landed before moving on.</li>"
                    "<li><b>Plain language.</b> Short sentences, everyday words, no "
                    "slang nobody has explained.</li>"
                    "<li><b>Pictures.</b> Show the message with images, symbols or "
                    "short role-plays, not just words.</li>"
                    "<li><b>Repeat.</b> Go over the key messages again at the "
                    "end.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Find out what they already know",
                        "text": "<p>Ask a few quick questions at the start and the "
                        "same ones at the end. You will see what stuck, and you can "
                        "share the results with your coach to improve the next "
                        "session.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A name in the room",
                        "story": "<p>Halfway through your workshop on sharing "
                        "images, someone laughs and says, 'Like what happened to "
                        "Jess in 10B!' A few people giggle and look at a girl near "
                        "the back.</p>",
                        "question": "How do you handle it?",
                        "choices": [
                            {
                                "text": "Ignore it and carry on, so you don't draw "
                                "more attention to it.",
                                "feedback": "<p>The girl at the back may feel that "
                                "nobody cares, and the group learns the ground rules "
                                "don't really count. A brief, calm response protects "
                                "her more than silence.</p>",
                            },
                            {
                                "text": "Calmly remind everyone of the 'no names' "
                                "rule, move on, and tell your coach afterwards.",
                                "feedback": "<p>You protect the person named without "
                                "making a scene. Telling your coach matters: the "
                                "comment may point to a real incident that adults "
                                "need to know about.</p>",
                            },
                            {
                                "text": "Ask the person who spoke what they know about Jess.",
                                "feedback": "<p>This spreads the story further in "
                                "front of the whole group and turns you into an "
                                "investigator. Whatever happened is for your coach to "
                                "follow up, privately.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Think of a peer session you would like to run. "
                        "Who is it for, what is the one thing you want them to "
                        "remember, and how will you make it work for someone who "
                        "finds reading hard?"
                    },
                ),
                ("help_services", {"heading": "Where to get help"}),
            ],
            "easy_read": [],
        },
    ],
}
