using Crm.Dashboards.Composition;
using Crm.Dashboards.Html;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Pdf;
using Crm.Dashboards.Reports;
using Crm.ReportingApi.Features.Reports;
using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.ReportingApi.Features.Dashboards;

/// <summary>
/// A composed dashboard for a request: its period checked, built on one warehouse version, served as HTML or PDF.
/// A <c>guard</c> may refuse the request first, on the same version (an agent who does not exist, or is not the reader's).
/// </summary>
public static class ComposedPage
{
    /// <summary>The overview or the marketing page for whoever asks.</summary>
    public static IResult Serve(HttpContext http, ApiKeyPrincipals principals, RequestWarehouse warehouse, ReportCache cache,
        TimeProvider clock, string dashboard, bool pdf)
    {
        if (PageRequest.From(http, principals, clock) is not { } request) return PageResults.Unauthorized();
        var overview = dashboard == OverviewDashboard.Name;
        // The overview is management's: an agent lands on their own page, a marketer on marketing.
        if (overview && request.Scope.AgentId is { } agent && !pdf)
            return TypedResults.Redirect(PageRoutes.Agent(agent) + QueryOf(request));
        var reports = overview ? OverviewDashboard.Reports : MarketingDashboard.Reports;
        if (reports.Any(r => !r.Allows(request.Scope.Role)))
            return request.Scope.Role == ReportRole.Marketer && !pdf
                ? TypedResults.Redirect(PageRoutes.Marketing + QueryOf(request))
                : PageResults.Problem(StatusCodes.Status403Forbidden, "Not a dashboard for this role", $"the {request.Scope.Role} role cannot open it");
        return Render(http, request, warehouse, cache, pdf, (context, conn) =>
        {
            var scope = ScopeNames.Describe(conn, request.Scope, request.Language);
            return overview ? OverviewDashboard.Build(context, scope) : MarketingDashboard.Build(context, scope);
        });
    }

    public static IResult Render(HttpContext http, PageRequest request, RequestWarehouse warehouse, ReportCache cache, bool pdf,
        Func<DashboardContext, DuckDBConnection, DashboardView> build, ReportScope? scope = null, Func<DuckDBConnection, IResult?>? guard = null)
    {
        var (from, to) = DashboardPeriod.Parse(request.Filters(), request.Today, out var errors);
        errors.InsertRange(0, request.Errors);
        if (errors.Count > 0) return PageResults.Invalid(errors);
        return PageCache.Serve(http, cache, request, () =>
        {
            try
            {
                using var conn = warehouse.OpenRead();
                if (guard?.Invoke(conn) is { } refused) return (null, refused);
                var context = new DashboardContext(conn, scope ?? request.Scope, from, to, request.Today, request.Language, PageResults.AsOf(warehouse));
                var view = build(context, conn);
                if (pdf) return (PageCache.Pdf(DashboardPdf.Render(view), view.Name, warehouse.AsOfUtc), null);
                var pdfPath = request.Address.Path.TrimEnd('/') + (view.Name == OverviewDashboard.Name ? "/overview" : "") + ".pdf";
                var pdfHref = request.Address.At(pdfPath).With("lang", request.Language.Code()).Href;
                return (PageCache.Html(DashboardPage.Render(view, request.Address, pdfHref), warehouse.AsOfUtc), null);
            }
            catch (WarehouseNotReadyException)
            {
                return (null, PageResults.NotLoaded());
            }
        });
    }

    private static string QueryOf(PageRequest request) => request.Address.Query.Count == 0 ? "" : "?" + request.Address.QueryText;
}
