using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>
/// A query's Arrow batches written as an IPC stream, the schema's metadata saying what the stream is and which
/// warehouse version it was read from: one writer for the streamed tables and the cached reports alike.
/// </summary>
public static class ArrowIpc
{
    public static async Task WriteAsync(Stream body, IArrowArrayStream batches, IReadOnlyDictionary<string, string> metadata,
        DateTime? asOfUtc, CancellationToken ct)
    {
        using var writer = new ArrowStreamWriter(body, Describe(batches.Schema, metadata, asOfUtc), leaveOpen: true);
        await writer.WriteStartAsync(ct);
        while (await batches.ReadNextRecordBatchAsync(ct) is { } batch)
        {
            using (batch) await writer.WriteRecordBatchAsync(batch, ct);
        }
        await writer.WriteEndAsync(ct);
    }

    private static Schema Describe(Schema schema, IReadOnlyDictionary<string, string> described, DateTime? asOfUtc)
    {
        var metadata = new Dictionary<string, string>(schema.Metadata ?? new Dictionary<string, string>());
        foreach (var (key, value) in described) metadata[key] = value;
        if (asOfUtc is { } t) metadata["crm.warehouse_as_of"] = t.ToString("O", CultureInfo.InvariantCulture);
        return new Schema(schema.FieldsList, metadata);
    }
}
