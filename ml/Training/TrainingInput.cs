namespace Crm.Ml.Training;

/// <summary>The checks a training's data passes before any learner sees it, each failing with its own reason.</summary>
internal static class TrainingInput
{
    public static void Check(FeatureTable training, FeatureTable validation, TrainingLimits limits)
    {
        foreach (var name in limits.RequiredFeatures)
            if (training.IndexOf(name) < 0 || validation.IndexOf(name) < 0)
                throw new TrainingFailedException(TrainingFailure.MissingFeature,
                    $"the training data has no feature '{name}' (it has: {string.Join(", ", training.Names)})");
        if (!training.Names.SequenceEqual(validation.Names))
            throw new TrainingFailedException(TrainingFailure.MissingFeature, "the training and validation rows have different features");

        if (training.Count < limits.MinTrainingRows || validation.Count < limits.MinValidationRows)
            throw new TrainingFailedException(TrainingFailure.TooLittleData,
                $"too little data: {training.Count} training rows (at least {limits.MinTrainingRows}) and " +
                $"{validation.Count} validation rows (at least {limits.MinValidationRows})");
        CheckClasses("training", training, limits.MinExamplesPerClass);
        CheckClasses("validation", validation, Math.Max(1, limits.MinExamplesPerClass / 4));

        foreach (var table in new[] { training, validation })
            foreach (var row in table.Rows)
                for (var f = 0; f < row.Values.Length; f++)
                    if (!float.IsFinite(row.Values[f]))
                        throw new TrainingFailedException(TrainingFailure.InvalidValue,
                            $"feature '{table.Names[f]}' of row {row.Id} is {row.Values[f]}, not a finite number");
    }

    private static void CheckClasses(string part, FeatureTable table, int least)
    {
        var positives = table.Positives;
        var negatives = table.Count - positives;
        if (positives == 0 || negatives == 0)
            throw new TrainingFailedException(TrainingFailure.OneClassOnly,
                $"the {part} rows are all {(positives == 0 ? "negative" : "positive")} ({table.Count} rows): nothing to tell apart");
        if (positives < least || negatives < least)
            throw new TrainingFailedException(TrainingFailure.TooLittleData,
                $"too little data: the {part} rows have {positives} positive and {negatives} negative examples (at least {least} of each)");
    }
}
