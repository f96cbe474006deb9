# tide — thin wrapper over CMake. `make` builds build/tide; `make demo` and `make test` also install
# dependencies first (scripts/setup-deps.sh), so each works on a fresh Debian 12 machine.
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps configure build demo test test-ecosystem test-asan bench fuzz lint clean

all: build

deps:
	@scripts/setup-deps.sh

$(BUILD)/CMakeCache.txt:
	@scripts/setup-deps.sh
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: deps build
	$(BUILD)/tide examples/demo.js

test: deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 60

# Only the real-npm-package tests (make test runs them too; skipped without npm or the registry).
test-ecosystem: deps build
	cd $(BUILD) && ctest --output-on-failure --timeout 320 -R '^ecosystem/'

$(ASAN_BUILD)/CMakeCache.txt:
	@scripts/setup-deps.sh
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DTIDE_SANITIZE=ON $(CMAKE_FLAGS)

test-asan: deps $(ASAN_BUILD)/CMakeCache.txt
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 LSAN_OPTIONS=suppressions=$(CURDIR)/test/lsan.supp \
	  ctest --output-on-failure -j $(JOBS) --timeout 120

bench: build
	bench/run.sh $(BUILD)/tide

# libFuzzer targets (clang): build/fuzz/http_parser_fuzzer over the HTTP request-parsing glue.
# Not part of `make test`; run e.g. (new inputs go to the first directory)
#   mkdir -p /tmp/corpus && build/fuzz/http_parser_fuzzer -max_total_time=60 /tmp/corpus \
#     test/fuzz/corpus/http_parser
fuzz: deps
	scripts/build-fuzz.sh $(BUILD)

lint:
	clang-format --dry-run --Werror $$(git ls-files 'src/*.cc' 'src/*.h' 'test/unit/*.cc' 'test/unit/*.h' 'test/fuzz/*.cc' 'scripts/*.cc')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
