using Npgsql;

namespace Crm.Ingest.Dedup;

/// <summary>Reads <see cref="CustomerRow"/>s: the select list and the mapping live together.</summary>
internal static class CustomerRowReader
{
    public const string Columns = """
        c.id, c.kind, c.name, c.first_name, c.last_name, c.legal_form, c.tax_id, c.phone, c.email, c.city, c.birthday,
        c.merged_into_id, (c.keys_at is null or c.keys_at < c.updated_at) as keys_stale
        """;

    public static async Task<List<CustomerRow>> ReadAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var rows = new List<CustomerRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) rows.Add(Map(r));
        return rows;
    }

    /// <summary>The current record, whose first columns are <see cref="Columns"/>.</summary>
    public static CustomerRow Map(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7),
            Text(r, 8), Text(r, 9), r.IsDBNull(10) ? null : r.GetFieldValue<DateOnly>(10), r.IsDBNull(11) ? null : r.GetInt64(11),
            r.GetBoolean(12));

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
