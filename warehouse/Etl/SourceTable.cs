namespace Crm.Warehouse.Etl;

/// <summary>An operational table mirrored into the warehouse as raw_{Name}, with the columns the models use.</summary>
public sealed record SourceTable(string Name, IReadOnlyList<SourceColumn> Columns, IReadOnlyList<string> PrimaryKey)
{
    public string RawName => "raw_" + Name;
    public string ChangedName => "changed_" + Name;

    /// <summary>Tables without updated_at (none today) and the small code lists, which may be edited in place,
    /// are read whole on every load instead of by their changes.</summary>
    public bool ReadWhole => Columns.All(c => c.Name != "updated_at") || Name is "activity_types" or "deal_stages" or "acquisition_sources";

    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
    public string KeyList => string.Join(", ", PrimaryKey.Select(c => $"\"{c}\""));

    /// <summary>The join condition of two aliases of this table's rows on its key: <c>r."id" = d."id"</c>.</summary>
    public string KeyMatch(string left, string right) =>
        string.Join(" and ", PrimaryKey.Select(k => $"{left}.\"{k}\" = {right}.\"{k}\""));
}
