namespace Crm.Ml.Training;

/// <summary>How one learner did on the validation rows; <see cref="Error"/> says why it produced nothing.</summary>
public sealed record CandidateScore(TrainerKind Trainer, double RocAuc, double Seconds, string? Error = null);
