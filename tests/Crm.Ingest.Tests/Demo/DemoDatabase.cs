using Crm.Ingest.Demo;
using Crm.Testing;
using Npgsql;

namespace Crm.Ingest.Tests.Demo;

/// <summary>A throw-away PostgreSQL with the S demo generated into it once, for a whole test class.</summary>
public sealed class DemoDatabase : IAsyncLifetime
{
    private readonly ThrowawayPostgres _server = new();
    private readonly List<DemoProgress> _progress = [];

    public DemoResult Result { get; private set; } = null!;
    public string ConnectionString => _server.ConnectionString;
    public IReadOnlyList<DemoProgress> Progress => _progress;

    public static DemoOptions Options => new(DemoScale.S, Seed: 42) { CitiesCsvPath = CitiesCsv() };

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        Result = await DemoGenerator.GenerateAsync(ConnectionString, Options, new Collect(_progress));
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    public Task<NpgsqlConnection> OpenAsync() => _server.OpenAsync();

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var conn = await OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        var value = await cmd.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using var conn = await OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
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

    /// <summary>shared/geo/armenia-cities.csv sits beside the repository; walk up until it is found.</summary>
    public static string? CitiesCsv()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "geo", "armenia-cities.csv");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Progress&lt;T&gt; reports on the thread pool, out of order; tests want every report, in order.</summary>
    private sealed class Collect(List<DemoProgress> sink) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value)
        {
            lock (sink) sink.Add(value);
        }
    }
}
