using Crm.Dashboards.Maps;
using Crm.Dashboards.Reports.Customers;
using Crm.ReportingApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.ReportingApi.Features.Map;

public static class MapEndpoints
{
    public const string PagePath = "/dashboards/map";
    public const string PdfPath = "/dashboards/map.pdf";

    /// <summary>
    /// The boundary file's folder: Geo:Directory, else geo/ under the shared reference data (Shared:Path, as the demo
    /// finds its towns). Read where it lies; the file is never copied into the product.
    /// </summary>
    public static IServiceCollection AddMapBoundaries(this IServiceCollection services, IConfiguration config) =>
        services.AddSingleton(new MapBoundaryFile(
            config["Geo:Directory"] is { Length: > 0 } folder ? folder : Path.Combine(config["Shared:Path"] ?? "../shared", "geo")));

    public static IEndpointRouteBuilder MapMap(this IEndpointRouteBuilder app)
    {
        app.MapGet(PagePath, GetPage).WithName("MapDashboard");
        app.MapGet(PdfPath, GetPdf).WithName("MapPdf");
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetPage(HttpRequest request, RequestWarehouse warehouse,
        MapBoundaryFile boundaries, TimeProvider clock)
    {
        if (MapRequest.TryRun(request, warehouse, boundaries, clock, out var problem) is not { } view) return TypedResults.Problem(problem!);
        var html = MapPage.Render(view, PagePath, PdfPath, $"/api/reports/{CustomersMapReport.Name}");
        return TypedResults.Text(html, "text/html; charset=utf-8");
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> GetPdf(HttpRequest request, RequestWarehouse warehouse,
        MapBoundaryFile boundaries, TimeProvider clock)
    {
        if (MapRequest.TryRun(request, warehouse, boundaries, clock, out var problem) is not { } view) return TypedResults.Problem(problem!);
        using var buffer = new MemoryStream();
        MapPdf.Write(buffer, view);
        var region = view.Selected is { } r ? "-" + r.Id : "";
        return TypedResults.File(buffer.ToArray(), "application/pdf", $"map{region}-{view.Filter.From:yyyy-MM-dd}-{view.Filter.To:yyyy-MM-dd}.pdf");
    }
}
