using Crm.Ingest.Dedup;
using Crm.Ingest.Imports.Validation;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Writing;

/// <summary>
/// Collects valid rows and writes them a chunk at a time: binary COPY into a temporary staging table, then
/// the entity's upserts from it, all inside the caller's transaction. New customers go through dedup.
/// </summary>
public sealed class ChunkWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, ImportEntity entity)
{
    private readonly List<(long Row, object?[] Values)> _rows = [];
    private bool _prepared, _analyzed, _keysRefreshed;

    public ChunkCounts Counts { get; } = new();
    public int Pending => _rows.Count;

    /// <summary>The dedup outcome of the last new customer (the JSON ingest answers with it).</summary>
    public DedupOutcome? LastOutcome { get; private set; }

    public void Add(long rowNumber, RowValues row)
    {
        var staged = new object?[entity.Stage.Count];
        entity.Bind(row, staged);
        _rows.Add((rowNumber, staged));
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_rows.Count == 0) return;
        if (!_prepared) await PrepareAsync(ct);
        Copy();
        _rows.Clear();
        // A temporary table has no statistics: without them the upserts are planned for an empty stage. The
        // first chunk's statistics stand for the file's (truncate keeps them; the planner reads the size anew).
        if (!_analyzed)
        {
            await using var analyze = new NpgsqlCommand("analyze import_stage", connection, transaction);
            await analyze.ExecuteNonQueryAsync(ct);
            _analyzed = true;
        }
        if (entity.ChecksDuplicates && !_keysRefreshed)
        {
            // Customers written without dedup keys (the generator, earlier updates) must be findable before new ones are checked.
            await CustomerDedup.RefreshStaleKeysAsync(connection, transaction, ct);
            _keysRefreshed = true;
        }
        foreach (var statement in entity.ChunkSql)
        {
            await using var cmd = new NpgsqlCommand(statement.Sql, connection, transaction) { CommandTimeout = 0 };
            if (statement.Probe is { } probe) await BindProbeAsync(cmd, probe, ct);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) continue;
            Counts.Inserted += reader.GetInt64(0);
            Counts.Updated += reader.GetInt64(1);
            if (!reader.IsDBNull(2)) Counts.NewIds.AddRange(reader.GetFieldValue<long[]>(2));
        }
        if (entity.ChecksDuplicates)
        {
            foreach (var id in Counts.NewIds)
            {
                var outcome = await CustomerDedup.CheckNewAsync(connection, transaction, id, ct);
                if (outcome == DedupOutcome.Merged) Counts.Merged++;
                else if (outcome == DedupOutcome.Review) Counts.Review++;
                LastOutcome = outcome;
            }
        }
        Counts.NewIds.Clear();
        await using var truncate = new NpgsqlCommand("truncate import_stage", connection, transaction);
        await truncate.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Binds the upsert's ($1 some key exists, $2 some key is new) from its probe of the staged chunk.</summary>
    private async Task BindProbeAsync(NpgsqlCommand upsert, string probe, CancellationToken ct)
    {
        long existing, staged;
        await using (var cmd = new NpgsqlCommand(probe, connection, transaction))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            (existing, staged) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        upsert.Parameters.AddWithValue(NpgsqlDbType.Boolean, existing > 0);
        upsert.Parameters.AddWithValue(NpgsqlDbType.Boolean, existing < staged);
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        var columns = string.Join(", ", entity.Stage.Select(c => $"{c.Name} {c.SqlType}"));
        await using var cmd = new NpgsqlCommand(
            // JIT compiling each chunk's statements costs more than it saves on a few thousand rows.
            $"set local jit = off; drop table if exists import_stage; create temp table import_stage (row_no bigint not null, {columns}) on commit drop",
            connection, transaction);
        await cmd.ExecuteNonQueryAsync(ct);
        _prepared = true;
    }

    private void Copy()
    {
        var stage = entity.Stage;
        var names = string.Join(", ", stage.Select(c => c.Name));
        using var copy = connection.BeginBinaryImport($"copy import_stage (row_no, {names}) from stdin (format binary)");
        foreach (var (row, values) in _rows)
        {
            copy.StartRow();
            copy.Write(row, NpgsqlDbType.Bigint);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null) copy.WriteNull();
                else copy.Write(values[i], stage[i].Type);
            }
        }
        copy.Complete();
    }
}
