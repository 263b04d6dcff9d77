using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Crm.Ml.Training;

/// <summary>
/// Each learner with settings for a few thousand to a few hundred thousand rows: shallow, slow-learning boosted
/// trees with a leaf size that grows with the data (churners are a minority, small leaves would learn noise), and
/// an L2-regularised logistic regression on quantile-binned features (money and day counts are heavily skewed).
/// </summary>
internal static class TrainerEstimators
{
    public static IEstimator<ITransformer> For(MLContext ml, TrainerKind kind, int rows) => kind switch
    {
        TrainerKind.FastTree => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 300,
            NumberOfLeaves = 8,
            LearningRate = 0.05,
            MinimumExampleCountPerLeaf = Math.Max(10, rows / 200),
            FeatureFraction = 0.8,
            Shrinkage = 1,
        }),
        TrainerKind.LightGbm => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = 300,
            LearningRate = 0.03,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = Math.Max(10, rows / 200),
            Seed = 7,
            Booster = new GradientBooster.Options { L2Regularization = 1, FeatureFraction = 0.8 },
            Silent = true,
        }),
        _ => ml.Transforms.NormalizeBinning("Features", maximumBinCount: 64)
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L2Regularization = 0.1f,
                L1Regularization = 0f,
            })),
    };
}
