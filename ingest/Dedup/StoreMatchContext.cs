using Npgsql;
using NpgsqlTypes;

namespace Crm.Ingest.Dedup;

/// <summary>
/// <see cref="CustomerDedup.CheckNewAsync"/>'s view of the store around one new customer, read up front in
/// the caller's transaction: its settled pairs, the members of the candidates' roots, and how common its name is.
/// </summary>
internal sealed class StoreMatchContext : IMatchContext
{
    private const string MembersSql = $"""
        select {CustomerRowReader.Columns}, coalesce(c.merged_into_id, c.id)
        from customers c where coalesce(c.merged_into_id, c.id) = any(@roots) and c.deleted_at is null
        """;

    private const string CountsSql = """
        select (select count(*) from customers where name_key = @name and deleted_at is null),
               (select count(*) from customers where city = @city and deleted_at is null),
               (select count(*) from customers where deleted_at is null)
        """;

    private readonly SettledPairs _settled;
    private readonly ILookup<long, CustomerKeys> _members;
    private readonly double _expectedNamesakes;

    private StoreMatchContext(SettledPairs settled, ILookup<long, CustomerKeys> members, double expectedNamesakes)
    {
        _settled = settled;
        _members = members;
        _expectedNamesakes = expectedNamesakes;
    }

    public static async Task<StoreMatchContext> LoadAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CustomerKeys customer,
        IReadOnlyCollection<Candidate> candidates, CancellationToken ct)
    {
        var settled = await SettledPairs.LoadAsync(conn, tx, customer.Id, ct);
        var members = new List<(long Root, CustomerKeys Keys)>();
        await using (var cmd = new NpgsqlCommand(MembersSql, conn, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter<long[]>("roots", candidates.Select(c => c.RootId).Distinct().ToArray()));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) members.Add((r.GetInt64(13), CustomerKeys.From(CustomerRowReader.Map(r))));
        }
        double expected = 0;
        if (customer.NameKey is not null && customer.City is not null)
        {
            await using var cmd = new NpgsqlCommand(CountsSql, conn, tx);
            cmd.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = customer.NameKey });
            cmd.Parameters.Add(new NpgsqlParameter("city", NpgsqlDbType.Text) { Value = customer.City });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            expected = NameFrequency.ExpectedNamesakes(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2));
        }
        return new StoreMatchContext(settled, members.ToLookup(m => m.Root, m => m.Keys), expected);
    }

    public bool Settled(long a, long b) => _settled.Contains(a, b);

    public IEnumerable<CustomerKeys> MembersOf(long rootId) => _members[rootId];

    public double ExpectedNamesakes(CustomerKeys customer) => _expectedNamesakes;
}
