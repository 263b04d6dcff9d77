namespace Crm.Ingest.Imports.Writing;

/// <summary>
/// Builds an entity's upsert from the staging table out of its own constant column names (never input):
/// the last row of a key in the chunk wins; an existing record is updated only when a value differs, and an
/// empty cell keeps what it had (imports fill in, they do not blank out); a new record gets the insert
/// defaults for what the file left empty. Returns (inserted, updated, ids of new records).
/// </summary>
public static class UpsertSql
{
    public static string Build(string table, string[] keys, string[] columns, string? where = null,
        IReadOnlyDictionary<string, string>? insertDefaults = null, string returning = "id", bool newIds = false,
        string extraCtes = "", bool counted = true)
    {
        var all = keys.Concat(columns).ToArray();
        var keyList = string.Join(", ", keys);
        var match = string.Join(" and ", keys.Select(k => $"t.{k} = s.{k}"));
        var merged = columns.Select(c => $"coalesce(s.{c}, t.{c})").ToArray();
        var inserted = all.Select(c => insertDefaults?.TryGetValue(c, out var d) == true ? $"coalesce(s.{c}, {d})" : $"s.{c}");
        return $"""
            with s as (
                select distinct on ({keyList}) * from import_stage {(where is null ? "" : "where " + where)}
                order by {keyList}, row_no desc),
            upd as (
                update {table} t set {string.Join(", ", columns.Select((c, i) => $"{c} = {merged[i]}"))}
                from s
                where {match} and ({string.Join(", ", columns.Select(c => "t." + c))}) is distinct from ({string.Join(", ", merged)})
                returning t.{keys[0]}),
            ins as (
                insert into {table} ({string.Join(", ", all)})
                select {string.Join(", ", inserted)} from s
                where not exists (select 1 from {table} t where {match})
                returning {returning}){extraCtes}
            select {(counted ? "(select count(*) from ins), (select count(*) from upd)" : "0::bigint, 0::bigint")},
                   {(newIds ? "(select array_agg(id) from ins)" : "null::bigint[]")}
            """;
    }
}
