using Crm.Ml.Churn;
using Crm.Ml.Training;
using Crm.Testing;
using Xunit.Abstractions;

namespace Crm.Ml.Tests.Churn;

/// <summary>
/// On the demo's generated data (scale S, seed 7), whose churners fade out before they leave: features from the star
/// at past as-of moments, learners compared on the newest months, and the figures measured on customers of those
/// months that neither training nor the choice of learner saw.
/// </summary>
[Collection(MlCollection.Name)]
public sealed class GeneratedChurnTests(MlDemo ml, ITestOutputHelper output)
{
    [Fact]
    public void GeneratedDataChurnRocAucIsAtLeast090()
    {
        using var duck = ml.Demo.Store.OpenRead();
        var asOf = Crm.Warehouse.Store.WarehouseStore.AsOfUtc(duck)!.Value;
        var data = ChurnDataset.Read(duck, asOf, new ChurnOptions());
        // Half of the validation months' customers choose and calibrate the model, the other half judge it.
        var (choose, judge) = StratifiedSplit.Split(data.Validation, 0.5, seed: 11);
        var model = ChurnTrainer.Train(data.Training, choose, new TrainingLimits(), new ModelInfo("churn", "test", data.FromUtc, data.ToUtc, 90));
        var metrics = BinaryMetrics.Of(model.Probabilities(judge), judge.Rows.Select(r => r.Label).ToList());

        output.WriteLine($"training {data.Training.Count} rows ({data.Training.Positives} churned), validation {choose.Count}, judged {judge.Count}");
        foreach (var c in model.Manifest.Candidates)
            output.WriteLine(FormattableString.Invariant($"{c.Trainer}: validation ROC AUC {c.RocAuc:F4} in {c.Seconds:F1} s {c.Error}"));
        output.WriteLine(FormattableString.Invariant(
            $"kept {model.Manifest.Trainer}: synthetic_auc={metrics.RocAuc:F4} synthetic_pr_auc={metrics.PrAuc:F4} synthetic_brier={metrics.Brier:F4}"));
        Assert.True(judge.Positives >= 10, $"only {judge.Positives} churners to judge on");
        Assert.InRange(metrics.RocAuc, 0.90, 1.0);
    }
}
