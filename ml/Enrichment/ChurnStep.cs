using Crm.Ml.Churn;
using Crm.Ml.Models;
using Crm.Ml.Training;
using DuckDB.NET.Data;

namespace Crm.Ml.Enrichment;

/// <summary>
/// Retrains the churn model from the star (unless told not to) and scores every buying, not lost customer into
/// fct_churn_score. A training that fails (too little data, one class, a missing feature) leaves the live model in
/// place and that model scores; only when there is none are no scores written.
/// </summary>
internal static class ChurnStep
{
    public static ModelRun Run(DuckDBConnection duck, DateTime asOfUtc, MlOptions options, Action<string> say, CancellationToken ct)
    {
        var store = new ModelStore(options.ModelsFolder);
        ChurnModel? model = null;
        string? failure = null;
        if (options.Retrain)
        {
            try
            {
                model = Train(duck, asOfUtc, options, store, say, ct);
                store.SaveAndPublish(model);
                say($"churn: {model.Manifest.Version} ({model.Manifest.Trainer}) is live: validation {model.Manifest.Validation}");
            }
            catch (TrainingFailedException e)
            {
                failure = $"training failed ({e.Reason}): {e.Message}";
                say($"churn: {failure}");
            }
        }
        model ??= store.LoadCurrent();
        if (model is null)
            return new ModelRun("churn", "no_model", null, null, null, null, null, 0, null, null,
                failure ?? "no churn model has been trained yet", 0);

        var manifest = model.Manifest;
        try
        {
            var scored = ChurnScoring.Write(duck, model, asOfUtc, options.Churn, ct);
            return new ModelRun("churn", failure is null && options.Retrain ? "trained" : "kept_previous", manifest.Version,
                manifest.Trainer.ToString(), manifest.Validation.RocAuc, manifest.Validation.PrAuc, manifest.Validation.Brier,
                manifest.TrainingRows, manifest.DataFromUtc, manifest.DataToUtc, failure, scored);
        }
        catch (TrainingFailedException e)
        {
            return new ModelRun("churn", "no_model", manifest.Version, manifest.Trainer.ToString(), null, null, null, 0, null, null,
                $"{failure}{(failure is null ? "" : "; ")}the live model cannot score: {e.Message}", 0);
        }
    }

    private static ChurnModel Train(DuckDBConnection duck, DateTime asOfUtc, MlOptions options, ModelStore store, Action<string> say,
        CancellationToken ct)
    {
        var data = ChurnDataset.Read(duck, asOfUtc, options.Churn, ct);
        say($"churn: {data.Training.Count} training rows ({data.Training.Positives} churned), {data.Validation.Count} validation rows ({data.Validation.Positives})");
        var info = new ModelInfo("churn", store.NewVersion("churn", DateTime.UtcNow), data.FromUtc, data.ToUtc, options.Churn.HorizonDays);
        return ChurnTrainer.Train(data.Training, data.Validation, options.Limits, info, new Progress<string>(m => say("churn: " + m)), ct);
    }
}
