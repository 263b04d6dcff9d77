namespace Crm.Dashboards.Reports.Funnel;

/// <summary>One stage of the sales funnel: how many deals opened in the period reached it.</summary>
/// <param name="ConversionFromPrevious">Share of the previous stage's deals that reached this one; null for the first stage.</param>
/// <param name="ConversionFromStart">Share of the first stage's deals that reached this one.</param>
/// <param name="MedianDaysInStage">Velocity: the median days these deals stayed in the stage before moving on.</param>
public sealed record FunnelRow(
    int SortOrder,
    string Stage,
    string NameHy,
    string NameEn,
    string NameRu,
    long Deals,
    decimal Amount,
    double? ConversionFromPrevious,
    double ConversionFromStart,
    double? MedianDaysInStage = null);
