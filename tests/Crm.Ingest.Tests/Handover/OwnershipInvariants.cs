namespace Crm.Ingest.Tests.Handover;

/// <summary>Whole-table checks of an ownership history: per item, periods follow each other without gap or overlap and at most one is open.</summary>
public static class OwnershipInvariants
{
    /// <returns>How many rows break the rule (0 when the history is sound).</returns>
    public static Task<long> OverlapsAsync(HandoverDemoStore store, string table, string item) => store.ScalarAsync<long>($"""
        select count(*) from {table} a join {table} b on a.{item} = b.{item} and a.id < b.id
        where a.valid_from < coalesce(b.valid_to, 'infinity') and b.valid_from < coalesce(a.valid_to, 'infinity')
        """);

    public static Task<long> GapsAsync(HandoverDemoStore store, string table, string item) => store.ScalarAsync<long>($"""
        select count(*) from (
            select valid_from, lag(valid_to) over (partition by {item} order by valid_from) as previous_to,
                   row_number() over (partition by {item} order by valid_from) as n
            from {table}) s
        where n > 1 and previous_to is distinct from valid_from
        """);

    public static Task<long> ItemsWithSeveralOpenAsync(HandoverDemoStore store, string table, string item) => store.ScalarAsync<long>($"""
        select count(*) from (select {item} from {table} where valid_to is null group by {item} having count(*) > 1) s
        """);
}
