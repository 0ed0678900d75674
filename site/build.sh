#!/usr/bin/env bash
# Builds the playground into $1/site (default build/site): the bundled
# scripts, the page, the styles, the engine (wasm, its loader), the label
# catalogues and the templates. Needs the wasm built first (make wasm).
set -euo pipefail
out=${1:-build}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
case $out in /*) ;; *) out=$root/$out ;; esac
site=$out/site
go=${GO:-go}

# npm ci only when node_modules is missing or older than the lockfile.
stamp=$here/node_modules/.rolelens-lock
if [ ! -f "$stamp" ] || ! cmp -s "$here/package-lock.json" "$stamp"; then
	(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
	cp "$here/package-lock.json" "$stamp"
fi

for f in rolelens.wasm rolelens.wasm.gz rolelens.wasm.br wasm_exec.js rolelens.mjs packed.mjs; do
	if [ ! -f "$out/$f" ]; then
		echo "site: $out/$f is missing; build the wasm first (make wasm)" >&2
		exit 1
	fi
done

rm -rf "$site.tmp"
mkdir -p "$site.tmp/i18n" "$site.tmp/templates"
# boot.js (tiny, runs first: starts the worker, decodes a link) and the
# two workers (the engine's, and extras.js for tests and lint) stand alone; main.js is split so that the editor (CodeMirror, most
# of the code) is a chunk of its own, loaded with import().
esbuild=("$here/node_modules/.bin/esbuild" --bundle --format=esm --target=es2022 --minify --sourcemap=linked --log-level=warning)
"${esbuild[@]}" "$here/src/boot.js" --format=iife --outdir="$site.tmp"
"${esbuild[@]}" "$here/src/worker.js" "$here/src/extras.js" --external:./rolelens.mjs --outdir="$site.tmp"
"${esbuild[@]}" "$here/src/main.js" --splitting --chunk-names='[name]' --outdir="$site.tmp"

cp "$here/index.html" "$here/style.css" "$here/favicon.svg" "$site.tmp/"
for f in rolelens.wasm rolelens.wasm.gz rolelens.wasm.br wasm_exec.js rolelens.mjs packed.mjs; do
	cp "$out/$f" "$site.tmp/$f"
done
cp "$here"/templates/*.yaml "$here/templates/index.json" "$site.tmp/templates/"
# The UI's own strings merged with the engine's labels, one file a language.
(cd "$root" && "$go" run ./site/cmd/labels -ui "$here/src/i18n" -out "$site.tmp/i18n")
for f in "$site.tmp"/*.js "$site.tmp"/*.css "$site.tmp"/*.mjs "$site.tmp"/i18n/*.json; do
	gzip -9 -n -k -f "$f"
done

rm -rf "$site"
mv "$site.tmp" "$site"
echo "site: built $(du -sh "$site" | cut -f1) into $site"
