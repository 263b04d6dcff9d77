using Crm.Benchmarks;

// dotnet run -c Release --project tests/Crm.Benchmarks -- SUITE --scale S|M [--seed N]
// Prints one name=value line per figure; everything else goes to standard error.
var suite = args.FirstOrDefault(a => !a.StartsWith('-'));
var scaleIndex = Array.IndexOf(args, "--scale");
var scale = scaleIndex >= 0 && scaleIndex + 1 < args.Length ? args[scaleIndex + 1] : "S";
var seedIndex = Array.IndexOf(args, "--seed");
var seed = seedIndex >= 0 && seedIndex + 1 < args.Length ? int.Parse(args[seedIndex + 1]) : 42;

switch (suite)
{
    case "etl":
        await EtlSuite.RunAsync(scale);
        return 0;
    case "dedup":
        await DedupSuite.RunAsync(scale, seed);
        return 0;
    case "import":
        await ImportSuite.RunAsync(scale);
        return 0;
    default:
        Console.Error.WriteLine("usage: Crm.Benchmarks etl|dedup|import --scale S|M [--seed N]");
        return 64;
}
