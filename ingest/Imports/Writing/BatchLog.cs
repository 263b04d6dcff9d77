using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Writing;

/// <summary>The import_batches row of a file: opened in its own transaction, closed in the file's, failed apart.</summary>
internal static class BatchLog
{
    public static async Task<long> OpenAsync(NpgsqlDataSource db, string entity, string fileName, string sha256, string format,
        string? mappingJson, IReadOnlyList<string> headers, IReadOnlyList<string> unknownHeaders, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            insert into import_batches (entity, file_name, file_sha256, format, mapping, headers, unknown_headers)
            values ($1, $2, $3, $4, $5, $6, $7) returning id
            """);
        cmd.Parameters.AddWithValue(entity);
        cmd.Parameters.AddWithValue(fileName);
        cmd.Parameters.AddWithValue(sha256);
        cmd.Parameters.AddWithValue(format);
        cmd.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)mappingJson ?? DBNull.Value);
        cmd.Parameters.AddWithValue(JsonSerializer.Serialize(headers.Select(h => h.Replace('\0', '\uFFFD'))));
        cmd.Parameters.AddWithValue(JsonSerializer.Serialize(unknownHeaders.Select(h => h.Replace('\0', '\uFFFD'))));
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public static async Task CompleteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long batchId, ImportSummary s, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            update import_batches set status = 'completed', finished_at = clock_timestamp(), rows_read = $2,
                rows_imported = $3, rows_updated = $4, rows_unchanged = $5, rows_merged = $6, rows_review = $7,
                rows_quarantined = $8
            where id = $1
            """, conn, tx);
        foreach (var v in new[] { batchId, s.RowsRead, s.RowsImported, s.RowsUpdated, s.RowsUnchanged, s.RowsMerged, s.RowsReview, s.RowsQuarantined })
            cmd.Parameters.AddWithValue(v);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public static async Task FailAsync(NpgsqlDataSource db, long batchId, string error)
    {
        await using var cmd = db.CreateCommand(
            "update import_batches set status = 'failed', finished_at = clock_timestamp(), error = $2 where id = $1");
        cmd.Parameters.AddWithValue(batchId);
        cmd.Parameters.AddWithValue(error.Replace('\0', '\uFFFD'));
        await cmd.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
