#!/usr/bin/env bash
# Installs what Baton needs on a Debian machine and says what it does.
# Usage: scripts/setup.sh [--for-tests]   (--for-tests adds Chromium and fonts for the browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

for_tests=false
[ "${1:-}" = "--for-tests" ] && for_tests=true

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31mxx %s\033[0m\n' "$*" >&2; exit 1; }

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "Run as root or install sudo: packages must be installed with apt-get."
  sudo_cmd="sudo"
fi

# Debian packages: the stores Baton runs locally (no container engine needed), and the browser for tests.
packages=()
command -v redis-server >/dev/null || packages+=(redis-server)
if ! command -v postgres >/dev/null && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  packages+=(postgresql)
fi
command -v setpriv >/dev/null || packages+=(util-linux)
if $for_tests; then
  command -v chromium >/dev/null || packages+=(chromium)
  dpkg -s fonts-liberation >/dev/null 2>&1 || packages+=(fonts-liberation)
  dpkg -s fonts-dejavu-core >/dev/null 2>&1 || packages+=(fonts-dejavu-core)
fi
if [ ${#packages[@]} -gt 0 ]; then
  say "Installing Debian packages: ${packages[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  say "Debian packages already installed (redis-server, postgresql$($for_tests && echo ', chromium, fonts'))"
fi

# Toolchains Baton builds with.
command -v dotnet >/dev/null || fail "The .NET SDK 10 is missing: see https://learn.microsoft.com/dotnet/core/install/linux-debian"
dotnet --list-sdks | grep -q '^10\.' || fail "The .NET SDK 10 is missing (found: $(dotnet --list-sdks | tr '\n' ' '))."
command -v node >/dev/null || fail "Node.js 20.19 or newer is missing: see https://nodejs.org/en/download"
node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || fail "Node.js $(node --version) is too old: Vite needs 20.19 or newer."

# npm packages, installed exactly as locked; skipped when the lock has not changed since the last install.
npm_install() {
  local folder=$1 what=$2
  if [ -f "$folder/node_modules/.package-lock.json" ] && [ "$folder/node_modules/.package-lock.json" -nt "$folder/package-lock.json" ]; then
    say "$what: npm packages up to date"
  else
    say "$what: npm ci"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
npm_install Baton.Frontend "Web app"
npm_install tools/claude-cli "Claude Code CLI (pinned)"

say "Restoring NuGet packages"
dotnet restore Baton.sln --verbosity quiet
