namespace Crm.Dashboards.Html;

/// <summary>
/// What a report table links to: with <see cref="Sortable"/> its headers re-sort the page (<c>?sort=&amp;dir=</c>);
/// drill-down cells carry the page's <c>lang</c> when the address names one.
/// </summary>
public sealed record TableLinks(PageAddress Address, bool Sortable, string? SortColumn = null, bool Descending = false);
