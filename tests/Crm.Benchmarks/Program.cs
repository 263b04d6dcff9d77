using Crm.Benchmarks;

// dotnet run -c Release --project tests/Crm.Benchmarks -- SUITE --scale S|M [--seed N]
// reports, dashboards and ml also: --connection CS --warehouse PATH, to run on an existing store instead of generating one
// Prints one name=value line per figure; everything else goes to standard error.
var suite = args.FirstOrDefault(a => !a.StartsWith('-'));
var scaleIndex = Array.IndexOf(args, "--scale");
var scale = scaleIndex >= 0 && scaleIndex + 1 < args.Length ? args[scaleIndex + 1] : "S";
var seedIndex = Array.IndexOf(args, "--seed");
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
var seed = seedIndex >= 0 && seedIndex + 1 < args.Length ? int.Parse(args[seedIndex + 1]) : 42;

switch (suite)
{
    case "etl":
        await EtlSuite.RunAsync(scale);
        return 0;
    case "dedup":
        await DedupSuite.RunAsync(scale, seed);
        return 0;
    case "reports":
        await ReportsSuite.RunAsync(scale, Option("--connection"), Option("--warehouse"));
        return 0;
    case "ml":
        await MlSuite.RunAsync(scale, Option("--connection"), Option("--warehouse"));
        return 0;
    case "dashboards":
        await DashboardsSuite.RunAsync(scale, Option("--connection"), Option("--warehouse"));
        return 0;
    case "import":
        await ImportSuite.RunAsync(scale);
        return 0;
    default:
        Console.Error.WriteLine("usage: Crm.Benchmarks etl|dedup|import|reports|dashboards|ml --scale S|M [--seed N] [--connection CS --warehouse PATH]");
        return 64;
}
