using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Store;
using Microsoft.Net.Http.Headers;

namespace Crm.ReportingApi.Features.Reports;

/// <summary>
/// GET /api/reports/{name}: who asks (their scope), in which form, with which filters; then the cached answer
/// for this warehouse version, or the report run, rendered and kept.
/// </summary>
public static class ReportRequests
{
    /// <summary>Says whether the answer came from the cache: for operators and for the tests that hold the cache to its word.</summary>
    public const string CacheHeader = "X-Report-Cache";

    // Query-string names that choose how the answer is served, not what it holds.
    private static readonly HashSet<string> Transport = new(["format", "lang"], StringComparer.OrdinalIgnoreCase);

    public static IResult Get(string name, HttpContext http, ReportCache cache, ApiKeyPrincipals principals,
        RequestWarehouse warehouse, TimeProvider clock)
    {
        // /api/reports/sales.csv is /api/reports/sales?format=csv
        var formatAsked = http.Request.Query["format"].ToString();
        if (name.LastIndexOf('.') is var dot and > 0)
            (name, formatAsked) = (name[..dot], name[(dot + 1)..]);
        if (ReportCatalog.Find(name) is not { } report)
            return Problem(StatusCodes.Status404NotFound, "No such report", $"there is no report '{name}'; GET /api/reports lists them");
        if (principals.ScopeOf(http.Request) is not { } scope)
            return Problem(StatusCodes.Status401Unauthorized, "API key required", $"send a known key in the {ApiKeyPrincipals.Header} header");
        if (!report.Allows(scope.Role))
            return Problem(StatusCodes.Status403Forbidden, "Not a report for this role", $"{report.Name} is not open to the {scope.Role} role");

        if (ReportFormats.Choose(formatAsked, http.Request.Headers.Accept.ToString(), out var formatError) is not { } format)
            return Problem(formatAsked.Length > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status406NotAcceptable, "Unknown format", formatError!);

        var lang = http.Request.Query["lang"].ToString();
        if (lang.Length > 0 && !LanguageCodes.TryParse(lang, out _))
            return Invalid([$"'lang' must be hy, en or ru, got '{lang}'"]);
        var language = LanguageCodes.Choose(lang, http.Request.Headers.AcceptLanguage.ToString());

        var query = http.Request.Query.Where(q => !Transport.Contains(q.Key)).ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var args = ReportArguments.Parse(report, query, today, out var errors);
        if (errors.Count > 0) return Invalid(errors);

        if (cache.CurrentVersion() is not { } version) return NotLoaded();
        var key = $"{report.Name}?{args.CanonicalText}|{scope.Role}:{scope.DepartmentId}:{scope.AgentId}|{format}|{language}";
        var hit = cache.TryGet(version, key, out var answer);
        if (!hit)
        {
            try
            {
                using var conn = warehouse.OpenRead();
                var unknown = ReportMembers.Unknown(conn, args);
                if (unknown.Count > 0) return Invalid(unknown);
                answer = Render(conn, format, args, scope, language, warehouse.AsOfUtc);
            }
            catch (WarehouseNotReadyException)
            {
                return NotLoaded();
            }
            // A load may have gone live while this ran: keep the answer only under the version it was read from.
            if (cache.CurrentVersion() == version) cache.Put(version, key, answer);
        }
        http.Response.Headers[CacheHeader] = hit ? "hit" : "miss";
        if (answer.AsOfUtc is { } asOf) http.Response.Headers[WarehouseAsOfHeader.Name] = WarehouseAsOfHeader.Format(asOf);
        if (format != ReportFormat.Json)
            http.Response.Headers[HeaderNames.ContentDisposition] =
                new ContentDispositionHeaderValue("attachment") { FileNameStar = answer.FileName }.ToString();
        return TypedResults.Bytes(answer.Body, answer.ContentType);
    }

    private static CachedReport Render(DuckDB.NET.Data.DuckDBConnection conn, ReportFormat format, ReportArguments args,
        ReportScope scope, Language language, DateTime? asOf)
    {
        var fileName = $"{args.Report.Name}.{ReportFormats.Extension(format)}";
        var type = ReportFormats.MediaType(format);
        if (format == ReportFormat.Arrow)
            return new CachedReport(ReportArrowBytes.Render(conn, ReportRunner.Query(args, scope), args, scope, asOf), type, fileName, asOf);
        var result = ReportRunner.Run(conn, args, scope);
        var body = format switch
        {
            ReportFormat.Csv => ReportRendering.Csv(result),
            ReportFormat.Xlsx => ReportRendering.Xlsx(result),
            _ => ReportRendering.Json(result, args, scope, language, asOf),
        };
        return new CachedReport(body, format == ReportFormat.Csv ? "text/csv; charset=utf-8" : type, fileName, asOf);
    }

    private static IResult Invalid(List<string> errors) => TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Invalid report filter",
        Detail = string.Join("; ", errors),
        Extensions = { ["errors"] = errors },
    });

    private static IResult NotLoaded() => Problem(StatusCodes.Status503ServiceUnavailable, "Warehouse not loaded yet",
        "no warehouse version is live yet: run the ETL (`crm etl`) first");

    private static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
