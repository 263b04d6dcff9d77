using Crm.Ingest.Postgres;
using Npgsql;

namespace Crm.Ingest.Tests.Postgres;

public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crm-launcher-").FullName;

    [Fact]
    public void MissingServerBinariesSayWhatToInstall()
    {
        var error = Assert.Throws<PostgresUnavailableException>(() => PostgresBinaries.Locate(Path.Combine(_folder, "no-such-bin")));
        Assert.Contains("apt-get install -y postgresql", error.Message);
        Assert.Contains("ConnectionStrings:Crm", error.Message);
    }

    [Fact]
    public async Task NextStartReusesTheDataOfTheLastOne()
    {
        var options = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_folder, "pg"), Throwaway = true };
        await using (var first = await EmbeddedPostgres.StartAsync(options))
            await Execute(first.ConnectionString, "create table kept (note text); insert into kept values ('survives a restart')");

        await using var second = await EmbeddedPostgres.StartAsync(options);
        await using var conn = new NpgsqlConnection(second.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("select note from kept", conn);
        Assert.Equal("survives a restart", await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ASecondHostOnTheSameFolderIsRefusedAndLeavesTheFirstsServerRunning()
    {
        var options = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_folder, "pg-shared"), Throwaway = true };
        await using var first = await EmbeddedPostgres.StartAsync(options);

        var refused = await Assert.ThrowsAsync<PostgresUnavailableException>(() => EmbeddedPostgres.StartAsync(options));

        Assert.Contains("another crm process", refused.Message);
        await Execute(first.ConnectionString, "select 1"); // still up: the refused host stopped nothing
    }

    [Fact]
    public async Task ServerListensOnLoopbackOnly()
    {
        await using var server = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_folder, "pg-loopback"), Throwaway = true });
        await using var conn = new NpgsqlConnection(server.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("show listen_addresses", conn);
        Assert.Equal("127.0.0.1", await cmd.ExecuteScalarAsync());
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
