using Crm.Dashboards.Composition;
using Crm.Dashboards.Html;
using Crm.Dashboards.Reports;
using DuckDB.NET.Data;

namespace Crm.ReportingApi.Features.Dashboards;

/// <summary>
/// A report's page for a request: its arguments read by the same rules as the API (a malformed or unknown filter is an
/// error the page shows), the report run in the reader's scope, sorted as asked, with its filters' options.
/// </summary>
public static class ReportPages
{
    public static ReportView Build(DuckDBConnection conn, ReportDefinition report, PageRequest request, DateTimeOffset? asOf)
    {
        var errors = request.Errors.ToList();
        var args = ReportArguments.Parse(report, request.Filters(), request.Today, out var parseErrors);
        errors.AddRange(parseErrors);
        if (errors.Count == 0) errors.AddRange(ReportMembers.Unknown(conn, args));

        var sort = request.Address.Get("sort");
        var dir = request.Address.Get("dir");
        if (sort is not null && report.Columns.All(c => c.Name != sort))
            errors.Add($"'sort' must be a column of {report.Name}, got '{sort}'");
        if (dir is not null and not ("asc" or "desc")) errors.Add($"'dir' must be asc or desc, got '{dir}'");

        var options = FilterOptions.Load(conn, report.Parameters, request.Scope, request.Language);
        var scopeLabel = ScopeNames.Describe(conn, request.Scope, request.Language);
        ReportResult? result = null;
        if (errors.Count == 0)
        {
            result = ReportRunner.Run(conn, args, request.Scope);
            if (sort is not null) result = ReportSorting.Sort(result, sort, dir == "desc");
        }
        return new ReportView(report, request.Language, request.Address, args, result, errors, options,
            FilterSummary.Facts(args, scopeLabel, request.Language, options), asOf)
        {
            SortColumn = sort,
            Descending = dir == "desc",
        };
    }
}
