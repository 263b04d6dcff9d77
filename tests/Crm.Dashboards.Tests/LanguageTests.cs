using Crm.Dashboards.Localization;

namespace Crm.Dashboards.Tests;

public class LanguageTests
{
    [Theory]
    [InlineData("ru-RU,ru;q=0.9,en;q=0.8", Language.Ru)]
    [InlineData("en-US,en;q=0.9", Language.En)]
    [InlineData("hy-AM,hy;q=0.9,ru;q=0.8", Language.Hy)]
    [InlineData("de-DE,de;q=0.9,ru;q=0.5,en;q=0.3", Language.Ru)]
    [InlineData("en;q=0.5, ru;q=0.8", Language.Ru)]
    [InlineData("ru;q=0, en", Language.En)]
    [InlineData("fr-FR,fr;q=0.9", Language.Hy)]
    [InlineData("*", Language.Hy)]
    [InlineData("", Language.Hy)]
    [InlineData(null, Language.Hy)]
    public void LanguageIsChosenFromAcceptLanguage(string? header, Language expected)
    {
        Assert.Equal(expected, LanguageCodes.FromAcceptLanguage(header));
    }

    [Theory]
    [InlineData("hy", Language.Hy)]
    [InlineData("HY", Language.Hy)]
    [InlineData("En", Language.En)]
    [InlineData("ru", Language.Ru)]
    [InlineData("ru-RU", Language.Ru)]
    public void LanguageCodesAreReadWhateverTheirCase(string code, Language expected)
    {
        Assert.True(LanguageCodes.TryParse(code, out Language language));
        Assert.Equal(expected, language);
        Assert.Equal(expected, LanguageCodes.Parse(code));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("armenian")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownLanguageCodesFallBackToArmenian(string? code)
    {
        Assert.False(LanguageCodes.TryParse(code, out _));
        Assert.Equal(Language.Hy, LanguageCodes.Parse(code));
    }

    [Fact]
    public void AnExplicitLanguageBeatsTheBrowsersPreference()
    {
        Assert.Equal(Language.En, LanguageCodes.Choose("en", "ru-RU,ru;q=0.9"));
        Assert.Equal(Language.Ru, LanguageCodes.Choose(null, "ru-RU,ru;q=0.9"));
        Assert.Equal(Language.Ru, LanguageCodes.Choose("xx", "ru-RU,ru;q=0.9"));
    }

    [Fact]
    public void CodesRoundTrip()
    {
        foreach (Language language in Enum.GetValues<Language>())
            Assert.Equal(language, LanguageCodes.Parse(language.Code()));
    }
}
