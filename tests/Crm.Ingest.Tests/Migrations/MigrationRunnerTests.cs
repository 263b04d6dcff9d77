using Crm.Ingest.Migrations;
using Crm.Testing;
using Npgsql;

namespace Crm.Ingest.Tests.Migrations;

public sealed class MigrationRunnerTests(ThrowawayPostgres pg) : IClassFixture<ThrowawayPostgres>
{
    [Fact]
    public async Task ApplyingMigrationsTwiceChangesNothing()
    {
        var before = await SchemaFingerprint();
        var applied = await MigrationRunner.ApplyAsync(pg.ConnectionString);
        var after = await SchemaFingerprint();

        Assert.Empty(applied);
        Assert.Equal(before, after);
        await using var conn = await pg.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from schema_version", conn);
        Assert.Equal((long)MigrationRunner.All.Count, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task JournalKnowsAllSixteenActivityTypes()
    {
        await using var conn = await pg.OpenAsync();
        await using var cmd = new NpgsqlCommand("select count(*) from activity_types", conn);
        Assert.Equal(16L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task HistoryIsNeverHardDeleted()
    {
        await using var conn = await pg.OpenAsync();
        await using var insert = new NpgsqlCommand(
            "insert into departments (code, name) values ('del-test', 'Delete test') returning id", conn);
        var id = (long)(await insert.ExecuteScalarAsync())!;

        await using var delete = new NpgsqlCommand("delete from departments where id = $1", conn);
        delete.Parameters.AddWithValue(id);
        var error = await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
        Assert.Contains("never deleted", error.MessageText);
    }

    [Fact]
    public async Task UpdatedAtIsKeptByTheDatabase()
    {
        await using var conn = await pg.OpenAsync();
        await using var insert = new NpgsqlCommand(
            "insert into departments (code, name, updated_at) values ('touch-test', 'Touch', '2000-01-01') returning id", conn);
        var id = (long)(await insert.ExecuteScalarAsync())!;
        await using var update = new NpgsqlCommand(
            "update departments set name = 'Touched' where id = $1 returning updated_at", conn);
        update.Parameters.AddWithValue(id);
        var updatedAt = (DateTime)(await update.ExecuteScalarAsync())!;
        Assert.True(updatedAt > new DateTime(2020, 1, 1), $"updated_at was {updatedAt:o}");
    }

    private async Task<string> SchemaFingerprint()
    {
        await using var conn = await pg.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            select string_agg(table_name || '.' || column_name || ':' || data_type, ',' order by table_name, ordinal_position)
            from information_schema.columns where table_schema = 'public'
            """, conn);
        var columns = (string)(await cmd.ExecuteScalarAsync())!;
        await using var triggers = new NpgsqlCommand("select count(*) from pg_trigger where not tgisinternal", conn);
        return columns + "|" + await triggers.ExecuteScalarAsync();
    }
}
