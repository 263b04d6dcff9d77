using System.Globalization;
using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>
/// Every report and dashboard response says which warehouse version it shows: <c>X-Warehouse-As-Of</c>, when the
/// source was read for it, in ISO 8601 UTC. A middleware rather than an endpoint filter, so it also covers errors
/// and any endpoint later mapped under these paths.
/// </summary>
public static class WarehouseAsOfHeader
{
    public const string Name = "X-Warehouse-As-Of";

    private static readonly PathString[] Paths = ["/api/reports", "/dashboards"];

    public static IApplicationBuilder UseWarehouseAsOfHeader(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (Paths.Any(path => context.Request.Path.StartsWithSegments(path)))
                context.Response.OnStarting(() => AddHeader(context));
            await next(context);
        });

    private static Task AddHeader(HttpContext context)
    {
        if (context.Response.Headers.ContainsKey(Name)) return Task.CompletedTask; // a cached report says its own version
        var reading = context.RequestServices.GetRequiredService<RequestWarehouse>();
        // A response that read no figures (a refused filter, say) names the live version instead; none before the first load.
        var asOf = reading.Opened ? reading.AsOfUtc : context.RequestServices.GetRequiredService<WarehouseStore>().AsOfUtc();
        if (asOf is { } value)
            context.Response.Headers[Name] = Format(value);
        return Task.CompletedTask;
    }

    public static string Format(DateTime asOfUtc) =>
        DateTime.SpecifyKind(asOfUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
