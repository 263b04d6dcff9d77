namespace Crm.Dashboards.Reports.Funnel;

/// <summary>One stage of the sales funnel: how many deals opened in the period reached it.</summary>
/// <param name="ConversionFromPrevious">Share of the previous stage's deals that reached this one; null for the first stage.</param>
/// <param name="ConversionFromStart">Share of the first stage's deals that reached this one.</param>
public sealed record FunnelRow(
    int SortOrder,
    string Stage,
    string NameHy,
    string NameEn,
    string NameRu,
    long Deals,
    decimal Amount,
    double? ConversionFromPrevious,
    double ConversionFromStart);
