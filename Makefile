# rjdesk — the two commands: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
DEBIAN_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core \
                   poppler-utils binutils

.PHONY: run test lint typecheck imports pytest bench package screenshots translations ci-system-packages clean

$(VENV)/bin/activate:
	$(PYTHON) -c 'import sys; sys.exit("rjdesk needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(VENV)/bin/activate
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/activate
	$(PIP) install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(VENV)/bin/rjdesk

# CI (CI=true) installs the Debian packages the suite needs when they are missing.
ci-system-packages:
ifeq ($(CI),true)
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  (apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing) >/dev/null; \
	fi
endif

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check rjdesk ui tests bench
	$(VENV)/bin/ruff format --check rjdesk ui tests bench

typecheck: $(VENV)/.installed-test
	$(VENV)/bin/mypy

imports: $(VENV)/.installed-test
	$(VENV)/bin/lint-imports --no-cache

pytest: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: ci-system-packages lint typecheck imports pytest

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# The Welsh translation: new strings into resources/i18n/rjdesk_cy.ts (unfinished), then the .qm the app loads
# (both committed: an installed app needs no build step). See docs/TRANSLATING.md.
translations: $(VENV)/.installed-app
	$(PY) packaging/translations.py update
	$(PY) packaging/translations.py build

# The user guide's pictures (docs/images/), from the real app on a fresh demo store, offscreen.
screenshots: $(VENV)/.installed-app
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

# The one-folder desktop bundle (packaging/rjdesk.spec) in build/dist/rjdesk, then its own self-test: a
# temporary encrypted store, the migrations, demo data, a PDF report, the bank holidays, a painted window.
$(VENV)/.installed-package: pyproject.toml | $(VENV)/bin/activate
	$(PIP) install --quiet -e '.[package]'
	touch $@ $(VENV)/.installed-app

package: $(VENV)/.installed-package
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath build/dist --workpath build/pyinstaller \
		packaging/rjdesk.spec
	build/dist/rjdesk/rjdesk --self-test

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache screenshots
