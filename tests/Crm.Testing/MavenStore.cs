using System.Text.RegularExpressions;
using Crm.Ingest.Imports;
using Crm.Ingest.Imports.Mapping;
using Npgsql;
using Xunit;

namespace Crm.Testing;

/// <summary>
/// An empty store into which the Maven CRM data set is imported by the steps its mappings' README gives,
/// twice: the tests reconcile the store with the CSV files and check the second run changed nothing.
/// </summary>
public sealed partial class MavenStore : IAsyncLifetime
{
    private readonly ThrowawayPostgres _server = new();

    public NpgsqlDataSource Db { get; private set; } = null!;
    public string ConnectionString => _server.ConnectionString;
    public IReadOnlyList<MavenImportStep> Steps { get; } = ReadSteps();
    public List<ImportSummary> FirstRun { get; } = [];
    public List<ImportSummary> SecondRun { get; } = [];

    public CsvTable Teams { get; } = CsvTable.Load(DataFile("sales_teams.csv"));
    public CsvTable Products { get; } = CsvTable.Load(DataFile("products.csv"));
    public CsvTable Accounts { get; } = CsvTable.Load(DataFile("accounts.csv"));
    public CsvTable Pipeline { get; } = CsvTable.Load(DataFile("sales_pipeline.csv"));

    public static string MappingFolder => Path.Combine(RepositoryRoot(), "ingest", "mappings", "maven-crm");

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        Db = NpgsqlDataSource.Create(_server.ConnectionString);
        foreach (var run in new[] { FirstRun, SecondRun })
            foreach (var step in Steps)
                run.Add(await FileImporter.ImportAsync(Db, new ImportRequest(step.Entity, step.CsvPath)
                {
                    Mapping = ImportMapping.Parse(await File.ReadAllTextAsync(step.MappingPath)),
                    Department = step.Department,
                }));
    }

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        await _server.DisposeAsync();
    }

    public ImportMapping Mapping(string fileName) => ImportMapping.Parse(File.ReadAllText(Path.Combine(MappingFolder, fileName)));

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = Db.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>A two-column query as a dictionary (first column the key).</summary>
    public async Task<Dictionary<string, TValue>> PairsAsync<TValue>(string sql)
    {
        await using var cmd = Db.CreateCommand(sql);
        await using var reader = await cmd.ExecuteReaderAsync();
        var pairs = new Dictionary<string, TValue>();
        while (await reader.ReadAsync()) pairs.Add(reader.GetString(0), reader.GetFieldValue<TValue>(1));
        return pairs;
    }

    private static string DataFile(string name) =>
        SharedData.Path("datasets", "maven_crm_sales_opportunities", name)
        ?? throw new InvalidOperationException("the shared datasets folder was not found (../shared or CRM_SHARED_PATH)");

    // The README is the runbook: the test follows its commands, so the two cannot drift apart.
    private static List<MavenImportStep> ReadSteps()
    {
        var root = RepositoryRoot();
        return File.ReadLines(Path.Combine(MappingFolder, "README.md"))
            .Select(l => ImportLine().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => new MavenImportStep(m.Groups["entity"].Value, DataFile(Path.GetFileName(m.Groups["csv"].Value)),
                Path.Combine(root, m.Groups["mapping"].Value), m.Groups["department"].Success ? m.Groups["department"].Value : null))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Crm.sln"))) return dir.FullName;
        throw new InvalidOperationException("Crm.sln not found above the test binaries");
    }

    [GeneratedRegex(@"^crm import (?<entity>\w+) (?<csv>\S+\.csv) --mapping (?<mapping>\S+\.json)(?: --department (?<department>\S+))?$")]
    private static partial Regex ImportLine();
}
