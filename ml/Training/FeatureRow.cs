namespace Crm.Ml.Training;

/// <summary>One example: whose it is (a customer id), its feature values in the table's order, and its label.</summary>
/// <param name="Cutoff">The as-of moment the features were taken at; rows of a time-based split are told apart by it.</param>
public sealed record FeatureRow(long Id, float[] Values, bool Label, DateTime Cutoff = default);
