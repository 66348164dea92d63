#!/usr/bin/env bash
# The core's budget on nanoCLR, the board's interpreter (bench/ChatFirmware.NanoBench): retained memory
# of a full device, interpreter time per operation, bytes allocated per operation. Prints Markdown;
# "bash bench/nano.sh --out bench/results/nano-after.md" also writes it to a file. Needs the toolchain
# (../shared/nanoframework/toolchain, or CHATFIRMWARE_SHARED), like scripts/nanoframework.sh.
# Not part of the test command: its figures are timings of this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=""
if [ "${1:-}" = "--out" ]; then
  out="${2:?--out needs a file}"
fi

shared="${CHATFIRMWARE_SHARED:-../shared}"
if [ ! -f "$shared/nanoframework/toolchain/lib/mscorlib.dll" ]; then
  echo "no nanoFramework toolchain at $shared/nanoframework/toolchain (see scripts/nanoframework.sh)"
  exit 3
fi

export NanoToolchain
NanoToolchain="$(cd "$shared" && pwd)/nanoframework/toolchain"
# The core measured: this checkout's (CHATFIRMWARE_COMMIT names it where this is not a git checkout).
commit="${CHATFIRMWARE_COMMIT:-$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with uncommitted changes in src/')}"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
bench=bench/ChatFirmware.NanoBench
nano=tests/ChatFirmware.Nano
dotnet build "$bench/ChatFirmware.NanoBench.csproj" -c Release --nologo -v quiet >/dev/null
dotnet build tools/ChatFirmware.NanoRun -c Release --nologo -v quiet >/dev/null
report=$(mktemp)
trap 'rm -f "$report"' EXIT
dotnet tools/ChatFirmware.NanoRun/bin/Release/net10.0/ChatFirmware.NanoRun.dll --toolchain "$NanoToolchain" --work artifacts/nano/bench \
  --library "$nano/Core/bin/Release/netstandard2.0/ChatFirmware.Core.dll" \
  --program "$bench/bin/Release/netstandard2.0/ChatFirmware.NanoBench.dll" --timeout 1200 | grep -v '^ok ' | tee "$report"
{
  echo
  echo "Core of commit $commit, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average $load_before at the start and $(cut -d' ' -f1-3 /proc/loadavg) at the end."
} | tee -a "$report"
if [ -n "$out" ]; then
  cp "$report" "$out"
fi
