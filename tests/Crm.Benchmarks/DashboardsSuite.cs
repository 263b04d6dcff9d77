using System.Globalization;
using System.Text.RegularExpressions;
using Crm.ReportingApi;
using Microsoft.Extensions.Configuration;

namespace Crm.Benchmarks;

/// <summary>
/// The dashboards as a reader gets them: each page's time on the real host over loopback (the server's work plus a
/// loopback round trip), and the time to render a 10-page PDF. `--connection CS --warehouse FILE` reuses a store.
/// </summary>
public static partial class DashboardsSuite
{
    /// <summary>(figure name, URL): one line per dashboard page. Each prints dashboard_p95_ms_NAME.</summary>
    private static readonly (string Name, string Url)[] Pages =
    [
        ("funnel", "/dashboards/funnel"),
        ("map", "/dashboards/map"),
        ("map_region", "/dashboards/map?region=yerevan"),
    ];

    /// <summary>A long PDF: the map and a region's customers, as many as make <see cref="PdfPages"/> pages.</summary>
    private const string LongPdf = "/dashboards/map.pdf?region=yerevan&limit=";
    private const int PdfPages = 10;

    public static async Task RunAsync(string scaleName, string? connection, string? warehouse)
    {
        await using var data = await BenchmarkWarehouse.OpenAsync(scaleName, connection, warehouse);
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Etl:Schedule"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        await using var app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], settings, data.Store, data.ConnectionString);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(2) };

        double slowest = 0;
        foreach (var (name, url) in Pages)
        {
            var times = await Timings.MeasureAsync(() => GetAsync(client, url), warmups: 3, runs: 30, TimeSpan.FromSeconds(20));
            Console.WriteLine($"dashboard_p50_ms_{name}={Format(times.P50)}");
            Console.WriteLine($"dashboard_p95_ms_{name}={Format(times.P95)}");
            slowest = Math.Max(slowest, times.P95);
        }
        Console.WriteLine($"dashboard_p95_ms={Format(slowest)}");

        var (rows, pages) = await FindRowsForPagesAsync(client);
        var pdf = await Timings.MeasureAsync(() => GetAsync(client, LongPdf + rows), warmups: 1, runs: 10, TimeSpan.FromSeconds(30));
        Console.WriteLine($"pdf10_rows={rows}");
        Console.WriteLine($"pdf10_pages={pages}");
        Console.WriteLine($"pdf10_p50_ms={Format(pdf.P50)}");
        Console.WriteLine($"pdf10_ms={Format(pdf.P95)}");
        await app.StopAsync();
    }

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    // About 35 customers fill a page; a few tries settle the exact count, whatever the header and map take.
    private static async Task<(int Rows, int Pages)> FindRowsForPagesAsync(HttpClient client)
    {
        int rows = (PdfPages - 1) * 35, pages = 0;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            pages = CountPages(await client.GetByteArrayAsync(LongPdf + rows));
            Console.Error.WriteLine($"pdf: {rows} customers → {pages} pages");
            if (pages == PdfPages) break;
            rows = Math.Max(1, rows + (PdfPages - pages) * 30);
        }
        return (rows, pages);
    }

    private static int CountPages(byte[] pdf) => PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    private static string Format(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    // "/Type /Page" but not "/Type /Pages" (the page tree).
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
