using Crm.Ingest.Handover;
using Crm.ReportingApi.Infrastructure;
using Npgsql;

namespace Crm.ReportingApi.Cli;

/// <summary>Marks an agent as left and hands their portfolio to a colleague or spreads it over the department.</summary>
public static class HandoverCommand
{
    public const int Refused = 65;

    public static async Task<int> RunAsync(IConfiguration config, string[] options, CancellationToken ct)
    {
        var args = HandoverArguments.Parse(options, out var error);
        if (args is null)
        {
            await Console.Error.WriteLineAsync($"crm handover: {error}");
            return 64;
        }
        await using var database = await OperationalDatabase.OpenAsync(config, ct);
        await using var db = NpgsqlDataSource.Create(database.ConnectionString);
        try
        {
            var leaver = await FindAsync(db, args.Agent, ct);
            var to = args.To is null ? (long?)null : await FindAsync(db, args.To, ct);
            var at = args.Date is { } date ? HandoverCalendar.StartOf(date) : (DateTimeOffset?)null;
            var result = await PortfolioHandover.HandOverAsync(db, new HandoverRequest(leaver, to, at, $"cli:{Environment.UserName}"), ct);
            Print(result);
            return 0;
        }
        catch (HandoverRefusedException e)
        {
            await Console.Error.WriteLineAsync($"crm handover: refused: {e.Message}");
            return Refused;
        }
    }

    private static async Task<long> FindAsync(NpgsqlDataSource db, string key, CancellationToken ct) =>
        await AgentDirectory.FindAsync(db, key, ct)
        ?? throw new HandoverRefusedException(HandoverRefusal.UnknownAgent, $"no single agent answers to '{key}'");

    private static void Print(HandoverResult r)
    {
        Console.WriteLine($"handover #{r.HandoverId}: {r.AgentName} (agent {r.AgentId}) left on {r.LeaveDate:yyyy-MM-dd}, " +
                          $"effective {r.EffectiveAt:yyyy-MM-dd HH:mm:ss}Z, {r.Strategy}");
        Console.WriteLine($"  {"receiver",-36} {"customers",9} {"deals",6} {"tasks",6} {"load",11}");
        foreach (var x in r.Receivers)
            Console.WriteLine($"  {$"{x.AgentName} ({x.AgentId})",-36} {x.Customers,9} {x.Deals,6} {x.Tasks,6} {$"{x.LoadBefore}→{x.LoadAfter}",11}");
        Console.WriteLine($"  {"total",-36} {r.Customers,9} {r.Deals,6} {r.Tasks,6}");
    }
}
