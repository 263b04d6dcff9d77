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
        app.MapGet("/dashboards/funnel", GetPage).WithName("FunnelDashboard");
        app.MapGet("/dashboards/funnel.pdf", GetPdf).WithName("FunnelPdf");
        return app;
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
