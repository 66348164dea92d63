#!/usr/bin/env bash
# The nanoFramework conformance build and checks (part of the README's test command).
#
# The board runs .NET nanoFramework 1.x: mscorlib 1.17.11, C# 9, no generics. Its real build needs
# Windows and Visual Studio's nanoFramework project system, so this proves from Linux what that build
# would reject, or worse, accept and then fail on the board:
#   1. compile the core, the device app and the unit-test sources with C# 9 against the real
#      nanoFramework mscorlib (NuGet nanoFramework.CoreLibrary 1.17.11) plus declarations of the other
#      nanoFramework types they use (tests/ChatFirmware.Conformance): List<T>, string.Join, Task, a C# 10
#      feature... fail here;
#   2. scan the compiled IL for generics (neither compiler nor metadata processor rejects them);
#   3. check every .cs beside a .nfproj is one of its Compile items, the embedded-resource ids, and,
#      where the shared folder exists (../shared beside the clone; CHATFIRMWARE_SHARED overrides), the
#      declarations against its API listings, the .nfproj references and the package versions;
#   4. dotnet format over the sources only this build compiles (the device app, the declarations, the checker).
# "scripts/conformance.sh --fix" rewrites the .nfproj Compile items to match the folders, then checks.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

config=Release
shared="${CHATFIRMWARE_SHARED:-../shared}"
solution=tests/ChatFirmware.Conformance/ChatFirmware.Conformance.slnx

echo "=== conformance build (nanoFramework mscorlib 1.17.11, C# 9): core, device app, unit tests"
if ! dotnet build "$solution" -c "$config" -warnaserror --nologo -v quiet; then
  echo
  echo "conformance: FAILED to compile for nanoFramework. The errors above name code that uses an API"
  echo "nanoFramework lacks (not in mscorlib 1.17.11 nor declared in tests/ChatFirmware.Conformance/Declarations)"
  echo "or a C# feature newer than 9.0. Declare an API only if ../shared/nanoframework/api lists it."
  exit 1
fi

checker="tools/ChatFirmware.ConformanceCheck/bin/$config/net10.0/ChatFirmware.ConformanceCheck.dll"
if [ "${1:-}" = "--fix" ]; then
  dotnet "$checker" --repo . --bin "$config" --write-compile-items true
fi

echo "=== conformance checks (generics in IL, .nfproj items and references, declarations, packages, resource ids)"
if ! dotnet "$checker" --repo . --bin "$config" --shared "$shared"; then
  echo
  echo "conformance: FAILED (each FAIL line above says what to fix; \"scripts/conformance.sh --fix\" updates the .nfproj Compile items)"
  exit 1
fi

echo "=== format check of the device app, the declarations and the checker"
dotnet format "$solution" --verify-no-changes --include src/ChatFirmware/ tests/ChatFirmware.Conformance/ tools/ChatFirmware.ConformanceCheck/

echo "conformance: all passed"
