using System.Net;
using System.Text.RegularExpressions;

namespace Crm.ReportingApi.Tests.Features.Dashboards;

/// <summary>Reads what a test needs out of a dashboard page: a table's cells, its drill-down and export links.</summary>
public static partial class PageHtml
{
    /// <summary>The rows of the table with this id, each as its cells' text.</summary>
    public static List<string[]> Rows(string html, string tableId = "report-table")
    {
        var table = TableOf(html, tableId);
        var body = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..];
        return RowPattern().Matches(body)
            .Select(row => CellPattern().Matches(row.Value).Select(c => Text(c.Groups[1].Value)).ToArray())
            .Where(cells => cells.Length > 1)
            .ToList();
    }

    /// <summary>The column names of that table's header, in order.</summary>
    public static List<string> Columns(string html, string tableId = "report-table") =>
        ColumnPattern().Matches(TableOf(html, tableId)).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The drill-down links of the page that open <paramref name="target"/>, decoded.</summary>
    public static List<string> Drills(string html, string target) =>
        DrillPattern().Matches(html).Where(m => m.Groups[1].Value == target).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();

    public static string Href(string html, string id) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"id=\"{Regex.Escape(id)}\" href=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>What a reader sees: entities decoded, tags dropped, no-break spaces as spaces.</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, "")).Replace('\u00A0', ' ').Trim();

    private static string TableOf(string html, string tableId)
    {
        var start = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has no table '{tableId}'");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<th scope=\"col\" data-column=\"([a-z_0-9]+)\"")]
    private static partial Regex ColumnPattern();

    [GeneratedRegex("<a class=\"drill\" data-target=\"([a-z_]+)\" href=\"([^\"]*)\"")]
    private static partial Regex DrillPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
