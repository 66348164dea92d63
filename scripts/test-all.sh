#!/usr/bin/env bash
# Runs every test of the project on a fresh Linux machine with only the .NET SDK: the README's
# test command. Installs what it needs (idempotently) and fails on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { printf '\n=== %s\n' "$*"; }

step "format check (dotnet format --verify-no-changes)"
dotnet format ChatFirmware.Host.slnf --verify-no-changes

step "build (host projects)"
dotnet build ChatFirmware.Host.slnf -c Release -warnaserror

step "core unit tests (nanoFramework test sources under MSTest)"
dotnet test tests/ChatFirmware.UnitTests.Host -c Release --no-build

step "end-to-end tests against the emulator"
dotnet test tests/ChatFirmware.EndToEnd -c Release --no-build

echo
echo "all test steps passed"
