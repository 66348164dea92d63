#!/usr/bin/env bash
# Runs every test of the project on a fresh Linux machine with only the .NET SDK: the README's
# test command. Installs what it needs (idempotently) and fails on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { printf '\n=== %s\n' "$*"; }

# Every dotnet test run is logged so that the closing line can add up what ran.
results=$(mktemp)
trap 'rm -f "$results"' EXIT
run_tests() {
  dotnet test "$@" 2>&1 | tee -a "$results"
  return "${PIPESTATUS[0]}"
}

step "browser for the browser tests (Debian's chromium)"
if [ ! -x /usr/bin/chromium ]; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null | head -n 1

step "DNS client for the captive-portal tests (Debian's dnsutils: dig)"
if ! command -v dig >/dev/null 2>&1; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq dnsutils >/dev/null
fi
dig -v 2>&1 | head -n 1

step "PowerShell 7 for the flash-script tests (local dotnet tool in .tools/)"
if [ ! -x .tools/pwsh ]; then dotnet tool install --tool-path .tools PowerShell --version 7.6.9 >/dev/null; fi

step "format check (dotnet format --verify-no-changes)"
dotnet format ChatFirmware.Host.slnf --verify-no-changes

step "build (host projects)"
dotnet build ChatFirmware.Host.slnf -c Release -warnaserror

step "nanoFramework conformance build and checks (mscorlib 1.17.11, IL generics scan, declarations, .nfproj items)"
bash scripts/conformance.sh

step "core unit tests (nanoFramework test sources under MSTest)"
run_tests tests/ChatFirmware.UnitTests.Host -c Release --no-build

step "end-to-end tests against the emulator"
run_tests tests/ChatFirmware.EndToEnd -c Release --no-build

step "browser tests (Chromium + Playwright against the emulator)"
run_tests tests/ChatFirmware.BrowserTests -c Release --no-build

step "flash script (nf-flash.ps1 -WhatIf under pwsh) and the committed gzip assets"
run_tests tests/ChatFirmware.FlashScriptTests -c Release --no-build

passed=$(grep -oE 'Passed: +[0-9]+' "$results" | awk '{ s += $2 } END { print s + 0 }')
failed=$(grep -oE 'Failed: +[0-9]+' "$results" | awk '{ s += $2 } END { print s + 0 }')
echo
echo "all test steps passed"
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
