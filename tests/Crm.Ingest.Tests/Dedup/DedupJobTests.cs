using Crm.Ingest.Dedup;
using Npgsql;
using Xunit.Abstractions;

namespace Crm.Ingest.Tests.Dedup;

public sealed class DedupJobTests(DedupedDemo demo, ITestOutputHelper output) : IClassFixture<DedupedDemo>
{
    [Fact]
    public async Task PrecisionAndRecallAgainstThePlantedDuplicatesAreAtLeast95Percent()
    {
        var score = await DedupScore.MeasureAsync(demo.ConnectionString);
        output.WriteLine($"{score} precision={score.Precision:F3} recall={score.Recall:F3}");
        Assert.True(score.TruthPairs >= 30, $"the demo plants duplicates ({score.TruthPairs})");
        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:F3}");
        Assert.True(score.Recall >= 0.95, $"recall {score.Recall:F3}");
    }

    [Fact]
    public void TheFirstRunComputesEveryKeyAndMerges()
    {
        Assert.Equal(demo.CountsBefore["customers"], demo.FirstRun.CustomersScanned);
        Assert.Equal(demo.FirstRun.CustomersScanned, demo.FirstRun.KeysComputed);
        Assert.True(demo.FirstRun.Merged > 0);
    }

    [Fact]
    public async Task ASecondRunMergesAndQueuesNothingNew()
    {
        var second = await DedupJob.RunAsync(demo.ConnectionString);
        Assert.Equal(0, second.Merged);
        Assert.Equal(0, second.QueuedForReview);
        Assert.Equal(0, second.KeysComputed);
    }

    [Fact]
    public async Task NoRowIsDeletedOrAdded()
    {
        var after = await demo.CountAsync();
        foreach (var table in DedupedDemo.Tables) Assert.Equal(demo.CountsBefore[table], after[table]);
    }

    [Fact]
    public async Task BothDepartmentsDealsAndActivitiesStayOnTheirRowsAndReachTheRoot()
    {
        await using var conn = await demo.OpenAsync();
        // Every planted pair that was merged: the root now counts the deals and activities of both rows.
        var rows = await RowsAsync(conn, """
            select d.duplicate_customer_id, d.original_customer_id, r.root_id,
                   (select count(*) from deals where customer_id in (d.duplicate_customer_id, d.original_customer_id)),
                   (select count(*) from deals x join customer_roots cr on cr.customer_id = x.customer_id where cr.root_id = r.root_id),
                   (select count(*) from activities where customer_id in (d.duplicate_customer_id, d.original_customer_id)),
                   (select count(*) from activities x join customer_roots cr on cr.customer_id = x.customer_id where cr.root_id = r.root_id),
                   (select count(distinct c.department_id) from customers c join customer_roots cr on cr.customer_id = c.id
                    where cr.root_id = r.root_id)
            from demo_duplicates d join customer_roots r on r.customer_id = d.duplicate_customer_id
            join customer_roots o on o.customer_id = d.original_customer_id
            where r.root_id = o.root_id
            """);
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r[3] > 0);
        foreach (var r in rows)
        {
            Assert.Equal(r[1], r[2]); // the original, older customer survives
            Assert.Equal(r[3], r[4]);
            Assert.Equal(r[5], r[6]);
            Assert.Equal(2, r[7]); // a duplicate was entered by another department
        }
        var reach = await RowsAsync(conn, """
            select count(x.customer_id), count(cr.root_id) from deals x left join customer_roots cr using (customer_id)
            union all
            select count(x.customer_id), count(cr.root_id) from activities x left join customer_roots cr using (customer_id)
            """);
        Assert.All(reach, r => Assert.Equal(r[0], r[1])); // every customer's row still resolves to exactly one root
    }

    [Fact]
    public async Task EveryMergedCustomerPointsAtARootAndIsRecorded()
    {
        await using var conn = await demo.OpenAsync();
        var broken = await RowsAsync(conn, """
            select c.id, 0 from customers c join customers s on s.id = c.merged_into_id
            where s.merged_into_id is not null
               or not exists (select 1 from customer_merges m where m.duplicate_id = c.id and m.survivor_id = c.merged_into_id
                              and m.reverted_at is null)
            """);
        Assert.Empty(broken);
    }

    private static async Task<List<long[]>> RowsAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<long[]>();
        while (await r.ReadAsync())
        {
            var row = new long[r.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = Convert.ToInt64(r.GetValue(i));
            rows.Add(row);
        }
        return rows;
    }
}
