using Crm.ReportingApi.Cli;

namespace Crm.ReportingApi.Tests.Features.Agents;

/// <summary>`crm handover` end to end against a store of its own; the console is captured, so these run one at a time.</summary>
public sealed class HandoverCommandTests(HandoverApp app) : IClassFixture<HandoverApp>
{
    private static readonly SemaphoreSlim ConsoleTurn = new(1, 1);

    [Fact]
    public async Task HandoverByEmailAndExternalIdPrintsTheSummaryAndARepeatIsRefused()
    {
        var email = await app.ScalarAsync<string>("select email from agents where id = $1", app.LeaverId);
        var receiver = await app.ScalarAsync<string>("select external_id from agents where id = $1", app.ReceiverId);
        var receiverName = await app.ScalarAsync<string>("select full_name from agents where id = $1", app.ReceiverId);
        var customers = await app.ScalarAsync<long>("select count(*) from customers where owner_agent_id = $1", app.LeaverId);

        var (code, output, _) = await RunAsync("handover", email, "--to", receiver, "--date", "2026-11-10", "--connection", app.ConnectionString);
        Assert.Equal(0, code);
        Assert.Contains("left on 2026-11-10", output);
        Assert.Contains(receiverName, output);
        Assert.Matches($@"total\s+{customers}\s", output);
        Assert.Equal("left", await app.ScalarAsync<string>("select status from agents where id = $1", app.LeaverId));
        Assert.Equal(customers, await app.ScalarAsync<long>("""
            select count(*) from customer_ownership n join customer_ownership o on o.customer_id = n.customer_id and o.valid_to = n.valid_from
            where n.agent_id = $1 and o.agent_id = $2 and n.valid_to is null and n.reason = 'handover' and n.valid_from = '2026-11-10 00:00 +04'
            """, app.ReceiverId, app.LeaverId));

        var (again, _, error) = await RunAsync("handover", email, "--spread", "--connection", app.ConnectionString);
        Assert.Equal(HandoverCommand.Refused, again);
        Assert.Contains("already left", error);
    }

    [Fact]
    public async Task SpreadingWithoutANamedAgentOrWithBothIsAUsageError()
    {
        Assert.Equal(64, (await RunAsync("handover", "--spread", "--connection", app.ConnectionString)).Code);
        Assert.Equal(64, (await RunAsync("handover", "1", "--spread", "--to", "2", "--connection", app.ConnectionString)).Code);
        var (code, _, error) = await RunAsync("handover", "nobody@example.invalid", "--spread", "--connection", app.ConnectionString);
        Assert.Equal(HandoverCommand.Refused, code);
        Assert.Contains("nobody@example.invalid", error);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        await ConsoleTurn.WaitAsync();
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var code = await CrmCli.RunAsync(args);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            ConsoleTurn.Release();
        }
    }
}
