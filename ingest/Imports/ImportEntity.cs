using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports;

/// <summary>
/// What one importable entity is: its fields, the cross-field checks of a row, the staging columns a valid
/// row becomes, and the per-chunk SQL that upserts the staged rows (each statement returns inserted,
/// updated and the ids of new rows).
/// </summary>
public abstract class ImportEntity
{
    private Dictionary<string, int>? _index;

    public abstract string Name { get; }
    public abstract IReadOnlyList<FieldSpec> Fields { get; }
    public abstract IReadOnlyList<StageColumn> Stage { get; }
    public abstract IReadOnlyList<ChunkStatement> ChunkSql { get; }

    /// <summary>The field that identifies a record; when a row leaves it empty it is derived from the row's content.</summary>
    public virtual string KeyField => "external_id";

    /// <summary>Defaults that hold unless the mapping or the caller gives others.</summary>
    public virtual IReadOnlyDictionary<string, string> Defaults => new Dictionary<string, string>();

    /// <summary>New customers go through dedup.</summary>
    public virtual bool ChecksDuplicates => false;

    /// <summary>Finds the id of the record a staged row wrote (for the JSON ingest's answer), by the key fields.</summary>
    public virtual string? IdSql => null;

    /// <summary>The parameters of <see cref="IdSql"/> for a written row.</summary>
    public virtual object[] IdKey(RowValues row) => [row.Get<string>(KeyField)!];

    public int IndexOf(string field)
    {
        _index ??= Fields.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i);
        return _index.TryGetValue(field, out var i) ? i : throw new ArgumentException($"{Name} has no field {field}");
    }

    /// <summary>Row-level rules beyond one cell (a sale needs an amount, a lost deal a close date…).</summary>
    public virtual void Check(RowValues row) { }

    /// <summary>The staging values of a valid row, in <see cref="Stage"/> order.</summary>
    public abstract void Bind(RowValues row, object?[] staged);

    /// <summary>Called for every valid row so later rows of the same file may refer to it (parents, managers).</summary>
    public virtual void Remember(RowValues row) { }
}
