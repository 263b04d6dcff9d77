using Dapper;
using Npgsql;

namespace Crm.Ingest.Handover;

/// <summary>Who owned a customer when, from customer_ownership (a row covers valid_from ≤ t &lt; valid_to).</summary>
public static class OwnershipHistory
{
    private const string Periods = """
        select o.agent_id as agentid, a.full_name as agentname, o.valid_from as validfrom, o.valid_to as validto, o.reason
        from customer_ownership o join agents a on a.id = o.agent_id
        where o.customer_id = @customerId
        """;

    /// <returns>Null when the customer does not exist or had no owner at that moment.</returns>
    public static async Task<OwnershipPeriod?> OwnerAtAsync(NpgsqlDataSource db, long customerId, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            Periods + " and o.valid_from <= @at and @at < coalesce(o.valid_to, 'infinity') order by o.valid_from desc limit 1",
            new { customerId, at = at.ToUniversalTime() }, cancellationToken: ct));
        return row?.ToPeriod();
    }

    /// <returns>Oldest first; null when the customer does not exist.</returns>
    public static async Task<IReadOnlyList<OwnershipPeriod>?> HistoryAsync(NpgsqlDataSource db, long customerId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var exists = await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from customers where id = @customerId)", new { customerId }, cancellationToken: ct));
        if (!exists) return null;
        var rows = await conn.QueryAsync<Row>(new CommandDefinition(Periods + " order by o.valid_from, o.id",
            new { customerId }, cancellationToken: ct));
        return rows.Select(r => r.ToPeriod()).ToList();
    }

    private sealed record Row(long AgentId, string AgentName, DateTime ValidFrom, DateTime? ValidTo, string Reason)
    {
        public OwnershipPeriod ToPeriod() => new(AgentId, AgentName, Utc(ValidFrom), ValidTo is { } to ? Utc(to) : null, Reason);

        private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
    }
}
