namespace Crm.Ml.Training;

/// <summary>Why a model could not be trained from the data it was given.</summary>
public enum TrainingFailure
{
    /// <summary>Fewer rows, or fewer examples of one class, than a model can learn from.</summary>
    TooLittleData,

    /// <summary>Every row has the same label: nothing separates the classes.</summary>
    OneClassOnly,

    /// <summary>A feature the model needs is not in the data.</summary>
    MissingFeature,

    /// <summary>A feature value is not a finite number.</summary>
    InvalidValue,

    /// <summary>No learner produced a model.</summary>
    NoLearnerSucceeded,
}
