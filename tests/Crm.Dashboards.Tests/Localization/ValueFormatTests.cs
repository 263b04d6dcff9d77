using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;

namespace Crm.Dashboards.Tests.Localization;

public sealed class ValueFormatTests
{
    private const string Nbsp = "\u00A0";

    [Theory]
    [InlineData(Language.Hy, "31.10.2026")]
    [InlineData(Language.Ru, "31.10.2026")]
    [InlineData(Language.En, "31 Oct 2026")]
    public void DatesAreWrittenAsTheLanguageWritesThem(Language language, string expected)
    {
        Assert.Equal(expected, ValueFormat.For(language).Cell(new ReportColumn("opened_date", ColumnKind.Date), new DateOnly(2026, 10, 31)));
    }

    [Fact]
    public void MoneyIsInWholeDramsAndFiguresAreGroupedButIdsAreNot()
    {
        var format = ValueFormat.For(Language.En);
        Assert.Equal($"1{Nbsp}234{Nbsp}568{Nbsp}֏", format.Cell(new ReportColumn("amount", ColumnKind.Money), 1_234_567.5m));
        Assert.Equal($"12{Nbsp}345", format.Cell(new ReportColumn("deals", ColumnKind.Integer), 12_345L));
        Assert.Equal("12345", format.Cell(new ReportColumn("deal_id", ColumnKind.Integer), 12_345L));
    }

    [Fact]
    public void RussianWritesADecimalComma()
    {
        var format = ValueFormat.For(Language.Ru);
        Assert.Equal("12,5%", format.Cell(new ReportColumn("conversion", ColumnKind.Share), 0.125));
        Assert.Equal("3,5", format.Cell(new ReportColumn("days_in_stage", ColumnKind.Days), 3.5));
        Assert.Equal($"1,3{Nbsp}млн", format.Compact(1_260_000));
    }

    [Fact]
    public void YesAndNoAreWords()
    {
        Assert.Equal("Այո", ValueFormat.For(Language.Hy).Cell(new ReportColumn("is_top_20", ColumnKind.Text), true));
        Assert.Equal("Нет", ValueFormat.For(Language.Ru).Cell(new ReportColumn("is_top_20", ColumnKind.Text), false));
    }
}
