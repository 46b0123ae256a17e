"""Arabic dates: Django's own (which gives no date with a time), with the time zone
beside every time."""

DATETIME_FORMAT = "j F، Y، H:i T"
