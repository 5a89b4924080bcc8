#!/bin/sh
# The long fuzz run: the suite's OpenApiFuzzTests with a larger budget and more body variants per
# operation (variants past the sixth pick hostile bodies at random). Fails on any 5xx.
set -e
cd "$(dirname "$0")/../.."
export PORTAL_FUZZ_SECONDS="${PORTAL_FUZZ_SECONDS:-600}"
export PORTAL_FUZZ_VARIANTS="${PORTAL_FUZZ_VARIANTS:-60}"
dotnet build tests/Api.Tests -v q
nice -n 5 dotnet test tests/Api.Tests --no-build --filter "FullyQualifiedName~OpenApiFuzzTests" --logger "console;verbosity=detailed"
