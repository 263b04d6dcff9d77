namespace Crm.Ml.Churn;

/// <summary>
/// How churn is learned: the label is "lost within <see cref="HorizonDays"/>"; training rows are taken at
/// <see cref="TrainingCutoffs"/> monthly as-of moments and validated on the <see cref="ValidationCutoffs"/> newest
/// ones, whose label windows end at the warehouse's as-of time. Training windows end before the first validation
/// moment, so nothing a model learns from happened in the period it is judged on.
/// </summary>
public sealed record ChurnOptions
{
    public int HorizonDays { get; init; } = 90;
    public int CutoffStepDays { get; init; } = 30;
    public int TrainingCutoffs { get; init; } = 12;
    public int ValidationCutoffs { get; init; } = 3;

    /// <summary>Probabilities from which a customer is in the high, and the medium, risk band.</summary>
    public double HighRisk { get; init; } = 0.5;
    public double MediumRisk { get; init; } = 0.2;
}
