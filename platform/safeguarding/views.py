from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.belonging import organisations_of
from accounts.ratelimit import blocked, hit

from . import services
from .contexts import contexts_for
from .emergency import emergency_number
from .forms import ConcernForm, ConcernNoteForm, ConcernStatusForm
from .models import Concern
from .selectors import (
    COUNTRY_COOKIE,
    concern_for,
    concerns_for,
    country_for_request,
    country_is_known,
    help_countries,
    help_directory_for_country,
    help_services_by_country,
    user_sees_concerns,
)

ALL_COUNTRIES = "all"


@require_GET
def help_page(request):
    """Helplines and hotlines for the visitor's country (?country=NL), or for every country."""
    requested = request.GET.get("country", "").strip()
    unknown_country = ""
    if requested and requested != ALL_COUNTRIES and not country_is_known(requested):
        unknown_country = requested[:20]
    country = requested if country_is_known(requested) else ""
    if not requested:
        country = country_for_request(request)

    # The network's services, and those of the visitor's own organisations.
    own = organisations_of(user=request.user)
    directory = help_directory_for_country(country=country, organisations=own) if country else None
    show_all = directory is None or not directory.services
    context = {
        "directory": directory,
        "requested_country": country.upper(),
        "unknown_country": unknown_country,
        "no_services_for": country.upper() if country and show_all else "",
        "countries": help_countries(organisations=own),
        "all_services": help_services_by_country(organisations=own) if show_all else None,
        "emergency": emergency_number(country),
    }
    response = render(request, "safeguarding/help_page.html", context)
    if country_is_known(requested):
        # Remembered for the help boxes on every page (a preference cookie, no row written).
        response.set_cookie(
            COUNTRY_COOKIE,
            requested.upper(),
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=request.is_secure(),
            httponly=True,
        )
    return response


# Concerns ---------------------------------------------------------------------------

# Enough for a real worry, far from enough to flood a lead's inbox.
CONCERN_LIMIT = 10
CONCERN_WINDOW = 60 * 60


def concern_new(request):
    """ "I'm worried about someone": guidance, the form, and help services for everyone."""
    contexts = contexts_for(user=request.user)
    form = ConcernForm(request.POST or None, contexts=contexts) if contexts else None
    status = 200
    if request.method == "POST":
        if form is None:
            raise Http404
        limit_key = f"concern:{request.user.pk}"
        if blocked(limit_key, limit=CONCERN_LIMIT):
            # Keep what they wrote on screen, and point to the help services.
            form.add_error(
                None,
                _(
                    "You have sent many concerns in the last hour, so this one was not sent. "
                    "If someone is in danger, call the emergency number or a service below."
                ),
            )
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            try:
                concern = services.concern_raise(
                    reporter=request.user,
                    context=data["context"],
                    description=data["description"],
                    urgency=data["urgency"],
                    about_user_id=data.get("about_user"),
                    about=data["about"],
                    submission=data["submission"],
                )
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                hit(limit_key, limit=CONCERN_LIMIT, window=CONCERN_WINDOW)
                request.session["concern_sent"] = {
                    "organisation": concern.organisation.name,
                    "coach": concern.coach_id is not None,
                    "danger_now": concern.urgency == Concern.Urgency.DANGER_NOW,
                }
                return redirect("safeguarding_concern_sent")
    return render(
        request,
        "safeguarding/concern_form.html",
        {
            "form": form,
            "directory": _directory(request),
            "emergency": emergency_number(country_for_request(request)),
        },
        status=status,
    )


def _directory(request):
    country = country_for_request(request)
    if not country:
        return None
    return help_directory_for_country(
        country=country, organisations=organisations_of(user=request.user)
    )


def concern_sent(request):
    """What happens next, and where to get help meanwhile."""
    sent = request.session.get("concern_sent")
    if sent is None:
        return redirect("safeguarding_concern_new")
    return render(
        request,
        "safeguarding/concern_sent.html",
        {
            "sent": sent,
            "directory": _directory(request),
            "emergency": emergency_number(country_for_request(request)),
        },
    )


# A lead who follows the link in a concern mail while signed out is asked to sign in and
# then sees the concern (for everyone signed out, whatever the id: nothing is revealed).
@require_GET
@login_required
def concern_list(request):
    if not user_sees_concerns(user=request.user):
        raise Http404
    return render(
        request, "safeguarding/concern_list.html", {"concerns": concerns_for(user=request.user)}
    )


@require_GET
@login_required
def concern_detail(request, concern_id: int):
    concern = concern_for(user=request.user, concern_id=concern_id)
    services.concern_viewed(concern=concern, viewer=request.user)
    return render(
        request,
        "safeguarding/concern_detail.html",
        {
            "concern": concern,
            "notes": concern.notes.all(),
            "note_form": ConcernNoteForm(),
            "status_form": ConcernStatusForm(),
        },
    )


@require_GET
@login_required
def concern_audit(request, concern_id: int):
    concern = concern_for(user=request.user, concern_id=concern_id)
    services.concern_viewed(concern=concern, viewer=request.user, audit_trail=True)
    return render(
        request,
        "safeguarding/concern_audit.html",
        {"concern": concern, "entries": concern.audit_entries.all()},
    )


@require_POST
def concern_note(request, concern_id: int):
    concern = concern_for(user=request.user, concern_id=concern_id)
    form = ConcernNoteForm(request.POST)
    if form.is_valid():
        try:
            services.concern_note_add(
                concern=concern, author=request.user, text=form.cleaned_data["text"]
            )
            messages.success(request, _("Note added."))
        except ValidationError as error:
            messages.error(request, error.messages[0])
    else:
        messages.error(request, form.errors["text"][0])
    return redirect("safeguarding_concern", concern_id=concern.pk)


@require_POST
def concern_status(request, concern_id: int):
    concern = concern_for(user=request.user, concern_id=concern_id)
    form = ConcernStatusForm(request.POST)
    if form.is_valid():
        services.concern_status_change(
            concern=concern, actor=request.user, status=form.cleaned_data["status"]
        )
        messages.success(request, _("Status changed."))
    else:
        messages.error(request, _("Choose in progress, referred or closed."))
    return redirect("safeguarding_concern", concern_id=concern.pk)
