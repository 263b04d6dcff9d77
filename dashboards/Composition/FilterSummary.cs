using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Composition;

/// <summary>
/// A report's arguments as a reader reads them: the period as dates of their language, and each filter that is set
/// with its label and its value's name (the department's name, not its id).
/// </summary>
public static class FilterSummary
{
    public static string? Period(ReportArguments args, Language language)
    {
        var format = ValueFormat.For(language);
        if (args.From is { } from && args.To is { } to) return $"{format.Date(from)} – {format.Date(to)}";
        return args.Values.GetValueOrDefault("as_of") is DateOnly asOf ? format.Date(asOf) : null;
    }

    /// <summary>The facts a page and a PDF header show: period, scope, then the filters set.</summary>
    public static List<KeyValuePair<string, string>> Facts(ReportArguments args, string scope, Language language,
        IReadOnlyDictionary<ParameterKind, IReadOnlyList<FilterOption>> options)
    {
        var texts = Texts.For(language);
        var facts = new List<KeyValuePair<string, string>>();
        if (Period(args, language) is { } period) facts.Add(new(texts.Period, period));
        facts.Add(new(texts.Scope, scope));
        foreach (var p in args.Report.Parameters)
        {
            if (p.Kind == ParameterKind.Date && (p.Name is "from" or "to" or "as_of")) continue;
            if (p == ReportParameter.Limit || args.TextOf(p) is not { } value) continue;
            facts.Add(new(Labels.Parameter(p.Name, language), ValueName(p, value, language, options)));
        }
        return facts;
    }

    public static string ValueName(ReportParameter p, string value, Language language,
        IReadOnlyDictionary<ParameterKind, IReadOnlyList<FilterOption>> options) => p.Kind switch
    {
        ParameterKind.Choice => Labels.Choice(p.Name, value, language),
        ParameterKind.Date when DateOnly.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var d) => ValueFormat.For(language).Date(d),
        _ => options.GetValueOrDefault(p.Kind)?.FirstOrDefault(o => o.Value == value)?.Label ?? value,
    };
}
