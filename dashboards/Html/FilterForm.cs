using System.Globalization;
using System.Text;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Html;

/// <summary>
/// A report's filters as a plain GET form built from its parameters: dates as date inputs, warehouse members as
/// selects of their names, a town as text with suggestions, numbers as number inputs, choices as selects. It needs
/// no script; submitting reloads the page with the filters in its address, which the exports then reuse.
/// </summary>
public static class FilterForm
{
    /// <param name="values">What each control shows: the reader's own text when given, else the value in force (a default).</param>
    public static void Append(StringBuilder html, ReportDefinition report, Func<ReportParameter, string?> values,
        IReadOnlyDictionary<ParameterKind, IReadOnlyList<FilterOption>> options, Language language, PageAddress address)
    {
        var words = PageTexts.For(language);
        // No action attribute: the form submits to the page's own URL, whatever route the host mounts it on.
        html.Append($"<form id=\"filters\" class=\"filters\" method=\"get\" aria-label=\"{HtmlEncode(words.Filters)}\">\n");
        foreach (var p in report.Parameters)
        {
            var id = "filter-" + p.Name;
            html.Append($"<label for=\"{id}\">{HtmlEncode(Labels.Parameter(p.Name, language))} ");
            Control(html, p, id, values(p), options, language, words);
            html.Append("</label>\n");
        }
        html.Append($"<input type=\"hidden\" name=\"lang\" value=\"{language.Code()}\">\n");
        foreach (var keep in new[] { "sort", "dir" })
            if (address.Get(keep) is { } value)
                html.Append($"<input type=\"hidden\" name=\"{keep}\" value=\"{HtmlEncode(value)}\">\n");
        html.Append($"<button type=\"submit\">{HtmlEncode(words.Apply)}</button>\n");
        html.Append($"<a class=\"reset\" href=\"{HtmlEncode(address.Path)}\">{HtmlEncode(words.Reset)}</a>\n</form>\n");
    }

    private static void Control(StringBuilder html, ReportParameter p, string id, string? value,
        IReadOnlyDictionary<ParameterKind, IReadOnlyList<FilterOption>> options, Language language, PageTexts words)
    {
        var name = HtmlEncode(p.Name);
        var shown = HtmlEncode(value ?? "");
        switch (p.Kind)
        {
            case ParameterKind.Date:
                html.Append($"<input type=\"date\" id=\"{id}\" name=\"{name}\" value=\"{shown}\">");
                break;
            case ParameterKind.Integer:
                html.Append($"<input type=\"number\" id=\"{id}\" name=\"{name}\" value=\"{shown}\" min=\"{p.Min.ToString(CultureInfo.InvariantCulture)}\" max=\"{p.Max.ToString(CultureInfo.InvariantCulture)}\" step=\"1\">");
                break;
            case ParameterKind.City:
                html.Append($"<input type=\"text\" id=\"{id}\" name=\"{name}\" value=\"{shown}\" list=\"{id}-list\" maxlength=\"100\"><datalist id=\"{id}-list\">");
                foreach (var option in options.GetValueOrDefault(p.Kind) ?? [])
                    html.Append($"<option value=\"{HtmlEncode(option.Value)}\"></option>");
                html.Append("</datalist>");
                break;
            case ParameterKind.Choice:
                Select(html, id, name, value, p.Default is null, words,
                    p.Choices.Select(c => new FilterOption(c, Labels.Choice(p.Name, c, language))));
                break;
            default:
                Select(html, id, name, value, true, words, options.GetValueOrDefault(p.Kind) ?? []);
                break;
        }
    }

    private static void Select(StringBuilder html, string id, string name, string? value, bool offerAny, PageTexts words,
        IEnumerable<FilterOption> options)
    {
        html.Append($"<select id=\"{id}\" name=\"{name}\">");
        if (offerAny) html.Append($"<option value=\"\">{HtmlEncode(words.Any)}</option>");
        var known = false;
        foreach (var option in options)
        {
            var selected = option.Value == value;
            known |= selected;
            html.Append($"<option value=\"{HtmlEncode(option.Value)}\"{(selected ? " selected" : "")}>{HtmlEncode(option.Label)}</option>");
        }
        // A value the list does not hold (a member outside the reader's scope, a typo in the address) stays visible.
        if (!known && !string.IsNullOrEmpty(value))
            html.Append($"<option value=\"{HtmlEncode(value)}\" selected>{HtmlEncode(value)}</option>");
        html.Append("</select>");
    }
}
