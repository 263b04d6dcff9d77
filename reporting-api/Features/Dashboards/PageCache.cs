using Crm.ReportingApi.Features.Reports;
using Crm.ReportingApi.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Crm.ReportingApi.Features.Dashboards;

/// <summary>
/// Rendered pages and PDFs kept in the reports' cache: per warehouse version, page, query, language, day and scope, so a
/// page is computed once per version and reader. Only complete answers are kept; refusals are answered afresh.
/// </summary>
public static class PageCache
{
    /// <param name="render">The page, or why it cannot be given (a refusal, which is never kept).</param>
    public static IResult Serve(HttpContext http, ReportCache cache, PageRequest request, Func<(CachedReport? Page, IResult? Refusal)> render)
    {
        if (cache.CurrentVersion() is not { } version) return PageResults.NotLoaded();
        var scope = request.Scope;
        var key = $"page|{request.Address.Path}?{string.Join('&', request.Address.Query.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={q.Value}"))}"
            + $"|{request.Language}|{request.Today:yyyy-MM-dd}|{scope.Role}:{scope.DepartmentId}:{scope.AgentId}";
        var hit = cache.TryGet(version, key, out var page);
        if (!hit)
        {
            var (rendered, refusal) = render();
            if (refusal is not null) return refusal;
            page = rendered!;
            // A load may have gone live meanwhile: keep the page only under the version it was read from.
            if (cache.CurrentVersion() == version) cache.Put(version, key, page);
        }
        http.Response.Headers[ReportRequests.CacheHeader] = hit ? "hit" : "miss";
        if (page.AsOfUtc is { } asOf) http.Response.Headers[WarehouseAsOfHeader.Name] = WarehouseAsOfHeader.Format(asOf);
        if (page.ContentType == "application/pdf")
            http.Response.Headers[HeaderNames.ContentDisposition] =
                new ContentDispositionHeaderValue("attachment") { FileNameStar = page.FileName }.ToString();
        return TypedResults.Bytes(page.Body, page.ContentType);
    }

    public static CachedReport Html(string html, DateTime? asOf) =>
        new(System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", "page.html", asOf);

    public static CachedReport Pdf(byte[] pdf, string name, DateTime? asOf) => new(pdf, "application/pdf", name + ".pdf", asOf);
}
