# Thin wrapper around CMake, ctest and pytest.
#   make demo          build, make dev certificates, run the walk-through
#                      (DEMO_HOLD=1: then the console with the example OpenID provider)
#   make test          build and run every test (unit, end-to-end over mTLS, security)
#   make test SANITIZE=1   the same under ASan+UBSan (build dir build-asan)
#   make test TSAN=1       the same under ThreadSanitizer (build dir build-tsan)
#   make test-repeat   the e2e suite REPEAT (20) times per build: plain, SANITIZE=1, TSAN=1
#   make bench         Release build (build-release), bench-deps, every benchmark:
#                      in-process ones and custos vs nginx over mTLS (bench/h2h;
#                      BENCH_QUICK=1 for a short run, REPS/DUR/H2H_PHASES to choose)
#   make fuzz          clang-14 libFuzzer build (build-fuzz), each target FUZZ_SECONDS (60)
#   make fuzz-smoke    the same, each target 10 s from its seed corpus (ends make test)
#   make redact-score  redaction recall/precision/F1 per type on CORPUS (default: the
#                      dev part of tests/redact-corpus; SCORE_ARGS="--errors 40 --by-sub")
#   make release       Release build (-O3) in build-release and its unit tests (CI)
#   make build-types   Debug and MinSizeRel build too (CI)
#   make deb           the Debian package (dpkg-buildpackage) in build-deb/
#   make package-test  build, install, run, analyse and purge the package (root; make test)
#   make judges        sslscan and slowhttptest against a real gateway (make test)
#   make check-static  scan-build and cppcheck; every report explained (check-external)
#   make check-external  the judges that take minutes: testssl.sh, check-static,
#                      1000 slow pipelining auditors (tests/e2e/test_heavy_reads.py)
#   make crash         20 rounds of kill -9 under 32 writers (test_crash_rounds.py; 3 in make test)
#   make soak          one hour of mixed load, RSS and descriptors reported (SOAK_SECONDS; not CI)
#   make format        clang-format-14 (.clang-format) over base/ db/ policy/ gateway/
#   make format-check  the same without writing: fails on any difference (make test)
SANITIZE ?= 0
TSAN ?= 0
DEMO_HOLD ?= 0
ifeq ($(SANITIZE)$(TSAN),11)
$(error SANITIZE=1 and TSAN=1 cannot be combined)
endif
ifeq ($(SANITIZE),1)
BUILD ?= build-asan
CMAKE_FLAGS = -DCUSTOS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
SLOW = 1
else ifeq ($(TSAN),1)
BUILD ?= build-tsan
CMAKE_FLAGS = -DCUSTOS_TSAN=ON -DCMAKE_BUILD_TYPE=Debug
SLOW = 1
# Reports go to stderr: a unit test or a gateway with one exits 66 (the
# e2e harness fails the test and shows the gateway's log). Suppressions:
# tests/tsan.supp. Set TSAN_OPTIONS yourself to override.
TSAN_OPTIONS ?= halt_on_error=0 second_deadlock_stack=1 suppressions=$(abspath tests/tsan.supp)
export TSAN_OPTIONS
else
BUILD ?= build
CMAKE_FLAGS = -DCMAKE_BUILD_TYPE=RelWithDebInfo
SLOW = 0
endif
PY := /usr/bin/python3
JOBS ?= 2
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZERS := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))

.PHONY: all deps build test unit e2e demo bench bench-deps certs clean fuzz fuzz-smoke fuzz-build \
	test-repeat print-build redact-score release build-types deb package-test judges check-static \
	check-external format format-check crash soak

all: build

deps:
	@sh scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

certs: deps
	@sh certs/gen.sh certs/dev

# The C sources clang-format keeps: gateway/redact/ is its helper's, not yet
# formatted (the only folder skipped).
FORMAT_FILES = $(shell find base db policy gateway -name '*.[ch]' -not -path 'gateway/redact/*' | sort)

format:
	@clang-format-14 -i $(FORMAT_FILES)

format-check:
	@clang-format-14 --dry-run --Werror $(FORMAT_FILES) && \
	  echo "format-check: $(words $(FORMAT_FILES)) files formatted as .clang-format says"

unit: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

e2e: build
	CUSTOS_BIN=$(abspath $(BUILD))/custos CUSTOS_SANITIZE=$(SLOW) \
	  $(PY) -m pytest -q -p no:cacheprovider --basetemp=$(abspath $(BUILD))/e2e-tmp tests/e2e

# The fuzz smoke run follows the default suite; SANITIZE=1 runs the suite alone
# (the fuzz build is itself ASan+UBSan). The package test (root) follows the
# default suite only: it builds its own Release package.
test: format-check unit e2e
ifneq ($(SANITIZE),1)
	@$(MAKE) --no-print-directory fuzz-smoke
