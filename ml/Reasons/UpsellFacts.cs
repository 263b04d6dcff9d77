namespace Crm.Ml.Reasons;

/// <summary>
/// Why a product is an upsell: the customer's year in its category (purchases, spend, the highest tier bought, the
/// margin a unit they usually bring) and the offer's tier and margin a unit. Names are in the sentence's language.
/// </summary>
public sealed record UpsellFacts(string Category, long Purchases, double Spend, string TopTier, string Product, string Tier,
    double Margin, double UsualMargin);
