using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Tests;

public class TextsTests
{
    private const string Nbsp = "\u00A0";

    [Theory]
    [InlineData(Language.Hy)]
    [InlineData(Language.En)]
    [InlineData(Language.Ru)]
    public void AmountsAreFormattedInDrams(Language language)
    {
        Texts texts = Texts.For(language);

        Assert.Equal($"1{Nbsp}234{Nbsp}567{Nbsp}֏", texts.Money(1_234_567m));
        Assert.Equal($"0{Nbsp}֏", texts.Money(0m));
        Assert.Equal($"999{Nbsp}֏", texts.Money(999m));
        Assert.Equal($"1{Nbsp}000{Nbsp}֏", texts.Money(999.5m)); // whole drams, half rounded up
        Assert.Equal($"812{Nbsp}345{Nbsp}678{Nbsp}֏", texts.Money(812_345_678.40m));
        Assert.Equal($"-1{Nbsp}500{Nbsp}֏", texts.Money(-1500m));
    }

    [Fact]
    public void PercentagesHaveOneDecimalAndRussianUsesAComma()
    {
        Assert.Equal("42.5%", Texts.En.Percent(0.425));
        Assert.Equal("42.5%", Texts.Hy.Percent(0.425));
        Assert.Equal("42,5%", Texts.Ru.Percent(0.425));
        Assert.Equal("100.0%", Texts.En.Percent(1.0));
        Assert.Equal("61.3%", Texts.En.Percent(380 / 620.0));
        Assert.Equal("—", Texts.En.Percent(null));
        Assert.Equal("—", Texts.Ru.Percent(double.NaN));
    }

    [Fact]
    public void TheFunnelTitleIsTheGlossarysTerm()
    {
        Assert.Equal("Վաճառքի ձագար", Texts.For(Language.Hy).FunnelTitle);
        Assert.Equal("Sales funnel", Texts.For(Language.En).FunnelTitle);
        Assert.Equal("Воронка продаж", Texts.For(Language.Ru).FunnelTitle);
    }

    [Fact]
    public void StageNamesFollowTheLanguage()
    {
        var negotiation = SampleFunnel.Rows[3];

        Assert.Equal("Բանակցություններ", Texts.Hy.StageName(negotiation));
        Assert.Equal("Negotiation", Texts.En.StageName(negotiation));
        Assert.Equal("Переговоры", Texts.Ru.StageName(negotiation));
    }

    [Fact]
    public void AnUntranslatedStageShowsItsArmenianName()
    {
        var untranslated = SampleFunnel.Rows[0] with { NameRu = "" };

        Assert.Equal("Պոտենցիալ հաճախորդ", Texts.Ru.StageName(untranslated));
    }

    [Fact]
    public void DatesAndTimesAreUnambiguous()
    {
        Assert.Equal("2026-01-01 – 2026-03-31", Texts.Ru.DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));
        // 07:00 UTC is 11:00 in Yerevan.
        Assert.Equal("2026-11-25 11:00 UTC+04:00", Texts.En.Timestamp(SampleFunnel.AsOf));
        Assert.Equal("անհայտ", Texts.Hy.Timestamp(null));
    }

    [Fact]
    public void EveryLanguageFillsEveryString()
    {
        foreach (Language language in Enum.GetValues<Language>())
        {
            Texts texts = Texts.For(language);
            foreach (var property in typeof(Texts).GetProperties().Where(p => p.PropertyType == typeof(string)))
                Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(texts)), $"{language}: {property.Name} is empty");
        }
    }
}
