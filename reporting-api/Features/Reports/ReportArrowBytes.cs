using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Crm.Dashboards.Reports;
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
            if (args.Values.GetValueOrDefault(p.SqlName) is { } v) metadata[$"crm.{p.Name}"] = Convert.ToString(v is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : v, CultureInfo.InvariantCulture)!;
        if (asOfUtc is { } asOf) metadata["crm.warehouse_as_of"] = asOf.ToString("O", CultureInfo.InvariantCulture);
        var schema = new Schema(batches.Schema.FieldsList, metadata);
        using var buffer = new MemoryStream();
        using (var writer = new ArrowStreamWriter(buffer, schema, leaveOpen: true))
        {
            writer.WriteStart();
            // DuckDB produces its batches synchronously; the async signature is the Arrow interface's.
            while (batches.ReadNextRecordBatchAsync().AsTask().GetAwaiter().GetResult() is { } batch)
                using (batch) writer.WriteRecordBatch(new RecordBatch(schema, batch.Arrays, batch.Length));
            writer.WriteEnd();
        }
        return buffer.ToArray();
    }
}
