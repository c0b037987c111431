#!/usr/bin/env bash
# Runs every AttBot test: unit, store, protocol, card-parser, manifest and the browser end-to-end test.
# On a fresh machine it installs what the tests need first: Debian's chromium and postgresql (when run as root and
# missing; the store tests start a throwaway PostgreSQL cluster of their own) and the pinned npm tools in tests/node
# (Adaptive Cards parser, Agents Playground, playwright-core).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing chromium (Debian) for the end-to-end test"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: install Debian's 'chromium' package (the end-to-end test needs it)." >&2
    exit 1
  fi
fi

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && [ -z "${ATTBOT_PG_BIN:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing postgresql (Debian) for the PostgreSQL store tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is missing: install Debian's 'postgresql' package, or set ATTBOT_PG_BIN to the folder holding initdb (the store tests need it)." >&2
    exit 1
  fi
fi

echo "== npm ci (tests/node)"
(cd tests/node && npm ci --no-audit --no-fund --loglevel=error)

echo "== dotnet build"
dotnet build AttBot.sln -c Release --nologo -v quiet

echo "== dotnet test"
log=$(mktemp)
status=0
# One test assembly at a time: the end-to-end test drives a browser, and this machine has two cores.
dotnet test AttBot.sln -c Release --no-build --nologo -m:1 "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)! +- +Failed: /{
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
       n++ }
     END { gsub(",", "", f); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s; if (n == 0) exit 1 }' "$log" || status=1
rm -f "$log"
exit $status
