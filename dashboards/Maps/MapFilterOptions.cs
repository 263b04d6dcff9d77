namespace Crm.Dashboards.Maps;

/// <summary>The members each filter of the map can choose from, read from the warehouse.</summary>
public sealed record MapFilterOptions(
    IReadOnlyList<MapOption> Departments,
    IReadOnlyList<MapOption> Agents,
    IReadOnlyList<MapOption> Sources,
    IReadOnlyList<MapOption> Segments)
{
    public static MapFilterOptions None { get; } = new([], [], [], []);
}
