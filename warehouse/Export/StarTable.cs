namespace Crm.Warehouse.Export;

/// <summary>A table of the star as the catalog names it.</summary>
/// <param name="PartitionColumn">A fact's first DATE column named *_date, by which exports split it into months; null otherwise.</param>
public sealed record StarTable(string Name, string? PartitionColumn)
{
    /// <summary>The name as a quoted SQL identifier: it comes from the catalog, and is quoted all the same.</summary>
    public string QuotedName => StarCatalog.QuoteIdentifier(Name);
}
