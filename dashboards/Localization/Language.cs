namespace Crm.Dashboards.Localization;

/// <summary>The languages the dashboards are written in. Armenian comes first: it is the product's own language.</summary>
public enum Language
{
    Hy,
    En,
    Ru,
}
