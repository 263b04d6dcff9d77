using Crm.ReportingApi;
using Crm.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace Crm.Browser.Tests;

/// <summary>
/// The real host on a free loopback port over a demo store and warehouse, and one headless Chromium: Debian's package,
/// never a browser Playwright downloads (`playwright install` is not run anywhere).
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    /// <summary>Debian's chromium; CRM_CHROMIUM names another executable.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CRM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    // Headless in a container or CI: no sandbox (root), no GPU, /tmp instead of a small /dev/shm, and nothing that
    // would reach the network on its own.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly DemoWarehouse _demo = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"the browser tests need Chromium at {ChromiumPath}: apt-get install chromium (test.sh does it as root)");
        await _demo.InitializeAsync();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Etl:Schedule"] = "",
            ["Geo:Directory"] = SharedData.Path("geo"),
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        _app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], settings, _demo.Store, _demo.ConnectionString);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A page of its own (a fresh context: no cookies or cache shared between tests) that records what goes wrong.</summary>
    public async Task<WatchedPage> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
            Locale = "hy-AM",
        });
        return new WatchedPage(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await _demo.DisposeAsync();
    }
}
