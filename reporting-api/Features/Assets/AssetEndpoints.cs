using Crm.Dashboards.Typography;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.ReportingApi.Features.Assets;

public static class AssetEndpoints
{
    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        // The pages' Armenian fallback font: served by us, so nothing is fetched from the internet.
        app.MapGet("/assets/fonts/{file}", Results<FileStreamHttpResult, NotFound> (string file, HttpContext http) =>
        {
            var stream = DashboardFonts.OpenWebFont(file);
            if (stream is null) return TypedResults.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=604800";
            return TypedResults.File(stream, "font/ttf");
        });
        return app;
    }
}
