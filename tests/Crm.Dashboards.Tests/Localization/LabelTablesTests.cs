using Crm.Dashboards.Composition;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Tests.Localization;

/// <summary>Every column, parameter and choice a page or PDF shows is named in Armenian, English and Russian.</summary>
public sealed class LabelTablesTests
{
    public static TheoryData<string> Reports => [.. ReportCatalog.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Reports))]
    public void EveryColumnOfEveryReportHasALabel(string name)
    {
        var report = ReportCatalog.Find(name)!;
        Assert.Equal([], report.Columns.Select(c => c.Name).Where(c => !Labels.Columns.Has(c)).ToArray());
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void EveryParameterAndChoiceOfEveryReportHasALabel(string name)
    {
        var report = ReportCatalog.Find(name)!;
        var wanted = report.Parameters.Select(p => p.Name)
            .Concat(report.Parameters.SelectMany(p => p.Choices.Select(c => $"{p.Name}={c}")));
        Assert.Equal([], wanted.Where(p => !Labels.Parameters.Has(p)).ToArray());
    }

    [Fact]
    public void TheDashboardsOwnTablesHaveLabelsToo()
    {
        Assert.Equal([], AgentTasks.Definition.Columns.Select(c => c.Name).Where(c => !Labels.Columns.Has(c)).ToArray());
    }

    [Fact]
    public void EachLabelIsWrittenInItsLanguagesScript()
    {
        foreach (var table in new[] { Labels.Columns, Labels.Parameters, Labels.Values })
        {
            foreach (var name in table.Names)
            {
                var (hy, en, ru) = (table.Of(name, Language.Hy), table.Of(name, Language.En), table.Of(name, Language.Ru));
                // an acronym (ROI, VIP, SMS) reads the same in every language
                Assert.True(hy == en || hy.Any(c => c is >= '\u0531' and <= '\u058F'), $"{name}: '{hy}' is not Armenian");
                Assert.True(ru == en || ru.Any(c => c is >= '\u0400' and <= '\u04FF'), $"{name}: '{ru}' is not Russian");
                Assert.DoesNotContain(en, c => c is >= '\u0400' and <= '\u058F');
            }
        }
    }

    [Fact]
    public void ACodedCellIsShownInWordsAndOtherTextAsItIs()
    {
        Assert.Equal("Շահված", Labels.Value("status", "won", Language.Hy));
        Assert.Equal("Под угрозой", Labels.Value("rfm_segment", "at_risk", Language.Ru));
        Assert.Equal("Erebuni Med OJSC", Labels.Value("customer_name", "Erebuni Med OJSC", Language.Ru));
    }

    [Theory]
    [InlineData("ru", "hy", "en-US", Language.Ru)]
    [InlineData(null, "en", "ru-RU,ru;q=0.9", Language.En)]
    [InlineData("", null, "ru-RU,ru;q=0.9", Language.Ru)]
    [InlineData(null, "xx", null, Language.Hy)]
    [InlineData(null, null, null, Language.Hy)]
    public void AnExplicitChoiceBeatsTheSavedSettingWhichBeatsTheBrowser(string? query, string? cookie, string? accept, Language expected)
    {
        Assert.Equal(expected, LanguageCodes.Choose(query, cookie, accept));
    }
}
