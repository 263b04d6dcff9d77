using Npgsql;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Quarantine;

/// <summary>
/// Writes quarantined rows in the file's transaction. The same bad row met again while still open keeps one
/// entry, now pointing at the latest batch.
/// </summary>
public sealed class QuarantineWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, long batchId, string entity)
{
    private const string Sql = """
        insert into import_quarantine (batch_id, last_batch_id, entity, row_number, raw, raw_text, errors, raw_sha256)
        select distinct on (u.sha) $1, $1, $2, u.row_no, u.raw, u.txt, u.err, u.sha
        from unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[]) as u (row_no, raw, txt, err, sha)
        order by u.sha, u.row_no
        on conflict (entity, raw_sha256) where status = 'open'
        do update set last_batch_id = excluded.last_batch_id, row_number = excluded.row_number, errors = excluded.errors
        """;

    private readonly List<QuarantineEntry> _pending = [];

    public void Add(QuarantineEntry entry) => _pending.Add(entry);
    public int Pending => _pending.Count;

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0) return;
        await using var cmd = new NpgsqlCommand(Sql, connection, transaction);
        cmd.Parameters.AddWithValue(batchId);
        cmd.Parameters.AddWithValue(entity);
        cmd.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Bigint, _pending.Select(e => e.RowNumber).ToArray());
        cmd.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _pending.Select(e => e.RawJson).ToArray());
        cmd.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _pending.Select(e => e.RawText).ToArray());
        cmd.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _pending.Select(e => e.ErrorsJson).ToArray());
        cmd.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, _pending.Select(e => e.RawSha256).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
        _pending.Clear();
    }

    /// <summary>Entries a corrected file has now imported.</summary>
    public async Task ResolveAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        await using var cmd = new NpgsqlCommand("""
            update import_quarantine set status = 'resolved', resolved_batch_id = $1, resolved_at = now()
            where id = any($2) and entity = $3 and status = 'open'
            """, connection, transaction);
        cmd.Parameters.AddWithValue(batchId);
        cmd.Parameters.AddWithValue(ids.ToArray());
        cmd.Parameters.AddWithValue(entity);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
