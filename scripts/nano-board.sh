#!/usr/bin/env bash
# The nanoCLR board profile: the device app's own HTTP, WebSocket and captive-DNS hosts (src/ChatFirmware
# without its Board/ folder) run by nanoCLR, the board's interpreter, on 127.0.0.1, with radio-free ports
# (flash in memory, managed HMAC, no Wi-Fi). docs/device.md, "The board profile".
#
#   bash scripts/nano-board.sh [--port 8081] [--dns-port 5354] [--settings FILE] [--no-build] [--memory-sample-ms N]
#
# Builds the profile (unless --no-build), converts it with the metadata processor, writes the settings
# into it, then becomes nanoCLR (exec): this script's process id is the server's, so `kill PID` (SIGTERM)
# or SIGKILL stops it; Ctrl+C too. It prints "serving http://127.0.0.1:PORT/" once it listens. Flash is
# in memory: users, sessions and history end with the process. The profile's random numbers are not
# cryptographic (System.Random on nanoCLR for Linux): loopback and tests only.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

port=8081
dns_port=5354
settings=
build=1
sample=0
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --dns-port) dns_port="$2"; shift 2 ;;
    --settings) settings="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --memory-sample-ms) sample="$2"; shift 2 ;;
    *) echo "unknown option $1 (known: --port N, --dns-port N, --settings FILE, --no-build, --memory-sample-ms N)" >&2; exit 2 ;;
  esac
done

shared="${CHATFIRMWARE_SHARED:-../shared}"
if [ ! -f "$shared/nanoframework/toolchain/lib/mscorlib.dll" ]; then
  echo "no nanoFramework toolchain at $shared/nanoframework/toolchain (docs/device.md, 'The real runtime')" >&2
  exit 3
fi
toolchain=$(cd "$shared/nanoframework/toolchain" && pwd)
export NanoToolchain="$toolchain"
config=Release
board="tests/ChatFirmware.Nano/Board/bin/$config/netstandard2.0"
runner="tools/ChatFirmware.NanoRun/bin/$config/net10.0/ChatFirmware.NanoRun.dll"
quiet_build() {
  local log
  log=$(mktemp)
  if ! dotnet build "$1" -c "$config" --nologo -v quiet > "$log" 2>&1; then cat "$log" >&2; rm -f "$log"; exit 1; fi
  rm -f "$log"
}
if [ "$build" = 1 ]; then
  quiet_build tests/ChatFirmware.Nano/Board/ChatFirmware.NanoBoard.csproj
  quiet_build tools/ChatFirmware.NanoRun/ChatFirmware.NanoRun.csproj
fi

work="artifacts/nano-board/$port"
mkdir -p "$work"
args=(--toolchain "$toolchain" --work "$work" --library "$board/ChatFirmware.Core.dll"
  --board "$board/ChatFirmware.NanoBoard.dll" --command-file "$work/command"
  --http-port "$port" --dns-port "$dns_port" --memory-sample-ms "$sample")
if [ -n "$settings" ]; then args+=(--settings "$settings"); fi
dotnet "$runner" "${args[@]}" >&2
mapfile -t command < "$work/command"
# nanoCLR lists every assembly it loads before "Ready."; keep the log to the program's own lines.
exec > >(sed -u '1,/^Ready\./d')
# The toolchain's socket layer runs native threads: with Linux's 8 MB default stacks a 32-bit process
# runs out of address space near 380 of them under a burst of connections (a board's lwIP has none).
ulimit -s 2048
exec "${command[@]}"
