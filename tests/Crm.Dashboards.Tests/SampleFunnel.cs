using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports.Funnel;

namespace Crm.Dashboards.Tests;

/// <summary>A quarter of a mid-sized Armenian distributor: 1000 leads narrowing to 120 won deals. Stage names as in the migrations.</summary>
internal static class SampleFunnel
{
    public static readonly FunnelRow[] Rows =
    [
        new(1, "lead", "Պոտենցիալ հաճախորդ", "Lead", "Лид", 1000, 1_250_000_000m, null, 1.0),
        new(2, "qualified", "Որակավորված", "Qualified", "Квалифицирован", 620, 812_345_678.40m, 0.62, 0.62),
        new(3, "proposal", "Կոմերցիոն առաջարկ", "Proposal", "Коммерческое предложение", 380, 501_000_000m, 380 / 620.0, 0.38),
        new(4, "negotiation", "Բանակցություններ", "Negotiation", "Переговоры", 210, 290_500_000m, 210 / 380.0, 0.21),
        new(5, "won", "Շահված", "Won", "Выиграна", 120, 171_234_567m, 120 / 210.0, 0.12),
    ];

    public static readonly DateTimeOffset AsOf = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    public static FunnelView View(Language language, IReadOnlyList<FunnelRow>? rows = null, string? scope = null) => new(
        rows ?? Rows,
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 3, 31),
        language,
        AsOf,
        scope ?? language switch
        {
            Language.Hy => "Բոլոր ստորաբաժանումները",
            Language.Ru => "Все подразделения",
            _ => "All departments",
        });

    /// <summary>Enough stages that the PDF table cannot fit on one page.</summary>
    public static FunnelRow[] ManyStages(int count) => Enumerable.Range(1, count)
        .Select(i => new FunnelRow(i, $"stage{i}", $"Փուլ {i}", $"Stage {i}", $"Этап {i}",
            Deals: 2000 - i * 10, Amount: 1_000_000m * (count - i + 1),
            ConversionFromPrevious: i == 1 ? null : 0.99, ConversionFromStart: (2000 - i * 10) / 1990.0))
        .ToArray();
}
