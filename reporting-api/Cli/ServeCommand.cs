using Crm.ReportingApi.Infrastructure;
using Npgsql;

namespace Crm.ReportingApi.Cli;

public static class ServeCommand
{
    /// <param name="generateIfEmpty">The demo: fill an empty store with demo data and load the warehouse before serving.</param>
    public static async Task<int> RunAsync(IConfiguration config, string[] args, bool generateIfEmpty, CancellationToken ct)
    {
        await using var database = await OperationalDatabase.OpenAsync(config, ct);
        var store = WarehouseLocation.From(config);
        if (generateIfEmpty && await IsEmptyAsync(database.ConnectionString, ct))
            await GenerateCommand.GenerateAsync(database.ConnectionString, config, ct);
        if (generateIfEmpty || !store.Exists)
            await EtlCommand.LoadAsync(database.ConnectionString, config, ct);

        var app = CrmWebApp.Build(args, config, database.ConnectionString, store);
        await app.StartAsync(ct);
        foreach (var url in app.Urls)
            Console.WriteLine($"serving: {url}/dashboards/funnel  (JSON: {url}/api/reports/funnel, PDF: {url}/dashboards/funnel.pdf)");
        try { await Task.Delay(Timeout.Infinite, ct); }
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
