# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test install messages compilemessages lint audit format bench clean

$(STAMP): requirements.txt requirements-nodeps.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -r requirements-nodeps.txt
	touch $(STAMP)

install: $(STAMP)

LOCALES := ro gu pa pl ar ta pt so ur fa

compilemessages: $(STAMP)
	DEBUG=1 $(BIN)/python manage.py compilemessages --ignore=.venv -v0

## Set up and serve the site with demo content on SQLite at http://127.0.0.1:$(PORT)
run: compilemessages
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py seed_demo
	DEBUG=1 $(BIN)/python manage.py collectstatic --noinput -v0
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## Run the whole test suite (unit, browser; integration too when DATABASE_URL and CELERY_BROKER_URL are set)
test: compilemessages
	DEBUG=1 $(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python -m pytest --ignore=tests/benchmarks -n 2 --dist loadgroup $(PYTEST_ARGS)

## Update the catalogues after changing UI strings (then translate the new entries)
messages: $(STAMP)
	DEBUG=1 $(BIN)/python manage.py makemessages $(addprefix -l ,$(LOCALES)) --no-location --no-obsolete --ignore=.venv --ignore=staticfiles
	$(MAKE) compilemessages

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Known vulnerabilities in the installed dependencies (pip-audit; fails, exit 3, if it cannot reach its service)
audit: $(STAMP)
	bash .ci/audit

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	$(BIN)/python -m pytest tests/benchmarks -s

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
