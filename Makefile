# ipcases: `make run` serves the demo, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
DEMO_SYNTHETIC ?= 2000

.PHONY: run test install migrate demo lint format bench clean postgres-rum postgres-replication \
	audit browser-deps chromium test-browser wrk

$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

install: $(BIN)/.installed

migrate: install
	$(BIN)/python manage.py migrate --noinput

# The demo runs in debug mode: plain HTTP and the public demo key. Everything else runs with
# DEBUG off (the default), which needs a SECRET_KEY of its own.
run demo: export DEBUG ?= 1

demo: migrate
	$(BIN)/python manage.py seed_demo --synthetic $(DEMO_SYNTHETIC) --if-empty
	$(BIN)/python manage.py extract_citations

run: demo
	$(BIN)/python manage.py runserver $(HOST)

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# The browser tests: Debian's Chromium (no browser download: Playwright drives the system's)
# and axe-core from the npm lockfile in tests/browser/. Installing Chromium needs root; elsewhere
# this says what to do. Run once, on SQLite, by .ci/run.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
AXE := tests/browser/node_modules/axe-core/axe.min.js

chromium:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif ! command -v apt-get >/dev/null || [ "$$(id -u)" != 0 ]; then \
		echo "Install Chromium for the browser tests (Debian: apt-get install chromium, as root)."; \
	else \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; \
	fi

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	touch $@

browser-deps: chromium $(AXE)

test-browser: install browser-deps
	IPCASES_BROWSER_REQUIRED=1 $(BIN)/pytest -m browser tests/browser $(PYTEST_ARGS)

# PostgreSQL only: the rum extension gives search a positional index (phrases, w/N) instead of GIN.
# Installs Debian's package for the local server when run as root; elsewhere, says what to do.
postgres-rum:
	@version=$$(ls /etc/postgresql 2>/dev/null | sort -n | tail -n 1); \
	if [ -z "$$version" ] || ! command -v apt-get >/dev/null || [ "$$(id -u)" != 0 ]; then \
		echo "Install the rum extension for your PostgreSQL server (Debian: postgresql-NN-rum)."; \
	elif ! dpkg -s postgresql-$$version-rum >/dev/null 2>&1; then \
		apt-get install -y -qq postgresql-$$version-rum >/dev/null 2>&1 || \
		{ apt-get update -qq && apt-get install -y -qq postgresql-$$version-rum >/dev/null; }; \
	fi

# PostgreSQL only: the replica tests make a streaming replica of the local server, which must
# accept replication connections from 127.0.0.1 (Debian's default pg_hba.conf does, with a
# password; a server configured for trust on 127.0.0.1 often leaves replication out). Run as
# root: adds the line when it is missing and reloads the server.
PG_ADMIN_URL ?= postgres://postgres@127.0.0.1:5432/postgres
REPLICATION_RULE := host replication all 127.0.0.1/32 trust
postgres-replication:
	@hba=$$(psql "$(PG_ADMIN_URL)" -Atc 'SHOW hba_file') || exit 1; \
	if grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$$hba"; then \
		echo "$$hba already allows replication from 127.0.0.1."; \
	elif [ -w "$$hba" ]; then \
		echo "$(REPLICATION_RULE)" >> "$$hba" && psql "$(PG_ADMIN_URL)" -Atc 'SELECT pg_reload_conf()' >/dev/null && \
		echo "$$hba: replication from 127.0.0.1 allowed."; \
	else \
		echo "Add '$(REPLICATION_RULE)' to $$hba (as root) and reload PostgreSQL." >&2; exit 1; \
	fi

# wrk, the HTTP load generator of bench/load.sh: Debian's package, installed when run as root.
wrk:
	@if command -v wrk >/dev/null; then :; \
	elif ! command -v apt-get >/dev/null || [ "$$(id -u)" != 0 ]; then \
		echo "Install wrk (Debian: apt-get install wrk) to run bench/load.sh."; \
	else \
		apt-get install -y -qq wrk >/dev/null 2>&1 || \
		{ apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; \
	fi

# Known vulnerabilities in the installed packages. Exits 2 with "could not audit" when no
# advisory database answers for every package: never an all-clear that checked nothing.
audit: install
	$(BIN)/python .ci/audit.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache .hypothesis test-artifacts \
		tests/browser/node_modules
