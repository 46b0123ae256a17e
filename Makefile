# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The public address in links built outside a request (mails, certificates, QR codes).
SITE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help
.PHONY: help run test bench faults lint format lock clean messages makemessages

help:
	@echo "make run     install, migrate, seed the demo and serve http://$(HOST):$(PORT) with a Celery worker and beat"
	@echo "make test    install the test tools and run the whole test suite"
	@echo "make bench   seed a large network in PostgreSQL, serve it with gunicorn, measure (not a test)"
	@echo "make faults  stop Redis, kill workers and a web process on a local stack, count what survives"
	@echo "make lint    ruff and the migrations check"
	@echo "make lock    re-pin requirements/*.txt from pyproject.toml"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the pins or the project's packages change.
$(VENV)/.installed-base: requirements/base.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements/base.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@rm -f $(VENV)/.installed-test
	@touch $@

$(VENV)/.installed-test: requirements/test.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements/test.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(VENV)/.installed-base $@

# Compiled catalogues are built here, never committed.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po $(VENV)/.installed-base
	$(BIN)/pybabel compile --statistics -i $< -o $@

messages: $(MO_FILES)

run: $(VENV)/.installed-base messages
	@mkdir -p var/celery var/cache
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	@echo "Serving http://$(HOST):$(PORT)/ with a Celery worker and beat. Ctrl-C stops all three."
	@export SITE_URL=$(SITE_URL); \
	trap 'trap - INT TERM EXIT; kill 0' INT TERM EXIT; \
	$(BIN)/celery -A config worker --queues celery,urgent --loglevel=INFO --concurrency=2 & \
	$(BIN)/celery -A config beat --loglevel=INFO --pidfile= & \
	$(MANAGE) runserver $(HOST):$(PORT)

test: $(VENV)/.installed-test messages
	$(BIN)/pytest $(PYTEST_ARGS)

# Benchmarks, not tests: a fresh PostgreSQL database, seeded, served by gunicorn with the
# production settings, measured (wrk, Debian's package), a table printed and written to
# var/bench-results.md. Uses Redis database 12 and empties it first (BENCH_REDIS_URL).
BENCH_DB ?= platform_bench
bench: $(VENV)/.installed-base messages
	psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $(BENCH_DB) WITH (FORCE)"
	psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE $(BENCH_DB)"
	BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_DB) $(BIN)/python -m bench.run

# Faults, not tests: a stack of its own (database platform_faults, a Redis server on a
# free port, gunicorn, a worker, beat), broken on purpose; a table printed and written to
# var/faults-results.md.
FAULTS_DB ?= platform_faults
faults: $(VENV)/.installed-base messages
	psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $(FAULTS_DB) WITH (FORCE)"
	psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE $(FAULTS_DB)"
	FAULTS_DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(FAULTS_DB) $(BIN)/python -m bench.faults

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Needs GNU gettext (xgettext); translators then fill in locale/<lang>/LC_MESSAGES/django.po.
makemessages: $(VENV)/.installed-base
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=var --ignore=tests \
		--ignore=staticfiles --ignore=test-artifacts --ignore="*/demo_content/*"

lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --quiet -o requirements/base.txt
	$(BIN)/uv pip compile pyproject.toml --extra test --python-version 3.11 --quiet -o requirements/test.txt

clean:
	rm -rf $(VENV) var staticfiles
