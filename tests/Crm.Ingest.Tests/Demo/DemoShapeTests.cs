namespace Crm.Ingest.Tests.Demo;

/// <summary>The patterns reports and models are meant to find must really be in the data.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoShapeTests(DemoDatabase db)
{
    private const string AsOfEnd = "((date '2026-11-01')::timestamp at time zone 'Asia/Yerevan')";

    [Fact]
    public async Task TopFifthOfBuyersBringsMostRevenue()
    {
        var share = await db.ScalarAsync<double>("""
            with revenue as (select customer_id, sum(amount) as r from activities where type_code = 'sale' group by customer_id),
            ranked as (select r, row_number() over (order by r desc) as n, count(*) over () as buyers from revenue)
            select sum(r) filter (where n <= buyers * 0.2) / sum(r) from ranked
            """);
        Assert.InRange(share, 0.70, 0.90);
    }

    [Fact]
    public async Task SalesAndDealOpeningsFollowTheSeasons()
    {
        var sales = await MonthlyAsync("select extract(month from occurred_at at time zone 'Asia/Yerevan'), sum(amount) from activities where type_code = 'sale' group by 1");
        var openings = await MonthlyAsync("select extract(month from opened_at at time zone 'Asia/Yerevan'), count(*) from deals group by 1");

        Assert.Equal(12, sales.Count);
        Assert.True(sales.Values.Max() >= 1.3 * sales.Values.Min(), $"sales by month: {string.Join(", ", sales)}");
        Assert.True(openings.Values.Max() >= 1.5 * openings.Values.Min(), $"deal openings by month: {string.Join(", ", openings)}");
        // The planted shape: busy spring and December, quiet January and August.
        Assert.True(openings[4] > 1.5 * openings[8] && openings[12] > 1.5 * openings[1], $"deal openings by month: {string.Join(", ", openings)}");
        Assert.True(sales[4] + sales[5] > 1.3 * (sales[1] + sales[8]), $"sales by month: {string.Join(", ", sales)}");
    }

    [Fact]
    public async Task ConversionDiffersBySource()
    {
        var rates = await WinRatesAsync("source_code", 50);
        Assert.True(rates["referral"] > 1.8 * rates["cold_call"], $"referral {rates["referral"]:P0} vs cold call {rates["cold_call"]:P0}");
        Assert.True(rates["partner"] > rates["social"]);
    }

    [Fact]
    public async Task ConversionDiffersByCampaign()
    {
        var rates = await WinRatesAsync("campaign_id", 25);
        Assert.True(rates.Count >= 5, $"only {rates.Count} campaigns with enough closed deals");
        Assert.True(rates.Values.Max() > 1.5 * rates.Values.Min(), $"campaign win rates {string.Join(", ", rates.Values.Select(v => v.ToString("P0")))}");
    }

    [Fact]
    public async Task AgentsOfDifferentSkillWinAtDifferentRates()
    {
        var rates = await WinRatesAsync("owner_agent_id", 150);
        Assert.True(rates.Count >= 8);
        Assert.True(rates.Values.Max() > 1.3 * rates.Values.Min(), $"agent win rates {string.Join(", ", rates.Values.Select(v => v.ToString("P0")))}");
    }

    [Fact]
    public async Task StalledDealsSitInProposalOrNegotiationWithoutActivity()
    {
        var row = (await db.RowsAsync($"""
            select count(*),
                   count(*) filter (where not exists (select 1 from activities a where a.deal_id = d.id
                                                      and a.occurred_at > {AsOfEnd} - interval '31 days')
                                    and d.stage_changed_at < {AsOfEnd} - interval '31 days')
            from deals d where d.stage in ('proposal', 'negotiation')
            """))[0];
        var (open, stalled) = ((long)row[0]!, (long)row[1]!);
        Assert.True(stalled >= 20, $"{stalled} stalled deals");
        Assert.InRange((double)stalled / open, 0.15, 0.85);
    }

    [Fact]
    public async Task ChurnedCustomersFadeBeforeTheyLeave()
    {
        var share = await db.ScalarAsync<double>("""
            select avg(case when lifecycle = 'lost' then 1.0 else 0 end) from customers c
            where exists (select 1 from activities a where a.customer_id = c.id and a.type_code = 'sale')
            """);
        Assert.InRange(share, 0.18, 0.28);
        Assert.Equal(0, await db.ScalarAsync<long>("""
            select count(*) from customers c where lifecycle = 'lost'
            and not exists (select 1 from activities a where a.customer_id = c.id and a.type_code = 'sale')
            """));

        var row = (await db.RowsAsync("""
            select count(*) filter (where a.occurred_at >= c.lifecycle_changed_at - interval '90 days' and a.occurred_at < c.lifecycle_changed_at),
                   count(*) filter (where a.occurred_at >= c.lifecycle_changed_at - interval '180 days' and a.occurred_at < c.lifecycle_changed_at - interval '90 days'),
                   count(*) filter (where a.occurred_at >= c.lifecycle_changed_at),
                   count(*) filter (where a.type_code in ('payment', 'bank_payment') and a.occurred_at >= c.lifecycle_changed_at - interval '90 days'),
                   count(*) filter (where a.type_code in ('payment', 'bank_payment') and a.occurred_at >= c.lifecycle_changed_at - interval '270 days'
                                    and a.occurred_at < c.lifecycle_changed_at - interval '180 days')
            from customers c join activities a on a.customer_id = c.id
            where c.lifecycle = 'lost'
            """))[0];
        var (last90, before, after, paidLast90, paidEarlier) = ((long)row[0]!, (long)row[1]!, (long)row[2]!, (long)row[3]!, (long)row[4]!);
        Assert.True(last90 < 0.6 * before, $"{last90} activities in the last 90 days before churn vs {before} in the 90 before that");
        Assert.Equal(0, after);
        Assert.True(paidLast90 < 0.5 * paidEarlier, $"{paidLast90} payments in the last 90 days vs {paidEarlier} half a year earlier");
    }

    [Fact]
    public async Task PlantedProductPairsShowLift()
    {
        var lifts = (await db.RowsAsync("""
            with firsts as (
                select a.customer_id, l.product_id, min(a.occurred_at) as at
                from sale_lines l join activities a on a.id = l.sale_activity_id group by 1, 2),
            buyers as (select count(distinct customer_id)::float as n from firsts),
            pairs(first_name, then_name) as (values
                ('Նոութբուք Arev Pro 15', 'Գրասենյակային փաթեթ (լիցենզիա)'),
                ('IP տեսախցիկ 4MP', 'Տեսահսկման տեղադրում'),
                ('Wi-Fi երթուղիչ AX', 'Ցանցի կարգավորում'),
                ('Բազմաֆունկցիոնալ տպիչ', 'Տոներային քարթրիջ'))
            select p.first_name,
                   (select count(*) from firsts a join firsts b on b.customer_id = a.customer_id and b.product_id = pb.id and b.at > a.at
                    where a.product_id = pa.id)::float
                   / (select count(*) from firsts where product_id = pa.id)
                   / ((select count(*) from firsts where product_id = pb.id) / (select n from buyers))
            from pairs p join products pa on pa.name = p.first_name join products pb on pb.name = p.then_name
            """)).Select(r => (Name: (string)r[0]!, Lift: (double)r[1]!)).ToList();

        Assert.Equal(4, lifts.Count);
        Assert.True(lifts.Max(l => l.Lift) > 3, string.Join(", ", lifts));
        Assert.All(lifts, l => Assert.True(l.Lift > 1.8, $"{l.Name}: lift {l.Lift:F2}"));
    }

    private async Task<Dictionary<int, double>> MonthlyAsync(string sql) =>
        (await db.RowsAsync(sql)).ToDictionary(r => Convert.ToInt32(r[0]), r => Convert.ToDouble(r[1]));

    private async Task<Dictionary<string, double>> WinRatesAsync(string column, int minClosed) =>
        (await db.RowsAsync($"""
            select {column}::text, avg(case when stage = 'won' then 1.0 else 0 end)
            from deals where stage in ('won', 'lost') and {column} is not null
            group by 1 having count(*) >= {minClosed}
            """)).ToDictionary(r => (string)r[0]!, r => Convert.ToDouble(r[1]));
}
