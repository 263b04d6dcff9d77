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
        // Browsers ask every site for /favicon.ico; a 404 there is a console error on every page. No icon yet: an
        // empty answer, cached, says so without an error.
        app.MapGet("/favicon.ico", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=604800";
            return TypedResults.NoContent();
        });
        return app;
    }
}
