#!/usr/bin/env bash
# Installs this package, exactly as `npm publish` would ship it, into every example under
# examples/ (as node_modules/portal-helpdesk), so the examples import it by name. No network: the
# built dist/ is packed with `npm pack` and unpacked in place; its dependencies resolve from the
# repository's own node_modules, as they would from a host's.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f dist/index.js ] || [ ! -f dist/testing/index.js ]; then
  echo "== dist/ is missing: building"
  npm run build
elif [ -n "$(find src -newer dist/index.js -type f -print -quit)" ]; then
  echo "warning: src/ has changed since the last build; run 'npm run build' to test the new code" >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# --ignore-scripts: packing must never trigger a build or any other lifecycle script.
npm pack --silent --ignore-scripts --pack-destination "$tmp" >/dev/null
tarball=$(find "$tmp" -maxdepth 1 -name '*.tgz' -print -quit)

for example in examples/*; do
  [ -f "$example/package.json" ] || continue
  target="$example/node_modules/portal-helpdesk"
  rm -rf "$target"
  mkdir -p "$target"
  tar -xzf "$tarball" -C "$target" --strip-components=1
  echo "== installed $(basename "$tarball") into $target"
done
