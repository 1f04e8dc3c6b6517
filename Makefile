# Everything a fresh machine needs: `make demo` and `make test` install what they use.
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
WW := $(VENV)/bin/wirewatch
DB ?= wirewatch.db
PORT ?= 8000
SHARED ?= ../shared

.PHONY: install demo test bench eval lock clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -c requirements.lock -e '.[dev]'
	touch $@

demo: install
	$(WW) ingest --db $(DB) src/wirewatch/samples/articles
	$(WW) serve --db $(DB) --port $(PORT)

test: install
	$(VENV)/bin/pytest -q

bench: install
	$(PY) -m benchmarks --shared $(SHARED) --out benchmarks/results

eval: install
	$(WW) eval --shared $(SHARED)

lock:
	$(PIP) freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
