namespace Crm.Ml.Training;

/// <summary>
/// How well probabilities rank and fit the truth: ROC AUC (chance that a random positive scores above a random
/// negative, ties half), PR AUC (average precision: the area under precision-recall, which a rare positive class
/// makes the harder figure) and the Brier score (mean squared error of the probability; lower is better).
/// </summary>
public sealed record BinaryMetrics(double RocAuc, double PrAuc, double Brier, int Count, int Positives)
{
    public static BinaryMetrics Of(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        var n = probabilities.Count;
        var positives = labels.Count(l => l);
        var order = Enumerable.Range(0, n).OrderBy(i => probabilities[i]).ToArray();
        // ROC AUC from average ranks (Mann-Whitney U), ties sharing their mean rank.
        double positiveRanks = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && probabilities[order[end + 1]] == probabilities[order[start]]) end++;
            var rank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++) if (labels[order[k]]) positiveRanks += rank;
            start = end + 1;
        }
        var negatives = n - positives;
        var roc = positives == 0 || negatives == 0 ? double.NaN
            : (positiveRanks - positives * (positives + 1) / 2.0) / ((double)positives * negatives);

        // Average precision over the rows from most to least likely, a tied group counted at once.
        double ap = 0, truePositives = 0;
        for (var end = n - 1; end >= 0;)
        {
            var start = end;
            while (start - 1 >= 0 && probabilities[order[start - 1]] == probabilities[order[end]]) start--;
            var hits = 0;
            for (var k = start; k <= end; k++) if (labels[order[k]]) hits++;
            truePositives += hits;
            var seen = n - start;
            if (positives > 0) ap += hits / (double)positives * (truePositives / seen);
            end = start - 1;
        }
        var brier = Enumerable.Range(0, n).Average(i => Math.Pow(probabilities[i] - (labels[i] ? 1 : 0), 2));
        return new BinaryMetrics(roc, positives == 0 ? double.NaN : ap, brier, n, positives);
    }

    public override string ToString() =>
        FormattableString.Invariant($"ROC AUC {RocAuc:F4}, PR AUC {PrAuc:F4}, Brier {Brier:F4} ({Count} rows, {Positives} positive)");
}
