using Crm.ReportingApi.Infrastructure;

namespace Crm.ReportingApi.Cli;

public static class MigrateCommand
{
    public static async Task<int> RunAsync(IConfiguration config, CancellationToken ct)
    {
        await using var database = await OperationalDatabase.OpenAsync(config, ct);
        Console.WriteLine("schema is current");
        return 0;
    }
}
