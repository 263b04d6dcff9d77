namespace Crm.Ingest.Demo;

/// <param name="Prices">Price of each product, indexed by <see cref="Product.Index"/>.</param>
internal sealed record PriceList(long Id, string Name, DateOnly ValidFrom, DateOnly? ValidTo, decimal[] Prices, bool Dealer);
