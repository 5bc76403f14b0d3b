#!/usr/bin/env bash
# Sets up what is missing, then runs every test: the web app's lint, types and unit tests, and the
# .NET suite, which starts Baton through its AppHost with real PostgreSQL, Redis, CLI and Chromium.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Foundation").
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
# Each step says how far into the run it starts, so the suite's time budget stays visible.
say() { printf '\033[1m==> %s\033[0m (at %d s)\n' "$*" "$(( $(date +%s) - start ))"; }
scripts/setup.sh --for-tests

# The web app's static checks run on one core each, beside the .NET build, which leaves part of a
# small machine idle; their output follows the build's, so neither interleaves with the other.
say "Web app: lint, format and types, beside the .NET build"
(
  cd Baton.Frontend
  npm run --silent lint
  npm run --silent format:check
  npm run --silent typecheck
) > /tmp/baton-frontend-checks.log 2>&1 &
checks=$!

say "Building the solution"
dotnet build Baton.sln --no-restore --verbosity quiet -nologo

checks_status=0
wait "$checks" || checks_status=$?
cat /tmp/baton-frontend-checks.log
[ "$checks_status" = 0 ] || { say "The web app's lint, format or type check failed"; exit "$checks_status"; }

say "Web app: unit tests"
(cd Baton.Frontend && npm test --silent) 2>&1 | tee /tmp/baton-frontend-tests.log

say "Running the .NET tests"
set +e
dotnet test Baton.Tests --no-build --verbosity minimal -nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee /tmp/baton-dotnet-tests.log
dotnet_status=${PIPESTATUS[0]}
set -e

# One closing line for both runners (colour codes stripped first).
# A count the log lacks (no "Failed:" line when nothing failed) is zero, not an error.
frontend_passed=$(sed 's/\x1b\[[0-9;]*m//g' /tmp/baton-frontend-tests.log | grep -oE 'Tests +[0-9]+ passed' | grep -oE '[0-9]+' | tail -1 || true)
dotnet_passed=$(grep -oE 'Passed: +[0-9]+' /tmp/baton-dotnet-tests.log | grep -oE '[0-9]+' | tail -1 || true)
dotnet_failed=$(grep -oE 'Failed: +[0-9]+' /tmp/baton-dotnet-tests.log | grep -oE '[0-9]+' | tail -1 || true)
say "Slowest test classes"
scripts/slowest-tests.sh /tmp/baton-dotnet-tests.log || true
if [ "${dotnet_failed:-0}" != 0 ]; then
  say "Failed tests"
  scripts/failed-tests.sh /tmp/baton-dotnet-tests.log || true
fi
say "Finished"
echo "$(( ${frontend_passed:-0} + ${dotnet_passed:-0} )) passed, ${dotnet_failed:-0} failed"
exit "$dotnet_status"
