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

    /// <summary>
    /// Copies every table whole, two at a time, biggest first: PostgreSQL encodes one table's rows while we decode
    /// and append another's, so both cores work. Each worker reads the same snapshot and appends on its own
    /// connection to the new file (a full build is not one transaction; an unfinished file is never published).
    /// </summary>
    public async Task CopyAllAsync()
    {
        var queue = new Queue<SourceTable>(await BiggestFirstAsync());
        var counts = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        async Task Worker(bool sibling)
        {
            try
            {
                await CopyFromQueue(sibling);
            }
            catch
            {
                await stop.CancelAsync(); // the other worker stops too: the load has failed
                throw;
            }
        }
        async Task CopyFromQueue(bool sibling)
        {
            await using var pg = sibling ? await snapshot.OpenSiblingAsync(ct) : null;
            using var duplicate = sibling ? duck.Duplicate() : null;
            if (duplicate is not null)
            {
                duplicate.Open();
                duplicate.Execute("use version");
            }
            var appendTo = duplicate ?? duck;
            while (true)
            {
                SourceTable table;
                lock (queue)
                {
                    if (!queue.TryDequeue(out table!)) return;
                }
                Step("copy", table.Name, () => counts[table.RawName] = RawLoader.LoadWhole(pg ?? snapshot.Connection, appendTo, table, stop.Token));
            }
        }
        await Task.WhenAll(Task.Run(() => Worker(sibling: false), ct), Task.Run(() => Worker(sibling: true), ct));
        ct.ThrowIfCancellationRequested();
        foreach (var (table, rows) in counts) RowsMoved[table] = RowsTotal[table] = rows;
    }

    private async Task<List<SourceTable>> BiggestFirstAsync()
    {
        await using var cmd = new Npgsql.NpgsqlCommand(
            "select relname, greatest(reltuples, 0)::bigint from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'",
            snapshot.Connection);
        var sizes = new Dictionary<string, long>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) sizes[reader.GetString(0)] = reader.GetInt64(1);
        return tables.OrderByDescending(t => sizes.GetValueOrDefault(t.Name)).ToList();
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
                else duck.Execute($"create or replace table {model.Name} as {Sorted(model)}");
                return RowsTotal[model.Name] = duck.Scalar<long>($"select count(*) from {model.Name}");
            });
        }
    }

    /// <summary>Runs the checks; true when all passed.</summary>
    public async Task<bool> CheckAsync(Task<Dictionary<string, decimal?>> sourceFigures)
    {
        var clock = Stopwatch.StartNew();
        var figures = await sourceFigures;
        progress?.Report(new EtlProgress("check", "source figures (waited)", figures.Count, clock.Elapsed));
        Step("check", "warehouse figures, data tests", () => (Checks = LoadChecks.Compare(duck, tables, figures)).Count);
        return Checks.All(c => c.Passed);
    }

    private static string Sorted(Model model) =>
        model.SortBy is { } columns
            ? $"select * from ({model.Render(incremental: false)}) order by {columns.Replace('+', ',')}"
            : model.Render(incremental: false);

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

    /// <summary>Commits an incremental load's transaction and folds the write-ahead log into the file readers open.</summary>
    public void Save(bool commit) => Step("save", commit ? "commit, checkpoint" : "checkpoint", () =>
    {
        if (commit) duck.Execute("commit");
        duck.Execute("checkpoint");
        return 0;
    });

    private void Step(string step, string name, Func<long> work)
    {
        ct.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var rows = work();
        progress?.Report(new EtlProgress(step, name, rows, clock.Elapsed));
    }
}
