using System.Globalization;
using Crm.Testing;
using Npgsql;

namespace Crm.Warehouse.Tests.Models;

/// <summary>The star as loaded from the S demo, checked against the operational store it came from.</summary>
public sealed class StarSchemaTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    [Theory]
    [InlineData("dim_agent", "agent_id", -1)]
    [InlineData("dim_customer", "customer_key", -1)]
    [InlineData("dim_department", "department_id", -1)]
    [InlineData("dim_product", "product_id", -1)]
    [InlineData("dim_campaign", "campaign_id", -1)]
    [InlineData("dim_partner", "partner_id", -1)]
    [InlineData("dim_source", "source_code", "-1")]
    [InlineData("dim_region", "region_key", "-1")]
    public void EveryDimensionHasAnUnknownMember(string dimension, string key, object unknown)
    {
        Assert.Equal(1L, Star<long>($"select count(*) from {dimension} where {key} = ?", unknown));
        Assert.True(Star<long>($"select count(*) from {dimension} where {key} <> ?", unknown) > 0, $"{dimension} has only its unknown member");
    }

    [Fact]
    public void EveryFactHasADateToBePartitionedBy()
    {
        // The Parquet export partitions a fact by the month of its first *_date column.
        var facts = StarRows("""
            select t.table_name, first(c.column_name order by c.column_index), first(c.data_type order by c.column_index)
            from duckdb_tables() t
            left join duckdb_columns() c on c.table_name = t.table_name and c.column_name like '%\_date' escape '\'
            where t.table_name like 'fct\_%' escape '\'
            group by t.table_name order by t.table_name
            """);
        Assert.Equal(15, facts.Count); // fct_churn_score and fct_suggestion are empty until a load runs the models
        foreach (var fact in facts)
        {
            Assert.Equal("DATE", fact[2]);
            Assert.Equal(0L, Star<long>($"select count(*) from {fact[0]} where {fact[1]} is null"));
        }
    }

    [Fact]
    public async Task CurrentVersionsAreTheCustomersAsTheyStand()
    {
        var source = await SourceRows("""
            select id, coalesce(owner_agent_id, -1), segment, lifecycle from customers where merged_into_id is null order by id
            """);
        var star = StarRows("""
            select customer_id, owner_agent_id, segment, lifecycle from dim_customer
            where is_current and customer_id <> -1 order by customer_id
            """);
        Assert.Equal(source.Select(Line), star.Select(Line));
    }

    [Fact]
    public void LifecycleChangeIsKeptAsHistory()
    {
        // Churned buyers were leads, then buyers, then lost: each step is a version of its own.
        var paths = StarRows("""
            select customer_id, string_agg(lifecycle, '>' order by version_no)
            from dim_customer where customer_id in (select customer_id from dim_customer where is_current and lifecycle = 'lost')
            group by customer_id
            """);
        Assert.True(paths.Count > 20, $"only {paths.Count} lost customers");
        foreach (var path in paths)
        {
            var steps = ((string)path[1]!).Split('>').Distinct().ToArray();
            Assert.Equal("lead", steps[0]);
            Assert.Equal("lost", steps[^1]);
            Assert.Contains("buyer", steps);
        }
    }

    [Fact]
    public void FactsCarryTheCustomerVersionOfTheirMoment()
    {
        Assert.Equal(0L, Star<long>("""
            select count(*) from fct_activity f join dim_customer v on v.customer_key = f.customer_key
            where f.customer_key <> -1
              and ((f.occurred_at < v.valid_from and v.version_no > 1) or f.occurred_at >= coalesce(v.valid_to, 'infinity'))
            """));
        Assert.True(Star<long>("""
            select count(*) from fct_activity f join dim_customer v on v.customer_key = f.customer_key where not v.is_current
            """) > 10_000, "history is not used: facts should read the customer as it was");
    }

    [Fact]
    public async Task SaleLineRevenueMatchesSource()
    {
        var source = await SourceRows("""
            select l.product_id, sum(round(l.quantity * l.unit_price - l.discount_amount, 2)), sum(round(l.quantity * l.unit_cost, 2))
            from sale_lines l join activities a on a.id = l.sale_activity_id where a.deleted_at is null
            group by 1 order by 1
            """);
        var star = StarRows("select product_id, sum(revenue), sum(cost) from fct_sale_line group by 1 order by 1");
        Assert.Equal(source.Select(Line), star.Select(Line));
        Assert.Equal(0L, Star<long>("""
            select count(*) from (select sale_activity_id, sum(revenue) as revenue, sum(margin) as margin, sum(revenue - cost) as net
                                  from fct_sale_line group by 1) l
            join fct_activity a on a.activity_id = l.sale_activity_id
            where l.revenue <> a.amount or l.margin <> l.net
            """));
    }

    [Fact]
    public async Task RefundsNetOutInPaymentFacts()
    {
        var net = await SourceScalar<decimal>("""
            select sum(case when type_code = 'refund' then -amount else amount end) from activities
            where type_code in ('payment', 'refund', 'bank_payment') and deleted_at is null
            """);
        Assert.Equal(net, Star<decimal>("select sum(signed_amount) from fct_payment"));
        Assert.True(Star<long>("select count(*) from fct_payment where is_refund") > 50);
        Assert.Equal(0L, Star<long>("select count(*) from fct_payment where is_refund <> (signed_amount < 0) or abs(signed_amount) <> amount"));
        Assert.Equal(0L, Star<long>("select count(*) from fct_payment where payment_method = 'unknown'"));
    }

    [Fact]
    public async Task MonthlySnapshotKnowsEachDealsStageAtEveryMonthEnd()
    {
        // Month ends already past, counted per month and stage on both sides (UTC, like the warehouse).
        var source = await SourceRows("""
            with deals as (
                select id, opened_at at time zone 'UTC' as opened, closed_at at time zone 'UTC' as closed
                from deals where deleted_at is null),
            month_ends as (
                select d.id, e as ends_at from deals d,
                generate_series(date_trunc('month', d.opened) + interval '1 month',
                                coalesce(date_trunc('month', d.closed), date_trunc('month', now() at time zone 'UTC')),
                                interval '1 month') e)
            select (m.ends_at - interval '1 day')::date, s.to_stage, count(*)
            from month_ends m
            cross join lateral (select h.to_stage from deal_stage_history h
                                where h.deal_id = m.id and h.changed_at at time zone 'UTC' < m.ends_at
                                order by h.changed_at desc, h.id desc limit 1) s
            group by 1, 2 order by 1, 2
            """);
        var star = StarRows("""
            select snapshot_date, stage_code, count(*) from fct_deal_monthly_snapshot
            where snapshot_date < date_trunc('month', current_date) group by 1, 2 order by 1, 2
            """);
        Assert.True(source.Count > 100);
        Assert.Equal(source.Select(Line), star.Select(Line));
    }

    [Fact]
    public async Task CampaignCostSpreadsEachBudgetOverItsMonths()
    {
        var budgets = await SourceRows("select id, cost, ends_on - starts_on + 1 from campaigns where deleted_at is null order by id");
        var spread = StarRows("select campaign_id, sum(budget_amount), count(*) filter (where budget_amount > 0) from fct_campaign_cost group by 1 order by 1")
            .ToDictionary(r => Convert.ToInt64(r[0]), r => (Amount: (decimal)r[1]!, Months: Convert.ToInt64(r[2])));
        foreach (var b in budgets)
        {
            var id = Convert.ToInt64(b[0]);
            Assert.Equal((decimal)b[1]!, spread[id].Amount);
            if (Convert.ToInt32(b[2]) > 62 && (decimal)b[1]! > 0) Assert.True(spread[id].Months >= 2, $"campaign {id} runs over months but was booked in one");
        }
    }

    private T Star<T>(string sql, params object[] args) => StarQuery.Scalar<T>(demo.Store, sql, args);

    private List<object?[]> StarRows(string sql) => StarQuery.Rows(demo.Store, sql);

    private async Task<T> SourceScalar<T>(string sql)
    {
        await using var pg = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(sql, pg);
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    private async Task<List<object?[]>> SourceRows(string sql)
    {
        await using var pg = await demo.OpenSourceAsync();
        await using var cmd = new NpgsqlCommand(sql, pg);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A row as text both sides agree on: numbers without trailing zeros, dates as yyyy-MM-dd.</summary>
    private static string Line(object?[] row) => string.Join("|", row.Select(v => v switch
    {
        null => "",
        decimal d => d.ToString("0.#####", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture),
    }));
}
