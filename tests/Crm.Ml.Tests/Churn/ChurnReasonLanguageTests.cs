using Crm.Ml.Churn;
using Crm.Ml.Reasons;

namespace Crm.Ml.Tests.Churn;

/// <summary>Every churn reason can be said in Armenian, English and Russian, in that language's letters and way of writing figures.</summary>
public sealed class ChurnReasonLanguageTests
{
    private static readonly Dictionary<string, (Sentences Sentences, string Letters)> Languages = new()
    {
        ["hy"] = (Sentences.Hy, "[\u0531-\u058F]"),
        ["en"] = (Sentences.En, "^[^\u0400-\u04FF\u0531-\u058F]*[A-Za-z][^\u0400-\u04FF\u0531-\u058F]*$"),
        ["ru"] = (Sentences.Ru, "[\u0400-\u04FF]"),
    };

    // A customer with a figure of every size: 1 (singular), 3 (Russian "few"), 1234 (grouped), shares under 1.
    private static float Value(string feature) => feature switch
    {
        "unpaid_share" or "payment_trend" => 0.35f,
        "sales_total" or "open_deals" => 1,
        "revenue_total" or "revenue_365d" or "paid_365d" or "average_sale" => 1_234_567,
        "tenure_days" or "days_since_last_sale" => 1234,
        _ => 3,
    };

    [Theory]
    [InlineData("hy")]
    [InlineData("en")]
    [InlineData("ru")]
    public void EveryChurnFeatureHasASentenceInTheLanguage(string language)
    {
        var sentences = Languages[language].Sentences;
        Assert.Equal(ChurnReasons.Features.Order(), sentences.Churn.Keys.Order());
        Assert.All(ChurnReasons.Features, feature =>
        {
            var said = ChurnReasons.Say(sentences, feature, Value);
            Assert.DoesNotContain(" = ", said);
            Assert.Matches(Languages[language].Letters, said);
        });
    }

    [Fact]
    public void AReasonIsSaidInArmenianWithArmenianLettersAndInRussianWithCyrillicOnes()
    {
        var said = ChurnReasons.Say("days_since_last_sale", Value);
        Assert.Matches("[\u0531-\u058F]", said.Hy);
        Assert.Matches("[\u0400-\u04FF]", said.Ru);
        Assert.Equal("no purchase for 1,234 days", said.En);
        Assert.Equal("1\u202F234 օր առանց գնման", said.Hy);
        Assert.Equal("без покупок 1\u202F234 дня", said.Ru);
    }

    [Theory]
    [InlineData(1, "1 покупка")]
    [InlineData(3, "3 покупки")]
    [InlineData(11, "11 покупок")]
    [InlineData(21, "21 покупка")]
    [InlineData(112, "112 покупок")]
    public void RussianNounsAgreeWithTheirNumbers(float purchases, string expected)
    {
        Assert.Equal($"{expected} за последний год", ChurnReasons.Say(Sentences.Ru, "sales_365d", _ => purchases));
    }

    [Fact]
    public void MoneyIsInDramsTheWayEachLanguageWritesThem()
    {
        var said = ChurnReasons.Say("average_sale", _ => 1_234_567);
        Assert.Contains("1,234,567 AMD", said.En);
        Assert.Contains("1\u202F234\u202F567 ֏", said.Hy);
        Assert.Contains("1\u202F234\u202F567 драм", said.Ru);
    }

    [Fact]
    public void AFeatureWithoutASentenceIsNamedAsItIs()
    {
        Assert.Equal(new Localized("mystery = 4", "mystery = 4", "mystery = 4"), ChurnReasons.Say("mystery", _ => 4));
    }
}
