"""Demo course for young learners (about 11-14), used by teachers in class and by
peer mentors with their groups. All text is the project's own, written from the
facts about the field (docs/content.md). Every module has an easy-read body as well.
"""

COURSE = {
    "slug": "staying-safe-online",
    "title": "Staying safe online",
    "audience": "young_learner",
    "summary": (
        "A short course about the people you meet online, sharing pictures, saying no and "
        "getting help. It is for use in class or with a peer mentor group. Whatever happens "
        "online, it is never your fault, and help is always there."
    ),
    "outcomes": [
        "Spot the signs that someone online may not be who they say, or wants to harm you.",
        "Think before sharing a picture, and know what to do if a picture is misused.",
        "Use block, report and privacy settings, and know what to do if someone threatens you.",
        "Name trusted adults and a child helpline you can contact for free.",
    ],
    "estimated_minutes": 60,
    "gives_certificate": False,
    "age_band": "12-14",
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "who-is-really-there",
            "title": "Who is really there?",
            "summary": "How to tell when someone online is not who they say, or wants to harm you.",
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>People online are not always who they say</h2>"
                    "<p>Most people you meet online are just people, like you. But a profile "
                    "can be fake. A photo, a name and an age are easy to make up. Someone who "
                    "says they are 14 could be much older.</p>"
                    "<p>Some people make friends with a young person online because they want "
                    "to harm them. This is called grooming. They are often very nice at first. "
                    "They give compliments, attention and sometimes gifts. "
                    "This can happen in games, chat apps and on social media.</p>"
                    "<h2>Signs that something is wrong</h2>"
                    "<p>Take care if someone you talk to online:</p>"
                    "<ul>"
                    "<li>keeps pushing you to meet up in person</li>"
                    "<li>asks where you live, which school you go to or for your number</li>"
                    "<li>asks for photos or videos of you, especially with fewer clothes</li>"
                    "<li>tells you to keep your chats secret</li>"
                    "<li>says your friends and family don't understand you like they do</li>"
                    "<li>gets upset if you don't answer straight away, day or night</li>"
                    "</ul>"
                    "<p>One sign on its own does not always mean danger. But if a chat makes "
                    "you feel uneasy, trust that feeling.</p>"
                    "<h2>Checking a profile</h2>"
                    "<ul>"
                    "<li>Do their photos, age and stories match up?</li>"
                    "<li>Did they want to move to a private app very quickly?</li>"
                    "<li>Do they always have a reason why their camera won't work?</li>"
                    "<li>Is the chat getting very intense, very fast?</li>"
                    "</ul>"
                    "<p>If you notice any of these, you can stop chatting. You don't owe "
                    "anyone a reply. If someone has tricked you, they are the one in the "
                    "wrong. It is never your fault.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Talk about it",
                        "text": "<p>With a partner or your group: why might someone who grooms a "
                        "young person ask for secrets? How is a fun surprise different from a "
                        "secret that feels bad?</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A new friend in a game",
                        "story": "<p>Sam plays an online game with Jay, who says they are 13. "
                        "Jay sends Sam some game credits. Then Jay writes: “Don't tell anyone "
                        "about our chats. Send me a photo, just for me.”</p>",
                        "question": "What could Sam do?",
                        "choices": [
                            {
                                "text": "Send a photo, because Jay has been so kind.",
                                "feedback": "<p>It makes sense to want to be kind back. But "
                                "gifts, secrets and photo requests together are warning signs. "
                                "Sam can say no at any point.</p>",
                            },
                            {
                                "text": "Stop replying and tell a trusted adult.",
                                "feedback": "<p>Good thinking. An adult can help Sam block "
                                "and report Jay. Sam is not in trouble, even for taking the "
                                "credits.</p>",
                            },
                            {
                                "text": "Keep chatting, but don't send the photo.",
                                "feedback": "<p>Saying no to the photo is a great step. But "
                                "asking for secrets is a warning sign too. Telling an adult "
                                "means Sam isn't alone with it.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Who would you talk to if a chat in a game or app made you "
                        "feel uncomfortable?"
                    },
                ),
                ("help_services", {"heading": "Who can help"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Who is really there?</h2>"
                    "<p>People online can pretend. A photo can be fake. A name can be fake. "
                    "An age can be fake.</p>"
                    "<p>Some people are nice at first. Later they want to hurt you.</p>"
                    "<h2>Warning signs</h2>"
                    "<p>Be careful if someone online:</p>"
                    "<ul>"
                    "<li>wants to meet you</li>"
                    "<li>asks where you live</li>"
                    "<li>asks for photos of you</li>"
                    "<li>says: “Keep this a secret.”</li>"
                    "<li>says: “Do not tell your family.”</li>"
                    "<li>wants you to answer all the time</li>"
                    "</ul>"
                    "<h2>What you can do</h2>"
                    "<ol>"
                    "<li>Stop talking to them.</li>"
                    "<li>Tell an adult you trust.</li>"
                    "</ol>"
                    "<p>You are not in trouble. It is never your fault.</p>",
                ),
                ("help_services", {"heading": "Who can help"}),
            ],
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "sharing-images",
            "title": "Sharing images",
            "summary": "Think before you share, and know that help is there if a picture is "
            "misused.",
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>Think before you share</h2>"
                    "<p>A photo can be copied in a second. Once you send it, you can't "
                    "control where it goes. Even pictures that are meant to disappear can be "
                    "saved with a screenshot.</p>"
                    "<p>Before you post or send a picture, ask yourself:</p>"
                    "<ul>"
                    "<li>Would I be OK if my family or teacher saw this?</li>"
                    "<li>Does it show where I live or go to school?</li>"
                    "<li>Do I really know and trust the person getting it?</li>"
                    "<li>Do I want to send it, or do I feel pushed?</li>"
                    "</ul>"
                    "<h2>Nobody has the right to push you</h2>"
                    "<p>Not a stranger, not a friend, not a boyfriend or girlfriend. You can "
                    "say no, and you can say it again. Someone who really likes you will "
                    "accept that.</p>"
                    "<h2>It is never your fault</h2>"
                    "<p>If someone shares or misuses a picture of you, the blame is theirs, "
                    "not yours. You are not in trouble for asking for help.</p>"
                    "<h2>If someone sends you a nude picture of another person</h2>"
                    "<ul>"
                    "<li>Don't forward it or show it to anyone.</li>"
                    "<li>Don't take a screenshot.</li>"
                    "<li>Tell a trusted adult that it was sent to you.</li>"
                    "</ul>"
                    "<p>Passing it on hurts the person in the picture, even as a joke.</p>"
                    "<h2>Getting pictures taken down</h2>"
                    "<p>Free tools can help remove nude pictures taken of you before you "
                    "turned 18:</p>"
                    "<ul>"
                    "<li><b>Take It Down</b> works all over the world. It makes a digital "
                    "fingerprint of the picture on your own device, so the picture itself is "
                    "never sent. Sites that take part use the fingerprint to find and remove "
                    "copies.</li>"
                    "<li><b>Report Remove</b> is for under-18s in the UK. Childline runs it "
                    "together with the Internet Watch Foundation.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "It is never too late",
                        "text": "<p>Even if a picture was sent months ago, you can still ask "
                        "for help.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A picture in the group chat",
                        "story": "<p>Alex is in a class group chat. Someone posts a nude "
                        "picture of a classmate. A few people send laughing faces.</p>",
                        "question": "What could Alex do?",
                        "choices": [
                            {
                                "text": "Forward it to a best friend to ask what to do.",
                                "feedback": "<p>Asking a friend for advice is a good "
                                "instinct. But forwarding spreads the picture further. Alex "
                                "can tell the friend in words, and they can go to an adult "
                                "together.</p>",
                            },
                            {
                                "text": "Not share it, and tell a teacher or another "
                                "trusted adult.",
                                "feedback": "<p>That is a kind and brave choice. Alex is "
                                "not in trouble. The adult can help stop the picture spreading "
                                "and support the classmate.</p>",
                            },
                            {
                                "text": "Say nothing and hope it goes away.",
                                "feedback": "<p>Wanting to stay out of it is "
                                "understandable. But the classmate may need help, and adults "
                                "can only act if they know.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "What could you say to a friend who is being pushed to "
                        "send a picture?"
                    },
                ),
                ("help_services", {"heading": "Who can help"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Think before you share</h2>"
                    "<p>A photo can be copied fast. You cannot get it back.</p>"
                    "<p>Before you send a photo, ask:</p>"
                    "<ul>"
                    "<li>Do I want to send this?</li>"
                    "<li>Do I trust this person?</li>"
                    "<li>Is it OK if others see it?</li>"
                    "</ul>"
                    "<p>You can always say no.</p>"
                    "<h2>If someone shares a photo of you</h2>"
                    "<p>It is not your fault. Tell an adult you trust.</p>"
                    "<p>Some tools can take the photo down. One is called Take It Down. "
                    "One is called Report Remove.</p>"
                    "<h2>If you get a nude photo of someone</h2>"
                    "<ul>"
                    "<li>Do not send it on.</li>"
                    "<li>Do not show it to others.</li>"
                    "<li>Tell an adult you trust.</li>"
                    "</ul>",
                ),
                ("help_services", {"heading": "Who can help"}),
            ],
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "saying-no-and-getting-out",
            "title": "Saying no and getting out",
            "summary": "How to block, report and stay private, and what to do if someone "
            "threatens you.",
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>You are in control</h2>"
                    "<p>You never have to keep chatting with someone who makes you feel bad, "
                    "scared or uneasy. You can leave any chat at any time. You don't need a "
                    "reason.</p>"
                    "<h2>Three tools in almost every app</h2>"
                    "<ul>"
                    "<li><b>Block</b> stops a person from contacting you.</li>"
                    "<li><b>Report</b> tells the app that someone is breaking the rules. "
                    "Usually the person is not told who reported them.</li>"
                    "<li><b>Privacy settings</b> decide who can see your profile and who can "
                    "message you. Make your account private and turn off location "
                    "sharing.</li>"
                    "</ul>"
                    "<p>Find these settings now, while everything is fine. Then you will know "
                    "where they are if you ever need them.</p>"
                    "<h2>When someone threatens you</h2>"
                    "<p>Sometimes a person gets hold of a picture and then threatens to share "
                    "it unless you send more pictures or pay money. This is called sexual "
                    "extortion. It is a crime. The person doing it is the one in the wrong, "
                    "and it is never your fault.</p>"
                    "<p>If this happens:</p>"
                    "<ol>"
                    "<li><b>Don't pay</b> and don't send anything else. Paying usually "
                    "leads to more demands.</li>"
                    "<li><b>Stop replying.</b> You don't have to explain anything to them.</li>"
                    "<li><b>Keep the messages</b> and the account name, but not the "
                    "pictures.</li>"
                    "<li><b>Tell an adult</b> you trust as soon as you can. They can help "
                    "you report it and get pictures removed.</li>"
                    "<li><b>Change your passwords</b> if you think someone got into your "
                    "account.</li>"
                    "</ol>"
                    "<p>It can feel like the end of the world. It isn't. You can also call a "
                    "child helpline. With help, young people get through this.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Keep the messages, not the pictures",
                        "text": "<p>Screenshot the chat and the username before you block. "
                        "Never save, screenshot or forward a nude picture, not even as "
                        "proof.</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "A new follower",
                        "story": "<p>Mia chats with someone who says they are 15. They swap "
                        "pictures. Now the account writes: “Pay me or I send your picture "
                        "to all your followers.”</p>",
                        "question": "What could Mia do?",
                        "choices": [
                            {
                                "text": "Pay, so that it all goes away.",
                                "feedback": "<p>It is normal to want this to stop fast. "
                                "Sadly, paying rarely ends it. Mia can stop replying and tell "
                                "an adult instead. She has done nothing to deserve this.</p>",
                            },
                            {
                                "text": "Stop replying, save the chat but not the picture, "
                                "and tell a trusted adult.",
                                "feedback": "<p>That is a strong plan. The adult can help "
                                "report the account and get the picture removed. Mia is not "
                                "in trouble.</p>",
                            },
                            {
                                "text": "Delete her account and tell no one.",
                                "feedback": "<p>Wanting to hide is a normal reaction. But "
                                "Mia would be dealing with it alone. Talking to an adult or a "
                                "helpline first is safer.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "In the app you use most, could you find block, report and "
                        "privacy settings in under a minute?"
                    },
                ),
                ("help_services", {"heading": "Who can help"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>You can say no</h2>"
                    "<p>You can stop any chat. You do not need a reason.</p>"
                    "<h2>Use the buttons in your app</h2>"
                    "<ul>"
                    "<li>Block: the person cannot reach you.</li>"
                    "<li>Report: you tell the app about the person.</li>"
                    "<li>Privacy: you choose who sees your things.</li>"
                    "</ul>"
                    "<h2>If someone threatens you</h2>"
                    "<p>Someone may say: “Send more photos or I share your photo.”</p>"
                    "<p>Or: “Pay me or I share your photo.”</p>"
                    "<p>This is a crime. It is not your fault.</p>"
                    "<ol>"
                    "<li>Do not pay.</li>"
                    "<li>Stop writing back.</li>"
                    "<li>Save the messages.</li>"
                    "<li>Do not save the photos.</li>"
                    "<li>Tell an adult you trust.</li>"
                    "</ol>",
                ),
                ("help_services", {"heading": "Who can help"}),
            ],
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "where-to-get-help",
            "title": "Where to get help",
            "summary": "Who you can talk to, and how to start when something online worries you.",
            "minutes": 15,
            "body": [
                (
                    "text",
                    "<h2>When in doubt, talk it out</h2>"
                    "<p>You don't have to be sure something is wrong before you ask for help. "
                    "If a chat, a picture or a person online makes you feel confused, worried "
                    "or uncomfortable, that is reason enough to talk to someone.</p>"
                    "<h2>Your trusted adults</h2>"
                    "<p>A trusted adult is someone who listens to you and wants you to be "
                    "safe. It could be:</p>"
                    "<ul>"
                    "<li>a parent, carer or other family member</li>"
                    "<li>a teacher or school counsellor</li>"
                    "<li>a youth worker, sports coach or the coach of your peer mentors</li>"
                    "<li>a doctor or school nurse</li>"
                    "</ul>"
                    "<p>Try to name at least two. If the first person doesn't help, tell the "
                    "next one. Keep telling until someone listens.</p>"
                    "<p>A trusted adult may need to tell someone else to keep you safe. That "
                    "is them helping you, not getting you into trouble.</p>"
                    "<h2>Child helplines</h2>"
                    "<p>In many European countries you can call <b>116 111</b>, the child "
                    "helpline number. Helplines are:</p>"
                    "<ul>"
                    "<li>free to contact</li>"
                    "<li>there to listen, not to judge</li>"
                    "<li>fine to contact without giving your name</li>"
                    "</ul>"
                    "<p>Some helplines also offer online chat, which can feel easier than "
                    "talking. Check when your helpline is open. Some are open day and "
                    "night.</p>"
                    "<h2>How to start</h2>"
                    "<p>Starting is often the hardest part, and it is OK to feel nervous. "
                    "You could say:</p>"
                    "<ul>"
                    "<li>“Something happened online and I don't know what to do.”</li>"
                    "<li>“Can I talk to you about something that's worrying me?”</li>"
                    "</ul>"
                    "<p>You can also write it down and show it to them. Whatever happened, you "
                    "deserve help. It is never your fault.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "talk",
                        "title": "Practise it",
                        "text": "<p>In pairs, take turns to say one of the opening lines "
                        "above out loud. How did it feel? What would make it easier?</p>",
                    },
                ),
                (
                    "scenario",
                    {
                        "title": "Worried about a friend",
                        "story": "<p>Your friend Noor has been very quiet. She tells you "
                        "that someone online has a picture of her and is threatening her. "
                        "Then she says: “Promise you won't tell anyone.”</p>",
                        "question": "What could you do?",
                        "choices": [
                            {
                                "text": "Keep the promise and say nothing.",
                                "feedback": "<p>Being loyal is a good thing. But this is "
                                "too big for two friends to carry alone. A good friend helps "
                                "Noor get help.</p>",
                            },
                            {
                                "text": "Tell Noor you care, and offer to go with her to a "
                                "trusted adult or call a helpline together.",
                                "feedback": "<p>That is a caring choice. If Noor still "
                                "says no, you can tell an adult yourself, because her safety "
                                "matters most.</p>",
                            },
                            {
                                "text": "Message the person and tell them to stop.",
                                "feedback": "<p>Wanting to stand up for a friend is brave. "
                                "But it could make things worse and put you at risk too. "
                                "Leave that part to adults.</p>",
                            },
                        ],
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": "Write down two trusted adults you could go to. What would "
                        "you say to start?"
                    },
                ),
                ("help_services", {"heading": "Who can help"}),
            ],
            "easy_read": [
                (
                    "text",
                    "<h2>Talk to someone</h2>"
                    "<p>Does something online feel wrong? Tell someone. You do not need "
                    "to be sure.</p>"
                    "<h2>Adults you can trust</h2>"
                    "<ul>"
                    "<li>your parent or carer</li>"
                    "<li>a teacher</li>"
                    "<li>a school nurse</li>"
                    "<li>a youth worker</li>"
                    "</ul>"
                    "<p>One adult does not help? Tell another adult. Keep telling.</p>"
                    "<h2>Call a helpline</h2>"
                    "<p>In many countries in Europe, call <b>116 111</b>.</p>"
                    "<ul>"
                    "<li>It is free.</li>"
                    "<li>You do not have to say your name.</li>"
                    "<li>They will listen to you.</li>"
                    "<li>They will not judge you.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Remember",
                        "text": "<p>It is never your fault. Help is always there.</p>",
                    },
                ),
                ("help_services", {"heading": "Who can help"}),
            ],
        },
    ],
}
