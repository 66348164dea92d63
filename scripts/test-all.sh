#!/usr/bin/env bash
# Runs every test of the project on a fresh Linux machine with only the .NET SDK: the README's
# test command. Installs what it needs (idempotently) and fails on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { printf '\n=== %s\n' "$*"; }

# Every dotnet test run is logged so that the closing line can add up what ran; the runs against the
# nanoCLR board profile are counted apart (.NET test code, the server on nanoCLR).
results=$(mktemp)
board_results=$(mktemp)
nano_log=
trap 'rm -f "$results" "$board_results" $nano_log' EXIT
run_tests() {
  dotnet test "$@" 2>&1 | tee -a "$results"
  return "${PIPESTATUS[0]}"
}
run_board_tests() {
  dotnet test "$@" 2>&1 | tee -a "$board_results"
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

step "nanoFramework runtime: the firmware compiled against the real assemblies, converted to .pe, unit tests on nanoCLR"
# Exit 3: no toolchain on this machine (../shared/nanoframework/toolchain). A developer elsewhere gets
# the other steps; CI (.ci/run sets CHATFIRMWARE_REQUIRE_NANOCLR=1) must not pass without it.
nano_log=$(mktemp)
set +e
bash scripts/nanoframework.sh 2>&1 | tee "$nano_log"
nano_status=${PIPESTATUS[0]}
set -e
if [ "$nano_status" = 3 ]; then
  if [ "${CHATFIRMWARE_REQUIRE_NANOCLR:-0}" = 1 ]; then
    echo "the nanoFramework runtime step is required here (CHATFIRMWARE_REQUIRE_NANOCLR=1) and was skipped"
    exit 1
  fi
elif [ "$nano_status" != 0 ]; then
  exit "$nano_status"
fi

step "core unit tests under MSTest: the shared sources (the same that ran on nanoCLR), then the host-only ones"
run_tests tests/ChatFirmware.UnitTests.Host -c Release --no-build --filter "FullyQualifiedName!~.HostOnly."
shared_total=$(grep -oE 'Total: +[0-9]+' "$results" | tail -n 1 | awk '{ print $2 }')
nano_line=$(grep -E '^nanoCLR: ' "$nano_log" | tail -n 1 || true)
if [ -n "$nano_line" ]; then
  nano_total=$(echo "$nano_line" | awk '{ print $2 + $4 + $6 }')
  if [ "$nano_total" != "$shared_total" ]; then
    echo "the shared unit tests counted $shared_total under MSTest but $nano_total on nanoCLR: each must run on both"
    exit 1
  fi
  echo "shared unit tests: $shared_total under MSTest, $nano_total on nanoCLR"
fi
run_tests tests/ChatFirmware.UnitTests.Host -c Release --no-build --filter "FullyQualifiedName~.HostOnly."

step "end-to-end tests against the emulator"
run_tests tests/ChatFirmware.EndToEnd -c Release --no-build --filter "FullyQualifiedName!~OnBoard"

step "browser tests (Chromium + Playwright against the emulator)"
run_tests tests/ChatFirmware.BrowserTests -c Release --no-build --filter "FullyQualifiedName!~OnBoard"

# The device app's own hosts (HttpListener, WebSocketServer, captive DNS) on nanoCLR: needs the toolchain.
if [ -n "$nano_line" ]; then
  step "end-to-end tests against the nanoCLR board profile (the device app's hosts on the real interpreter)"
  run_board_tests tests/ChatFirmware.EndToEnd -c Release --no-build --filter "FullyQualifiedName~OnBoard"

  step "browser tests (Chromium + Playwright against the nanoCLR board profile)"
  run_board_tests tests/ChatFirmware.BrowserTests -c Release --no-build --filter "FullyQualifiedName~OnBoard"
fi

step "flash script (nf-flash.ps1 -WhatIf under pwsh) and the committed gzip assets"
run_tests tests/ChatFirmware.FlashScriptTests -c Release --no-build

passed=$(grep -oE 'Passed: +[0-9]+' "$results" | awk '{ s += $2 } END { print s + 0 }')
failed=$(grep -oE 'Failed: +[0-9]+' "$results" | awk '{ s += $2 } END { print s + 0 }')
nano_passed=$(echo "${nano_line:-nanoCLR: 0 passed, 0 failed}" | awk '{ print $2 }')
nano_failed=$(echo "${nano_line:-nanoCLR: 0 passed, 0 failed}" | awk '{ print $4 }')
board_passed=$(grep -oE 'Passed: +[0-9]+' "$board_results" | awk '{ s += $2 } END { print s + 0 }')
board_failed=$(grep -oE 'Failed: +[0-9]+' "$board_results" | awk '{ s += $2 } END { print s + 0 }')
echo
echo "all test steps passed"
if [ -z "${nano_line:-}" ]; then
  echo "(the nanoFramework runtime step and the board-profile tests were SKIPPED: no toolchain on this machine)"
fi
echo "tests: $((passed + nano_passed + board_passed)) passed, $((failed + nano_failed + board_failed)) failed (.NET: $passed passed, $failed failed; nanoCLR: $nano_passed passed, $nano_failed failed; against the nanoCLR board profile: $board_passed passed, $board_failed failed)"
