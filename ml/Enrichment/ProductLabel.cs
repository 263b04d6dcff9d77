using Crm.Ml.Reasons;

namespace Crm.Ml.Enrichment;

/// <summary>
/// How a suggestion names a product: its name (the catalogue keeps one, Armenian, for every language), its
/// category in the three languages, and whether it may still be offered.
/// </summary>
internal sealed record ProductLabel(string Name, Localized Category, bool Active);
