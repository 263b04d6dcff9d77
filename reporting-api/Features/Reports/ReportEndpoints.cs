using Crm.Dashboards.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.ReportingApi.Features.Reports;

public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports");
        reports.MapGet("/", List).WithName("ListReports")
            .WithSummary("Every report with its parameters, columns and chart");
        reports.MapGet("/{name}", ReportRequests.Get).WithName("GetReport")
            .WithSummary("A report for the caller's scope, as JSON, CSV, XLSX or Arrow IPC (?format= or Accept)");
        return app;
    }

    private static Ok<IEnumerable<ReportInfo>> List(HttpRequest request) =>
        TypedResults.Ok(ReportCatalog.All.Select(ReportInfo.From));
}
