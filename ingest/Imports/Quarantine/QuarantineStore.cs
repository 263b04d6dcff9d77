using System.Text;
using System.Text.Json;
using CsvHelper;
using Npgsql;

namespace Crm.Ingest.Imports.Quarantine;

/// <summary>Listing, CSV export (to correct and re-import) and discarding of quarantined rows.</summary>
public static class QuarantineStore
{
    private const string ListSql = """
        select id, batch_id, last_batch_id, entity, row_number, status, raw, raw_text, errors, created_at
        from import_quarantine
        where ($1::bigint is null or batch_id = $1 or last_batch_id = $1)
          and ($2::text is null or entity = $2) and ($3::text is null or status = $3)
        order by id
        limit $4
        """;

    public static async Task<IReadOnlyList<QuarantinedRow>> ListAsync(NpgsqlDataSource db, long? batch, string? entity,
        string? status, int limit = 10_000, CancellationToken ct = default)
    {
        await using var cmd = db.CreateCommand(ListSql);
        cmd.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = batch, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = entity, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = status, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        cmd.Parameters.AddWithValue(limit);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<QuarantinedRow>();
        while (await reader.ReadAsync(ct))
            rows.Add(new QuarantinedRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3),
                reader.GetInt64(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8),
                reader.GetDateTime(9)));
        return rows;
    }

    /// <summary>
    /// The batch's open entries as CSV: the file's own headers, then `_quarantine_id` (which a re-import uses
    /// to resolve the entry) and `_errors`. Returns the number of rows written.
    /// </summary>
    public static async Task<int> ExportCsvAsync(NpgsqlDataSource db, long batchId, Stream output, CancellationToken ct = default)
    {
        await using var cmd = db.CreateCommand("select headers from import_batches where id = $1");
        cmd.Parameters.AddWithValue(batchId);
        var headers = (await cmd.ExecuteScalarAsync(ct) is string json ? JsonSerializer.Deserialize<string[]>(json) : null)
            ?? throw new KeyNotFoundException($"there is no import batch {batchId}");
        var rows = await ListAsync(db, batchId, null, "open", int.MaxValue, ct);
        await using var writer = CsvWriter.Create(new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true), new CsvWriterOptions(), false);
        var keys = headers.Select((h, i) => string.IsNullOrWhiteSpace(h) ? $"_column{i + 1}" : h).ToArray();
        writer.WriteRecord([.. headers, "_quarantine_id", "_errors"]);
        foreach (var row in rows)
        {
            using var raw = JsonDocument.Parse(row.RawJson);
            using var errors = JsonDocument.Parse(row.ErrorsJson);
            var cells = keys.Select(k => raw.RootElement.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "");
            var reasons = string.Join("; ", errors.RootElement.EnumerateArray()
                .Select(e => $"{e.GetProperty("column").GetString()}: {e.GetProperty("reason").GetString()}"));
            writer.WriteRecord([.. cells, row.Id.ToString(), reasons]);
        }
        await writer.FlushAsync(ct);
        return rows.Count;
    }

    /// <summary>Gives up on an open entry; false when there is no such open entry.</summary>
    public static async Task<bool> DiscardAsync(NpgsqlDataSource db, long id, CancellationToken ct = default)
    {
        await using var cmd = db.CreateCommand("update import_quarantine set status = 'discarded' where id = $1 and status = 'open'");
        cmd.Parameters.AddWithValue(id);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public static async Task<string?> BatchJsonAsync(NpgsqlDataSource db, long id, CancellationToken ct = default)
    {
        await using var cmd = db.CreateCommand("""
            select (to_jsonb(b) - 'mapping' - 'headers' - 'unknown_headers' || jsonb_build_object('mapping', b.mapping::jsonb,
                'headers', b.headers::jsonb, 'unknown_headers', b.unknown_headers::jsonb))::text
            from import_batches b where id = $1
            """);
        cmd.Parameters.AddWithValue(id);
        return (await cmd.ExecuteScalarAsync(ct)) is string s ? s : null;
    }
}
