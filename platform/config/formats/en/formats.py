"""English dates as the platform writes them everywhere: day, month name, year (no US
order, for an international audience), and a time always with its time zone."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i T"
