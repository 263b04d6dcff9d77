using Crm.ReportingApi.Cli;

namespace Crm.ReportingApi.Tests.Cli;

public class CrmCliTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task HelpIsPrintedInsteadOfStartingTheServer(string flag)
    {
        // Were it taken for `serve`, this would start PostgreSQL and never return.
        var run = CrmCli.RunAsync([flag]);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(run, finished);
        Assert.Equal(0, await run);
    }

    [Fact]
    public async Task AnUnknownSubcommandIsAUsageError()
    {
        Assert.Equal(64, await CrmCli.RunAsync(["frobnicate"]));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData(null)]
    public async Task AnUnknownOrMissingMlCommandIsAUsageError(string? verb)
    {
        Assert.Equal(64, await CrmCli.RunAsync(verb is null ? ["ml"] : ["ml", verb]));
    }
}
