namespace Crm.Ml.Training;

/// <summary>How much one feature's value raises a customer's probability over the same customer with the reference value.</summary>
public sealed record FeatureEffect(string Feature, int Index, double Effect);
