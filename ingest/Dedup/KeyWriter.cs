using Npgsql;
using NpgsqlTypes;

namespace Crm.Ingest.Dedup;

/// <summary>Stores computed keys on the customers, so lookups by phone, e-mail and name block use indexes.</summary>
internal static class KeyWriter
{
    // keys_at = now() equals the updated_at the touch trigger sets, so the row reads as fresh afterwards.
    private const string UpdateOne = """
        update customers set phone_key = @phone, email_key = @email, name_key = @name, name_block = @block, keys_at = now()
        where id = @id
        """;

    public static async Task WriteOneAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, CustomerKeys k, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(UpdateOne, conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<long>("id", k.Id));
        cmd.Parameters.Add(Text("phone", k.PhoneKey));
        cmd.Parameters.Add(Text("email", k.EmailKey));
        cmd.Parameters.Add(Text("name", k.NameKey));
        cmd.Parameters.Add(Text("block", k.NameBlock));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <param name="outer">The caller's transaction, or null for one of our own.</param>
    public static async Task WriteManyAsync(NpgsqlConnection conn, NpgsqlTransaction? outer, IReadOnlyList<CustomerKeys> keys,
        CancellationToken ct)
    {
        if (keys.Count == 0) return;
        await using var own = outer is null ? await conn.BeginTransactionAsync(ct) : null;
        var tx = outer ?? own!;
        await using (var create = new NpgsqlCommand("""
            create temp table dedup_keys (id bigint primary key, phone_key text, email_key text, name_key text, name_block text)
            on commit drop
            """, conn, tx))
            await create.ExecuteNonQueryAsync(ct);
        await using (var copy = await conn.BeginBinaryImportAsync(
                         "copy dedup_keys (id, phone_key, email_key, name_key, name_block) from stdin (format binary)", ct))
        {
            foreach (var k in keys)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(k.Id, NpgsqlDbType.Bigint, ct);
                await WriteTextAsync(copy, k.PhoneKey, ct);
                await WriteTextAsync(copy, k.EmailKey, ct);
                await WriteTextAsync(copy, k.NameKey, ct);
                await WriteTextAsync(copy, k.NameBlock, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await using (var update = new NpgsqlCommand("""
            update customers c set phone_key = k.phone_key, email_key = k.email_key, name_key = k.name_key,
                                   name_block = k.name_block, keys_at = now()
            from dedup_keys k where c.id = k.id
            """, conn, tx))
        {
            update.CommandTimeout = 0;
            await update.ExecuteNonQueryAsync(ct);
        }
        await using (var drop = new NpgsqlCommand("drop table dedup_keys", conn, tx))
            await drop.ExecuteNonQueryAsync(ct);
        if (own is not null) await own.CommitAsync(ct);
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Text, ct);
}
