#!/usr/bin/env bash
# Runs the demo: our own PostgreSQL in ./data, demo data (scale S unless --scale M), the warehouse load,
# then the dashboards on http://127.0.0.1:5080. Extra options go to `crm demo` (see `crm help`).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
require_dotnet
require_postgres
require_fonts
check_prerequisites || exit 1

dotnet build reporting-api/Crm.ReportingApi.csproj -c Release -nologo -v quiet
exec dotnet reporting-api/bin/Release/net10.0/crm.dll demo --data data/postgres --warehouse data/warehouse/crm.duckdb "$@"
