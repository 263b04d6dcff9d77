using Crm.Ml.Training;

namespace Crm.Ml.Models;

/// <summary>
/// What a saved churn model is, written as JSON beside its zip: its version, the learner that won and how every
/// learner did, the data it learned from (the range of as-of moments and the horizon of its label), its validation
/// figures, its calibration, and the features it reads in order with their reference values (the training
/// medians, against which a customer's reasons are measured).
/// </summary>
public sealed record ModelManifest
{
    public required string Model { get; init; }
    public required string Version { get; init; }
    public required TrainerKind Trainer { get; init; }
    public required DateTime TrainedAtUtc { get; init; }
    public required DateTime DataFromUtc { get; init; }
    public required DateTime DataToUtc { get; init; }
    public int HorizonDays { get; init; }
    public int TrainingRows { get; init; }
    public int TrainingPositives { get; init; }
    public required BinaryMetrics Validation { get; init; }
    public required IReadOnlyList<CandidateScore> Candidates { get; init; }
    public required IReadOnlyList<string> FeatureNames { get; init; }
    public required float[] Reference { get; init; }
    public required PlattScaling Calibration { get; init; }
    public double TrainSeconds { get; init; }

    /// <summary>The model's file, beside the manifest.</summary>
    public string ZipFile => Version + ".zip";
}
