"""Production settings, plus the bare reference view of bench/urls.py: nothing else changes."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
