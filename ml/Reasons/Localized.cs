namespace Crm.Ml.Reasons;

/// <summary>One text in the product's three languages: Armenian first, as agents read it aloud, then English and Russian.</summary>
public sealed record Localized(string Hy, string En, string Ru);
