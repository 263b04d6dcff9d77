namespace Crm.Ingest.Demo;

/// <summary>What the company sells, at which price when, and which products pull others along.</summary>
internal sealed class Catalogue(IReadOnlyList<ProductCategory> categories, IReadOnlyList<Product> products,
    IReadOnlyList<PriceList> priceLists, IReadOnlyList<AffinityPair> affinities)
{
    private readonly PriceList[] _retail = priceLists.Where(p => !p.Dealer).OrderBy(p => p.ValidFrom).ToArray();
    private readonly PriceList _dealer = priceLists.First(p => p.Dealer);

    public IReadOnlyList<ProductCategory> Categories { get; } = categories;
    public IReadOnlyList<Product> Products { get; } = products;
    public IReadOnlyList<PriceList> PriceLists { get; } = priceLists;
    public IReadOnlyList<AffinityPair> Affinities { get; } = affinities;

    /// <summary>Partners' customers buy at dealer prices; everybody else at the retail list valid that day.</summary>
    public PriceList ListFor(DateOnly day, bool dealer)
    {
        if (dealer) return _dealer;
        for (var i = _retail.Length - 1; i >= 0; i--)
            if (_retail[i].ValidFrom <= day) return _retail[i];
        return _retail[0];
    }
}