endif
ifeq ($(SANITIZE)$(TSAN),00)
	@$(MAKE) --no-print-directory judges
	@$(MAKE) --no-print-directory package-test
endif

# Repeats the e2e suite REPEAT times under each of the plain, SANITIZE=1 and
# TSAN=1 builds (REPEAT_BUILDS to choose), stopping at the first failure, so
# a flaky test shows itself before CI meets it. Each failing run's output is
# kept in <build>/repeat-<n>.log.
REPEAT ?= 20
REPEAT_BUILDS ?= plain asan tsan
test-repeat: deps
	@for b in $(REPEAT_BUILDS); do \
	  case $$b in plain) f="";; asan) f="SANITIZE=1";; tsan) f="TSAN=1";; \
	    *) echo "test-repeat: unknown build $$b"; exit 2;; esac; \
	  $(MAKE) --no-print-directory build $$f || exit 1; \
	  bd=$$($(MAKE) --no-print-directory -s print-build $$f); \
	  i=1; while [ $$i -le $(REPEAT) ]; do \
	    if $(MAKE) --no-print-directory e2e $$f >$$bd/repeat-$$i.log 2>&1; then \
	      echo "test-repeat: $$b run $$i/$(REPEAT): $$(tail -n 1 $$bd/repeat-$$i.log)"; \
	      rm -f $$bd/repeat-$$i.log; \
	    else \
	      tail -n 80 $$bd/repeat-$$i.log; \
	      echo "test-repeat: $$b run $$i/$(REPEAT) FAILED (log: $$bd/repeat-$$i.log)"; exit 1; \
	    fi; \
	    i=$$((i + 1)); \
	  done; \
	done; echo "test-repeat: $(REPEAT) runs each of $(REPEAT_BUILDS): no failure"

print-build:
	@echo $(abspath $(BUILD))

# Fuzzing: a separate clang build; new corpus entries go to $(FUZZ_BUILD)/corpus/<name>
# (the committed seeds in tests/fuzz/corpus/<name> are only read), crashes to
# $(FUZZ_BUILD)/artifacts/. Targets run two at a time (two cores).
fuzz-build: deps
	@# A cache made before the build needed clang++ keeps g++: start it afresh.
	@if [ -f $(FUZZ_BUILD)/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang' $(FUZZ_BUILD)/CMakeCache.txt; then rm -rf $(FUZZ_BUILD); fi
	@CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ_BUILD) -DCUSTOS_FUZZ=ON >/dev/null
	@env -u MAKELEVEL -u MAKEFLAGS -u MFLAGS cmake --build $(FUZZ_BUILD) -j $(JOBS)

fuzz: fuzz-build
	@$(MAKE) --no-print-directory -j $(JOBS) $(addprefix fuzz-run-,$(FUZZERS)) FUZZ_TIME=$(FUZZ_SECONDS)

fuzz-smoke: fuzz-build
	@$(MAKE) --no-print-directory -j $(JOBS) $(addprefix fuzz-run-,$(FUZZERS)) FUZZ_TIME=10

fuzz-run-%:
	@mkdir -p $(FUZZ_BUILD)/corpus/$* $(FUZZ_BUILD)/artifacts
	@$(FUZZ_BUILD)/fuzz_$* -max_total_time=$(FUZZ_TIME) -timeout=10 -rss_limit_mb=2048 \
	  -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/artifacts/$*- \
	  $(if $(wildcard tests/fuzz/$*.dict),-dict=tests/fuzz/$*.dict) \
	  $(FUZZ_BUILD)/corpus/$* tests/fuzz/corpus/$* >$(FUZZ_BUILD)/fuzz_$*.log 2>&1 \
	  || { tail -n 60 $(FUZZ_BUILD)/fuzz_$*.log; echo "fuzz_$*: FAILED (log: $(FUZZ_BUILD)/fuzz_$*.log)"; exit 1; }
	@awk '/^stat::number_of_executed_units/ {n=$$2} /^stat::average_exec_per_sec/ {r=$$2} \
	  END {printf "fuzz_%s: ok, %d runs, %d exec/s\n", "$*", n, r}' $(FUZZ_BUILD)/fuzz_$*.log

CORPUS ?= tests/redact-corpus/dev.jsonl
SCORE_ARGS ?=
redact-score: build
	@$(BUILD)/score_redact $(SCORE_ARGS) $(CORPUS)

demo: build certs
	@DEMO_HOLD=$(DEMO_HOLD) sh examples/demo.sh $(abspath $(BUILD))/custos

