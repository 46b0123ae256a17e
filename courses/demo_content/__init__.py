"""Demo courses loaded by `manage.py seed_demo` (see courses/demo.py).

Each module here defines COURSE, a dict in this shape (all text is the project's own,
written from facts about the field (docs/content.md)):

    COURSE = {
        "slug": "keeping-your-child-safe-online",   # URL slug under /<lang>/courses/
        "title": "...",
        "audience": "parent" | "teacher" | "peer_mentor" | "young_learner",
        "summary": "...",                          # two or three sentences, plain text
        "outcomes": ["...", ...],                  # 3-5 learning outcomes, plain text
        "estimated_minutes": 60,
        "gives_certificate": True,
        "age_band": "" | "8-11" | "12-14" | "15-17",  # young learners only
        "modules": [
            {
                "slug": "...",
                "title": "...",
                "summary": "...",                  # one sentence, plain text
                "minutes": 15,
                "body": [BLOCK, ...],
                "easy_read": [BLOCK, ...],         # may be empty
            },
        ],
    }

A BLOCK is a (type, value) pair:

    ("text", "<h2>..</h2><p>..</p><ul><li>..</li></ul>")
        rich text: p, h2, h3, ul, ol, li, b, i, and <a href="https://...">
    ("callout", {"kind": "tip" | "warning" | "talk", "title": "...", "text": "<p>..</p>"})
    ("scenario", {"title": "...", "story": "<p>..</p>", "question": "...",
                  "choices": [{"text": "...", "feedback": "<p>..</p>"}, ...]})
    ("reflection", {"prompt": "..."})
    ("quote", {"quote": "...", "source": "..."})
    ("help_services", {"heading": "..."})

A translation (for example parents_nl.py) has the same shape, modules in the same
order, and TRANSLATION_OF = "parents" naming the module it translates.
"""
