#!/usr/bin/env bash
# Installs Debian's chromium for the end-to-end tests when it is missing.
# The tests drive /usr/bin/chromium through chromedp; nothing is downloaded
# besides the distribution's own package.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
	exit 0
fi
if [ "$(id -u)" != 0 ]; then
	echo "ensure-chromium: /usr/bin/chromium is missing; install the Debian package 'chromium' as root" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
test -x /usr/bin/chromium
