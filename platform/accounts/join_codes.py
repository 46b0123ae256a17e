"""Join codes and code-made accounts, shared by classes and mentor groups.

Young people get an account by typing a code a teacher or peer mentor shows them:
a nickname and a password, never an e-mail address or a real name.
"""

import secrets

from django.utils.text import slugify

from .models import User

# No 0/O, 1/I/L: a code read off a projector or a phone must not be mistyped.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_code(code: str) -> str:
    """What the person typed, upper-cased, without spaces or dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def free_username(nickname: str) -> str:
    """An unused username made from the nickname and four digits."""
    base = slugify(nickname)[:20] or "learner"
    while True:
        candidate = f"{base}-{secrets.randbelow(9000) + 1000}"
        if not User.objects.filter(username=candidate).exists():
            return candidate
