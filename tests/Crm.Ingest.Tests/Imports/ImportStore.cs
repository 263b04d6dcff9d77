using Crm.Ingest.Demo;
using Crm.Ingest.Imports;
using Crm.Testing;
using Npgsql;

namespace Crm.Ingest.Tests.Imports;

/// <summary>A store of its own with the S demo in it (the references imports point at), and a temp folder for files.</summary>
public sealed class ImportStore : IAsyncLifetime
{
    private readonly ThrowawayPostgres _server = new();

    public NpgsqlDataSource Db { get; private set; } = null!;
    public string ConnectionString => _server.ConnectionString;
    public string Folder { get; } = Directory.CreateTempSubdirectory("crm-import-").FullName;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        await DemoGenerator.GenerateAsync(ConnectionString, new DemoOptions(DemoScale.S, Seed: 7)
        {
            CitiesCsvPath = SharedData.Path("geo", "armenia-cities.csv"),
        });
        Db = NpgsqlDataSource.Create(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        await _server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    public string File(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public Task<ImportSummary> ImportAsync(string entity, string path, Func<ImportRequest, ImportRequest>? configure = null,
        CancellationToken ct = default)
    {
        var request = new ImportRequest(entity, path);
        return FileImporter.ImportAsync(Db, configure is null ? request : configure(request), null, ct);
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var cmd = Db.CreateCommand(sql);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task<List<object?[]>> RowsAsync(string sql, params object[] args)
    {
        await using var cmd = Db.CreateCommand(sql);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
