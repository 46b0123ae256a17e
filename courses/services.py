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
