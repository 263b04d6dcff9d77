namespace Crm.Ingest.Demo;

/// <summary>Buying <paramref name="First"/> makes a later purchase of <paramref name="Then"/> much more likely.</summary>
internal sealed record AffinityPair(Product First, Product Then, double Boost);
