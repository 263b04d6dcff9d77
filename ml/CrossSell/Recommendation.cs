namespace Crm.Ml.CrossSell;

/// <summary>A product to offer a customer, how strongly, and the rule that says why (null for a popularity pick).</summary>
public sealed record Recommendation(long Product, double Score, AssociationRule? Because);
