using Crm.ReportingApi.Infrastructure;
using Crm.Testing;
using Microsoft.Extensions.Configuration;

namespace Crm.ReportingApi.Tests.Infrastructure;

public sealed class OperationalDatabaseTests(ThrowawayPostgres server) : IClassFixture<ThrowawayPostgres>
{
    [Fact]
    public async Task ConfiguredConnectionStringIsUsedAndNoClusterIsStarted()
    {
        var unusedFolder = Path.Combine(Path.GetTempPath(), $"crm-never-created-{Guid.NewGuid():N}");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Crm"] = server.ConnectionString,
            ["Postgres:DataDirectory"] = unusedFolder,
        }).Build();

        await using var database = await OperationalDatabase.OpenAsync(config);

        Assert.False(database.IsEmbedded);
        Assert.Equal(server.ConnectionString, database.ConnectionString);
        Assert.False(Directory.Exists(unusedFolder));
    }
}
