namespace Crm.Dashboards.Html;

/// <summary>The dashboards' paths, which the host maps and the pages link to.</summary>
public static class PageRoutes
{
    public const string Overview = "/dashboards";
    public const string Marketing = "/dashboards/marketing";
    public const string Reports = "/dashboards/reports";

    public static string Report(string name) => $"{Reports}/{Uri.EscapeDataString(name)}";

    public static string ReportPdf(string name) => Report(name) + ".pdf";

    public static string Agent(long id) => $"/dashboards/agents/{id}";

    /// <summary>The API's export of a report: /api/reports/NAME.csv and .xlsx.</summary>
    public static string Export(string name, string extension) => $"/api/reports/{Uri.EscapeDataString(name)}.{extension}";
}
