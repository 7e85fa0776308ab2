#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, starts throw-away PostgreSQL and Redis servers on
# 127.0.0.1, then runs every test of the solution.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} for the browser and scale-out tests..."
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# PostgreSQL and Redis for this run only, stopped and deleted on exit. CONSOLE_TEST_REQUIRE_SERVICES makes the
# tests that need them fail (instead of skip) if their connection strings are missing.
services_dir=$(mktemp -d "${TMPDIR:-/tmp}/pc-services-XXXXXX")
trap 'scripts/test-services.sh stop "$services_dir"' EXIT
eval "$(scripts/test-services.sh start "$services_dir")"
export CONSOLE_TEST_REQUIRE_SERVICES=1

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore ConsoleApp.sln
dotnet build ConsoleApp.sln --no-restore -c Release
dotnet test ConsoleApp.sln --no-build -c Release --logger "console;verbosity=normal" "$@"

# The two-instance deployment as a newcomer starts it (published build, PostgreSQL, Redis, two instances, nginx),
# on a full run only (not when test.sh is given a filter).
if [ $# -eq 0 ]; then
    echo "Checking the scale-out deployment (deploy/scale-out.sh --check)..."
    PC_RUN_DIR="$services_dir/scale-out" deploy/scale-out.sh --check >"$services_dir/scale-out.log" 2>&1 \
        || { tail -n 60 "$services_dir/scale-out.log"; exit 1; }
    grep -v '^\[' "$services_dir/scale-out.log" | tail -n 1
fi
