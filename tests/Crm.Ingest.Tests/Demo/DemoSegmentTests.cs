namespace Crm.Ingest.Tests.Demo;

/// <summary>Segments fit the kind of customer, and each customer's attribute history ends where its record stands.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoSegmentTests(DemoDatabase db)
{
    [Fact]
    public async Task SegmentsFitTheKindOfCustomer()
    {
        var counts = (await db.RowsAsync("select kind || '/' || segment, count(*) from customers group by 1"))
            .ToDictionary(r => (string)r[0]!, r => (long)r[1]!);

        Assert.Equal(["company/corporate", "company/smb", "person/retail", "person/vip"], counts.Keys.Order());
        Assert.True(counts["person/vip"] < counts["person/retail"] / 3, "VIPs are the few who spent the most");
        Assert.True(counts["company/corporate"] < counts["company/smb"], "most companies are small or medium");
    }

    [Fact]
    public async Task AttributeHistoryEndsWhereTheCustomerStands()
    {
        Assert.Equal(0L, await db.ScalarAsync<long>("""
            with h as (
                select h.*, row_number() over w as n, count(*) over (partition by h.customer_id) as total,
                       lag(h.changed_at) over w as previous_at
                from customer_attribute_history h
                window w as (partition by h.customer_id order by h.changed_at, h.id))
            select count(*) from customers c
            left join h first on first.customer_id = c.id and first.n = 1
            left join h last on last.customer_id = c.id and last.n = last.total
            where first.id is null
               or first.changed_at <> c.created_at or first.lifecycle <> 'lead'
               or last.lifecycle <> c.lifecycle or last.segment <> c.segment
               or exists (select 1 from h where h.customer_id = c.id and h.changed_at <= h.previous_at)
            """));
        Assert.True(await db.ScalarAsync<long>("select count(*) from customer_attribute_history") >
                    2 * await db.ScalarAsync<long>("select count(*) from customers"), "lifecycles should move");
        Assert.True(await db.ScalarAsync<long>("""
            select count(distinct customer_id) from customer_attribute_history where segment in ('vip', 'corporate')
            and customer_id in (select customer_id from customer_attribute_history where segment in ('retail', 'smb'))
            """) > 20, "some customers should move up a segment");
    }
}
