namespace Crm.ReportingApi.Tests.Features.Dashboards;

/// <summary>
/// The running app through a client that keeps no cookies and follows no redirects: each request says its language
/// itself, and the shared client's cookie jar never learns one.
/// </summary>
public sealed class Browserless(RunningApp app) : IDisposable
{
    public HttpClient Client { get; } = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        BaseAddress = app.Client.BaseAddress,
    };

    public void Dispose() => Client.Dispose();
}
