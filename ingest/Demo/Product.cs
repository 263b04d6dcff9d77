namespace Crm.Ingest.Demo;

/// <param name="Index">Position in the catalogue (0-based), for arrays indexed by product.</param>
/// <param name="Popularity">How often it is picked before any customer preference.</param>
internal sealed record Product(int Index, string Sku, string Name, ProductCategory Category, string Tier, decimal ListPrice,
    decimal UnitCost, string Unit, double Popularity)
{
    public long Id => Index + 1;
}
