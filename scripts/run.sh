#!/usr/bin/env bash
# Sets up what is missing, then runs Baton: PostgreSQL, Redis, the API, the local bridge and the
# web app, under the Aspire dashboard. See usage below (scripts/run.sh --help).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'USAGE'
Usage: scripts/run.sh [--demo] [--no-bridge] [--workspace DIR] [--port PORT] [--api-port PORT] [--hot-reload]
  --demo            the bridge's Claude Code talks to Baton's scripted model instead of Anthropic's API
  --no-bridge       run no local bridge and seed none (bring your own bridge, started by hand)
  --workspace DIR   the folder whose projects the local bridge may open
                    (default: $BATON_WORKSPACE, else ~/baton-workspace)
  --port PORT       the web app's port (default 5173): http://localhost:PORT
  --api-port PORT   the API's port (default 5180); the web app proxies to it, so a hand-started
                    bridge may use either address as its --server
  --hot-reload      serve the web app from Vite's dev server, which reloads the page as you edit
                    Baton.Frontend (otherwise it is built once and served as built: faster pages)
  --help            this text
USAGE
}

settings=()
workspace="${BATON_WORKSPACE:-$HOME/baton-workspace}"
web_port=5173
api_port=5180
while [[ $# -gt 0 ]]; do
  case "$1" in
    --demo) settings+=("--Baton:Demo=true") ;;
    --no-bridge) settings+=("--Baton:WithBridge=false" "--Baton:SeedLocalBridge=false") ;;
    --hot-reload) settings+=("--Baton:FrontendHotReload=true") ;;
    --workspace) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; workspace="$2"; shift ;;
    --port) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; web_port="$2"; shift ;;
    --api-port) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; api_port="$2"; shift ;;
    --help | -h) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

scripts/setup.sh

mkdir -p "$workspace"
workspace="$(cd "$workspace" && pwd)"
printf '\033[1m==> Starting Baton (web app: http://localhost:%s, API: http://localhost:%s, workspace: %s). The dashboard link and how to sign in follow.\033[0m\n' \
  "$web_port" "$api_port" "$workspace"
exec dotnet run --project Baton.AppHost --launch-profile http -- \
  "--Baton:WorkspaceRoot=$workspace" "--Baton:WebPort=$web_port" "--Baton:ApiPort=$api_port" ${settings[@]+"${settings[@]}"}
