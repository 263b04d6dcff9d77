using System.Globalization;
using Crm.Dashboards.Html;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Pdf;
using Crm.Dashboards.Reports.Funnel;
using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.ReportingApi.Features.Funnel;

public static class FunnelEndpoints
{
    public static IEndpointRouteBuilder MapFunnel(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/funnel", GetJson).WithName("FunnelReport");
        app.MapGet("/api/reports/funnel.arrow", GetArrow).WithName("FunnelReportArrow");
        app.MapGet("/dashboards/funnel", GetPage).WithName("FunnelDashboard");
        app.MapGet("/dashboards/funnel.pdf", GetPdf).WithName("FunnelPdf");
        return app;
    }

    private static Results<Ok<FunnelResponse>, ProblemHttpResult> GetJson(
        [AsParameters] FunnelRequest request, RequestWarehouse warehouse, TimeProvider clock)
    {
        var view = request.TryRun(warehouse, clock, out var problem);
        if (view is null) return TypedResults.Problem(problem!);
        return TypedResults.Ok(new FunnelResponse(FunnelReport.Name, view.From, view.To, request.Scope.Label,
            view.WarehouseAsOf, view.Rows));
    }

    /// <summary>The JSON's rows as an Arrow stream, straight from the report's query, for notebooks and engines.</summary>
    private static Results<ArrowStreamResult, ProblemHttpResult> GetArrow(
        [AsParameters] FunnelRequest request, WarehouseStore store, TimeProvider clock)
    {
        if (request.TryFilter(clock, out var problem) is not { } filter) return TypedResults.Problem(problem!);
        return ReportArrow.Stream(store, FunnelReport.Query(filter, request.Scope), new Dictionary<string, string>
        {
            ["crm.from"] = filter.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["crm.to"] = filter.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["crm.scope"] = request.Scope.Label,
        });
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetPage(
        [AsParameters] FunnelRequest request, RequestWarehouse warehouse, TimeProvider clock)
    {
        var view = request.TryRun(warehouse, clock, out var problem);
        if (view is null) return TypedResults.Problem(problem!);
        var query = $"from={view.From:yyyy-MM-dd}&to={view.To:yyyy-MM-dd}&lang={view.Language.Code()}";
        var html = FunnelPage.Render(view, $"/dashboards/funnel.pdf?{query}", $"/api/reports/funnel?{query}");
        return TypedResults.Text(html, "text/html; charset=utf-8");
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> GetPdf(
        [AsParameters] FunnelRequest request, RequestWarehouse warehouse, TimeProvider clock)
    {
        var view = request.TryRun(warehouse, clock, out var problem);
        if (view is null) return TypedResults.Problem(problem!);
        using var buffer = new MemoryStream();
        FunnelPdf.Write(buffer, view);
        return TypedResults.File(buffer.ToArray(), "application/pdf", $"funnel-{view.From:yyyy-MM-dd}-{view.To:yyyy-MM-dd}.pdf");
    }
}
