#!/usr/bin/env bash
# Runs tests/ChatFirmware.Nano/Probes on nanoCLR: small programs that show what the real runtime does
# differently from .NET (docs/device.md, "The real runtime"). Each line: what was observed, and what
# .NET does. Needs the toolchain, like scripts/nanoframework.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
shared="${CHATFIRMWARE_SHARED:-../shared}"
if [ ! -f "$shared/nanoframework/toolchain/lib/mscorlib.dll" ]; then
  echo "no nanoFramework toolchain at $shared/nanoframework/toolchain (see scripts/nanoframework.sh)"
  exit 3
fi
export NanoToolchain
NanoToolchain="$(cd "$shared" && pwd)/nanoframework/toolchain"
dotnet build tests/ChatFirmware.Nano/Probes/Probe.csproj -c Release --nologo -v quiet >/dev/null
dotnet build tools/ChatFirmware.NanoRun -c Release --nologo -v quiet >/dev/null
dotnet tools/ChatFirmware.NanoRun/bin/Release/net10.0/ChatFirmware.NanoRun.dll --toolchain "$NanoToolchain" --work artifacts/nano/probes \
  --program tests/ChatFirmware.Nano/Probes/bin/Release/netstandard2.0/RuntimeProbes.dll --timeout 60 | grep -v '^ok '
