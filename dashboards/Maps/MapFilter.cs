using System.Globalization;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Customers;

namespace Crm.Dashboards.Maps;

/// <summary>
/// What the map is asked for: the customers_map report's filters (period, department, agent, source, segment),
/// plus the region (and town) whose customers are listed, and how many of them.
/// </summary>
public sealed partial record MapFilter(ReportArguments Report, string? Region, string? City, int Limit)
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 10_000;
    private const int MaxCityLength = 200;

    // Read here, not by the report: they choose what the page lists and how it speaks, not the figures.
    private static readonly HashSet<string> Own = new(["region", "city", "limit", "lang", "level"], StringComparer.OrdinalIgnoreCase);

    public DateOnly From => Report.From!.Value;

    public DateOnly To => Report.To!.Value;

    /// <summary>The report's filters that are set (period always), by query-string name.</summary>
    public IEnumerable<(ReportParameter Parameter, string Value)> ReportFilters() =>
        Report.Report.Parameters
            .Where(p => p != CustomersMapReport.Level)
            .Select(p => (p, Report.TextOf(p)))
            .Where(f => f.Item2 is not null)
            .Select(f => (f.p, f.Item2!));

    /// <summary>Reads a query string; every problem is listed in <paramref name="errors"/> (null returned then).</summary>
    public static MapFilter? Parse(IReadOnlyDictionary<string, string?> query, DateOnly today, out List<string> errors)
    {
        var reportQuery = query.Where(q => !Own.Contains(q.Key)).ToDictionary(q => q.Key, q => q.Value);
        reportQuery["level"] = "city"; // towns are the bubbles; regions are summed from them
        var args = ReportArguments.Parse(CustomersMapReport.Definition, reportQuery, today, out errors);

        string? region = Value(query, "region");
        if (region is not null && !RegionCode().IsMatch(region))
            errors.Add($"'region' must be a region key of letters, digits, '_' or '-', got '{region}'");
        string? city = Value(query, "city");
        if (city is { Length: > MaxCityLength }) errors.Add($"'city' may be at most {MaxCityLength} characters");
        if (city is not null && region is null) errors.Add("'city' needs the 'region' it lies in");

        int limit = DefaultLimit;
        if (Value(query, "limit") is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
            errors.Add($"'limit' must be a whole number from 1 to {MaxLimit}, got '{text}'");

        if (Value(query, "lang") is { } lang && !LanguageCodes.TryParse(lang, out _))
            errors.Add($"'lang' must be hy, en or ru, got '{lang}'");
        return errors.Count == 0 ? new MapFilter(args, region, city, limit) : null;
    }

    /// <summary>
    /// The query string of this map with another language, region or town (null drops them), for links. Values are
    /// escaped here; the caller still HTML-encodes the whole URL.
    /// </summary>
    public string QueryString(Language language, string? region, string? city, int? limit = null)
    {
        List<string> parts = ReportFilters().Select(f => $"{f.Parameter.Name}={Uri.EscapeDataString(f.Value)}").ToList();
        if (region is not null) parts.Add("region=" + Uri.EscapeDataString(region));
        if (city is not null) parts.Add("city=" + Uri.EscapeDataString(city));
        if (limit is { } n && n != DefaultLimit) parts.Add("limit=" + n.ToString(CultureInfo.InvariantCulture));
        parts.Add("lang=" + language.Code());
        return string.Join('&', parts);
    }

    private static string? Value(IReadOnlyDictionary<string, string?> query, string name) =>
        query.FirstOrDefault(q => string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } v
        && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{L}\p{N}_-]{1,64}$")]
    private static partial System.Text.RegularExpressions.Regex RegionCode();
}
