using System.Globalization;
using System.Text;
using Crm.Ingest.Demo;
using Crm.Ingest.Imports;
using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// An activities CSV (100,000 rows at S, 1,000,000 at M) imported into a demo store, then imported again
/// (every row unchanged): rows per second of the whole importer, reading to commit.
/// </summary>
public static class ImportSuite
{
    private static readonly string[] Types = ["call_out", "call_in", "meeting", "email", "sms", "visit", "task"];
    private static readonly string[] Outcomes = ["answered", "no_answer", "busy", "positive", "neutral", "done"];

    public static async Task RunAsync(string scaleName)
    {
        var rows = scaleName.Equals("M", StringComparison.OrdinalIgnoreCase) ? 1_000_000 : 100_000;
        await using var db = await BenchmarkDatabase.StartAsync();
        await db.GenerateAsync(DemoScale.S);
        await using var source = NpgsqlDataSource.Create(db.ConnectionString);
        var path = Path.Combine(db.Folder, "activities.csv");
        await WriteCsvAsync(source, path, rows);
        Console.Error.WriteLine($"wrote {rows:N0} rows, {new FileInfo(path).Length / 1e6:F0} MB");

        var progress = new Progress<ImportProgress>(p => Console.Error.Write($"\rimport {p.RowsRead,12:N0}"));
        var first = await FileImporter.ImportAsync(source, new ImportRequest("activities", path), progress);
        Console.Error.WriteLine();
        var second = await FileImporter.ImportAsync(source, new ImportRequest("activities", path), progress);
        Console.Error.WriteLine();
        Console.Error.WriteLine(string.Join('\n', first.Lines().Take(2).Concat(second.Lines().Take(2))));
        Console.WriteLine($"import_rows={first.RowsImported}");
        Console.WriteLine($"import_seconds={first.Elapsed.TotalSeconds:F2}");
        Console.WriteLine($"import_rows_per_s={first.RowsRead / first.Elapsed.TotalSeconds:F0}");
        Console.WriteLine($"import_reimport_seconds={second.Elapsed.TotalSeconds:F2}");
    }

    private static async Task WriteCsvAsync(NpgsqlDataSource db, string path, int rows)
    {
        var agents = await ColumnAsync(db, "select external_id from agents order by id");
        var customers = await ColumnAsync(db, "select external_id from customers order by id");
        var random = new Random(42);
        await using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        await file.WriteLineAsync("external_id,type,occurred_at,agent,customer,subject,duration_seconds,outcome");
        var start = new DateTime(2025, 1, 1, 8, 0, 0);
        for (var i = 0; i < rows; i++)
        {
            var at = start.AddSeconds(i * 37L).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            await file.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"BENCH-{i:D7},{Types[random.Next(Types.Length)]},{at},{agents[random.Next(agents.Count)]},{customers[random.Next(customers.Count)]},\"Follow-up, item {i}\",{random.Next(3600)},{Outcomes[random.Next(Outcomes.Length)]}"));
        }
    }

    private static async Task<List<string>> ColumnAsync(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
