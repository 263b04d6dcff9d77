using Crm.Dashboards.Composition;
using Crm.Dashboards.Html;
using Crm.Dashboards.Pdf;
using Crm.Dashboards.Reports;
using Crm.ReportingApi.Features.Reports;
using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Features.Dashboards;

/// <summary>
/// The dashboards as HTML pages and A4 PDFs: a page for every report (/dashboards/reports/NAME, .pdf), the management
/// overview (/dashboards, /dashboards/overview.pdf), marketing (/dashboards/marketing, .pdf) and each agent's page
/// (/dashboards/agents/ID, .pdf), each in the reader's scope and language.
/// </summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboards(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/dashboards").WithTags("Dashboards").ExcludeFromDescription();
        pages.MapGet("/", (HttpContext http, ApiKeyPrincipals principals, RequestWarehouse warehouse, ReportCache cache, TimeProvider clock) =>
            ComposedPage.Serve(http, principals, warehouse, cache, clock, OverviewDashboard.Name, pdf: false)).WithName("OverviewDashboard");
        pages.MapGet("/overview.pdf", (HttpContext http, ApiKeyPrincipals principals, RequestWarehouse warehouse, ReportCache cache, TimeProvider clock) =>
            ComposedPage.Serve(http, principals, warehouse, cache, clock, OverviewDashboard.Name, pdf: true)).WithName("OverviewPdf");
        pages.MapGet("/marketing", (HttpContext http, ApiKeyPrincipals principals, RequestWarehouse warehouse, ReportCache cache, TimeProvider clock) =>
            ComposedPage.Serve(http, principals, warehouse, cache, clock, MarketingDashboard.Name, pdf: false)).WithName("MarketingDashboard");
        pages.MapGet("/marketing.pdf", (HttpContext http, ApiKeyPrincipals principals, RequestWarehouse warehouse, ReportCache cache, TimeProvider clock) =>
            ComposedPage.Serve(http, principals, warehouse, cache, clock, MarketingDashboard.Name, pdf: true)).WithName("MarketingPdf");
        pages.MapGet("/agents/{id}", AgentPages.Get).WithName("AgentDashboard");
        pages.MapGet("/reports", Index).WithName("ReportPages");
        pages.MapGet("/reports/{name}", Report).WithName("ReportPage");
        return app;
    }

    private static IResult Index(HttpContext http, ApiKeyPrincipals principals, TimeProvider clock)
    {
        if (PageRequest.From(http, principals, clock) is not { } request) return PageResults.Unauthorized();
        var reports = ReportCatalog.All.Where(r => r.Allows(request.Scope.Role));
        return PageResults.Html(ReportIndexPage.Render(reports, request.Language, request.Address));
    }

    private static IResult Report(string name, HttpContext http, ApiKeyPrincipals principals, RequestWarehouse warehouse,
        ReportCache cache, TimeProvider clock)
    {
        var pdf = name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        if (pdf) name = name[..^4];
        if (ReportCatalog.Find(name) is not { } report)
            return PageResults.Problem(StatusCodes.Status404NotFound, "No such report", $"there is no report '{name}'; {PageRoutes.Reports} lists them");
        if (PageRequest.From(http, principals, clock) is not { } request) return PageResults.Unauthorized();
        if (!report.Allows(request.Scope.Role))
            return PageResults.Problem(StatusCodes.Status403Forbidden, "Not a report for this role", $"{report.Name} is not open to the {request.Scope.Role} role");
        return PageCache.Serve(http, cache, request, () =>
        {
            try
            {
                using var conn = warehouse.OpenRead();
                var view = ReportPages.Build(conn, report, request, PageResults.AsOf(warehouse));
                if (view.Errors.Count > 0)
                    return (null, pdf ? PageResults.Invalid(view.Errors) : PageResults.Html(ReportPage.Render(view), StatusCodes.Status400BadRequest));
                return (pdf
                    ? PageCache.Pdf(DashboardPdf.Render(ReportDashboard.From(view)), report.Name, warehouse.AsOfUtc)
                    : PageCache.Html(ReportPage.Render(view), warehouse.AsOfUtc), null);
            }
            catch (WarehouseNotReadyException)
            {
                return (null, PageResults.NotLoaded());
            }
        });
    }
}
