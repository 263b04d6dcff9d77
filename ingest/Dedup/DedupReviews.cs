using Npgsql;

namespace Crm.Ingest.Dedup;

/// <summary>The review list: what dedup was unsure about, and a person's decision on each pair.</summary>
public static class DedupReviews
{
    private const string ListSql = """
        select r.id, r.customer_id, c.name, r.candidate_id, k.name, r.score, r.evidence, r.status, r.created_at,
               r.decided_at, r.decided_by
        from dedup_reviews r join customers c on c.id = r.customer_id join customers k on k.id = r.candidate_id
        where r.status = @status
        order by r.score desc, r.id
        limit @limit
        """;

    public static async Task<List<DedupReview>> ListAsync(NpgsqlConnection conn, string status = "open", int limit = 100,
        CancellationToken ct = default)
    {
        await using var cmd = new NpgsqlCommand(ListSql, conn);
        cmd.Parameters.Add(new NpgsqlParameter<string>("status", status));
        cmd.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        var list = new List<DedupReview>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new DedupReview(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt64(3), r.GetString(4), r.GetDouble(5),
                r.GetString(6), r.GetString(7), r.GetDateTime(8), r.IsDBNull(9) ? null : r.GetDateTime(9),
                r.IsDBNull(10) ? null : r.GetString(10)));
        return list;
    }

    /// <summary>"Not the same": the pair is closed and never proposed again.</summary>
    public static async Task<DedupActionResult> RejectAsync(NpgsqlConnection conn, long reviewId, string decidedBy,
        CancellationToken ct = default)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        var open = await LockOpenAsync(conn, tx, reviewId, ct);
        if (open.Result is { } refused) return refused;
        await using var cmd = new NpgsqlCommand(
            "update dedup_reviews set status = 'rejected', decided_at = now(), decided_by = @by where id = @id", conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<long>("id", reviewId));
        cmd.Parameters.Add(new NpgsqlParameter<string>("by", decidedBy));
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return new DedupActionResult(DedupActionStatus.Done);
    }

    /// <summary>"The same": the newer customer's root is merged into the candidate's root, method manual.</summary>
    public static async Task<DedupActionResult> MergeAsync(NpgsqlConnection conn, long reviewId, string decidedBy,
        CancellationToken ct = default)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        var open = await LockOpenAsync(conn, tx, reviewId, ct);
        if (open.Result is { } refused) return refused;
        var (customerRoot, candidateRoot, score, evidence) = open.Pair!.Value;
        if (customerRoot == candidateRoot) return DedupActionResult.Conflict($"review {reviewId}: the two are already one customer");
        var (survivor, duplicate) = candidateRoot < customerRoot ? (candidateRoot, customerRoot) : (customerRoot, candidateRoot);
        long mergeId;
        try
        {
            mergeId = await MergeWriter.MergeAsync(conn, tx, survivor, duplicate, "manual", score, evidence, decidedBy, ct);
        }
        catch (DedupConflictException e)
        {
            return DedupActionResult.Conflict(e.Message);
        }
        await using var cmd = new NpgsqlCommand(
            "update dedup_reviews set status = 'merged', merge_id = @merge, decided_at = now(), decided_by = @by where id = @id",
            conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<long>("id", reviewId));
        cmd.Parameters.Add(new NpgsqlParameter<long>("merge", mergeId));
        cmd.Parameters.Add(new NpgsqlParameter<string>("by", decidedBy));
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return new DedupActionResult(DedupActionStatus.Done, MergeId: mergeId);
    }

    private static async Task<(DedupActionResult? Result, (long, long, double, string)? Pair)> LockOpenAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, long reviewId, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select status, customer_root(customer_id), customer_root(candidate_id), score, evidence
            from dedup_reviews where id = @id for update
            """, conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<long>("id", reviewId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return (DedupActionResult.NotFound($"review {reviewId} does not exist"), null);
        if (r.GetString(0) != "open") return (DedupActionResult.Conflict($"review {reviewId} is already {r.GetString(0)}"), null);
        return (null, (r.GetInt64(1), r.GetInt64(2), r.GetDouble(3), r.GetString(4)));
    }
}
