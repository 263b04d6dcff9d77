using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Reports;

/// <summary>A report's name in the product's three languages (the glossary's terms).</summary>
public sealed record ReportTitle(string Hy, string En, string Ru)
{
    public string In(Language language) => language switch
    {
        Language.Hy => Hy,
        Language.Ru => Ru,
        _ => En,
    };
}
