namespace Crm.Dashboards.Reports.Funnel;

/// <summary>The funnel's parameters: deals opened between From and To, both days included.</summary>
public sealed record FunnelFilter(DateOnly From, DateOnly To)
{
    public const int MaxDays = 3660;

    /// <summary>Reads the query-string values; a missing bound defaults to the last 12 months before today.</summary>
    public static FunnelFilter Parse(string? from, string? to, DateOnly today, out string? error)
    {
        error = null;
        var toDate = today;
        var fromDate = today.AddMonths(-12).AddDays(1);
        if (!string.IsNullOrEmpty(to) && !DateOnly.TryParseExact(to, "yyyy-MM-dd", out toDate))
            error = $"'to' must be a date as yyyy-MM-dd, got '{to}'";
        else if (!string.IsNullOrEmpty(from) && !DateOnly.TryParseExact(from, "yyyy-MM-dd", out fromDate))
            error = $"'from' must be a date as yyyy-MM-dd, got '{from}'";
        else if (string.IsNullOrEmpty(from) && !string.IsNullOrEmpty(to))
            fromDate = toDate.AddMonths(-12).AddDays(1);
        if (error is null && fromDate > toDate)
            error = $"'from' ({fromDate:yyyy-MM-dd}) is after 'to' ({toDate:yyyy-MM-dd})";
        if (error is null && toDate.DayNumber - fromDate.DayNumber > MaxDays)
            error = $"the period may span at most {MaxDays} days";
        return new FunnelFilter(fromDate, toDate);
    }
}
