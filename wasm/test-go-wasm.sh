#!/usr/bin/env bash
# Runs the engine's and the wasm API's Go tests compiled to wasm, under
# Node, through the Go toolchain's own exec wrapper.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
go=${GO:-go}
PATH="$("$go" env GOROOT)/lib/wasm:$PATH" GOOS=js GOARCH=wasm "$go" test -count=1 "$@" ./engine/... ./wasm/...
