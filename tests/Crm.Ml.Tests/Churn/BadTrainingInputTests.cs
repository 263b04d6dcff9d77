using Crm.Ml.Models;
using Crm.Ml.Training;

namespace Crm.Ml.Tests.Churn;

/// <summary>Data that cannot give a model is refused with its reason before any learner runs, and a live model stays live.</summary>
public sealed class BadTrainingInputTests
{
    private static readonly ModelInfo Info = new("churn", "test", default, default, 90);

    [Fact]
    public void OneClassOnlyIsRefused()
    {
        var e = Assert.Throws<TrainingFailedException>(() => ChurnTrainer.Train(Table(400, churners: 0), Table(100, churners: 20), new TrainingLimits(), Info));
        Assert.Equal(TrainingFailure.OneClassOnly, e.Reason);
        Assert.Contains("all negative", e.Message);
    }

    [Fact]
    public void TooFewRowsAreRefused()
    {
        var e = Assert.Throws<TrainingFailedException>(() => ChurnTrainer.Train(Table(40, churners: 10), Table(100, churners: 20), new TrainingLimits(), Info));
        Assert.Equal(TrainingFailure.TooLittleData, e.Reason);
        Assert.Contains("40 training rows", e.Message);
    }

    [Fact]
    public void AMissingFeatureIsRefusedByName()
    {
        var limits = new TrainingLimits { RequiredFeatures = ["recency", "days_since_last_contact"] };
        var e = Assert.Throws<TrainingFailedException>(() => ChurnTrainer.Train(Table(400, 60), Table(100, 20), limits, Info));
        Assert.Equal(TrainingFailure.MissingFeature, e.Reason);
        Assert.Contains("'days_since_last_contact'", e.Message);
    }

    [Fact]
    public void ANonFiniteValueIsRefused()
    {
        var training = Table(400, 60);
        training.Rows[7].Values[1] = float.NaN;
        var e = Assert.Throws<TrainingFailedException>(() => ChurnTrainer.Train(training, Table(100, 20), new TrainingLimits(), Info));
        Assert.Equal(TrainingFailure.InvalidValue, e.Reason);
    }

    [Fact]
    public void AModelRefusesDataWithoutAFeatureItReads()
    {
        var model = ChurnTrainer.Train(Table(400, 60), Table(100, 20), new TrainingLimits { Trainers = [TrainerKind.LogisticRegression] }, Info);
        var narrower = new FeatureTable(["recency"], [new FeatureRow(1, [3f], false)]);
        var e = Assert.Throws<TrainingFailedException>(() => model.Probabilities(narrower));
        Assert.Equal(TrainingFailure.MissingFeature, e.Reason);
        Assert.Contains("'noise'", e.Message);
    }

    [Fact]
    public void AFailedTrainingLeavesTheStoresLiveModelInPlace()
    {
        var folder = Directory.CreateTempSubdirectory("crm-models-").FullName;
        try
        {
            var store = new ModelStore(folder);
            var live = ChurnTrainer.Train(Table(400, 60), Table(100, 20), new TrainingLimits(), Info with { Version = store.NewVersion("churn", DateTime.UtcNow) });
            store.SaveAndPublish(live);

            Assert.Throws<TrainingFailedException>(() => ChurnTrainer.Train(Table(400, 0), Table(100, 20), new TrainingLimits(), Info));

            var current = store.LoadCurrent()!;
            Assert.Equal(live.Manifest.Version, current.Manifest.Version);
            var probe = Table(50, 10);
            Assert.Equal(live.Probabilities(probe), current.Probabilities(probe), (a, b) => Math.Abs(a - b) < 1e-6);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Churners have a high "recency"; "noise" says nothing.</summary>
    private static FeatureTable Table(int rows, int churners)
    {
        var random = new Random(rows + churners);
        return new FeatureTable(["recency", "noise"], Enumerable.Range(0, rows).Select(i =>
        {
            var churned = i < churners;
            return new FeatureRow(i, [(float)(random.NextDouble() * 100 + (churned ? 60 : 0)), (float)random.NextDouble()], churned);
        }).ToList());
    }
}
