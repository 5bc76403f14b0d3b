#!/usr/bin/env bash
# Sets up what is missing, then runs every test: the web app's lint, types and unit tests, and the
# .NET suite, which starts Baton through its AppHost with real PostgreSQL, Redis, CLI and Chromium.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Foundation").
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
start=$(date +%s)
scripts/setup.sh --for-tests

say "Web app: lint, format, types, unit tests"
(
  cd Baton.Frontend
  npm run --silent lint
  npm run --silent format:check
  npm run --silent typecheck
  npm test --silent
) 2>&1 | tee /tmp/baton-frontend-tests.log

say "Building the solution"
dotnet build Baton.sln --no-restore --verbosity quiet -nologo

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
say "Finished in $(( $(date +%s) - start )) s"
echo "$(( ${frontend_passed:-0} + ${dotnet_passed:-0} )) passed, ${dotnet_failed:-0} failed"
exit "$dotnet_status"
