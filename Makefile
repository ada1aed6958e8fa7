# The single entry point. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
export DJANGO_SETTINGS_MODULE ?= cms.settings.dev
export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)

.DEFAULT_GOAL := help
.PHONY: help install run test lint audit format messages compilemessages migrate demo serve faults ci clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(BIN)/uv:
	@echo "==> Creating $(VENV) and installing uv"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "uv>=0.9"

$(VENV)/.synced: $(BIN)/uv pyproject.toml uv.lock
	@echo "==> Installing the locked dependencies into $(VENV)"
	UV_PROJECT_ENVIRONMENT=$(VENV) $(BIN)/uv sync --frozen --python $(BIN)/python
	@touch $@

install: $(VENV)/.synced ## Create .venv and install the locked dependencies

compilemessages: install ## Compile the nl, fr and de catalogues
	@echo "==> Compiling translations"
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(MANAGE) compilemessages --ignore=.venv -v 0; \
	else \
		$(BIN)/pybabel compile --statistics -d locale -D django; \
	fi

messages: install ## Update the nl, fr and de catalogues from the source
	$(MANAGE) makemessages --locale nl --locale fr --locale de --ignore=.venv --ignore=tests --ignore=bench --ignore=static_collected --no-obsolete
	$(MAKE) compilemessages

migrate: compilemessages ## Migrate the embedded SQLite database (or DATABASE_URL)
	@echo "==> Migrating the database"
	$(MANAGE) migrate --noinput -v 0

demo: migrate ## Load the demo content (idempotent)
	@echo "==> Loading the demo content"
	$(MANAGE) load_demo

run: demo ## Install, migrate, load the demo and serve the site on http://127.0.0.1:$(PORT)
	@echo ""
	@echo "==> Serving the site at http://127.0.0.1:$(PORT)/"
	@echo "    Admin: http://127.0.0.1:$(PORT)/admin/  (admin / changeme, editor / changeme, advisor / changeme)"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: compilemessages ## Run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	@echo "==> Running the tests"
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest $(PYTEST_ARGS)

lint: install ## Check the code with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

audit: install ## Look up the locked dependencies in the vulnerability database (fails on a known vulnerability)
	UV_PROJECT_ENVIRONMENT=$(VENV) $(BIN)/uv export --frozen --all-groups --no-hashes --no-emit-project \
		--format requirements-txt -o $(VENV)/audit-requirements.txt -q
	$(BIN)/pip-audit --requirement $(VENV)/audit-requirements.txt --no-deps --disable-pip --progress-spinner off

format: install ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

serve: compilemessages ## Serve with gunicorn and production-like settings (needs SECRET_KEY, ALLOWED_HOSTS)
	DJANGO_SETTINGS_MODULE=cms.settings.production $(MANAGE) collectstatic --noinput -v 0
	DJANGO_SETTINGS_MODULE=cms.settings.production $(BIN)/gunicorn cms.wsgi:application \
		--bind 127.0.0.1:$(PORT) --workers $${WEB_CONCURRENCY:-3} --access-logfile -

faults: compilemessages ## Two app servers alternating, then a 50-company soak with a PostgreSQL restart (bench/faults.sh)
	bash bench/faults.sh

clean: ## Remove the virtual environment, collected static files and caches
	rm -rf $(VENV) static_collected .pytest_cache
