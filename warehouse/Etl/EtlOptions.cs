namespace Crm.Warehouse.Etl;

/// <summary>
/// How a load runs. By default it moves only what changed since the version it builds on and falls back to a
/// full rebuild when there is nothing to build on (first load, models or source schema changed).
/// </summary>
public sealed record EtlOptions
{
    /// <summary>Rebuild every table from the whole source instead of moving only the changes.</summary>
    public bool Full { get; init; }

    /// <summary>Who asked for the run (cli, schedule, api:USER); recorded with the run.</summary>
    public string Trigger { get; init; } = "cli";

    /// <summary>Run on the built star before its checks, in the same load (e.g. models that score into the warehouse).</summary>
    public IReadOnlyList<IWarehouseEnrichment> Enrichments { get; init; } = [];

    public static EtlOptions Default { get; } = new();
}
