using System.Globalization;
using Crm.Ingest.Demo;
using Npgsql;
using Xunit;

namespace Crm.Testing;

/// <summary>
/// A throw-away store with the S demo (seed 7) for one test class of its own, for tests that change the store
/// (imports, handovers, merges); with short ways to ask it questions.
/// </summary>
public class DemoStore : IAsyncLifetime
{
    private readonly ThrowawayPostgres _server = new();

    public NpgsqlDataSource Db { get; private set; } = null!;
    public string ConnectionString => _server.ConnectionString;

    public virtual async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        await DemoGenerator.GenerateAsync(ConnectionString, new DemoOptions(DemoScale.S, Seed: 7)
        {
            CitiesCsvPath = SharedData.Path("geo", "armenia-cities.csv"),
        });
        Db = NpgsqlDataSource.Create(ConnectionString);
    }

    public virtual async Task DisposeAsync()
    {
        if (Db is not null) await Db.DisposeAsync();
        await _server.DisposeAsync();
    }

    public async Task<NpgsqlConnection> OpenAsync() => await Db.OpenConnectionAsync();

    /// <summary>The first column of the first row, converted to <typeparamref name="T"/>; default when SQL null.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var cmd = Db.CreateCommand(sql);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        var value = await cmd.ExecuteScalarAsync();
        if (value is null or DBNull) return default!;
        if (value is T typed) return typed;
        return (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
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
