namespace Crm.Ingest.Demo;

/// <summary>Armenian taxpayer numbers (ՀՎՀՀ) are eight digits.</summary>
internal static class TaxIds
{
    public static string Draw(Random r) => r.Next(1_000_000, 99_999_999).ToString("D8");
}
