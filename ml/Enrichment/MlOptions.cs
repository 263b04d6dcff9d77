using Crm.Ml.Churn;
using Crm.Ml.Training;

namespace Crm.Ml.Enrichment;

/// <summary>Where models live and how the nightly enrichment trains and suggests.</summary>
public sealed record MlOptions(string ModelsFolder)
{
    public ChurnOptions Churn { get; init; } = new();
    public TrainingLimits Limits { get; init; } = new() { RequiredFeatures = ChurnReasons.Features };

    /// <summary>False scores with the live model without training a new one.</summary>
    public bool Retrain { get; init; } = true;

    public int CrossSellPerCustomer { get; init; } = 5;
    public int UpsellPerCustomer { get; init; } = 2;

    /// <summary>Rules followed by fewer customers than this are not suggested from.</summary>
    public int MinRuleCustomers { get; init; } = 5;
}
