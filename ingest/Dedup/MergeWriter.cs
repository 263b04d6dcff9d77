using Npgsql;
using NpgsqlTypes;

namespace Crm.Ingest.Dedup;

/// <summary>
/// Merges and reverts in the caller's transaction. A merge only sets the duplicate's merged_into_id (and
/// re-points customers that had been merged into the duplicate, recording them); deals, activities,
/// contacts and ownership stay on their rows and reach the survivor through <c>customer_roots</c>.
/// </summary>
public static class MergeWriter
{
    // Keeps fresh keys fresh: the touch trigger moves updated_at, but the compared fields did not change.
    private const string KeepKeysFresh = "keys_at = case when keys_at >= updated_at then now() else keys_at end";

    public static async Task<long> MergeAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long survivorId, long duplicateId,
        string method, double score, string evidenceJson, string mergedBy, CancellationToken ct = default)
    {
        if (survivorId == duplicateId) throw new DedupConflictException($"customer {survivorId} cannot be merged into itself");
        await using (var check = new NpgsqlCommand(
                         "select id, merged_into_id from customers where id = any(@ids) and deleted_at is null for update", conn, tx))
        {
            check.Parameters.Add(new NpgsqlParameter<long[]>("ids", [survivorId, duplicateId]));
            var roots = 0;
            await using var r = await check.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) if (r.IsDBNull(1)) roots++;
            if (roots != 2) throw new DedupConflictException($"customers {duplicateId} and {survivorId} are not both live root customers");
        }

        long mergeId;
        await using (var insert = new NpgsqlCommand("""
            insert into customer_merges (survivor_id, duplicate_id, method, score, evidence, merged_by)
            values (@survivor, @duplicate, @method, @score, @evidence, @by) returning id
            """, conn, tx))
        {
            insert.Parameters.Add(new NpgsqlParameter<long>("survivor", survivorId));
            insert.Parameters.Add(new NpgsqlParameter<long>("duplicate", duplicateId));
            insert.Parameters.Add(new NpgsqlParameter<string>("method", method));
            insert.Parameters.Add(new NpgsqlParameter<double>("score", score));
            insert.Parameters.Add(new NpgsqlParameter<string>("evidence", evidenceJson));
            insert.Parameters.Add(new NpgsqlParameter<string>("by", mergedBy));
            mergeId = (long)(await insert.ExecuteScalarAsync(ct))!;
        }

        await using var move = new NpgsqlCommand($"""
            with moved as (
                update customers set merged_into_id = @survivor, {KeepKeysFresh}
                where merged_into_id = @duplicate returning id)
            insert into customer_merge_repoints (merge_id, customer_id) select @merge, id from moved;
            update customers set merged_into_id = @survivor, {KeepKeysFresh} where id = @duplicate;
            """, conn, tx);
        move.Parameters.Add(new NpgsqlParameter<long>("survivor", survivorId));
        move.Parameters.Add(new NpgsqlParameter<long>("duplicate", duplicateId));
        move.Parameters.Add(new NpgsqlParameter<long>("merge", mergeId));
        await move.ExecuteNonQueryAsync(ct);
        return mergeId;
    }

    /// <summary>
    /// Undoes a merge exactly: the duplicate is a root again and the customers moved with it point at it
    /// again. Refused when a later merge has moved the duplicate on (revert that one first).
    /// </summary>
    /// <returns>False when there is no such merge.</returns>
    public static async Task<bool> RevertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long mergeId, string revertedBy,
        CancellationToken ct = default)
    {
        long survivor, duplicate;
        await using (var load = new NpgsqlCommand("""
            select m.survivor_id, m.duplicate_id, m.reverted_at is not null, c.merged_into_id
            from customer_merges m join customers c on c.id = m.duplicate_id
            where m.id = @id for update of m, c
            """, conn, tx))
        {
            load.Parameters.Add(new NpgsqlParameter<long>("id", mergeId));
            await using var r = await load.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return false;
            survivor = r.GetInt64(0);
            duplicate = r.GetInt64(1);
            if (r.GetBoolean(2)) throw new DedupConflictException($"merge {mergeId} is already reverted");
            var current = r.IsDBNull(3) ? (long?)null : r.GetInt64(3);
            if (current != survivor)
                throw new DedupConflictException($"customer {duplicate} has been merged on since merge {mergeId}; revert the later merge first");
        }

        await using var undo = new NpgsqlCommand($"""
            update customers set merged_into_id = null, {KeepKeysFresh} where id = @duplicate;
            update customers set merged_into_id = @duplicate, {KeepKeysFresh}
            where merged_into_id = @survivor
              and id in (select customer_id from customer_merge_repoints where merge_id = @merge);
            update customer_merges set reverted_at = now(), reverted_by = @by where id = @merge;
            """, conn, tx);
        undo.Parameters.Add(new NpgsqlParameter<long>("duplicate", duplicate));
        undo.Parameters.Add(new NpgsqlParameter<long>("survivor", survivor));
        undo.Parameters.Add(new NpgsqlParameter<long>("merge", mergeId));
        undo.Parameters.Add(new NpgsqlParameter<string>("by", revertedBy));
        await undo.ExecuteNonQueryAsync(ct);
        return true;
    }
}
