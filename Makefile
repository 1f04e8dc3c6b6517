# Everything a fresh machine needs: `make demo` and `make test` install what they use.
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
WW := $(VENV)/bin/wirewatch
DB ?= wirewatch.db
PORT ?= 8000
SHARED ?= ../shared

.PHONY: install demo test bench eval lock clean browser

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q -c requirements.lock -e '.[dev]'
	touch $@

demo: install
	$(WW) ingest --db $(DB) src/wirewatch/samples/articles
	$(WW) serve --db $(DB) --port $(PORT)

test: install browser
	$(VENV)/bin/pytest -q

# Browser tests drive Debian's chromium through Playwright (never a downloaded browser build).
browser:
	@command -v chromium >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

bench: install
	$(PY) -m benchmarks --shared $(SHARED) --out benchmarks/results

eval: install
	$(WW) eval --shared $(SHARED)

lock:
	$(PIP) freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
