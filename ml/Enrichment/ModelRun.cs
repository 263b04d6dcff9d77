namespace Crm.Ml.Enrichment;

/// <summary>
/// What one enrichment did with one model: "trained" (a new model went live), "kept_previous" (training failed, the
/// live model scored), "no_model" (training failed and there was none to fall back on), "mined" (rules). A row of
/// ml_model_runs.
/// </summary>
public sealed record ModelRun(string Model, string Outcome, string? Version, string? Trainer, double? RocAuc, double? PrAuc,
    double? Brier, long TrainingRows, DateTime? DataFromUtc, DateTime? DataToUtc, string? Message, long RowsScored);
