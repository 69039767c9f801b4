# DELGOSEA portal. `make help` lists the verbs. Every verb sets up what it needs:
# a virtualenv in .venv with the pinned packages, and (when DATABASE_URL is unset)
# an embedded PostgreSQL in .pgdata that starts and stops with each command.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.DEFAULT_GOAL := help
.PHONY: help run serve test seed demo demo-clear lint fmt check messages db-stop lock bench bench-load bench-queries bench-fault backup restore

help: ## list the verbs
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed (set PYTHON=...)") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

run: $(BIN)/.installed ## serve the seeded portal at http://127.0.0.1:8000/
	$(MANAGE) migrate --noinput
	$(MANAGE) seed
	$(MANAGE) runserver $(HOST)

serve: $(BIN)/.installed ## serve in production: gunicorn, static files collected (settings from the environment)
	$(MANAGE) migrate --noinput
	$(MANAGE) seed
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(BIN)/gunicorn delgosea.wsgi -c python:delgosea.gunicorn_conf

test: $(BIN)/.installed ## run the whole test suite (unit, database and browser tests)
	@./bin/ensure-browser
	$(BIN)/pytest

seed: $(BIN)/.installed ## load the programme's facts into the configured database (idempotent)
	$(MANAGE) migrate --noinput
	$(MANAGE) seed

backup: $(BIN)/.installed ## one archive with the database dump and the uploads, in var/backups/
	$(MANAGE) backup

restore: $(BIN)/.installed ## load FILE=var/backups/....tar.gz into an empty database and MEDIA_ROOT
	@test -n "$(FILE)" || { echo "usage: make restore FILE=var/backups/delgosea-....tar.gz"; exit 2; }
	$(MANAGE) restore "$(FILE)"

demo: seed ## add the dashboard's sample layer (every row marked as sample) to the seeded facts
	$(MANAGE) demo

demo-clear: $(BIN)/.installed ## remove the sample layer, and only it
	$(MANAGE) demo --clear

lint: $(BIN)/.installed ## ruff: lint and formatting check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: $(BIN)/.installed ## ruff: fix what it can and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: $(BIN)/.installed ## Django system checks and makemigrations --check
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

messages: $(BIN)/.installed ## update the Thai catalogue from the code and compile it (needs gettext's xgettext)
	$(MANAGE) makemessages --locale th --no-obsolete --add-location file --ignore '.venv/*' --ignore 'var/*' --ignore 'docs/*'
	$(BIN)/python -m delgosea.catalogue compile

db-stop: ## stop a stray embedded PostgreSQL
	@if [ -x $(BIN)/python ]; then $(BIN)/python -m delgosea.dbserver stop; else $(PYTHON) -m delgosea.dbserver stop; fi

lock: $(BIN)/.installed ## re-pin requirements.lock from what .venv has
	(sed -n "1,2p" requirements.lock; $(BIN)/pip freeze --exclude-editable | sort -f) > requirements.lock.new && mv requirements.lock.new requirements.lock

bench: $(BIN)/.installed ## page weight and Lighthouse scores of the public pages (needs npm for Lighthouse)
	cd bench && npm ci --no-audit --no-fund --silent
	$(BIN)/python bench/pages.py

bench-load: $(BIN)/.installed ## requests/s and p99 of the public pages and the signed-in dashboard against a bare Django view (needs wrk)
	@command -v wrk >/dev/null || { echo "bench-load needs wrk: apt-get install wrk"; exit 2; }
	$(BIN)/python bench/load.py

bench-queries: $(BIN)/.installed ## SQL queries per public page with 16, 160 and 1,600 practices (sample data, removed after)
	$(BIN)/python bench/queries.py

bench-fault: $(BIN)/.installed ## PostgreSQL stopped and started under load: 503s with Retry-After, recovery time, log lines
	$(BIN)/python bench/fault.py
