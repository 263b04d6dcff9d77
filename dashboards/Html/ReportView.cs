using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Html;

/// <summary>Everything a report's page shows: the report run for the reader's filters, or why they were refused.</summary>
/// <param name="Result">The rows, already sorted as the reader asked; null when <paramref name="Errors"/> refused the filters.</param>
/// <param name="Facts">The period, scope and filters in words (<see cref="Composition.FilterSummary"/>).</param>
public sealed record ReportView(
    ReportDefinition Report,
    Language Language,
    PageAddress Address,
    ReportArguments Arguments,
    ReportResult? Result,
    IReadOnlyList<string> Errors,
    IReadOnlyDictionary<ParameterKind, IReadOnlyList<FilterOption>> Options,
    IReadOnlyList<KeyValuePair<string, string>> Facts,
    DateTimeOffset? WarehouseAsOf)
{
    public string? SortColumn { get; init; }

    public bool Descending { get; init; }

    /// <summary>The report's own filters from the address, without what chooses the page's form (language, sorting).</summary>
    public PageAddress ReportQuery => Address.Without("lang", "sort", "dir");
}
