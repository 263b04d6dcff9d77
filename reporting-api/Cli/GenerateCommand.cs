using Crm.Ingest.Demo;
using Crm.ReportingApi.Infrastructure;

namespace Crm.ReportingApi.Cli;

public static class GenerateCommand
{
    public static async Task<int> RunAsync(IConfiguration config, CancellationToken ct)
    {
        await using var database = await OperationalDatabase.OpenAsync(config, ct);
        await GenerateAsync(database.ConnectionString, config, ct);
        return 0;
    }

    public static async Task<DemoResult> GenerateAsync(string connectionString, IConfiguration config, CancellationToken ct)
    {
        var scale = DemoScale.Parse(config["Demo:Scale"] ?? "S");
        var options = new DemoOptions(scale, config.GetValue("Demo:Seed", 42))
        {
            CitiesCsvPath = Path.Combine(config["Shared:Path"] ?? "../shared", "geo", "armenia-cities.csv"),
        };
        var progress = new Progress<DemoProgress>(p =>
            Console.Write($"\rgenerate: {p.Table,-22} {p.Rows,12:N0} rows  total {p.TotalRowsSoFar,12:N0}  {p.RowsPerSecond,10:N0} rows/s   "));
        var result = await DemoGenerator.GenerateAsync(connectionString, options, progress, ct);
        Console.WriteLine();
        Console.WriteLine($"generate: scale {scale.Name}, {result.TotalRows:N0} rows in {result.Elapsed.TotalSeconds:F1} s " +
                          $"({result.RowsPerSecond:N0} rows/s)");
        return result;
    }
}
