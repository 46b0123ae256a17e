"""Spanish dates: Django's own, with the time zone beside every time."""

DATETIME_FORMAT = r"j \d\e F \d\e Y, H:i T"
