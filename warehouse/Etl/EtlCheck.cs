namespace Crm.Warehouse.Etl;

/// <summary>One check of a load: a figure on both sides (reconciliation, freshness) or a data test's bad rows.</summary>
public sealed record EtlCheck(string Name, string Kind, decimal? SourceValue, decimal? WarehouseValue, bool Passed, string? Detail = null)
{
    public override string ToString() => Kind == "data_test"
        ? $"data test {Name} found {WarehouseValue} bad row(s)"
        : $"{Name}: source {SourceValue} but warehouse {WarehouseValue}";
}
