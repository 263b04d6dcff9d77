using Npgsql;
using NpgsqlTypes;

namespace Crm.Ingest.Dedup;

/// <summary>Recognises a customer just written by an import or the API as someone the store already knows.</summary>
public static class CustomerDedup
{
    public const string MergedBy = "dedup";

    // Older customers only: the one already known survives. Their stored keys find them, so writers call
    // RefreshStaleKeysAsync first for customers written without keys.
    private const string CandidatesSql = $"""
        select {CustomerRowReader.Columns}, coalesce(c.merged_into_id, c.id)
        from customers c
        where c.id < @id and c.deleted_at is null
          and (c.phone_key = @phone or c.email_key = @email
               or (c.city = @city and c.kind = @kind and c.name_block = @block))
        """;

    /// <summary>
    /// Called inside the caller's transaction right after the customer row was inserted: stores its keys,
    /// then merges it into the older customer it surely is (nothing deleted, the merge recorded), puts it on
    /// the review list when unsure, or leaves it alone.
    /// </summary>
    public static async Task<DedupOutcome> CheckNewAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        long customerId, CancellationToken ct = default)
    {
        CustomerRow row;
        await using (var load = new NpgsqlCommand($"select {CustomerRowReader.Columns} from customers c where c.id = @id",
                         connection, transaction))
        {
            load.Parameters.Add(new NpgsqlParameter<long>("id", customerId));
            row = (await CustomerRowReader.ReadAsync(load, ct)).SingleOrDefault()
                  ?? throw new ArgumentException($"customer {customerId} does not exist", nameof(customerId));
        }
        if (row.MergedIntoId is not null) return DedupOutcome.Merged;

        var keys = CustomerKeys.From(row);
        await KeyWriter.WriteOneAsync(connection, transaction, keys, ct);

        var candidates = new List<Candidate>();
        await using (var find = new NpgsqlCommand(CandidatesSql, connection, transaction))
        {
            find.Parameters.Add(new NpgsqlParameter<long>("id", customerId));
            find.Parameters.Add(Text("phone", keys.PhoneKey));
            find.Parameters.Add(Text("email", keys.EmailKey));
            find.Parameters.Add(Text("city", keys.City));
            find.Parameters.Add(new NpgsqlParameter<string>("kind", keys.Kind));
            find.Parameters.Add(Text("block", keys.NameBlock));
            await using var r = await find.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) candidates.Add(new Candidate(CustomerKeys.From(CustomerRowReader.Map(r)), r.GetInt64(13)));
        }

        var context = await StoreMatchContext.LoadAsync(connection, transaction, keys, candidates, ct);
        var decision = MatchChooser.Choose(keys, candidates, customerId, context);
        if (decision is { SurvivorId: { } survivor, Evidence: { } e })
            await MergeWriter.MergeAsync(connection, transaction, survivor, customerId, e.Method, Math.Round(e.Name, 4), e.ToJson(),
                MergedBy, ct);
        await ReviewWriter.QueueAsync(connection, transaction, decision.Reviews, ct);
        return decision.Outcome;
    }

    /// <summary>
    /// Computes the keys of customers written without them (the demo generator, older versions, updates by
    /// imports), so <see cref="CheckNewAsync"/> can find them. Writers call it once before a run of checks.
    /// </summary>
    public static async Task<int> RefreshStaleKeysAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken ct = default)
    {
        List<CustomerRow> stale;
        await using (var read = new NpgsqlCommand(
                         $"select {CustomerRowReader.Columns} from customers c where c.keys_at is null or c.keys_at < c.updated_at",
                         connection, transaction))
        {
            read.CommandTimeout = 0;
            stale = await CustomerRowReader.ReadAsync(read, ct);
        }
        await KeyWriter.WriteManyAsync(connection, transaction, stale.Select(CustomerKeys.From).ToList(), ct);
        return stale.Count;
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
