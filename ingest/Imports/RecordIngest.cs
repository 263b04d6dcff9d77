using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.References;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using Npgsql;

namespace Crm.Ingest.Imports;

/// <summary>
/// One record from an API call (field name → text), through the same mapping, validators and upserts as a
/// file row, in a transaction of its own. No batch, no quarantine: the caller answers with the errors.
/// </summary>
public static class RecordIngest
{
    public static async Task<IngestResult> IngestAsync(NpgsqlDataSource db, string entityName,
        IReadOnlyList<KeyValuePair<string, string?>> fields, IReadOnlyDictionary<string, string>? defaults = null,
        CancellationToken ct = default)
    {
        var entity = ImportEntities.Find(entityName) ?? throw new ArgumentException($"unknown entity {entityName}");
        var allDefaults = new Dictionary<string, string>(ImportEntities.DefaultsFor(entity, ImportMapping.Empty, null));
        foreach (var (k, v) in defaults ?? new Dictionary<string, string>()) allDefaults[k] = v;
        var headers = fields.Select(f => f.Key).ToArray();
        ColumnMap columns;
        try
        {
            columns = HeaderMatcher.Match(entity.Fields, headers, ImportMapping.Empty, allDefaults);
        }
        catch (ImportRefusedException)
        {
            var missing = entity.Fields.Where(f => f.Required && !allDefaults.ContainsKey(f.Name)
                    && !headers.Any(h => f.Aliases.Prepend(f.Name).Any(a => HeaderKey.Of(a) == HeaderKey.Of(h))))
                .ToDictionary(f => f.Name, _ => new[] { "is required" });
            return new IngestResult(null, "invalid", null, missing);
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var book = new ReferenceBook(conn, tx, []);
        var row = new RowValidator(entity, columns, ImportMapping.Empty, allDefaults, book).Validate(i => fields[i].Value);
        if (!row.IsValid)
            return new IngestResult(null, "invalid", null,
                row.Errors.GroupBy(e => e.Column).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()));
        ContentKey.Ensure(entity, row);
        var writer = new ChunkWriter(conn, tx, entity);
        writer.Add(1, row);
        await writer.FlushAsync(ct);
        await using var find = new NpgsqlCommand(entity.IdSql ?? throw new InvalidOperationException($"{entity.Name} has no id lookup"), conn, tx);
        foreach (var key in entity.IdKey(row)) find.Parameters.AddWithValue(key);
        var id = (long)(await find.ExecuteScalarAsync(ct))!;
        await tx.CommitAsync(ct);
        var outcome = writer.Counts.Inserted > 0 ? "created" : writer.Counts.Updated > 0 ? "updated" : "unchanged";
        var dedup = writer.Counts.Inserted > 0 ? writer.LastOutcome?.ToString().ToLowerInvariant() : null;
        return new IngestResult(id, outcome, dedup, new Dictionary<string, string[]>());
    }
}
