using Crm.Dashboards.Reports;
using Crm.ReportingApi.Infrastructure;
using DuckDB.NET.Data;

namespace Crm.ReportingApi.Features.Reports;

/// <summary>A report as an Arrow IPC stream, from DuckDB's own Arrow export; a report's rows are few, so it is
/// written whole and cached like the other forms. The schema metadata names the report, its filters and scope.</summary>
public static class ReportArrowBytes
{
    public static byte[] Render(DuckDBConnection conn, ReportQuery query, ReportArguments args, ReportScope scope, DateTime? asOfUtc)
    {
        using var cmd = query.CreateCommand(conn);
        using var batches = cmd.ExecuteArrowStream();
        var metadata = new Dictionary<string, string> { ["crm.report"] = args.Report.Name, ["crm.scope"] = scope.Label };
        foreach (var p in args.Report.Parameters)
            if (args.TextOf(p) is { } text) metadata[$"crm.{p.Name}"] = text;
        using var buffer = new MemoryStream();
        // DuckDB produces its batches synchronously; the async signature is the Arrow interface's.
        ArrowIpc.WriteAsync(buffer, batches, metadata, asOfUtc, CancellationToken.None).GetAwaiter().GetResult();
        return buffer.ToArray();
    }
}
