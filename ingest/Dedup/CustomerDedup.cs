using Npgsql;

namespace Crm.Ingest.Dedup;

/// <summary>Recognises a customer just written by an import or the API as someone the store already knows.</summary>
public static class CustomerDedup
{
    // Placeholder until the matcher lands: imports call this inside their own transaction.
    public static Task<DedupOutcome> CheckNewAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        long customerId, CancellationToken ct = default) => Task.FromResult(DedupOutcome.Unique);
}
