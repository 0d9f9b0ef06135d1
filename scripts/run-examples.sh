#!/usr/bin/env bash
# Runs the example host test suite (examples/host-test) against the packed package: its own type
# check, then its vitest suite, with the repository's TypeScript and vitest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-example-package.sh
echo "== tsc -p examples/host-test"
npx tsc -p examples/host-test/tsconfig.json
echo "== vitest (examples/host-test)"
npx vitest run --root examples/host-test
