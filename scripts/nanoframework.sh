#!/usr/bin/env bash
# The nanoFramework runtime step of the README's test command: the firmware built, converted and run
# the way a board runs it, with the real toolchain in ../shared/nanoframework/toolchain (built from
# nanoFramework's public sources; CHATFIRMWARE_SHARED names another folder that holds nanoframework/).
#   1. compile the core, the device app, the nanoCLR board profile (the device app's hosts with radio-free
#      ports: scripts/nano-board.sh starts it), the unit tests' support library and every unit-test assembly
#      (one per folder of tests/ChatFirmware.UnitTests with an NFUnitTest.*.nfproj) with C# 9 against the
#      toolchain's real assemblies (tests/ChatFirmware.Nano): an API the board lacks, an ambiguous
#      name, `ref` for `out`... fail here as on the Windows build;
#   2. check what no compiler checks (tools/ChatFirmware.ConformanceCheck): generics in the IL, each
#      .nfproj's Compile items, references and package versions, the embedded-resource ids;
#   3. convert every assembly with the metadata processor, each string table within 56 KB, and run
#      every unit-test assembly on nanoCLR, judged by its output (tools/ChatFirmware.NanoRun).
# Exit code 3: no toolchain here, nothing was run (test-all.sh decides whether that fails the run).
# "scripts/nanoframework.sh --fix" rewrites the .nfproj Compile items to match the folders first.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

config=Release
shared="${CHATFIRMWARE_SHARED:-../shared}"
if [ ! -f "$shared/nanoframework/toolchain/lib/mscorlib.dll" ]; then
  echo "nanoFramework runtime step SKIPPED: no toolchain at $shared/nanoframework/toolchain."
  echo "It is the workplace's build of nanoFramework's metadata processor, nanoCLR for Linux and the"
  echo "real assemblies (see docs/device.md, 'The real runtime'). Put the folder that holds"
  echo "nanoframework/toolchain beside the clone as ../shared, or name it in CHATFIRMWARE_SHARED."
  exit 3
fi
shared=$(cd "$shared" && pwd)
toolchain="$shared/nanoframework/toolchain"
# MSBuild reads environment variables as properties: every project of tests/ChatFirmware.Nano sees it.
export NanoToolchain="$toolchain"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! ldconfig -p 2>/dev/null | grep -q 'libstdc++.so.6 (libc6)'; then
  echo "=== the 32-bit C++ runtime nanoCLR needs (Debian's lib32stdc++6)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq lib32stdc++6 >/dev/null
fi

checker="tools/ChatFirmware.ConformanceCheck/bin/$config/net10.0/ChatFirmware.ConformanceCheck.dll"
runner="tools/ChatFirmware.NanoRun/bin/$config/net10.0/ChatFirmware.NanoRun.dll"
nano=tests/ChatFirmware.Nano

echo "=== compile against the real nanoFramework assemblies (C# 9): core, device app, test support, tools"
if ! dotnet build "$nano/ChatFirmware.Nano.slnx" -c "$config" -warnaserror --nologo -v quiet; then
  echo
  echo "nanoframework: FAILED to compile for nanoFramework. The errors above name code that the board's"
  echo "assemblies (../shared/nanoframework/api lists them) do not accept, or a C# feature newer than 9.0."
  exit 1
fi

if [ "${1:-}" = "--fix" ]; then
  dotnet "$checker" --repo . --write-compile-items true
fi

groups=$(find tests/ChatFirmware.UnitTests -mindepth 2 -maxdepth 2 -name 'NFUnitTest.*.nfproj' -printf '%h\n' | xargs -n 1 basename | sort)
for group in $groups; do
  echo "=== compile the unit-test assembly $group"
  dotnet build "$nano/UnitTests/NFUnitTest.csproj" -c "$config" -warnaserror --nologo -v quiet -p:TestGroup="$group"
done

echo "=== checks: generics in IL, .nfproj items, references and packages, resource ids"
dotnet "$checker" --repo . --bin "$config" --toolchain "$toolchain" --shared "$shared"

echo "=== format check of what only this build compiles (the device app, the tools, the runtime probes)"
dotnet format "$nano/ChatFirmware.Nano.slnx" --verify-no-changes --include src/ChatFirmware/ src/ChatFirmware.NanoBoard/ tools/ChatFirmware.ConformanceCheck/ tools/ChatFirmware.NanoRun/ "$nano/Probes/"

echo "=== convert with the metadata processor and run the unit tests on nanoCLR"
tests=()
for group in $groups; do
  tests+=(--tests "$group=$nano/UnitTests/bin/$config/$group/NFUnitTest.dll")
done
dotnet "$runner" --toolchain "$toolchain" --work artifacts/nano \
  --library "$nano/Core/bin/$config/netstandard2.0/ChatFirmware.Core.dll" \
  --library "$nano/UnitTestSupport/bin/$config/netstandard2.0/ChatFirmware.UnitTests.Support.dll" \
  --app "$nano/Device/bin/$config/netstandard2.0/ChatFirmware.dll" \
  --app "$nano/Board/bin/$config/netstandard2.0/ChatFirmware.NanoBoard.dll" \
  "${tests[@]}"
