using System.Text;
using Crm.Dashboards.Localization;
using static System.Net.WebUtility;

namespace Crm.Dashboards.Maps;

/// <summary>The map page's two tables: the regions (each drilling into its customers) and the chosen region's customers.</summary>
public static class MapTables
{
    public static void AppendRegions(StringBuilder html, MapView view, Func<string?, string?, string> link)
    {
        MapTexts words = view.Words;
        Texts formats = view.Formats;
        html.Append($"""
            <table class="report regions">
            <thead><tr>
            <th scope="col">{HtmlEncode(words.Region)}</th>
            <th scope="col" class="num">{HtmlEncode(words.Customers)}</th>
            <th scope="col" class="num">{HtmlEncode(words.NewCustomers)}</th>
            <th scope="col" class="num">{HtmlEncode(words.Revenue)}</th>
            <th scope="col" class="num">{HtmlEncode(words.Share)}</th>
            </tr></thead>
            <tbody>

            """);
        foreach (MapRegion region in view.Regions)
        {
            string current = region == view.Selected ? " aria-current=\"true\"" : "";
            html.Append($"""<tr data-region="{HtmlEncode(region.Id)}"{current}><th scope="row"><a class="drill" href="{HtmlEncode(link(region.Id, null))}">{HtmlEncode(view.RegionName(region))}</a></th>""")
                .Append($"""<td class="num">{HtmlEncode(formats.Count(region.Customers))}</td>""")
                .Append($"""<td class="num">{HtmlEncode(formats.Count(region.NewCustomers))}</td>""")
                .Append($"""<td class="num">{HtmlEncode(formats.Money(region.Revenue))}</td>""")
                .Append($"""<td class="num">{HtmlEncode(formats.Percent(region.Share))}</td></tr>""")
                .Append('\n');
        }
        if (view.Regions.Count == 0)
            html.Append($"""<tr><td colspan="5" class="empty">{HtmlEncode(formats.NoData)}</td></tr>""").Append('\n');
        html.Append("</tbody>\n</table>\n");
    }

    public static void AppendCustomers(StringBuilder html, MapView view, Func<string?, string?, string> link)
    {
        MapTexts words = view.Words;
        Texts formats = view.Formats;
        html.Append("""<section id="customers">""").Append('\n');
        if (view.Selected is not { } region)
        {
            html.Append($"""<p class="hint">{HtmlEncode(words.ChooseRegion)}</p>""").Append("\n</section>\n");
            return;
        }
        string place = view.RegionName(region) + (view.Filter.City is { } city ? $", {city}" : "");
        string allRegions = link(null, null);
        html.Append($"""
            <h2>{HtmlEncode(words.Customers)} — {HtmlEncode(place)}</h2>
            <p>{HtmlEncode(words.Showing(formats.Count(view.Customers.Count), formats.Count(view.CustomersTotal)))}</p>
            <table class="report customers">
            <thead><tr>
            <th scope="col">{HtmlEncode(words.Name)}</th>
            <th scope="col">{HtmlEncode(words.Town)}</th>
            <th scope="col">{HtmlEncode(words.Segment)}</th>
            <th scope="col">{HtmlEncode(words.Created)}</th>
            <th scope="col" class="num">{HtmlEncode(words.Revenue)}</th>
            <th scope="col">{HtmlEncode(words.Location)}</th>
            </tr></thead>
            <tbody>

            """);
        foreach (MapCustomer customer in view.Customers)
        {
            html.Append($"""<tr><td>{HtmlEncode(customer.Name)}</td><td>{HtmlEncode(customer.City ?? "")}</td>""")
                .Append($"""<td>{HtmlEncode(words.SegmentName(customer.Segment))}</td>""")
                .Append($"""<td>{(customer.CreatedAt is { } created ? formats.Date(DateOnly.FromDateTime(created)) : Texts.NotApplicable)}</td>""")
                .Append($"""<td class="num">{HtmlEncode(formats.Money(customer.Revenue))}</td><td>""")
                .Append(customer.GoogleMapsUrl is { } url && customer.Position is { } p
                    ? $"""<a class="gmaps" href="{HtmlEncode(url)}" target="_blank" rel="noopener noreferrer" title="{HtmlEncode(words.OpenInGoogleMaps)}">{GoogleMaps.Shown(p)}</a>"""
                    : Texts.NotApplicable)
                .Append("</td></tr>\n");
        }
        if (view.Customers.Count == 0)
            html.Append($"""<tr><td colspan="6" class="empty">{HtmlEncode(formats.NoData)}</td></tr>""").Append('\n');
        html.Append("</tbody>\n</table>\n");
        html.Append($"""<p><a class="all-regions" href="{HtmlEncode(allRegions)}">{HtmlEncode(words.AllRegions)}</a></p>""").Append("\n</section>\n");
    }
}
