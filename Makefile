# Two commands on a fresh machine: `make run` and `make test`.
# Both create .venv and install the project with its test extras first.
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test bench bench-store bench-tui screenshots eval clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/parley

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/parley eval ../shared/eval/seeds_gold.jsonl --corpus ../shared/corpus/korus

bench: $(STAMP)
	$(BIN)/python bench/bench_analysis.py

bench-store: $(STAMP)
	$(BIN)/python bench/bench_store.py

bench-tui: $(STAMP)
	$(BIN)/python bench/bench_tui.py

screenshots: $(STAMP)
	$(BIN)/python -m tui.screenshots screenshots

clean:
	rm -rf $(VENV) build *.egg-info
