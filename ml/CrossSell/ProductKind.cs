namespace Crm.Ml.CrossSell;

/// <summary>A product's category and price tier (basic, standard, premium).</summary>
public sealed record ProductKind(long CategoryId, string Tier);
