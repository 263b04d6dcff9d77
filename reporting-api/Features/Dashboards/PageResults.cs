using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Crm.ReportingApi.Features.Dashboards;

/// <summary>The answers a dashboard request ends in: a page, a PDF, or a problem (RFC 9457) saying what went wrong.</summary>
public static class PageResults
{
    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    public static IResult Pdf(byte[] bytes, string name) =>
        TypedResults.File(bytes, "application/pdf", $"{name}.pdf");

    public static IResult Invalid(IReadOnlyList<string> errors) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "Invalid report filter",
        Detail = string.Join("; ", errors),
        Extensions = { ["errors"] = errors },
    });

    public static IResult Unauthorized() => Problem(StatusCodes.Status401Unauthorized, "API key required",
        $"send a known key in the {Infrastructure.ApiKeyPrincipals.Header} header");

    public static IResult NotLoaded() => Problem(StatusCodes.Status503ServiceUnavailable, "Warehouse not loaded yet",
        "no warehouse version is live yet: run the ETL (`crm etl`) first");

    /// <summary>When the source was read for the version the request opened, as the pages show it.</summary>
    public static DateTimeOffset? AsOf(Infrastructure.RequestWarehouse warehouse) =>
        warehouse.AsOfUtc is { } asOf ? new DateTimeOffset(DateTime.SpecifyKind(asOf, DateTimeKind.Utc)) : null;

    public static IResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
