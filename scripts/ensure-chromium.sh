#!/usr/bin/env bash
# The browser example's end-to-end tests drive Debian's Chromium through playwright-core, which
# never downloads a browser. Install it from Debian when it is missing: CI runs as root and calls
# apt-get directly. As any other user, say what to run instead; never escalate (no sudo).
set -euo pipefail
# Where Debian's package puts it; tests point this at a missing file to reach the install step.
chromium=${ENSURE_CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium ($chromium) is needed for the end-to-end tests (npm run test:e2e)." >&2
  echo "Install it as root, e.g. 'apt-get install -y chromium', then run the tests again." >&2
  exit 1
fi
echo "== $chromium is missing: installing Debian's chromium"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
