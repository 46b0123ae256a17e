# One image for the web, worker and beat processes (docker-compose.yml).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production

# Fonts and text shaping for certificates in every course language, Arabic included.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core fonts-dejavu-core curl \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 app
WORKDIR /app

COPY requirements/base.txt requirements/base.txt
RUN pip install -r requirements/base.txt

COPY . .
RUN pip install --no-deps -e . \
    && pybabel compile -d locale -D django \
    && DJANGO_SECRET_KEY=collectstatic DATABASE_URL=sqlite:////tmp/build.sqlite3 \
       REDIS_URL=redis://localhost:6379/0 DJANGO_ALLOWED_HOSTS=localhost SITE_URL=http://localhost \
       python manage.py collectstatic --noinput \
    && mkdir -p /app/media /app/private \
    && chown -R app:app /app

USER app
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--config", "gunicorn.conf.py"]
