namespace Crm.Ml.Training;

/// <summary>A training that did not produce a model; the model that was live stays live.</summary>
public sealed class TrainingFailedException(TrainingFailure reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public TrainingFailure Reason { get; } = reason;
}
