namespace Crm.Ml.Training;

/// <summary>The learners a churn training compares; the one with the best validation ROC AUC is kept.</summary>
public enum TrainerKind
{
    FastTree,
    LightGbm,
    LogisticRegression,
}
