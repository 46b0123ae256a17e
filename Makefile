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

# The worker and beat log warnings to var/log/ (mails the worker sends, printed by the
# console backend, are there too); the terminal ends with the address and the demo
# accounts. Ctrl-C stops all three within seconds: the worker is told to stop cold
# (SIGQUIT, then SIGKILL after 3 s), which loses nothing, because what a task was doing
# is owed in the database (the outbox) and taken over at the next start.
run: $(VENV)/.installed-base messages
	@mkdir -p var/celery var/cache var/log
	@echo "Preparing the database and the demo (the first time takes a minute)..."
	@$(MANAGE) migrate --noinput --verbosity 0
	@$(MANAGE) seed_demo > var/log/demo-accounts.txt
	@export SITE_URL=$(SITE_URL); \
	$(BIN)/celery -A config worker --queues celery,urgent --loglevel=WARNING --concurrency=2 \
		--logfile=var/log/worker.log >> var/log/worker.log 2>&1 & worker=$$!; \
	$(BIN)/celery -A config beat --loglevel=WARNING --pidfile= \
		--logfile=var/log/beat.log >> var/log/beat.log 2>&1 & beat=$$!; \
	trap 'trap - INT TERM EXIT; kill -QUIT $$worker $$beat 2>/dev/null; \
		for i in 1 2 3 4 5 6; do kill -0 $$worker 2>/dev/null || break; sleep 0.5; done; \
		kill -KILL $$worker $$beat 2>/dev/null; kill 0' INT TERM EXIT; \
	$(MANAGE) runserver $(HOST):$(PORT) & \
	$(BIN)/python -m config.wait_for http://$(HOST):$(PORT)/healthz/live && { \
		echo; cat var/log/demo-accounts.txt; echo; \
		echo "Serving $(SITE_URL)/ with a Celery worker and beat (their logs: var/log/)."; \
		echo "Ctrl-C stops all three."; }; \
	wait

# On every core (at most 4: each worker takes a Redis database of its own), a test file
# to a worker, the slowest files first, in the order tests/conftest.py sorts them (xdist
# would otherwise hand out the files with the most tests first and leave the long browser
# journeys for the end); docs/testing.md. PYTEST_WORKERS=0 runs the suite in one process.
# The project's bytecode is compiled once, before the workers start, and kept (in the
# __pycache__ folders git ignores) even where PYTHONDONTWRITEBYTECODE is set: each worker,
# and each Celery worker and command a test starts, would otherwise compile the project,
# and each worker rewrite every test module's asserts, again (4 s of each worker's 8 s
# collection).
PYTEST_WORKERS ?= auto
test: $(VENV)/.installed-test messages
	@$(BIN)/python -m compileall -q -j 0 platform courses quizzes bench tests
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -n $(PYTEST_WORKERS) --maxprocesses 4 \
		--dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

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
	PYTHONPATH=.:platform $(BIN)/lint-imports
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
