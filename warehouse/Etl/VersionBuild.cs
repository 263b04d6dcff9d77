using System.Diagnostics;
using DuckDB.NET.Data;

namespace Crm.Warehouse.Etl;

/// <summary>
/// Builds one warehouse version in its file: a full build fills a new file; an incremental one moves the source's
/// changes into the standby version inside one DuckDB transaction, so a load that dies or fails its checks leaves
/// that file as it was. Either way the checks run before the version is marked whole.
/// </summary>
internal sealed class VersionBuild(DuckDBConnection duck, SourceSnapshot snapshot, IReadOnlyList<SourceTable> tables,
    IProgress<EtlProgress>? progress, CancellationToken ct)
{
    public Dictionary<string, long> RowsMoved { get; } = [];
    public Dictionary<string, long> RowsTotal { get; } = [];
    public List<EtlCheck> Checks { get; private set; } = [];

    public void CopyAll()
    {
        foreach (var table in tables)
            Step("copy", table.Name, () => RowsMoved[table.RawName] = RowsTotal[table.RawName] = RawLoader.LoadWhole(snapshot.Connection, duck, table, ct));
    }

    public void CopyChanges(DateTime since)
    {
        foreach (var table in tables)
            Step("copy", table.Name, () => RowsMoved[table.RawName] = table.ReadWhole
                ? RawLoader.ReplaceChanged(snapshot.Connection, duck, table, ct)
                : RawLoader.MergeChanges(snapshot.Connection, duck, table, since, ct));
    }

    public void BuildModels(bool incremental)
    {
        foreach (var model in ModelCatalog.Models)
        {
            if (model.IsView)
            {
                if (!incremental) duck.Execute($"create view {model.Name} as {model.Render(incremental: false)}");
                continue;
            }
            Step("model", model.Name, () =>
            {
                if (incremental && model.IsIncremental) RowsMoved[model.Name] = Replace(model);
                else duck.Execute($"create or replace table {model.Name} as {model.Render(incremental: false)}");
                return RowsTotal[model.Name] = duck.Scalar<long>($"select count(*) from {model.Name}");
            });
        }
    }

    /// <summary>Runs the checks; true when all passed.</summary>
    public async Task<bool> CheckAsync(Task<Dictionary<string, decimal?>> sourceFigures)
    {
        var figures = await sourceFigures;
        Checks = LoadChecks.Compare(duck, tables, figures);
        return Checks.All(c => c.Passed);
    }

    /// <summary>Deletes the rows of every affected key and inserts them anew; returns the rows written.</summary>
    private long Replace(Model model)
    {
        var affected = "affected_" + model.Name;
        duck.Execute($"""
            create or replace temp table {affected} as {model.AffectedSql};
            delete from {model.Name} where {model.UniqueKey} in (select {model.UniqueKey} from {affected});
            """);
        using var cmd = duck.CreateCommand();
        cmd.CommandText = $"insert into {model.Name} {model.Render(incremental: true)}";
        return cmd.ExecuteNonQuery();
    }

    private void Step(string step, string name, Func<long> work)
    {
        ct.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var rows = work();
        progress?.Report(new EtlProgress(step, name, rows, clock.Elapsed));
    }
}
