using Crm.Ml.Models;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Crm.Ml.Training;

/// <summary>
/// A trained churn model: calibrated probabilities for rows of its features, and per row the features that raise
/// the probability most. Reasons are measured by the per-feature delta method: the probability minus the probability
/// with that one feature set to its reference (the training median), which works the same for trees and for the
/// linear model.
/// </summary>
public sealed class ChurnModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;

    internal ChurnModel(MLContext ml, ITransformer transformer, ModelManifest manifest)
    {
        _ml = ml;
        _transformer = transformer;
        Manifest = manifest;
    }

    public ModelManifest Manifest { get; }

    public double[] Probabilities(FeatureTable table)
    {
        var aligned = Align(table);
        return ModelInput.Scores(_ml, _transformer, aligned).Select(s => Manifest.Calibration.Probability(s)).ToArray();
    }

    /// <summary>Per row, up to <paramref name="top"/> features that raise its probability, the largest first.</summary>
    /// <remarks>Every row with each feature in turn at its reference goes through the model in one pass, generated as it is read.</remarks>
    public IReadOnlyList<FeatureEffect>[] Explain(FeatureTable table, double[] probabilities, int top)
    {
        var aligned = Align(table);
        var width = aligned.Names.Count;
        IEnumerable<FeatureRow> Perturbed()
        {
            foreach (var row in aligned.Rows)
                for (var f = 0; f < width; f++)
                {
                    var values = (float[])row.Values.Clone();
                    values[f] = Manifest.Reference[f];
                    yield return row with { Values = values };
                }
        }
        var scores = _transformer.Transform(ModelInput.View(_ml, width, Perturbed())).GetColumn<float>("Score").ToArray();
        var effects = new IReadOnlyList<FeatureEffect>[aligned.Count];
        for (var i = 0; i < effects.Length; i++)
        {
            var found = new List<FeatureEffect>();
            for (var f = 0; f < width; f++)
            {
                var effect = probabilities[i] - Manifest.Calibration.Probability(scores[i * width + f]);
                if (effect > 0.005) found.Add(new FeatureEffect(aligned.Names[f], f, effect));
            }
            effects[i] = found.OrderByDescending(x => x.Effect).Take(top).ToList();
        }
        return effects;
    }

    public void Save(string zipPath)
    {
        var empty = new FeatureTable(Manifest.FeatureNames, []);
        _ml.Model.Save(_transformer, ModelInput.View(_ml, empty).Schema, zipPath);
    }

    public static ChurnModel Load(string zipPath, ModelManifest manifest)
    {
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(zipPath, out _);
        return new ChurnModel(ml, transformer, manifest);
    }

    /// <summary>The table's columns in the model's order; a feature the model reads and the table lacks is refused.</summary>
    private FeatureTable Align(FeatureTable table)
    {
        if (table.Names.SequenceEqual(Manifest.FeatureNames)) return table;
        var positions = Manifest.FeatureNames.Select(n => (Name: n, At: table.IndexOf(n))).ToList();
        if (positions.FirstOrDefault(p => p.At < 0) is { Name: { } missing })
            throw new TrainingFailedException(TrainingFailure.MissingFeature,
                $"model {Manifest.Version} reads the feature '{missing}', which the data to score does not have");
        return new FeatureTable(Manifest.FeatureNames, table.Rows
            .Select(r => r with { Values = positions.Select(p => r.Values[p.At]).ToArray() }).ToList());
    }
}
