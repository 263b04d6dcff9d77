using Crm.Ml.Training;

namespace Crm.Ml.Telco;

/// <summary>
/// The Telco benchmark: a stratified 20% hold-out set aside first; the rest split again (stratified, 20%) into
/// training and validation rows, on which the learners are compared and the winner calibrated; then the hold-out
/// figures of the kept model.
/// </summary>
public static class TelcoEvaluation
{
    public static TelcoResult Run(string path, int seed, IProgress<string>? progress = null)
    {
        var table = TelcoDataset.Load(path);
        var (rest, holdOut) = StratifiedSplit.Split(table, 0.2, seed);
        var (training, validation) = StratifiedSplit.Split(rest, 0.2, seed + 1);
        var model = ChurnTrainer.Train(training, validation, new TrainingLimits(),
            new ModelInfo("telco_churn", "telco", default, default, 0), progress);
        var probabilities = model.Probabilities(holdOut);
        return new TelcoResult(model, BinaryMetrics.Of(probabilities, holdOut.Rows.Select(r => r.Label).ToList()));
    }
}
