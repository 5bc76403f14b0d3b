#!/usr/bin/env bash
# Prints each failed test of a `dotnet test` log (console logger, normal verbosity) with the start of
# its error message, so the end of a long CI log names what broke without scrolling back through it.
# Usage: scripts/failed-tests.sh LOG [LINES_PER_TEST]
set -euo pipefail
log=$1
lines=${2:-12}

sed 's/\x1b\[[0-9;]*m//g' "$log" | awk -v lines="$lines" '
  /^ +Failed [A-Za-z0-9_.]+.* \[[0-9 hmsm<]+\]$/ { print; shown = 0; inside = 1; next }
  inside && /^ +(Passed|Failed|Skipped) / { inside = 0 }
  inside && /^ +Stack Trace:/ { inside = 0 }
  inside && shown < lines { print; shown++ }
'
