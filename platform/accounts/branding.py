"""An organisation's own look: its logo and its colour, checked so that pages, mails and
certificates stay readable and safe whatever an admin uploads."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LOGO_MAX_BYTES = 512 * 1024
LOGO_MAX_SIDE = 2000
LOGO_FORMATS = {"PNG", "JPEG"}
# White text on the colour must reach WCAG AA for normal text.
MIN_CONTRAST = 4.5
HEX = re.compile(r"#[0-9a-fA-F]{6}")


def _luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG 2.2)."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(hex_colour: str) -> float:
    return 1.05 / (_luminance(hex_colour) + 0.05)


def validate_brand_colour(value: str) -> None:
    if not HEX.fullmatch(value):
        raise ValidationError(_("Write the colour as # and six hexadecimal digits, like #14507a."))
    contrast = contrast_with_white(value)
    if contrast < MIN_CONTRAST:
        raise ValidationError(
            _(
                "White text on this colour is hard to read (contrast %(found).1f to 1; it "
                "needs at least %(needed).1f to 1). Choose a darker colour."
            )
            % {"found": contrast, "needed": MIN_CONTRAST}
        )


def validate_logo(file) -> None:
    """A PNG or JPEG image of reasonable size: what the pages, mails and PDF certificates
    can show. (SVG is refused: it can carry scripts.)"""
    from PIL import Image, UnidentifiedImageError

    if file.size > LOGO_MAX_BYTES:
        raise ValidationError(_("The logo is too large: at most 512 KB."))
    try:
        file.seek(0)
        with Image.open(file) as image:
            image.verify()
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, ValueError):
        raise ValidationError(_("This file is not a PNG or JPEG image.")) from None
    finally:
        file.seek(0)
    if kind not in LOGO_FORMATS:
        raise ValidationError(_("This file is not a PNG or JPEG image."))
    if max(width, height) > LOGO_MAX_SIDE:
        raise ValidationError(_("The logo is too large: at most 2,000 pixels on each side."))
