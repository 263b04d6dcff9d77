using Npgsql;

namespace Crm.Ingest.Tests.Dedup;

/// <summary>Small SQL conveniences for the dedup tests.</summary>
internal static class StoreRows
{
    public static async Task<T> ScalarAsync<T>(NpgsqlConnection conn, string sql, NpgsqlTransaction? tx = null,
        params (string Name, object? Value)[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = await cmd.ExecuteScalarAsync();
        return result is null or DBNull ? default! : (T)result;
    }

    /// <summary>A new customer copied from an existing one, changed as the test says, in the test's transaction.</summary>
    public static Task<long> InsertCopyAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long sourceId, string name,
        string? firstName, string? lastName, string? phone, string? email, DateOnly? birthday) =>
        ScalarAsync<long>(conn, """
            insert into customers (kind, name, first_name, last_name, legal_form, tax_id, phone, email, source_code, region,
                                   city, birthday, language, department_id)
            select kind, @name, @first, @last, legal_form, null, @phone, @email, 'walk_in', region, city, @birthday, language,
                   (select d.id from departments d where d.id <> c.department_id order by d.id limit 1)
            from customers c where c.id = @source
            returning id
            """, tx, ("source", sourceId), ("name", name), ("first", firstName), ("last", lastName), ("phone", phone),
            ("email", email), ("birthday", birthday));
}
