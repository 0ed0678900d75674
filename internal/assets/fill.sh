#!/usr/bin/env bash
# Fills internal/assets/dist with the built site and docs so that the next
# `go build ./cmd/rolelens` embeds them. usage: fill.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
dist=$here/dist
find "$dist" -mindepth 1 ! -name .keep -exec rm -rf {} +
if [ -d "$build/site" ]; then
	cp -R "$build/site/." "$dist/"
else
	echo "assets: $build/site is missing; the binary will serve a placeholder page" >&2
fi
if [ -d "$build/docs" ]; then
	mkdir -p "$dist/docs"
	cp -R "$build/docs/." "$dist/docs/"
fi
