using Crm.Ml.Reasons;

namespace Crm.Ml.Tests.CrossSell;

/// <summary>Cross-sell and upsell reasons in Armenian, English and Russian, with the names and figures of each language.</summary>
public sealed class SuggestionReasonLanguageTests
{
    [Fact]
    public void ACrossSellReasonNamesBothProductsAndTheLiftInEachLanguage()
    {
        var said = Sentences.Say(s => s.CrossSell("Նոութբուք Arev Lite 14", "Նոութբուքի պայուսակ", 3.24, 0.4));
        Assert.Equal("customers who bought Նոութբուք Arev Lite 14 also bought Նոութբուքի պայուսակ: 3.2× more likely (40% of them did)", said.En);
        Assert.Equal("«Նոութբուք Arev Lite 14» գնած հաճախորդները գնել են նաև «Նոութբուքի պայուսակ»՝ 3,2 անգամ ավելի հաճախ (նրանց 40%-ը)", said.Hy);
        Assert.Equal("клиенты, купившие «Նոութբուք Arev Lite 14», покупали и «Նոութբուքի պայուսակ»: в 3,2 раза чаще (так сделали 40% из них)", said.Ru);
    }

    [Fact]
    public void AnUpsellReasonNamesTheCategoryAndTierInTheLanguage()
    {
        var category = new Localized("Համակարգիչներ", "Computers", "Компьютеры");
        var said = Sentences.Say(s => s.Upsell(new UpsellFacts(s.Pick(category), 3, 1_200_000, "basic", "Նոութբուք Arev Pro 15", "premium", 300_000, 100_000)));
        Assert.Contains("Computers", said.En);
        Assert.Contains("«Համակարգիչներ»", said.Hy);
        Assert.Contains("պրեմիում", said.Hy);
        Assert.Contains("1\u202F200\u202F000 ֏", said.Hy);
        Assert.Contains("«Компьютеры»", said.Ru);
        Assert.Contains("3 покупки", said.Ru);
        Assert.Contains("«премиум»", said.Ru);
        Assert.Contains("1\u202F200\u202F000 драм", said.Ru);
    }
}
