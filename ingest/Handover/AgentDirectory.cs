using Dapper;
using Npgsql;

namespace Crm.Ingest.Handover;

/// <summary>Finds an agent the way people name them: by id, external id (AG-0012) or e-mail.</summary>
public static class AgentDirectory
{
    /// <returns>Null when no agent, or more than one, answers to the key.</returns>
    public static async Task<long?> FindAsync(NpgsqlDataSource db, string key, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var ids = (await conn.QueryAsync<long>(new CommandDefinition("""
            select id from agents
            where deleted_at is null and (id::text = @key or external_id = @key or lower(email) = lower(@key))
            """, new { key = key.Trim() }, cancellationToken: ct))).ToList();
        return ids.Count == 1 ? ids[0] : null;
    }
}
