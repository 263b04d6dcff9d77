using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Dashboards.Reports;

/// <summary>
/// A report's parameters read from a query string: typed, defaulted and checked for form. Whether a named member
/// (a department, an agent...) exists is asked of the warehouse afterwards (<see cref="ReportMembers"/>).
/// </summary>
public sealed partial class ReportArguments
{
    public const int MaxPeriodDays = 3660;

    private readonly SortedDictionary<string, object?> _values = new(StringComparer.Ordinal);

    private ReportArguments(ReportDefinition report) => Report = report;

    public ReportDefinition Report { get; }

    /// <summary>The bound values by SQL parameter name; an absent filter is null ("any").</summary>
    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>The same arguments always give the same text: the cache's key.</summary>
    public string CanonicalText => string.Join('&', _values.Select(v => $"{v.Key}={Format(v.Value)}"));

    /// <summary>A parameter's value as the query string would give it (dates as yyyy-MM-dd); null when it is open.</summary>
    public string? TextOf(ReportParameter parameter) =>
        _values.GetValueOrDefault(parameter.SqlName) is { } value ? Format(value) : null;

    public DateOnly? From => _values.GetValueOrDefault("date_from") as DateOnly?;
    public DateOnly? To => _values.GetValueOrDefault("date_to") as DateOnly?;

    /// <summary>Reads <paramref name="query"/>; every problem found is listed in <paramref name="errors"/>.</summary>
    public static ReportArguments Parse(ReportDefinition report, IReadOnlyDictionary<string, string?> query, DateOnly today,
        out List<string> errors)
    {
        errors = [];
        var args = new ReportArguments(report);
        foreach (var name in query.Keys.Where(k => report.Parameter(k) is null))
            errors.Add($"'{name}' is not a parameter of {report.Name}; it takes {string.Join(", ", report.Parameters.Select(p => p.Name))}");
        foreach (var parameter in report.Parameters)
        {
            var text = query.FirstOrDefault(q => string.Equals(q.Key, parameter.Name, StringComparison.OrdinalIgnoreCase)).Value;
            if (string.IsNullOrWhiteSpace(text)) text = parameter.Default;
            if (parameter.Kind == ParameterKind.Date && string.Equals(text?.Trim(), ReportParameter.Today, StringComparison.OrdinalIgnoreCase))
                text = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            args._values[parameter.SqlName] = text is null ? null : args.Read(parameter, text.Trim(), errors);
        }
        args.DefaultThePeriod(today, errors);
        return args;
    }

    /// <summary>Arguments given in code (tests, schedules): the same rules as a query string.</summary>
    public static ReportArguments For(ReportDefinition report, DateOnly today, params (string Name, string? Value)[] values)
    {
        var args = Parse(report, values.ToDictionary(v => v.Name, v => v.Value), today, out var errors);
        if (errors.Count > 0) throw new ArgumentException(string.Join("; ", errors));
        return args;
    }

    private object? Read(ReportParameter p, string text, List<string> errors)
    {
        switch (p.Kind)
        {
            case ParameterKind.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
                errors.Add($"'{p.Name}' must be a date as yyyy-MM-dd, got '{text}'");
                return null;
            case ParameterKind.Department or ParameterKind.Agent or ParameterKind.Campaign or ParameterKind.Partner:
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
                errors.Add($"'{p.Name}' must be a positive whole number (an id), got '{text}'");
                return null;
            case ParameterKind.Integer:
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= p.Min && n <= p.Max) return n;
                errors.Add($"'{p.Name}' must be a whole number from {p.Min} to {p.Max}, got '{text}'");
                return null;
            case ParameterKind.Choice:
                var choice = p.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
                if (choice is null) errors.Add($"'{p.Name}' must be one of {string.Join(", ", p.Choices)}, got '{text}'");
                return choice;
            case ParameterKind.City:
                // A town's name as it is written (K’anak’erravan, Nor Hachn): any text, but one line of it.
                if (text.Length <= 100 && !text.Any(char.IsControl)) return text;
                errors.Add($"'{p.Name}' must be a town's name of at most 100 characters, got '{text}'");
                return null;
            default:
                if (Code().IsMatch(text)) return text;
                errors.Add($"'{p.Name}' must be a code of letters, digits, '_' or '-' (at most 64), got '{text}'");
                return null;
        }
    }

    private void DefaultThePeriod(DateOnly today, List<string> errors)
    {
        if (!_values.ContainsKey("date_to") || !_values.ContainsKey("date_from")) return;
        var to = To ?? today;
        var from = From ?? to.AddMonths(-12).AddDays(1);
        _values["date_to"] = to;
        _values["date_from"] = from;
        if (from > to) errors.Add($"'from' ({from:yyyy-MM-dd}) is after 'to' ({to:yyyy-MM-dd})");
        else if (to.DayNumber - from.DayNumber > MaxPeriodDays) errors.Add($"the period may span at most {MaxPeriodDays} days");
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Code();
}
