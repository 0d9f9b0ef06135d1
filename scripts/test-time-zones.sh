#!/usr/bin/env bash
# Runs the unit and property tests once per host time zone: no result may depend on the host's TZ.
# Type tests (the `types` project) do not depend on TZ: `npm run typecheck` (tsc) compiles them.
# The zones span the extremes: UTC, a DST zone, UTC+14 (Kiritimati) and UTC-11 (Pago Pago).
set -euo pipefail
zones=${PORTAL_HELPDESK_TEST_ZONES:-"UTC America/Los_Angeles Pacific/Kiritimati Pacific/Pago_Pago"}
for zone in $zones; do
  echo "== vitest under TZ=$zone"
  TZ="$zone" npx vitest run --project unit --project properties --reporter=dot "$@"
done
