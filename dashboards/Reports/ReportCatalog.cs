using System.Reflection;

namespace Crm.Dashboards.Reports;

/// <summary>Every report of the product: the classes implementing <see cref="IReport"/>, found once.</summary>
public static class ReportCatalog
{
    private static readonly Lazy<IReadOnlyList<ReportDefinition>> Definitions = new(() => typeof(IReport).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReport).IsAssignableFrom(t))
        .Select(t => (ReportDefinition)t.GetProperty(nameof(IReport.Definition), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
        .OrderBy(d => d.Name, StringComparer.Ordinal)
        .ToList());

    public static IReadOnlyList<ReportDefinition> All => Definitions.Value;

    public static ReportDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
