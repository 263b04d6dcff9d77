using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Funnel;
using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Store;
using Microsoft.AspNetCore.Mvc;

namespace Crm.ReportingApi.Features.Funnel;

/// <summary>The funnel's query string, shared by the JSON, the page and the PDF so all three agree.</summary>
public sealed record FunnelRequest(
    [FromQuery] string? From,
    [FromQuery] string? To,
    [FromQuery] string? Lang,
    [FromHeader(Name = "Accept-Language")] string? AcceptLanguage)
{
    /// <summary>Until sign-in arrives every caller is management: the whole company is in scope.</summary>
    public ReportScope Scope => ReportScope.All;

    /// <summary>The period the query string asks for, or why it is not one (400): every form of the report checks the same.</summary>
    public FunnelFilter? TryFilter(TimeProvider clock, out ProblemDetails? problem)
    {
        problem = null;
        if (!string.IsNullOrEmpty(Lang) && !LanguageCodes.TryParse(Lang, out _))
        {
            problem = BadRequest($"'lang' must be hy, en or ru, got '{Lang}'");
            return null;
        }
        var filter = FunnelFilter.Parse(From, To, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), out var error);
        if (error is null) return filter;
        problem = BadRequest(error);
        return null;
    }

    /// <summary>Runs the report, or says why it cannot: a bad filter (400) or no warehouse yet (503).</summary>
    public FunnelView? TryRun(RequestWarehouse warehouse, TimeProvider clock, out ProblemDetails? problem)
    {
        var language = LanguageCodes.Choose(Lang, AcceptLanguage);
        if (TryFilter(clock, out problem) is not { } filter) return null;
        try
        {
            // One connection for the figures and their as-of time: opening the file is most of a request's cost,
            // and both then describe the same warehouse version (the one the X-Warehouse-As-Of header names).
            using var conn = warehouse.OpenRead();
            var rows = FunnelReport.Run(conn, filter, Scope);
            return new FunnelView(rows, filter.From, filter.To, language, warehouse.AsOfUtc,
                Scope.Describe(Texts.For(language)));
        }
        catch (WarehouseNotReadyException e)
        {
            problem = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "Warehouse not loaded yet", Detail = e.Message };
            return null;
        }
    }

    private static ProblemDetails BadRequest(string detail) =>
        new() { Status = StatusCodes.Status400BadRequest, Title = "Invalid report filter", Detail = detail };
}
