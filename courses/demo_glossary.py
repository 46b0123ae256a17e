"""Glossary terms seeded by seed_demo, after the Luxembourg Guidelines (2016; 2nd ed. 2025).

Explanations are the project's own words.
"""

GLOSSARY = [
    # Terms to avoid, with what to say instead.
    {
        "term": "child pornography",
        "usage": "avoid",
        "preferred": "child sexual abuse material (CSAM) or child sexual exploitation material",
        "explanation": (
            "Pornography suggests consenting adults. Images of children being sexually abused "
            "are records of a crime against a child. Use the old term only when quoting a law."
        ),
        "variants": "child porn\nkiddie porn",
    },
    {
        "term": "child prostitute",
        "usage": "avoid",
        "preferred": "child subjected to sexual exploitation",
        "explanation": (
            "A child cannot choose to be exploited. The words must never suggest a choice or "
            "put any blame on the child."
        ),
        "variants": "child sex worker\nchild prostitutes",
    },
    {
        "term": "child prostitution",
        "usage": "avoid",
        "preferred": "sexual exploitation of children in prostitution",
        "explanation": (
            "Name the exploitation, not an activity the child is said to take part in. The old "
            "term belongs only in quotations of laws."
        ),
        "variants": "",
    },
    {
        "term": "child sex tourism",
        "usage": "avoid",
        "preferred": "sexual exploitation of children in the context of travel and tourism",
        "explanation": (
            "Calling it tourism makes a crime sound like leisure. Describe it as the "
            "exploitation it is."
        ),
        "variants": "",
    },
    {
        "term": "sextortion",
        "usage": "avoid",
        "preferred": "sexual extortion; online sexual coercion and extortion of children",
        "explanation": (
            "The short word hides how serious it is: someone threatens a child to get sexual "
            "images, money or more. Say what it is."
        ),
        "variants": "sex-tortion",
    },
    {
        "term": "minor",
        "usage": "avoid",
        "preferred": "child",
        "explanation": (
            "Everyone under 18 is a child. 'Minor' can sound as if the harm were smaller."
        ),
        "variants": "",
    },
    {
        "term": "paedophile",
        "usage": "avoid",
        "preferred": "offender, perpetrator",
        "explanation": (
            "Paedophilia is a clinical diagnosis. Many people who abuse children do not have "
            "it, and most people with it never offend. Call people who abuse children "
            "offenders."
        ),
        "variants": "pedophile",
    },
    {
        "term": "self-generated material",
        "usage": "avoid",
        "preferred": (
            "“self-generated” material (in quotation marks), or image-based sexual abuse "
            "of children"
        ),
        "explanation": (
            "Without qualification it suggests the child is responsible, when images are often "
            "made under pressure, grooming or threat."
        ),
        "variants": "self generated material",
    },
    {
        "term": "juvenile sex offender",
        "usage": "avoid",
        "preferred": "child who has displayed harmful sexual behaviour",
        "explanation": (
            "A label fixes a child's identity. Describe the behaviour, so that the child can "
            "be helped to change it."
        ),
        "variants": "",
    },
    # Terms to use freely.
    {
        "term": "child sexual abuse",
        "usage": "use",
        "preferred": "",
        "explanation": "Any sexual activity with a child, online or offline. Always harmful.",
        "variants": "",
    },
    {
        "term": "child sexual abuse material",
        "usage": "use",
        "preferred": "",
        "explanation": (
            "Images or videos that show the sexual abuse of a child. Short form: CSAM."
        ),
        "variants": "CSAM",
    },
    {
        "term": "grooming",
        "usage": "use",
        "preferred": "",
        "explanation": (
            "Building a child's trust, often online, in order to abuse or exploit them. In law: "
            "solicitation of children for sexual purposes."
        ),
        "variants": "",
    },
    {
        "term": "sexual extortion",
        "usage": "use",
        "preferred": "",
        "explanation": (
            "Threatening to share sexual images of a child unless they send more images, money "
            "or something else."
        ),
        "variants": "",
    },
    {
        "term": "live online child sexual abuse",
        "usage": "use",
        "preferred": "",
        "explanation": "Sexual abuse of a child that is streamed live to viewers online.",
        "variants": "",
    },
    {
        "term": "disclosure",
        "usage": "use",
        "preferred": "",
        "explanation": (
            "When a child tells someone about abuse, in words or in other ways. Listen, believe, "
            "never promise secrecy, and pass it on to the person responsible."
        ),
        "variants": "",
    },
    # Terms to use with care.
    {
        "term": "age of sexual consent",
        "usage": "care",
        "preferred": "",
        "explanation": (
            "The legal age differs between countries. It never makes the sexual exploitation "
            "of any child under 18 acceptable."
        ),
        "variants": "",
    },
    {
        "term": "commercial sexual exploitation",
        "usage": "care",
        "preferred": "sexual exploitation of children",
        "explanation": (
            "Use it only where profit or payment is the point; otherwise it narrows the harm."
        ),
        "variants": "",
    },
    {
        "term": "victim",
        "usage": "care",
        "preferred": "the person's own choice: victim or survivor",
        "explanation": (
            "Some people prefer victim, others survivor. Follow the preference of the person "
            "you are talking about."
        ),
        "variants": "survivor",
    },
]
