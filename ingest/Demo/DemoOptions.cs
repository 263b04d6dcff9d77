namespace Crm.Ingest.Demo;

/// <param name="Seed">The same seed and scale always give the same rows, ids included.</param>
public sealed record DemoOptions(DemoScale Scale, int Seed = 42)
{
    /// <summary>
    /// The towns customers live in (shared/geo/armenia-cities.csv); the caller resolves the path.
    /// Null or a missing file falls back to a short built-in list of the major towns.
    /// </summary>
    public string? CitiesCsvPath { get; init; }

    /// <summary>The last day of history; every timestamp is derived from it, never from the clock.</summary>
    public DateOnly AsOf { get; init; } = new(2026, 10, 31);
}
