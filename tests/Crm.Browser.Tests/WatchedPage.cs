using Microsoft.Playwright;

namespace Crm.Browser.Tests;

/// <summary>
/// A browser page that keeps every console error, uncaught script error, failed request and HTTP error answer, so a
/// test can say the page loaded cleanly.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    public WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Add($"console error: {message.Text} ({message.Location})"); };
        page.PageError += (_, error) => Add($"script error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) => { if (response.Status >= 400) Add($"HTTP {response.Status}: {response.Url}"); };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems { get { lock (_problems) return [.. _problems]; } }

    /// <summary>Goes to <paramref name="url"/> and waits until the network is quiet; fails on an error status.</summary>
    public async Task GoToAsync(string url)
    {
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response is { Ok: true }, $"{url} answered {response?.Status}");
    }

    /// <summary>Runs <paramref name="action"/> (a click, a submit), waits for the page it leads to and fails on an error status.</summary>
    public async Task FollowAsync(Func<Task> action)
    {
        var response = await Page.RunAndWaitForResponseAsync(action, r => r.Request.IsNavigationRequest && r.Request.Frame == Page.MainFrame);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(response.Ok, $"{response.Url} answered {response.Status}");
    }

    public void AssertClean() => Assert.True(Problems.Count == 0, string.Join("\n", Problems));

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }
}
