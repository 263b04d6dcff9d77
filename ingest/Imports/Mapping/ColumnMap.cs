namespace Crm.Ingest.Imports.Mapping;

/// <summary>Which file column feeds each field (-1: none), the headers nothing used, and the quarantine-id column.</summary>
public sealed record ColumnMap(int[] ColumnOfField, IReadOnlyList<string> Headers, IReadOnlyList<string> UnknownHeaders, int QuarantineIdColumn)
{
    public string HeaderOf(int field, FieldSpec spec) =>
        ColumnOfField[field] >= 0 ? Headers[ColumnOfField[field]] : spec.Name;
}
