using System.Globalization;

namespace Crm.Ml.Reasons;

/// <summary>
/// The sentences an agent reads aloud, in one language: a churn feature with the customer's figures, a cross-sell
/// rule, a popularity pick and an upsell. One subclass per language, each its own table; figures are written the
/// way the language writes them (thousands grouped, the dram named) without depending on the machine's cultures.
/// </summary>
public abstract class Sentences
{
    public static Sentences Hy { get; } = new SentencesHy();
    public static Sentences En { get; } = new SentencesEn();
    public static Sentences Ru { get; } = new SentencesRu();

    /// <summary>Per feature of churn_features.sql, the sentence saying it from the customer's values (by feature name).</summary>
    public abstract IReadOnlyDictionary<string, Func<Func<string, float>, string>> Churn { get; }

    public abstract string CrossSell(string first, string then, double lift, double confidence);
    public abstract string Popular(string category);
    public abstract string Upsell(UpsellFacts facts);

    /// <summary>This language's text of the three.</summary>
    public abstract string Pick(Localized text);

    /// <summary>basic, standard or premium in this language.</summary>
    public abstract string Tier(string tier);

    protected abstract string ThousandsSeparator { get; }
    protected abstract string DecimalSeparator { get; }
    protected abstract string Currency { get; }

    /// <summary>The same sentence in the three languages.</summary>
    public static Localized Say(Func<Sentences, string> sentence) => new(sentence(Hy), sentence(En), sentence(Ru));

    protected string N(double x) => Math.Round(x).ToString("#,0", CultureInfo.InvariantCulture).Replace(",", ThousandsSeparator);
    protected string Money(double x) => $"{N(x)} {Currency}";
    protected string Decimal(double x) => x.ToString("0.0", CultureInfo.InvariantCulture).Replace(".", DecimalSeparator);
    protected static string Percent(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
