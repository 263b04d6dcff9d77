using Crm.Testing;
using Crm.Warehouse.Export;
using DuckDB.NET.Data;

namespace Crm.Warehouse.Tests.Export;

public sealed class ParquetExportTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    [Fact]
    public void ParquetExportIsReadBackWithSameRowCounts()
    {
        using var output = new ExportOutput();
        var manifest = ParquetExport.Write(demo.Store, output.Dir);

        using var warehouse = demo.Store.OpenRead();
        using var readBack = new ParquetReadBack();
        var star = StarCatalog.Read(warehouse);
        Assert.Equal(star.Select(t => t.Name), manifest.Tables.Select(t => t.Name));
        Assert.Contains("fct_activity", manifest.Tables.Select(t => t.Name));
        Assert.Contains("dim_customer", manifest.Tables.Select(t => t.Name));
        Assert.DoesNotContain(manifest.Tables, t => !t.Name.StartsWith("dim_") && !t.Name.StartsWith("fct_") && !t.Name.StartsWith("mart_"));
        foreach (var table in manifest.Tables)
        {
            var expected = StarCatalog.CountRows(warehouse, star.Single(t => t.Name == table.Name));
            Assert.Equal(expected, table.Rows);
            Assert.Equal(expected, Convert.ToInt64(readBack.Scalar(Glob(output.Dir, table), "select count(*) from files")));
        }
        Assert.True(manifest.Tables.Single(t => t.Name == "fct_activity").Rows > 10_000);
        Assert.Equal(Scalar(warehouse, "select sum(signed_amount) from fct_activity"),
            readBack.Scalar(Path.Combine(output.Dir, "fct_activity", "**", "*.parquet"), "select sum(signed_amount) from files"));
        Assert.Equal(demo.Store.AsOfUtc(), ExportManifest.ReadFrom(output.Dir)!.WarehouseAsOfUtc);
        Assert.Empty(output.Leftovers());
    }

    [Fact]
    public void FactsArePartitionedByMonth()
    {
        using var output = new ExportOutput();
        var manifest = ParquetExport.Write(demo.Store, output.Dir);

        using var warehouse = demo.Store.OpenRead();
        var months = Column(warehouse, """
            select distinct coalesce(strftime(occurred_date, '%Y-%m'), '__HIVE_DEFAULT_PARTITION__') from fct_activity
            """);
        var folders = Directory.GetDirectories(Path.Combine(output.Dir, "fct_activity")).Select(Path.GetFileName);
        Assert.True(months.Count > 12, $"only {months.Count} months of activities");
        Assert.Equal(months.Select(m => $"month={m}").Order(), folders.Order());
        Assert.All(Directory.GetDirectories(Path.Combine(output.Dir, "fct_activity")),
            d => Assert.Equal(["data_0.parquet"], Directory.GetFiles(d).Select(Path.GetFileName)));

        var activity = manifest.Tables.Single(t => t.Name == "fct_activity");
        Assert.Equal(("occurred_date", months.Count), (activity.PartitionColumn, activity.Months));
        Assert.Equal("changed_date", manifest.Tables.Single(t => t.Name == "fct_deal_stage_transition").PartitionColumn);
        Assert.All(manifest.Tables.Where(t => t.Name.StartsWith("dim_")), t =>
        {
            Assert.Null(t.PartitionColumn);
            Assert.True(File.Exists(Path.Combine(output.Dir, t.Name + ".parquet")), $"{t.Name}.parquet is missing");
        });

        using var readBack = new ParquetReadBack();
        Assert.Equal(0L, Convert.ToInt64(readBack.Scalar(Path.Combine(output.Dir, "fct_activity", "**", "*.parquet"),
            "select count(*) from files where strftime(occurred_date, '%Y-%m') <> month")));
    }

    [Theory]
    [InlineData("cancelled")]
    [InlineData("failed")]
    public void ExportNeverLeavesAHalfWrittenFolder(string how)
    {
        using var output = new ExportOutput();
        using var cancel = new CancellationTokenSource();
        var written = 0;
        var progress = new SynchronousProgress<ExportedTable>(_ =>
        {
            if (++written < 2) return;
            if (how == "cancelled") cancel.Cancel();
            else throw new IOException("disk full");
        });

        var error = Record.Exception(() => ParquetExport.Write(demo.Store, output.Dir, progress, cancel.Token));

        Assert.True(how == "cancelled" ? error is OperationCanceledException : error is IOException, $"got {error}");
        Assert.Equal(2, written);
        Assert.False(Directory.Exists(output.Dir), "a half-written export was left in place");
        Assert.Empty(output.Leftovers());
    }

    [Fact]
    public void FailedExportLeavesTheEarlierExportAsItWas()
    {
        using var output = new ExportOutput();
        var first = ParquetExport.Write(demo.Store, output.Dir);
        var files = Directory.GetFiles(output.Dir, "*", SearchOption.AllDirectories).Order().ToList();

        var failing = new SynchronousProgress<ExportedTable>(_ => throw new IOException("disk full"));
        Assert.Throws<IOException>(() => ParquetExport.Write(demo.Store, output.Dir, failing));

        Assert.Equal(first.ExportedAtUtc, ExportManifest.ReadFrom(output.Dir)!.ExportedAtUtc);
        Assert.Equal(files, Directory.GetFiles(output.Dir, "*", SearchOption.AllDirectories).Order());
        Assert.Empty(output.Leftovers());
    }

    [Fact]
    public void ExportReplacesAnEarlierExportWhole()
    {
        using var output = new ExportOutput();
        ParquetExport.Write(demo.Store, output.Dir);
        File.WriteAllText(Path.Combine(output.Dir, "fct_activity", "stale.parquet"), "from an older export");

        var second = ParquetExport.Write(demo.Store, output.Dir);

        Assert.Equal(second.ExportedAtUtc, ExportManifest.ReadFrom(output.Dir)!.ExportedAtUtc);
        Assert.False(File.Exists(Path.Combine(output.Dir, "fct_activity", "stale.parquet")));
        Assert.Empty(output.Leftovers());
    }

    [Fact]
    public void ExportRefusesAFolderWithFilesItDidNotWrite()
    {
        using var output = new ExportOutput();
        Directory.CreateDirectory(output.Dir);
        File.WriteAllText(Path.Combine(output.Dir, "notes.txt"), "mine");

        var error = Assert.Throws<ExportRefusedException>(() => ParquetExport.Write(demo.Store, output.Dir));

        Assert.Contains(ExportManifest.FileName, error.Message);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(output.Dir).Select(Path.GetFileName));
        Assert.Empty(output.Leftovers());
    }

    private static string Glob(string dir, ExportedTable table) =>
        table.PartitionColumn is null ? Path.Combine(dir, table.Path) : Path.Combine(dir, table.Path, "**", "*.parquet");

    private static object? Scalar(DuckDBConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static List<string> Column(DuckDBConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
