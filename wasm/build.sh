#!/usr/bin/env bash
# Builds the wasm module and what the site serves beside it, into $1
# (default build): rolelens.wasm with .gz and .br copies, the Go
# toolchain's own wasm_exec.js, and rolelens.mjs. Prints the sizes.
set -euo pipefail
out=${1:-build}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/.."
mkdir -p "$out"
go=${GO:-go}

GOOS=js GOARCH=wasm "$go" build -trimpath -ldflags="-s -w" -o "$out/rolelens.wasm.tmp" ./wasm
mv "$out/rolelens.wasm.tmp" "$out/rolelens.wasm"

# wasm_exec.js must match the toolchain that built the module.
cp "$("$go" env GOROOT)/lib/wasm/wasm_exec.js" "$out/wasm_exec.js"
cp wasm/rolelens.mjs wasm/packed.mjs "$out/"

gzip -9 -n -c "$out/rolelens.wasm" >"$out/rolelens.wasm.gz"
node -e '
const zlib = require("node:zlib"), fs = require("node:fs");
const file = process.argv[1], raw = fs.readFileSync(file);
const br = zlib.brotliCompressSync(raw, { params: {
  [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
  [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
fs.writeFileSync(file + ".br", br);
const gz = fs.statSync(file + ".gz").size;
const mb = (n) => (n / 1e6).toFixed(3) + " MB";
console.log(`${file}: raw ${mb(raw.length)}, gzip -9 ${mb(gz)}, brotli ${mb(br.length)}`);
if (gz > 2e6) { console.error("over budget: the wasm must be at most 2 MB gzip-compressed"); process.exit(1); }
' "$out/rolelens.wasm"
