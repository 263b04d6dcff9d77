using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.References;

namespace Crm.Ingest.Imports.Validation;

/// <summary>One row's fields after mapping and parsing, typed, with the problems found so far.</summary>
public sealed class RowValues(ImportEntity entity, ColumnMap columns, ReferenceBook book)
{
    private readonly object?[] _values = new object?[entity.Fields.Count];
    private readonly List<CellError> _errors = [];

    public ReferenceBook Book => book;
    public IReadOnlyList<CellError> Errors => _errors;
    public bool IsValid => _errors.Count == 0;
    internal object?[] Values => _values;

    public T? Get<T>(string field) => _values[entity.IndexOf(field)] is T t ? t : default;

    /// <summary>A struct field's value, or null (Get would give default(T) for a missing one).</summary>
    public T? Value<T>(string field) where T : struct => _values[entity.IndexOf(field)] is T t ? t : null;

    public bool Has(string field) => _values[entity.IndexOf(field)] is not null;

    public void Set(string field, object? value) => _values[entity.IndexOf(field)] = value;

    public void Error(string field, string reason)
    {
        var i = entity.IndexOf(field);
        _errors.Add(new CellError(columns.HeaderOf(i, entity.Fields[i]), reason));
    }

    internal void CellError(int field, string reason) =>
        _errors.Add(new CellError(columns.HeaderOf(field, entity.Fields[field]), reason));

    internal void Reset()
    {
        Array.Clear(_values);
        _errors.Clear();
    }
}
