using Npgsql;

namespace Crm.Ingest.Dedup;

/// <summary>The merges behind a customer, and undoing one.</summary>
public static class DedupMerges
{
    /// <summary>
    /// The customers now counted as <paramref name="customerId"/> (its root's duplicates), each with the
    /// merge that brought it there; null when there is no such customer.
    /// </summary>
    public static async Task<List<DedupMerge>?> DuplicatesOfAsync(NpgsqlConnection conn, long customerId, CancellationToken ct = default)
    {
        await using (var exists = new NpgsqlCommand("select 1 from customers where id = @id", conn))
        {
            exists.Parameters.Add(new NpgsqlParameter<long>("id", customerId));
            if (await exists.ExecuteScalarAsync(ct) is null) return null;
        }
        await using var cmd = new NpgsqlCommand("""
            select m.id, m.survivor_id, m.duplicate_id, c.name, m.method, m.score, m.evidence, m.merged_at, m.merged_by,
                   m.reverted_at, m.reverted_by
            from customers c
            join lateral (select * from customer_merges m where m.duplicate_id = c.id and m.reverted_at is null
                          order by m.id desc limit 1) m on true
            where c.merged_into_id = customer_root(@id)
            order by m.merged_at, m.id
            """, conn);
        cmd.Parameters.Add(new NpgsqlParameter<long>("id", customerId));
        var list = new List<DedupMerge>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new DedupMerge(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetDouble(5),
                r.GetString(6), r.GetDateTime(7), r.GetString(8), r.IsDBNull(9) ? null : r.GetDateTime(9),
                r.IsDBNull(10) ? null : r.GetString(10)));
        return list;
    }

    /// <summary>Undoes a merge exactly (see <see cref="MergeWriter.RevertAsync"/>); the pair is not merged again.</summary>
    public static async Task<DedupActionResult> RevertAsync(NpgsqlConnection conn, long mergeId, string revertedBy,
        CancellationToken ct = default)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        try
        {
            if (!await MergeWriter.RevertAsync(conn, tx, mergeId, revertedBy, ct))
                return DedupActionResult.NotFound($"merge {mergeId} does not exist");
        }
        catch (DedupConflictException e)
        {
            return DedupActionResult.Conflict(e.Message);
        }
        await tx.CommitAsync(ct);
        return new DedupActionResult(DedupActionStatus.Done, MergeId: mergeId);
    }
}
