# rolelens: `make serve` builds everything and serves it; `make test` runs
# every test. Targets named like folders are phony: make must always ask
# the Go toolchain, which knows what is up to date.

GO        ?= go
BUILD     := build
GOFILES    = $(shell git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*')

.PHONY: all build cli wasm docs test fmt-check vet test-go test-wasm test-node test-conformance bench fuzz serve clean

all: build

build: cli wasm docs

cli:
	@mkdir -p $(BUILD)
	$(GO) build -trimpath -o $(BUILD)/rolelens ./cmd/rolelens

wasm:
	@mkdir -p $(BUILD)
	bash wasm/build.sh $(BUILD)

# The docs: Markdown in docs/<lang>/ to build/docs/<lang>/; examples are
# resolved and validated, so a broken example fails the build.
docs:
	$(GO) run ./cmd/docgen --src docs --out $(BUILD)/docs

test: fmt-check vet test-go test-conformance test-wasm test-node

fmt-check:
	@out=$$(gofmt -l $(GOFILES)); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

test-go:
	$(GO) test -race -count=1 ./...

# The shared conformance cases, through the CLI as a user runs them.
test-conformance: cli
	$(BUILD)/rolelens test ../shared/conformance/*.yaml

# The engine's own tests compiled to wasm and run under Node.
test-wasm:
	bash wasm/test-go-wasm.sh

test-node: wasm
	node --test wasm/test/

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./engine/...

# Fuzzing is not part of `make test`: each target runs for FUZZTIME.
FUZZTIME ?= 60s
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) ./engine/config
	$(GO) test -run '^$$' -fuzz FuzzResolve -fuzztime $(FUZZTIME) ./engine

serve: build
	$(BUILD)/rolelens serve --addr 127.0.0.1:8080

clean:
	rm -rf $(BUILD)
