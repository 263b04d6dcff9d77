using Crm.Dashboards.Reports;

namespace Crm.ReportingApi.Features.Reports;

/// <summary>A report as GET /api/reports lists it: enough for a client to build its filter form.</summary>
public sealed record ReportInfo(
    string Name,
    ReportTitle Title,
    string Description,
    string Href,
    bool ForMarketers,
    IReadOnlyList<ReportParameterInfo> Parameters,
    IReadOnlyList<ReportColumnInfo> Columns,
    ReportChartInfo? Chart)
{
    public static ReportInfo From(ReportDefinition d) => new(d.Name, d.Title, d.Description, $"/api/reports/{d.Name}", d.ForMarketers,
        d.Parameters.Select(p => new ReportParameterInfo(p.Name, Camel(p.Kind), p.Description, p.Default,
            p.Kind == ParameterKind.Choice ? p.Choices : null,
            p.Kind == ParameterKind.Integer ? p.Min : null, p.Kind == ParameterKind.Integer ? p.Max : null)).ToList(),
        d.Columns.Select(c => new ReportColumnInfo(c.Name, Camel(c.Kind), c.Description)).ToList(),
        d.Chart is { } chart ? new ReportChartInfo(Camel(chart.Kind), chart.X, chart.Y) : null);

    private static string Camel<T>(T value) where T : Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
