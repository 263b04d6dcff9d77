namespace Crm.Ml.Training;

/// <summary>
/// Turns a model's raw score into a calibrated probability, 1 / (1 + exp(A·score + B)), with A and B fitted on rows
/// the model was not trained on (Platt's method, with his smoothed targets so a clean split does not push A to
/// infinity). Two numbers: it cannot overfit a validation set of a few hundred rows.
/// </summary>
public sealed record PlattScaling(double A, double B)
{
    public double Probability(double score)
    {
        var z = A * score + B;
        return z >= 0 ? Math.Exp(-z) / (1 + Math.Exp(-z)) : 1 / (1 + Math.Exp(z));
    }

    public static PlattScaling Fit(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        double a = 0, b = Math.Log((negatives + 1.0) / (positives + 1.0));
        for (var iteration = 0; iteration < 100; iteration++)
        {
            // Newton's step on the log loss, with a little ridge so a flat score cannot make the Hessian singular.
            double gA = 0, gB = 0, hAA = 1e-9, hAB = 0, hBB = 1e-9;
            for (var i = 0; i < scores.Count; i++)
            {
                var t = labels[i] ? hi : lo;
                var p = new PlattScaling(a, b).Probability(scores[i]);
                var d = t - p; // d(loss)/dz for z = A·s + B, where p = 1/(1+e^z)
                var w = p * (1 - p);
                gA += d * scores[i];
                gB += d;
                hAA += w * scores[i] * scores[i];
                hAB += w * scores[i];
                hBB += w;
            }
            var det = hAA * hBB - hAB * hAB;
            if (Math.Abs(det) < 1e-12) break;
            var stepA = (hBB * gA - hAB * gB) / det;
            var stepB = (hAA * gB - hAB * gA) / det;
            a -= stepA;
            b -= stepB;
            if (Math.Abs(stepA) < 1e-9 && Math.Abs(stepB) < 1e-9) break;
        }
        return new PlattScaling(a, b);
    }
}
