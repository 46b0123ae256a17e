"""Writes for courses."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from accounts.models import User

from .models import ModulePage, Reflection


def reflection_save(*, user: User, module: ModulePage, block_id: str, text: str) -> Reflection:
    """Keep the learner's private answer to one reflection prompt (one row per prompt)."""
    prompt_ids = {
        block.id
        for body in (module.body, module.easy_read_body)
        for block in body
        if block.block_type == "reflection"
    }
    if block_id not in prompt_ids:
        raise ValidationError(_("This reflection prompt is not on the page."))
    reflection, _created = Reflection.objects.update_or_create(
        user=user, module=module, block_id=block_id, defaults={"text": text}
    )
    return reflection


EDITOR_GROUP = "Editors"
EDITOR_MODELS = (
    ("courses", "glossaryterm"),
    ("safeguarding", "helpservice"),
    ("quizzes", "quiz"),
)


def editors_grant_content_permissions() -> None:
    """Let Wagtail's Editors group manage glossary, help directory, quizzes and translations.

    Wagtail gives Editors the page tree, images and documents; our snippets need model
    permissions of their own. Idempotent; does nothing before the group exists.
    """
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.filter(name=EDITOR_GROUP).first()
    if group is None:
        return
    permissions = Permission.objects.filter(
        content_type__app_label__in={app for app, _model in EDITOR_MODELS},
        content_type__model__in={model for _app, model in EDITOR_MODELS},
    ) | Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    group.permissions.add(*permissions)
