using Crm.Dashboards.Localization;
using Crm.Dashboards.Maps;
using Crm.Dashboards.Reports;
using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Store;
using Microsoft.AspNetCore.Mvc;

namespace Crm.ReportingApi.Features.Map;

/// <summary>The map's query string read and run, the same for the page and the PDF so both show the same figures.</summary>
public static class MapRequest
{
    /// <summary>Until sign-in arrives every caller is management: the whole company is in scope.</summary>
    private static ReportScope Scope => ReportScope.All;

    /// <summary>The map, or why not: a bad or unknown filter (400) or no warehouse yet (503).</summary>
    public static MapView? TryRun(HttpRequest request, RequestWarehouse warehouse, MapBoundaryFile boundaries, TimeProvider clock,
        out ProblemDetails? problem)
    {
        problem = null;
        var query = request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (MapFilter.Parse(query, today, out var errors) is not { } filter)
        {
            problem = Invalid(errors);
            return null;
        }
        var language = LanguageCodes.Choose(query.GetValueOrDefault("lang"), request.Headers.AcceptLanguage.ToString());
        try
        {
            // One connection for the figures and their as-of time: both then describe the same warehouse version.
            using var conn = warehouse.OpenRead();
            DateTimeOffset? asOf = warehouse.AsOfUtc is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;
            var view = MapQuery.Run(conn, filter, Scope, language, boundaries, asOf, out errors);
            if (view is null) problem = Invalid(errors);
            return view;
        }
        catch (WarehouseNotReadyException e)
        {
            problem = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "Warehouse not loaded yet", Detail = e.Message };
            return null;
        }
    }

    private static ProblemDetails Invalid(List<string> errors) => new()
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Invalid map filter",
        Detail = string.Join("; ", errors),
        Extensions = { ["errors"] = errors },
    };
}
