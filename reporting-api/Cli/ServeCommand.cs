using Crm.Warehouse.Etl;
using Crm.ReportingApi.Infrastructure;
using Crm.ReportingApi.Jobs;
using Microsoft.AspNetCore.Connections;
using Npgsql;

namespace Crm.ReportingApi.Cli;

public static class ServeCommand
{
    /// <param name="generateIfEmpty">The demo: fill an empty store with demo data and load the warehouse before serving.</param>
    public static async Task<int> RunAsync(IConfiguration config, string[] args, bool generateIfEmpty, CancellationToken ct)
    {
        // Checked again when the web app is built; checked here too so a typo stops us before a demo's long first load.
        _ = EtlSchedule.From(config);
        await using var database = await OperationalDatabase.OpenAsync(config, ct);
        var store = WarehouseLocation.From(config);
        if (generateIfEmpty && await IsEmptyAsync(database.ConnectionString, ct))
        {
            await GenerateCommand.GenerateAsync(database.ConnectionString, config, ct);
            // The demo plants duplicates; the batch dedup a company would run nightly recognises them.
            await DedupCommand.RunJobAsync(database.ConnectionString, ct);
        }
        if (generateIfEmpty || !store.Exists)
            await EtlCommand.LoadAsync(database.ConnectionString, config, new EtlOptions { Trigger = "startup" }, ct);

        await using var app = CrmWebApp.Build(args, config, store, database.ConnectionString);
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync($"crm: cannot listen on {config["Urls"]} ({e.InnerException!.Message}). " +
                                               "Stop what uses it, or pass --urls http://127.0.0.1:PORT");
            return 1;
        }
        foreach (var url in app.Urls)
            Console.WriteLine($"serving: {url}/dashboards  (every report: {url}/dashboards/reports, JSON: {url}/api/reports)");
        Console.WriteLine(EtlMessages.Schedule(app.Services.GetRequiredService<EtlSchedule>(), DateTimeOffset.UtcNow));
        // Ends on Ctrl+C or SIGTERM (the host's own lifetime hears both) or when our token is cancelled;
        // then `await using` stops the web host before our PostgreSQL.
        try { await app.WaitForShutdownAsync(ct); }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    private static async Task<bool> IsEmptyAsync(string connectionString, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("select not exists (select 1 from customers)", conn);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
