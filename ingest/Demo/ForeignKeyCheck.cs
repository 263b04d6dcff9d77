using Npgsql;

namespace Crm.Ingest.Demo;

/// <summary>
/// Row-by-row foreign-key triggers cost more than the COPY itself (S loads twice as fast without them), so
/// a superuser loads with them off. This puts the guarantee back: one anti-join per foreign key of the
/// schema, read from the catalogue so keys added by later migrations are checked too.
/// </summary>
internal static class ForeignKeyCheck
{
    public static bool CanDisableTriggers(NpgsqlConnection conn)
    {
        using var cmd = new NpgsqlCommand("select current_setting('is_superuser') = 'on'", conn);
        return (bool)cmd.ExecuteScalar()!;
    }

    public static void Verify(NpgsqlConnection conn)
    {
        var keys = new List<(string Name, string Child, string Parent, string[] Columns, string[] Referenced)>();
        using (var cmd = new NpgsqlCommand("""
            select c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text,
                   array_agg(a.attname::text order by k.ord), array_agg(f.attname::text order by k.ord)
            from pg_constraint c
            cross join lateral unnest(c.conkey, c.confkey) with ordinality as k(attnum, fattnum, ord)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
            join pg_attribute f on f.attrelid = c.confrelid and f.attnum = k.fattnum
            where c.contype = 'f' and c.connamespace = 'public'::regnamespace
            group by c.oid, c.conname, c.conrelid, c.confrelid
            order by 2, 1
            """, conn))
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
                keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    reader.GetFieldValue<string[]>(3), reader.GetFieldValue<string[]>(4)));

        foreach (var (name, child, parent, columns, referenced) in keys)
        {
            var present = string.Join(" and ", columns.Select(c => $"c.{Quote(c)} is not null"));
            var match = string.Join(" and ", columns.Zip(referenced, (c, p) => $"p.{Quote(p)} = c.{Quote(c)}"));
            using var check = new NpgsqlCommand(
                $"select exists (select 1 from {child} c where {present} and not exists (select 1 from {parent} p where {match}))", conn)
            { CommandTimeout = 0 };
            if ((bool)check.ExecuteScalar()!)
                throw new InvalidOperationException($"demo data would break foreign key {name} ({child} → {parent}); nothing was loaded");
        }
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";
}
