"""The one way young people join with a code, shared by classes and peer groups.

The caller says how to find what the code opens and how to put an account in it;
this module does the rest: rate limits, the new account without e-mail, signing in,
the welcome message and turning refusals into form errors.
"""

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils.translation import gettext as _

from .groups import group_rotate_code, group_set_joining
from .join_codes import normalise_code
from .ratelimit import blocked, hit

# Guessing codes: per client (failures only: a whole class joins from one school
# address) and per code (every try), in a ten-minute window.
JOIN_LIMIT_PER_CLIENT = 20
JOIN_LIMIT_PER_CODE = 120
JOIN_WINDOW = 600


def join_with_code(
    request,
    form,
    *,
    scope: str,
    find: Callable,
    join_existing: Callable,
    join_new: Callable,
):
    """What the code opens, once the user is in it; a 429 response; or None (form errors).

    find(code) -> target; join_existing(target, user, nickname); join_new(target,
    nickname, password) -> new user. Each raises ValidationError to refuse.
    """
    code = normalise_code(form.cleaned_data["code"])
    client_key = f"join:ip:{request.META.get('REMOTE_ADDR', 'unknown')}"
    if blocked(client_key, limit=JOIN_LIMIT_PER_CLIENT) or not hit(
        f"join:{scope}:{code}", limit=JOIN_LIMIT_PER_CODE, window=JOIN_WINDOW
    ):
        return render(request, "429.html", status=429)
    try:
        target = find(code)
        nickname = form.cleaned_data["nickname"]
        if request.user.is_authenticated:
            join_existing(target, request.user, nickname)
        else:
            user = join_new(target, nickname, form.cleaned_data["password1"])
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(
                request,
                _(
                    "Welcome! Your username is %(username)s. Write it down with your password: "
                    "you need both to sign in next time."
                )
                % {"username": user.username},
            )
        return target
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            hit(client_key, limit=JOIN_LIMIT_PER_CLIENT, window=JOIN_WINDOW)
            form.add_error("code", error.messages)
        return None


def join_code_action(request, group, action: str) -> bool:
    """The join-code buttons every code-joined group has: a new code, close, open.

    False when the action is not one of them (the caller handles its own).
    """
    if action == "rotate":
        group_rotate_code(group=group)
        messages.success(request, group.words.new_code)
    elif action == "close":
        group_set_joining(group=group, open_=False)
        messages.success(request, _("Joining is closed."))
    elif action == "open":
        group_set_joining(group=group, open_=True)
        messages.success(request, _("Joining is open."))
    else:
        return False
    return True