# Benchmarks measure the Release build (-O3, NDEBUG; -g only adds symbols for
# the profiles) in its own build dir; nginx, wrk and ab are installed here
# (scripts/bench-deps.sh), never by make test.
BENCH_BUILD ?= build-release
bench-deps:
	@sh scripts/bench-deps.sh

bench: bench-deps
	@cmake -S . -B $(BENCH_BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS=-g >/dev/null
	@cmake --build $(BENCH_BUILD) -j $(JOBS) >$(BENCH_BUILD)/build.log 2>&1 \
	  || { tail -n 40 $(BENCH_BUILD)/build.log; exit 1; }
	@sh bench/run.sh $(abspath $(BENCH_BUILD))

# Every build type must build under -Werror; CI builds Release too.
release: deps
	@cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build build-release -j $(JOBS)
	cd build-release && ctest --output-on-failure -j $(JOBS)

# The other two build types build too (no tests: Debug is what SANITIZE=1 and
# TSAN=1 test, MinSizeRel only has to compile under -Werror).
build-types: deps
	@for t in Debug MinSizeRel; do \
	  cmake -S . -B build-types/$$t -DCMAKE_BUILD_TYPE=$$t >/dev/null && \
	  cmake --build build-types/$$t -j $(JOBS) >build-types/$$t.log 2>&1 \
	  || { tail -n 30 build-types/$$t.log; echo "$$t build: FAILED"; exit 1; }; \
	  echo "$$t build: ok"; done

# The Debian package, built by dpkg-buildpackage from a copy of the checkout
# (tracked and new files, as git sees them) in build-deb/src, so that its
# output (../*.deb) and debhelper's files stay inside build-deb/. nocheck:
# make test runs the unit tests itself.
DEB_BUILD_OPTIONS ?= nocheck
deb: deps
	@rm -rf build-deb && mkdir -p build-deb/src
	@git ls-files -z --cached --others --exclude-standard \
	  | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C build-deb/src
	cd build-deb/src && DEB_BUILD_OPTIONS="$(DEB_BUILD_OPTIONS) parallel=$(JOBS)" \
	  dpkg-buildpackage -b --no-sign >../build.log 2>&1 \
	  || { tail -n 40 ../build.log; exit 1; }
	@ls build-deb/*.deb

# Installs the package on this machine, checks it and purges it (tests/package).
package-test: deb
	$(PY) -m pytest -q -p no:cacheprovider --basetemp=$(abspath build-deb)/tmp tests/package
	@cat build-deb/package-test-report.txt 2>/dev/null || true

# Outside judges against a real gateway (tests/judges); each prints its figures.
JUDGES = $(PY) -m pytest -q -p no:cacheprovider --basetemp=$(abspath $(BUILD))/judges-tmp
judges: build
	@rm -f $(BUILD)/judges-report.txt
	CUSTOS_BIN=$(abspath $(BUILD))/custos JUDGES_REPORT_DIR=$(abspath $(BUILD)) \
	  $(JUDGES) tests/judges/test_sslscan.py tests/judges/test_slowhttptest.py
	@cat $(BUILD)/judges-report.txt

check-static: deps
	$(PY) tests/static/run.py build-static

check-external: build check-static
	@rm -f $(BUILD)/judges-report.txt
	CUSTOS_BIN=$(abspath $(BUILD))/custos JUDGES_REPORT_DIR=$(abspath $(BUILD)) \
	  $(JUDGES) tests/judges/test_testssl.py
	@cat $(BUILD)/judges-report.txt
	CUSTOS_HEAVY_CONNS=1000 CUSTOS_HEAVY_P99_MS=50 CUSTOS_BIN=$(abspath $(BUILD))/custos $(PY) -m pytest -q -s \
	  -p no:cacheprovider --basetemp=$(abspath $(BUILD))/e2e-heavy \
	  tests/e2e/test_heavy_reads.py -k slow_pipelining

CRASH_ROUNDS ?= 20
crash: build
	CUSTOS_CRASH_ROUNDS=$(CRASH_ROUNDS) CUSTOS_BIN=$(abspath $(BUILD))/custos \
	  CUSTOS_SANITIZE=$(SLOW) $(PY) -m pytest -q -s -p no:cacheprovider \
	  --basetemp=$(abspath $(BUILD))/e2e-crash tests/e2e/test_crash_rounds.py

SOAK_SECONDS ?= 3600
soak: build
	SOAK_SECONDS=$(SOAK_SECONDS) CUSTOS_BIN=$(abspath $(BUILD))/custos $(PY) tests/soak/soak.py

clean:
	rm -rf build build-asan build-tsan build-fuzz build-release build-types build-deb build-static
