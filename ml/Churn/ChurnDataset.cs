using Crm.Ml.Training;
using DuckDB.NET.Data;

namespace Crm.Ml.Churn;

/// <summary>The training and validation rows of a churn model, from the star at past as-of moments (see <see cref="ChurnOptions"/>).</summary>
public sealed record ChurnDataset(FeatureTable Training, FeatureTable Validation, DateTime FromUtc, DateTime ToUtc)
{
    public static ChurnDataset Read(DuckDBConnection duck, DateTime asOfUtc, ChurnOptions options, CancellationToken ct = default)
    {
        var newest = asOfUtc.AddDays(-options.HorizonDays);
        var validationCutoffs = Enumerable.Range(0, options.ValidationCutoffs).Select(k => newest.AddDays(-k * options.CutoffStepDays)).ToList();
        var lastTraining = validationCutoffs.Min().AddDays(-options.HorizonDays);
        var trainingCutoffs = Enumerable.Range(0, options.TrainingCutoffs).Select(k => lastTraining.AddDays(-k * options.CutoffStepDays)).ToList();
        var validation = Stack(duck, validationCutoffs, options.HorizonDays, ct);
        var training = Stack(duck, trainingCutoffs, options.HorizonDays, ct);
        return new ChurnDataset(training, validation, trainingCutoffs.Min(), asOfUtc);
    }

    private static FeatureTable Stack(DuckDBConnection duck, IEnumerable<DateTime> cutoffs, int horizonDays, CancellationToken ct)
    {
        var tables = cutoffs.Order().Select(t => ChurnFeatureQuery.Read(duck, t, horizonDays, ct)).ToList();
        return new FeatureTable(tables[0].Names, tables.SelectMany(t => t.Rows).ToList());
    }
}
