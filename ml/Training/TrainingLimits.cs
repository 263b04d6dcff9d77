namespace Crm.Ml.Training;

/// <summary>The least data a training accepts, and the features it must find.</summary>
public sealed record TrainingLimits
{
    public int MinTrainingRows { get; init; } = 200;
    public int MinValidationRows { get; init; } = 50;

    /// <summary>Of each class, in the training rows; the validation rows need a quarter of it.</summary>
    public int MinExamplesPerClass { get; init; } = 20;

    public IReadOnlyList<string> RequiredFeatures { get; init; } = [];

    public IReadOnlyList<TrainerKind> Trainers { get; init; } = Enum.GetValues<TrainerKind>();
}
