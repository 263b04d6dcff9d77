using Crm.Ml.Sql;
using DuckDB.NET.Data;

namespace Crm.Ml.CrossSell;

/// <summary>
/// Per customer, the products bought before a moment, when each was first bought and on how many sale lines
/// (purchases.sql); and each product's category and tier.
/// </summary>
public sealed class PurchaseHistory(IReadOnlyDictionary<long, Dictionary<long, Purchase>> customers, IReadOnlyDictionary<long, ProductKind> products)
{
    private static readonly Lazy<string> Sql = new(() => MlSql.Load("purchases"));

    public IReadOnlyDictionary<long, Dictionary<long, Purchase>> Customers { get; } = customers;
    public IReadOnlyDictionary<long, ProductKind> Products { get; } = products;

    public static PurchaseHistory Read(DuckDBConnection duck, DateTime asOfUtc)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = Sql.Value;
        cmd.Parameters.Add(new DuckDBParameter("as_of", DateTime.SpecifyKind(asOfUtc, DateTimeKind.Unspecified)));
        using var reader = cmd.ExecuteReader();
        var customers = new Dictionary<long, Dictionary<long, Purchase>>();
        var products = new Dictionary<long, ProductKind>();
        while (reader.Read())
        {
            var customer = reader.GetInt64(0);
            var product = reader.GetInt64(1);
            if (!customers.TryGetValue(customer, out var bought)) customers[customer] = bought = [];
            bought[product] = new Purchase(reader.GetDateTime(2), reader.GetInt64(3));
            products[product] = new ProductKind(reader.GetInt64(4), reader.GetString(5));
        }
        return new PurchaseHistory(customers, products);
    }

    /// <summary>Per product, how many customers bought it: the popularity a baseline recommends by.</summary>
    public Dictionary<long, int> Buyers() =>
        Customers.Values.SelectMany(p => p.Keys).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
}
