using System.Text.RegularExpressions;
using Crm.Dashboards.Html;
using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Tests;

public partial class FunnelPageTests
{
    private const string PdfUrl = "/dashboards/funnel.pdf?from=2026-01-01&to=2026-03-31&lang=hy";
    private const string JsonUrl = "/dashboards/funnel.json?from=2026-01-01&to=2026-03-31";

    [Fact]
    public void FunnelPageEncodesDataAndHasNoScripts()
    {
        var hostile = SampleFunnel.Rows[3] with { NameHy = "<img src=x onerror=alert(1)>Բանակցություններ" };
        var view = SampleFunnel.View(Language.Hy, [.. SampleFunnel.Rows[..3], hostile, SampleFunnel.Rows[4]],
            scope: "<script>alert('scope')</script> & \"Co\"");

        string html = FunnelPage.Render(view, PdfUrl, JsonUrl);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(EventHandlerAttribute().Matches(html));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        // The data is still there for the reader, as text, both in the table and in the chart's SVG.
        Assert.Contains("&lt;script&gt;alert(&#39;scope&#39;)&lt;/script&gt; &amp; &quot;Co&quot;", html);
        Assert.Equal(2, Regex.Matches(html, Regex.Escape("&lt;img src=x onerror=alert(1)&gt;Բանակցություններ")).Count);
        // Query strings in links are attribute-encoded.
        Assert.Contains("href=\"/dashboards/funnel.pdf?from=2026-01-01&amp;to=2026-03-31&amp;lang=hy\"", html);
    }

    [Fact]
    public void FunnelPageIsACompleteHtml5Document()
    {
        string html = FunnelPage.Render(SampleFunnel.View(Language.Hy), PdfUrl, JsonUrl);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"hy\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Matches("<title>Վաճառքի ձագար · 2026-01-01 – 2026-03-31</title>", html);
        Assert.Equal([], UnbalancedTags(html));

        // The filter: a GET form with the period, the language and a submit button.
        Assert.Contains("<form class=\"filters\" method=\"get\">", html);
        Assert.Contains("<input type=\"date\" name=\"from\" value=\"2026-01-01\" required>", html);
        Assert.Contains("<input type=\"date\" name=\"to\" value=\"2026-03-31\" required>", html);
        Assert.Contains("<option value=\"hy\" lang=\"hy\" selected>Հայերեն</option>", html);
        Assert.Contains("<option value=\"ru\" lang=\"ru\">Русский</option>", html);
        Assert.Contains("<button type=\"submit\">Կիրառել</button>", html);

        // The chart is inline, scalable SVG, without the XML declaration HTML does not allow.
        Assert.DoesNotContain("<?xml", html);
        Assert.Matches("<svg viewBox=\"0 0 900 380\"", html);

        // One table row per stage, in funnel order, with drams and percentages.
        var rows = TableRow().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Contains("Պոտենցիալ հաճախորդ", rows[0]);
        Assert.Contains("Շահված", rows[4]);
        Assert.Contains("171&#160;234&#160;567&#160;֏", rows[4]);
        Assert.Contains(">57.1%<", rows[4]);
        Assert.Contains(">—<", rows[0]); // no previous stage for leads

        Assert.Contains("Բոլոր ստորաբաժանումները", html);
        Assert.Contains("2026-11-25 11:00 UTC+04:00", html);
        Assert.Contains(">Ներբեռնել PDF</a>", html);
        Assert.Contains("href=\"/dashboards/funnel.json?from=2026-01-01&amp;to=2026-03-31\">JSON</a>", html);
    }

    [Fact]
    public void FunnelPageInRussian()
    {
        string html = FunnelPage.Render(SampleFunnel.View(Language.Ru), PdfUrl, JsonUrl);

        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains("<h1>Воронка продаж</h1>", html);
        Assert.Contains("<button type=\"submit\">Применить</button>", html);
        Assert.Contains("<option value=\"ru\" lang=\"ru\" selected>Русский</option>", html);
        Assert.Contains("Переговоры", html);
        Assert.Contains(">61,3%<", html);
        Assert.Contains(">Скачать PDF</a>", html);
        Assert.DoesNotContain("Բանակցություններ", html);
    }

    [Fact]
    public void FunnelPageInEnglish()
    {
        string html = FunnelPage.Render(SampleFunnel.View(Language.En), PdfUrl, JsonUrl);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1>Sales funnel</h1>", html);
        Assert.Contains("Conversion from previous stage", html);
        Assert.Contains("Negotiation", html);
        Assert.Contains(">61.3%<", html);
        Assert.Contains("1&#160;250&#160;000&#160;000&#160;֏", html);
        Assert.Contains(">Download PDF</a>", html);
    }

    [Fact]
    public void FunnelPageWithoutRowsSaysThereIsNoData()
    {
        string html = FunnelPage.Render(SampleFunnel.View(Language.En, rows: []), PdfUrl, JsonUrl);

        Assert.Contains("<td colspan=\"5\" class=\"empty\">No data</td>", html);
        Assert.Equal([], UnbalancedTags(html));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("  JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,hi")]
    public void FunnelPageRefusesLinksThatAreNotWebAddresses(string url)
    {
        Assert.Throws<ArgumentException>(() => FunnelPage.Render(SampleFunnel.View(Language.En), url, JsonUrl));
        Assert.Throws<ArgumentException>(() => FunnelPage.Render(SampleFunnel.View(Language.En), PdfUrl, url));
    }

    [Theory]
    [InlineData("/dashboards/funnel.pdf")]
    [InlineData("funnel.pdf?a=b:c")]
    [InlineData("https://crm.example.am/funnel.pdf")]
    public void FunnelPageAcceptsRelativeAndHttpLinks(string url)
    {
        Assert.Contains("Download PDF", FunnelPage.Render(SampleFunnel.View(Language.En), url, JsonUrl));
    }

    /// <summary>
    /// Open tags without a close and closes without an open, ignoring HTML's void elements and the SVG's self-closing
    /// ones. Not a full HTML parser, but enough to catch a missing &lt;/td&gt; or an unescaped '&lt;' in the data.
    /// </summary>
    private static List<string> UnbalancedTags(string html)
    {
        HashSet<string> voidElements = ["meta", "input", "br", "img", "link", "hr"];
        Stack<string> open = new();
        List<string> problems = [];
        string withoutStyle = Regex.Replace(html, "<style>.*?</style>", "", RegexOptions.Singleline);
        foreach (Match tag in Tag().Matches(withoutStyle))
        {
            string name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Value.StartsWith("<!") || voidElements.Contains(name) || tag.Value.EndsWith("/>"))
                continue;
            if (!tag.Groups["close"].Success)
                open.Push(name);
            else if (open.Count > 0 && open.Peek() == name)
                open.Pop();
            else
                problems.Add("</" + name + ">");
        }
        problems.AddRange(open.Select(name => "<" + name + ">"));
        return problems;
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<!DOCTYPE[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"<tr><th scope=""row"">.*?</tr>")]
    private static partial Regex TableRow();
}
