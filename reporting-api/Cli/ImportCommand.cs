using Crm.Ingest.Imports;
using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Quarantine;
using Crm.Ingest.Imports.Reading;
using Crm.ReportingApi.Infrastructure;
using Npgsql;

namespace Crm.ReportingApi.Cli;

/// <summary>
/// `crm import ENTITY FILE [--mapping M.json] [--department CODE] [--format csv|xlsx]` and
/// `crm import quarantine list|export|discard`. Exit codes follow sysexits: 65 the file is refused, 66 it
/// does not exist, 64 bad usage.
/// </summary>
public static class ImportCommand
{
    private static readonly HashSet<string> ValueSwitches =
    [
        "--mapping", "--department", "--format", "--batch", "--entity", "--status", "--out",
        "--connection", "--data", "--pg-port", "--warehouse", "--urls", "--scale", "--seed",
    ];

    public static async Task<int> RunAsync(IConfiguration config, string[] options, CancellationToken ct)
    {
        var (positional, switches) = Split(options);
        if (positional.Count >= 1 && positional[0] == "quarantine") return await QuarantineAsync(config, positional, switches, ct);
        if (positional.Count != 2) return Usage("crm import ENTITY FILE [--mapping FILE.json] [--department CODE] [--format csv|xlsx]");
        var (entity, file) = (positional[0], positional[1]);
        if (ImportEntities.Find(entity) is null)
            return Usage($"unknown entity '{entity}' (one of: {string.Join(", ", ImportEntities.Names)})");
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"crm import: {file} does not exist");
            return 66;
        }
        ImportFormat? format = switches.GetValueOrDefault("--format") switch
        {
            null => null,
            "csv" => ImportFormat.Csv,
            "xlsx" => ImportFormat.Xlsx,
            var other => throw new ImportRefusedException($"unknown format '{other}' (csv or xlsx)"),
        };
        try
        {
            var mapping = switches.TryGetValue("--mapping", out var mappingFile)
                ? ImportMapping.Parse(await ReadMappingAsync(mappingFile, ct))
                : ImportMapping.Empty;
            await using var database = await OperationalDatabase.OpenAsync(config, ct);
            await using var db = NpgsqlDataSource.Create(database.ConnectionString);
            var request = new ImportRequest(entity, file, Path.GetFileName(file), format)
            {
                Mapping = mapping,
                Department = switches.GetValueOrDefault("--department"),
            };
            var summary = await FileImporter.ImportAsync(db, request, new ProgressLine(), ct);
            await Console.Error.WriteLineAsync();
            foreach (var line in summary.Lines()) Console.WriteLine(line);
            return 0;
        }
        catch (ImportRefusedException e)
        {
            await Console.Error.WriteLineAsync($"crm import: {file} refused: {e.Message}");
            return 65;
        }
    }

    private static async Task<string> ReadMappingAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new ImportRefusedException($"the mapping file {path} does not exist");
        return await File.ReadAllTextAsync(path, ct);
    }

    private static async Task<int> QuarantineAsync(IConfiguration config, List<string> positional,
        Dictionary<string, string> switches, CancellationToken ct)
    {
        var action = positional.ElementAtOrDefault(1);
        long? batch = switches.TryGetValue("--batch", out var b) && long.TryParse(b, out var n) ? n : null;
        if (action is not ("list" or "export" or "discard")
            || (action == "export" && (batch is null || !switches.ContainsKey("--out")))
            || (action == "discard" && !long.TryParse(positional.ElementAtOrDefault(2), out _)))
            return Usage("crm import quarantine list [--batch N] [--entity E] [--status open|resolved|discarded] | " +
                         "export --batch N --out FILE.csv | discard ID");
        await using var database = await OperationalDatabase.OpenAsync(config, ct);
        await using var db = NpgsqlDataSource.Create(database.ConnectionString);
        switch (action)
        {
            case "list":
                var rows = await QuarantineStore.ListAsync(db, batch, switches.GetValueOrDefault("--entity"),
                    switches.GetValueOrDefault("--status", "open"), ct: ct);
                foreach (var r in rows)
                    Console.WriteLine($"{r.Id}\tbatch {r.LastBatchId}\t{r.Entity}\trow {r.RowNumber}\t{r.Status}\t{Reasons(r.ErrorsJson)}");
                await Console.Error.WriteLineAsync($"{rows.Count} entries");
                return 0;
            case "export":
                await using (var file = File.Create(switches["--out"]))
                {
                    var written = await QuarantineStore.ExportCsvAsync(db, batch!.Value, file, ct);
                    Console.WriteLine($"{written} rows written to {switches["--out"]}");
                }
                return 0;
            default:
                var id = long.Parse(positional[2]);
                if (await QuarantineStore.DiscardAsync(db, id, ct))
                {
                    Console.WriteLine($"quarantine entry {id} discarded");
                    return 0;
                }
                await Console.Error.WriteLineAsync($"crm import: no open quarantine entry {id}");
                return 1;
        }
    }

    private static string Reasons(string errorsJson)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(errorsJson);
        return string.Join("; ", doc.RootElement.EnumerateArray()
            .Select(e => $"{e.GetProperty("column").GetString()}: {e.GetProperty("reason").GetString()}"));
    }

    private static (List<string> Positional, Dictionary<string, string> Switches) Split(string[] options)
    {
        var positional = new List<string>();
        var switches = new Dictionary<string, string>();
        for (var i = 0; i < options.Length; i++)
        {
            if (ValueSwitches.Contains(options[i]) && i + 1 < options.Length) switches[options[i]] = options[++i];
            else if (!options[i].StartsWith("--")) positional.Add(options[i]);
        }
        return (positional, switches);
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"usage: {message}");
        return 64;
    }
}
