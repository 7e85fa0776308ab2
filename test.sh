#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, then runs every test of the solution.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Debian Chromium for the browser tests..."
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore ConsoleApp.sln
dotnet build ConsoleApp.sln --no-restore -c Release
dotnet test ConsoleApp.sln --no-build -c Release --logger "console;verbosity=normal" "$@"
