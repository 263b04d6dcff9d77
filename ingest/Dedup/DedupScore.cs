using Npgsql;

namespace Crm.Ingest.Dedup;

/// <summary>
/// Precision and recall of the merges against demo_duplicates. A merged customer predicts the pair
/// (customer, its root); it is right when the truth puts both in the same group (a duplicate and its
/// original, or two duplicates of one original). A planted duplicate is found when it shares a root with
/// its original.
/// </summary>
public static class DedupScore
{
    public static async Task<DedupScoreResult> MeasureAsync(string connectionString, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        var truth = await PairsAsync(conn, "select duplicate_customer_id, original_customer_id from demo_duplicates", ct);
        var roots = (await PairsAsync(conn, "select customer_id, root_id from customer_roots", ct)).ToDictionary(p => p.A, p => p.B);
        var reviews = await PairsAsync(conn, "select customer_id, candidate_id from dedup_reviews where status = 'open'", ct);

        var original = truth.ToDictionary(p => p.A, p => p.B);
        long Group(long id) => original.GetValueOrDefault(id, id);
        long Root(long id) => roots.GetValueOrDefault(id, id);

        var predicted = roots.Where(p => p.Key != p.Value).ToList();
        var correct = predicted.Count(p => Group(p.Key) == Group(p.Value));
        var found = truth.Count(p => Root(p.A) == Root(p.B));
        var reviewTrue = reviews.Count(p => Group(p.A) == Group(p.B));
        return new DedupScoreResult(truth.Count, predicted.Count, correct, found, reviews.Count, reviewTrue);
    }

    private static async Task<List<(long A, long B)>> PairsAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        var pairs = new List<(long, long)>();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) pairs.Add((r.GetInt64(0), r.GetInt64(1)));
        return pairs;
    }
}
