// Package e2e drives the playground in headless Chromium (chromedp): it
// serves build/site with internal/server on a random local port and checks
// what a visitor does: typing, diagnostics, the matrix, share links, saved
// work across reloads, languages, and names that must stay text. It also
// measures the time to open a share link and to update a 1,000-user
// matrix, and writes screenshots with -screenshots.
//
//	bash site/ensure-chromium.sh
//	go test -count=1 -v ./site/e2e/ -args -e2e [-screenshots]
package e2e
