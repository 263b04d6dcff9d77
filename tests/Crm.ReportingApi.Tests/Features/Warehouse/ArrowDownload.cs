using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Crm.ReportingApi.Tests.Features.Warehouse;

/// <summary>An Arrow stream read off the HTTP response as it arrives, the way a notebook or an engine reads it.</summary>
internal sealed record ArrowDownload(Schema Schema, long Rows, int Batches, List<RecordBatch> Kept)
{
    /// <param name="keep">Keep the batches (small results); a big table is only counted.</param>
    public static async Task<ArrowDownload> ReadAsync(HttpResponseMessage response, bool keep = false)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = new ArrowStreamReader(body);
        long rows = 0;
        var batches = 0;
        var kept = new List<RecordBatch>();
        while (await reader.ReadNextRecordBatchAsync() is { } batch)
        {
            rows += batch.Length;
            batches++;
            if (keep) kept.Add(batch);
            else batch.Dispose();
        }
        return new ArrowDownload(reader.Schema, rows, batches, kept);
    }
}
