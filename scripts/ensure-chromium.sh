#!/usr/bin/env bash
# The browser example's end-to-end tests drive Debian's Chromium through playwright-core, which
# never downloads a browser. Install it from Debian when it is missing, so `npm test` works on a
# fresh machine as well as in CI.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "== /usr/bin/chromium is missing: installing Debian's chromium"
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Chromium is needed for the end-to-end tests: run 'apt-get install -y chromium' as root." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
