using System.Text;
using Crm.Dashboards.Localization;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Maps;

/// <summary>
/// The map's filters as a GET form with no action, so it submits to the page's own URL; the language and the region
/// being looked at travel as hidden fields, so changing a filter keeps them.
/// </summary>
public static class MapFilterForm
{
    public static void Append(StringBuilder html, MapView view)
    {
        MapTexts words = view.Words;
        Texts formats = view.Formats;
        MapFilter filter = view.Filter;
        var values = filter.ReportFilters().ToDictionary(f => f.Parameter.Name, f => f.Value);
        html.Append($"""
            <form id="filters" class="filters" method="get">
            <label>{HtmlEncode(formats.From)} <input type="date" name="from" value="{formats.Date(filter.From)}" required></label>
            <label>{HtmlEncode(formats.To)} <input type="date" name="to" value="{formats.Date(filter.To)}" required></label>

            """);
        AppendSelect(html, "department", words.Department, words.Any, view.Options.Departments, values);
        AppendSelect(html, "agent", words.Agent, words.Any, view.Options.Agents, values);
        AppendSelect(html, "source", words.Source, words.Any, view.Options.Sources, values);
        AppendSelect(html, "segment", words.Segment, words.Any, view.Options.Segments, values);
        html.Append($"""<input type="hidden" name="lang" value="{view.Language.Code()}">""").Append('\n');
        if (view.Selected is { } region)
            html.Append($"""<input type="hidden" name="region" value="{HtmlEncode(region.Id)}">""").Append('\n');
        if (filter.City is { } city)
            html.Append($"""<input type="hidden" name="city" value="{HtmlEncode(city)}">""").Append('\n');
        html.Append($"""
            <button type="submit">{HtmlEncode(formats.Apply)}</button>
            </form>

            """);
    }

    private static void AppendSelect(StringBuilder html, string name, string label, string any, IReadOnlyList<MapOption> options,
        IReadOnlyDictionary<string, string> values)
    {
        string? chosen = values.GetValueOrDefault(name);
        html.Append($"""<label>{HtmlEncode(label)} <select name="{name}">""").Append('\n')
            .Append($"""<option value="">{HtmlEncode(any)}</option>""").Append('\n');
        foreach (MapOption option in options)
        {
            string selected = string.Equals(option.Value, chosen, StringComparison.OrdinalIgnoreCase) ? " selected" : "";
            html.Append($"""<option value="{HtmlEncode(option.Value)}"{selected}>{HtmlEncode(option.Label)}</option>""").Append('\n');
        }
        html.Append("</select></label>\n");
    }
}
