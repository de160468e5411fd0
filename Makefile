# Thin wrapper around CMake, ctest and pytest.
#   make demo          build, make dev certificates, run the walk-through
#   make test          build and run every test (unit, end-to-end over mTLS, security)
#   make test SANITIZE=1   the same under ASan+UBSan (build dir build-asan)
#   make test TSAN=1       the same under ThreadSanitizer (build dir build-tsan)
#   make bench         build and run the benchmarks
SANITIZE ?= 0
TSAN ?= 0
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

.PHONY: all deps build test unit e2e demo bench certs clean

all: build

deps:
	@sh scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

certs: deps
	@sh certs/gen.sh certs/dev

unit: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

e2e: build
	CUSTOS_BIN=$(abspath $(BUILD))/custos CUSTOS_SANITIZE=$(SLOW) \
	  $(PY) -m pytest -q -p no:cacheprovider tests/e2e

test: unit e2e

demo: build certs
	@sh examples/demo.sh $(abspath $(BUILD))/custos

bench: build
	@sh bench/run.sh $(abspath $(BUILD))

clean:
	rm -rf build build-asan build-tsan
