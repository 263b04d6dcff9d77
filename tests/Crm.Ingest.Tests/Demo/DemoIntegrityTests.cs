namespace Crm.Ingest.Tests.Demo;

/// <summary>The rows agree with each other the way a real CRM's would.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoIntegrityTests(DemoDatabase db)
{
    [Fact]
    public async Task AllSixteenActivityTypesArePresent()
    {
        var counts = (await db.RowsAsync("select type_code, count(*) from activities group by 1"))
            .ToDictionary(r => (string)r[0]!, r => (long)r[1]!);
        var total = counts.Values.Sum();

        Assert.Equal(16, counts.Count);
        Assert.Equal(16L, await db.ScalarAsync<long>("select count(*) from activity_types"));
        Assert.All(counts, c => Assert.True(c.Value >= 100, $"{c.Key}: {c.Value}"));
        Assert.All(counts, c => Assert.True(c.Value < 0.3 * total, $"{c.Key} is {c.Value} of {total}"));
        Assert.True(counts["call_out"] + counts["call_in"] > 0.2 * total);
        Assert.True(counts["refund"] < counts["payment"] / 10);
    }

    [Fact]
    public async Task CallsTasksAndMailsCarryTheirDetails()
    {
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from activities where type_code in ('call_out', 'call_in')
            and (duration_seconds is null or outcome not in ('answered', 'no_answer', 'busy', 'voicemail')
                 or (outcome = 'answered' and duration_seconds < 20) or (outcome in ('no_answer', 'busy') and duration_seconds <> 0))
            """));
        Assert.Equal(4L, await db.ScalarAsync<long>("select count(distinct outcome) from activities where type_code = 'call_out'"));
        Assert.Equal(4L, await db.ScalarAsync<long>("select count(distinct outcome) from activities where type_code = 'email'"));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from activities where type_code = 'task' and (due_at is null or due_at <= occurred_at)"));
        Assert.True(await db.ScalarAsync<long>("""
            select count(*) from activities where type_code = 'task' and completed_at is null and outcome = 'open'
            and due_at < (date '2026-10-31')::timestamp at time zone 'Asia/Yerevan'
            """) > 50, "some tasks must be overdue");
        Assert.True(await db.ScalarAsync<long>("select count(*) from activities where type_code = 'task' and completed_at is not null") > 1000);
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from activities where type_code in ('meeting', 'visit') and duration_seconds is null"));
    }

    [Fact]
    public async Task DealStagesFollowTheirHistory()
    {
        var broken = await db.ScalarAsync<long>("""
            with h as (
                select h.*, s.sort_order,
                       row_number() over w as n,
                       lag(h.to_stage) over w as prev_stage,
                       lag(h.changed_at) over w as prev_at,
                       lag(s.sort_order) over w as prev_order
                from deal_stage_history h join deal_stages s on s.code = h.to_stage
                window w as (partition by h.deal_id order by h.changed_at, h.id))
            select count(*) from h where
                (n = 1 and (to_stage <> 'lead' or from_stage is not null))
                or (n > 1 and (from_stage is distinct from prev_stage or changed_at <= prev_at or prev_stage in ('won', 'lost')
                               or not (to_stage = 'lost' or sort_order = prev_order + 1)))
            """);
        Assert.Equal(0, broken);

        var mismatched = await db.ScalarAsync<long>("""
            with last as (
                select distinct on (deal_id) deal_id, to_stage, changed_at from deal_stage_history order by deal_id, changed_at desc, id desc),
            first as (select deal_id, min(changed_at) as opened from deal_stage_history group by deal_id)
            select count(*) from deals d
            left join last l on l.deal_id = d.id left join first f on f.deal_id = d.id
            where l.deal_id is null or d.stage <> l.to_stage or d.stage_changed_at <> l.changed_at or d.opened_at <> f.opened
               or ((d.stage in ('won', 'lost')) <> (d.closed_at is not null)) or d.closed_at <> d.stage_changed_at
               or ((d.stage = 'lost') <> (d.lost_reason is not null))
               or ((d.stage not in ('won', 'lost')) <> (d.expected_close_date is not null))
            """);
        Assert.Equal(0, mismatched);
        Assert.Equal(6L, await db.ScalarAsync<long>("select count(distinct stage) from deals"));
    }

    [Fact]
    public async Task LifecycleMatchesDealsAndSales()
    {
        var wrong = await db.RowsAsync("""
            with facts as (
                select c.id, c.lifecycle, c.lifecycle_changed_at,
                       (select min(occurred_at) from activities a where a.customer_id = c.id and a.type_code = 'sale') as first_sale,
                       exists (select 1 from deals d join deal_stage_history h on h.deal_id = d.id
                               where d.customer_id = c.id and h.to_stage = 'qualified') as qualified
                from customers c)
            select lifecycle, count(*) from facts where
                (lifecycle = 'buyer' and (first_sale is null or lifecycle_changed_at <> first_sale))
                or (lifecycle = 'lost' and (first_sale is null or lifecycle_changed_at <= first_sale))
                or (lifecycle = 'prospect' and (first_sale is not null or not qualified))
                or (lifecycle = 'lead' and (first_sale is not null or qualified))
                or lifecycle_changed_at is null
            group by lifecycle
            """);
        Assert.Empty(wrong);
        Assert.Equal(4L, await db.ScalarAsync<long>("select count(distinct lifecycle) from customers"));
    }

    [Fact]
    public async Task MoneyAddsUp()
    {
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from activities a
            left join (select sale_activity_id, sum(quantity * unit_price - discount_amount) as net from sale_lines group by 1) l
              on l.sale_activity_id = a.id
            where a.type_code = 'sale' and (l.net is null or l.net <> a.amount)
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from sale_lines l join products p on p.id = l.product_id where l.unit_cost <> p.unit_cost"));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from products where unit_cost >= list_price"));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from sale_lines where unit_cost >= unit_price - discount_amount / quantity"));

        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from activities a left join payments p on p.activity_id = a.id
            where a.type_code in ('payment', 'refund', 'bank_payment') and p.activity_id is null
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from activities s join (
                select p.sale_activity_id,
                       sum(a.amount) filter (where a.type_code <> 'refund') as paid,
                       coalesce(sum(a.amount) filter (where a.type_code = 'refund'), 0) as refunded
                from payments p join activities a on a.id = p.activity_id group by 1) m on m.sale_activity_id = s.id
            where m.paid > s.amount or m.refunded > m.paid
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from payments p join activities a on a.id = p.activity_id where a.type_code = 'bank_payment' and p.method <> 'bank_transfer'"));

        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from deals d join activities s on s.deal_id = d.id and s.type_code = 'sale'
            where d.stage <> 'won' or s.amount <> d.amount or s.occurred_at <> d.closed_at
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from quotes q join (select quote_id, sum(round(quantity * unit_price * discount_pct / 100)) as discount,
                                                  sum(quantity * unit_price) as gross from quote_lines group by 1) l on l.quote_id = q.id
            where q.amount <> l.gross - l.discount
            """));
    }

    [Fact]
    public async Task CampaignSpendIsBookedAsExpenses()
    {
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from activities a left join expenses e on e.activity_id = a.id where a.type_code = 'expense' and e.activity_id is null"));
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from campaigns c
            join (select e.campaign_id, sum(a.amount) as spent from expenses e join activities a on a.id = e.activity_id group by 1) x
              on x.campaign_id = c.id
            where x.spent > c.cost or (c.ends_on < date '2026-10-01' and x.spent <> c.cost)
            """));
        Assert.True(await db.ScalarAsync<long>("select count(distinct campaign_id) from expenses") >= 25);
        Assert.True(await db.ScalarAsync<long>("select count(distinct category) from expenses") >= 7);
    }

    [Fact]
    public async Task DocumentsQuotesAndContractsFollowTheDeals()
    {
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from deals d where d.stage = 'won' and not exists (select 1 from contracts k where k.deal_id = d.id)"));
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from deals d where exists (select 1 from deal_stage_history h where h.deal_id = d.id and h.to_stage = 'proposal')
            and not exists (select 1 from quotes q where q.deal_id = d.id)
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from quotes q join deals d on d.id = q.deal_id where d.stage = 'won' and q.status not in ('accepted', 'rejected')"));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from contracts k where not exists (select 1 from documents d where d.entity_type = 'contract' and d.entity_id = k.id)"));
        Assert.Equal(3L, await db.ScalarAsync<long>("select count(distinct status) from contracts"));
    }

    [Fact]
    public async Task PayrollAndPlansCoverEveryWorkingMonth()
    {
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from agents a where role in ('agent', 'department_head') and not exists (select 1 from sales_plans p where p.agent_id = a.id)
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from salary_payments s join agents a on a.id = s.agent_id where a.leave_date < s.period_month"));
        Assert.True(await db.ScalarAsync<long>("select count(*) from salary_payments where commission_amount > 0") > 100);
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from salary_payments where paid_at > (date '2026-11-01')::timestamp at time zone 'Asia/Yerevan'"));
    }

    [Fact]
    public async Task LoyaltyLedgerFollowsPurchases()
    {
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from customers c where exists (select 1 from activities a where a.customer_id = c.id and a.type_code = 'sale')
            and not exists (select 1 from loyalty_ledger l where l.customer_id = c.id and l.reason = 'card_issued')
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from loyalty_ledger l join activities a on a.id = l.sale_activity_id
            where l.reason = 'purchase' and l.points_earned <> floor(a.amount / 1000)
            """));
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from (select customer_id, sum(points_earned) - sum(points_spent) as balance from loyalty_ledger group by 1) b where balance < 0
            """));
        var reasons = await db.ScalarAsync<long>("select count(distinct reason) from loyalty_ledger");
        Assert.True(reasons >= 5, $"{reasons} ledger reasons");
        Assert.Equal(4L, await db.ScalarAsync<long>("select count(distinct discount_level) from loyalty_ledger"));
        Assert.True(await db.ScalarAsync<long>("select count(*) from loyalty_ledger where referrer_customer_id is not null") > 10);
    }
}
