#!/usr/bin/env bash
# Builds everything and runs every test project against real PostgreSQL, DuckDB and PDF tools.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
require_dotnet
require_postgres
require_poppler
require_chromium
require_fonts
require_libgomp
if ! check_prerequisites; then
    echo "0 passed, 1 failed"
    exit 1
fi

mkdir -p artifacts
if ! dotnet build Crm.sln -c Release -nologo -v quiet > artifacts/build.log 2>&1; then
    grep -E "error|warning" artifacts/build.log | sort -u | head -40
    echo "build failed: artifacts/build.log has the whole output"
    echo "0 passed, 1 failed"
    exit 1
fi

dotnet test Crm.sln -c Release --no-build -nologo 2>&1 | tee artifacts/test.log
status=${PIPESTATUS[0]}

# One summary line per test assembly: "Passed!  - Failed: 0, Passed: 12, ..." or "Failed!  - Failed: 1, ...".
sum() { grep -oE "$1: +[0-9]+" artifacts/test.log | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum Passed)
failed=$(sum Failed)
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then
    # A test host that crashed prints no summary of its own: count it as a failure.
    failed=1
fi
echo "${passed} passed, ${failed} failed"
[ "$status" = 0 ] && [ "$failed" = 0 ]
