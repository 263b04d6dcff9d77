using System.Diagnostics;
using Crm.Ml.Models;
using Microsoft.ML;

namespace Crm.Ml.Training;

/// <summary>
/// Trains every learner on the training rows, keeps the one with the best ROC AUC on the validation rows, and
/// calibrates its scores on those same validation rows (Platt: two numbers). Input that cannot give a model (too few
/// rows, one class only, a missing feature, a non-finite value) is refused before any learner runs.
/// </summary>
public static class ChurnTrainer
{
    /// <param name="info">The model's name, version, horizon and data range, for its manifest.</param>
    /// <exception cref="TrainingFailedException">The data cannot give a model; nothing was produced.</exception>
    public static ChurnModel Train(FeatureTable training, FeatureTable validation, TrainingLimits limits, ModelInfo info,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        TrainingInput.Check(training, validation, limits);
        var ml = new MLContext(seed: 1);
        var trainView = ModelInput.View(ml, training);
        var candidates = new List<CandidateScore>();
        ITransformer? best = null;
        float[]? bestScores = null;
        var bestAuc = double.NegativeInfinity;
        foreach (var kind in limits.Trainers)
        {
            ct.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            try
            {
                var model = TrainerEstimators.For(ml, kind, training.Count).Fit(trainView);
                var scores = ModelInput.Scores(ml, model, validation);
                var auc = BinaryMetrics.Of(scores.Select(s => (double)s).ToList(), validation.Rows.Select(r => r.Label).ToList()).RocAuc;
                candidates.Add(new CandidateScore(kind, auc, watch.Elapsed.TotalSeconds));
                progress?.Report(FormattableString.Invariant($"{kind}: validation ROC AUC {auc:F4} ({watch.Elapsed.TotalSeconds:F1} s)"));
                if (auc > bestAuc) (best, bestScores, bestAuc) = (model, scores, auc);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A learner whose native library is missing, or that fails on this data, leaves the others to compete.
                candidates.Add(new CandidateScore(kind, double.NaN, watch.Elapsed.TotalSeconds, e.Message));
                progress?.Report($"{kind}: failed: {e.Message}");
            }
        }
        if (best is null)
            throw new TrainingFailedException(TrainingFailure.NoLearnerSucceeded,
                "no learner produced a model: " + string.Join("; ", candidates.Select(c => $"{c.Trainer}: {c.Error}")));

        var labels = validation.Rows.Select(r => r.Label).ToList();
        var calibration = PlattScaling.Fit(bestScores!, labels);
        var metrics = BinaryMetrics.Of(bestScores!.Select(s => calibration.Probability(s)).ToList(), labels);
        var winner = candidates.Where(c => c.Error is null).MaxBy(c => c.RocAuc)!;
        var manifest = new ModelManifest
        {
            Model = info.Model,
            Version = info.Version,
            Trainer = winner.Trainer,
            TrainedAtUtc = DateTime.UtcNow,
            DataFromUtc = info.DataFromUtc,
            DataToUtc = info.DataToUtc,
            HorizonDays = info.HorizonDays,
            TrainingRows = training.Count,
            TrainingPositives = training.Positives,
            Validation = metrics,
            Candidates = candidates,
            FeatureNames = training.Names.ToList(),
            Reference = Medians(training),
            Calibration = calibration,
            TrainSeconds = clock.Elapsed.TotalSeconds,
        };
        return new ChurnModel(ml, best, manifest);
    }

    private static float[] Medians(FeatureTable table) =>
        Enumerable.Range(0, table.Names.Count).Select(f =>
        {
            var values = table.Rows.Select(r => r.Values[f]).Order().ToArray();
            return values.Length == 0 ? 0 : values[values.Length / 2];
        }).ToArray();
}
