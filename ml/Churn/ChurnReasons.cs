using System.Globalization;
using Crm.Ml.Reasons;

namespace Crm.Ml.Churn;

/// <summary>
/// A feature that raises a customer's churn risk, said the way an agent would say it, with the customer's own
/// figures, in Armenian, English and Russian (every feature of churn_features.sql has a sentence in each language's
/// table, <see cref="Sentences"/>; a feature without one is named as it is).
/// </summary>
public static class ChurnReasons
{
    /// <summary>The features every churn model of the warehouse reads: training without one of them is refused.</summary>
    public static IReadOnlyList<string> Features => [.. Sentences.En.Churn.Keys];

    public static Localized Say(string feature, Func<string, float> value) => Sentences.Say(s => Say(s, feature, value));

    public static string Say(Sentences language, string feature, Func<string, float> value) =>
        language.Churn.TryGetValue(feature, out var sentence)
            ? sentence(value)
            : $"{feature} = {Math.Round(value(feature)).ToString(CultureInfo.InvariantCulture)}";
}
