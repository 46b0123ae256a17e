"""French dates: Django's own, with the time zone beside every time."""

DATETIME_FORMAT = "j F Y, H:i T"
