namespace Crm.Ingest.Imports.Writing;

/// <summary>
/// Builds an entity's upsert from the staging table out of its own constant column names (never input):
/// the last row of a key in the chunk wins; an existing record is updated only when a value differs, and an
/// empty cell keeps what it had (imports fill in, they do not blank out); a new record gets the insert
/// defaults for what the file left empty. Returns (inserted, updated, ids of new records).
/// </summary>
/// <remarks>
/// The statement takes two booleans, bound by <see cref="ChunkWriter"/> from the statement's
/// <see cref="ChunkStatement.Probe">probe</see>: $1 "some staged key exists", $2 "some staged key is new". They are
/// planned as constants, so a chunk of new keys only inserts, without joining the whole table to find
/// nothing to update, and a chunk of known keys only updates.
/// </remarks>
public static class UpsertSql
{
    public static ChunkStatement Build(string table, string[] keys, string[] columns, string? where = null,
        IReadOnlyDictionary<string, string>? insertDefaults = null, string returning = "id", bool newIds = false,
        string extraCtes = "", bool counted = true)
    {
        var all = keys.Concat(columns).ToArray();
        var keyList = string.Join(", ", keys);
        var match = string.Join(" and ", keys.Select(k => $"t.{k} = s.{k}"));
        var merged = columns.Select(c => $"coalesce(s.{c}, t.{c})").ToArray();
        var inserted = all.Select(c => insertDefaults?.TryGetValue(c, out var d) == true ? $"coalesce(s.{c}, {d})" : $"s.{c}");
        var sql = $"""
            with s as (
                select distinct on ({keyList}) * from import_stage {(where is null ? "" : "where " + where)}
                order by {keyList}, row_no desc),
            upd as (
                update {table} t set {string.Join(", ", columns.Select((c, i) => $"{c} = {merged[i]}"))}
                from s
                where $1::boolean and {match} and ({string.Join(", ", columns.Select(c => "t." + c))}) is distinct from ({string.Join(", ", merged)})
                returning t.{keys[0]}),
            ins as (
                insert into {table} ({string.Join(", ", all)})
                select {string.Join(", ", inserted)} from s
                where $2::boolean and not exists (select 1 from {table} t where $1::boolean and {match})
                returning {returning}){extraCtes}
            select {(counted ? "(select count(*) from ins), (select count(*) from upd)" : "0::bigint, 0::bigint")},
                   {(newIds ? "(select array_agg(id) from ins)" : "null::bigint[]")}
            """;
        return new ChunkStatement(sql, Probe(table, keys, where));
    }

    private static string Probe(string table, string[] keys, string? where)
    {
        var filter = where is null ? "" : "where " + where;
        // LIMIT keeps the lookup a nested loop over the key's unique index, never a hash of the whole table.
        var exact = $"""
            (select count(*) from import_stage s
             cross join lateral (select 1 from {table} t where {string.Join(" and ", keys.Select(k => $"t.{k} = s.{k}"))} limit 1) x
             {filter})
            """;
        var total = $"(select count(*) from import_stage s {filter})";
        if (keys.Length > 1) return $"select {exact}, {total}";
        // One key: a single index range probe answers "all new" for a file of fresh, ordered keys.
        var k = keys[0];
        return $"""
            select case when exists (select 1 from {table} t
                        where t.{k} between (select min(s.{k}) from import_stage s {filter}) and (select max(s.{k}) from import_stage s {filter}))
                   then {exact} else 0 end,
                   {total}
            """;
    }
}
