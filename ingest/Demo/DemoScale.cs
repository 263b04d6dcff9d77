namespace Crm.Ingest.Demo;

/// <summary>
/// How much demo data to make. S is for tests and quick looks (a few seconds); M is for benchmarks and
/// for models that need volume (a few minutes). Other sizes can be built with the constructor.
/// </summary>
public sealed record DemoScale(
    string Name,
    int Customers,
    int Deals,
    int Activities,
    int Agents,
    int Departments,
    int Campaigns,
    int Partners,
    int Products = 60,
    int ProductCategories = 8)
{
    public static DemoScale S { get; } = new("S", Customers: 2_000, Deals: 20_000, Activities: 200_000,
        Agents: 20, Departments: 4, Campaigns: 30, Partners: 15);

    public static DemoScale M { get; } = new("M", Customers: 100_000, Deals: 1_000_000, Activities: 10_000_000,
        Agents: 500, Departments: 20, Campaigns: 300, Partners: 200);

    /// <summary>"S" or "M", in any case.</summary>
    public static DemoScale Parse(string name) => name?.Trim().ToUpperInvariant() switch
    {
        "S" => S,
        "M" => M,
        _ => throw new ArgumentException($"unknown demo scale '{name}'; use S or M", nameof(name)),
    };
}
