using Npgsql;

namespace Crm.Ingest.Dedup;

/// <summary>
/// Pairs dedup must not decide again: every pair already on the review list (open, merged or rejected) and
/// every pair whose merge was reverted — a person said "not the same", or is about to.
/// </summary>
public sealed class SettledPairs
{
    private const string Sql = """
        select customer_id, candidate_id from dedup_reviews where @id is null or customer_id = @id or candidate_id = @id
        union all
        select duplicate_id, survivor_id from customer_merges
        where reverted_at is not null and (@id is null or duplicate_id = @id or survivor_id = @id)
        """;

    private readonly HashSet<(long, long)> _pairs = [];

    public int Count => _pairs.Count;

    public bool Contains(long a, long b) => _pairs.Contains(Key(a, b));

    public void Add(long a, long b) => _pairs.Add(Key(a, b));

    /// <summary>All settled pairs, or only those involving <paramref name="customerId"/>.</summary>
    public static async Task<SettledPairs> LoadAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long? customerId, CancellationToken ct)
    {
        var settled = new SettledPairs();
        await using var cmd = new NpgsqlCommand(Sql, conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<long?>("id", customerId) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) settled.Add(r.GetInt64(0), r.GetInt64(1));
        return settled;
    }

    private static (long, long) Key(long a, long b) => a < b ? (a, b) : (b, a);
}
