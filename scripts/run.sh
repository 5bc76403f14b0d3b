#!/usr/bin/env bash
# Sets up what is missing, then runs Baton: PostgreSQL, Redis, the API, the local bridge and the
# web app, under the Aspire dashboard. Usage: scripts/run.sh [--demo]
#   --demo   the bridge's Claude Code talks to Baton's scripted model instead of Anthropic's API
# BATON_WORKSPACE sets the folder whose projects the local bridge may open (default ~/baton-workspace).
set -euo pipefail
cd "$(dirname "$0")/.."

settings=()
for argument in "$@"; do
  case "$argument" in
    --demo) settings+=("--Baton:Demo=true") ;;
    *) echo "Unknown option: $argument (use --demo)" >&2; exit 2 ;;
  esac
done

scripts/setup.sh

workspace="${BATON_WORKSPACE:-$HOME/baton-workspace}"
mkdir -p "$workspace"
printf '\033[1m==> Starting Baton (workspace: %s). The dashboard link and how to sign in follow.\033[0m\n' "$workspace"
exec dotnet run --project Baton.AppHost --launch-profile http -- "--Baton:WorkspaceRoot=$workspace" "${settings[@]}"
