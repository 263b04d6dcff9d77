using Crm.Ml.Telco;
using Crm.Ml.Training;
using Crm.Testing;
using Xunit.Abstractions;

namespace Crm.Ml.Tests.Churn;

/// <summary>On IBM's Telco customer churn table, a stratified hold-out the models never saw.</summary>
public sealed class TelcoChurnTests(ITestOutputHelper output)
{
    [Fact]
    public void TelcoHoldOutRocAucIsAtLeast085()
    {
        var path = SharedData.Path("datasets", "telco_churn", "Telco-Customer-Churn.csv");
        Assert.True(path is not null && File.Exists(path),
            $"the Telco churn table is missing: expected shared/datasets/telco_churn/Telco-Customer-Churn.csv beside the checkout " +
            $"(or under CRM_SHARED_PATH); looked at {path ?? "(no shared folder found)"}");

        var result = TelcoEvaluation.Run(path!, seed: 7);

        foreach (var candidate in result.Model.Manifest.Candidates)
            output.WriteLine(FormattableString.Invariant($"{candidate.Trainer}: validation ROC AUC {candidate.RocAuc:F4} {candidate.Error}"));
        output.WriteLine($"kept {result.Model.Manifest.Trainer}; hold-out {result.HoldOut}");
        output.WriteLine(FormattableString.Invariant($"telco_auc={result.HoldOut.RocAuc:F4} telco_pr_auc={result.HoldOut.PrAuc:F4} telco_brier={result.HoldOut.Brier:F4}"));
        Assert.Equal(1409, result.HoldOut.Count);
        Assert.InRange(result.HoldOut.RocAuc, 0.85, 1.0);
        Assert.InRange(result.HoldOut.Brier, 0.0, 0.16);
    }
}
