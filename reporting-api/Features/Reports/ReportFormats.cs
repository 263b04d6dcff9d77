using Microsoft.Net.Http.Headers;

namespace Crm.ReportingApi.Features.Reports;

/// <summary>The media types and names of the report formats, and the choice between them.</summary>
public static class ReportFormats
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string ArrowType = "application/vnd.apache.arrow.stream";

    private static readonly (string Name, string MediaType, ReportFormat Format)[] Known =
    [
        ("json", "application/json", ReportFormat.Json),
        ("csv", "text/csv", ReportFormat.Csv),
        ("xlsx", XlsxType, ReportFormat.Xlsx),
        ("arrow", ArrowType, ReportFormat.Arrow),
    ];

    public static string MediaType(ReportFormat format) => Known.First(k => k.Format == format).MediaType;

    public static string Extension(ReportFormat format) => Known.First(k => k.Format == format).Name;

    /// <summary>The format asked for, or why none we serve was (the caller answers 400 or 406).</summary>
    public static ReportFormat? Choose(string? format, string? accept, out string? error)
    {
        error = null;
        if (!string.IsNullOrEmpty(format))
        {
            var named = Known.FirstOrDefault(k => string.Equals(k.Name, format, StringComparison.OrdinalIgnoreCase));
            if (named.Name is not null) return named.Format;
            error = $"'format' must be one of {string.Join(", ", Known.Select(k => k.Name))}, got '{format}'";
            return null;
        }
        if (string.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var types)) return ReportFormat.Json;
        foreach (var type in types.OrderByDescending(t => t.Quality ?? 1))
        {
            if (type.MatchesAllTypes || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)) return ReportFormat.Json;
            var match = Known.FirstOrDefault(k => type.MediaType.Equals(k.MediaType, StringComparison.OrdinalIgnoreCase));
            if (match.Name is not null) return match.Format;
        }
        error = $"none of '{accept}' can be served; a report comes as {string.Join(", ", Known.Select(k => k.MediaType))}";
        return null;
    }
}
