using System.Globalization;
using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.Dashboards.Reports.Funnel;

/// <summary>The sales funnel with its velocity: rpt_funnel.sql.</summary>
public sealed class FunnelReport : IReport
{
    public const string Name = "funnel";

    public static ReportDefinition Definition { get; } = new(Name,
        new ReportTitle("Վաճառքի ձագար", "Sales funnel", "Воронка продаж"),
        "Deals opened in the period by the furthest stage they reached, conversion between stages and the median days a deal stays in each stage.",
        [.. ReportParameter.Period, ReportParameter.Department, ReportParameter.Agent, ReportParameter.Region, ReportParameter.Source,
         ReportParameter.Campaign, ReportParameter.Segment, ReportParameter.Category],
        [
            new("sort_order", ColumnKind.Integer), new("stage_code", ColumnKind.Text),
            new("name_hy", ColumnKind.Text), new("name_en", ColumnKind.Text), new("name_ru", ColumnKind.Text),
            new("deals", ColumnKind.Integer, "deals that reached the stage"),
            new("amount", ColumnKind.Money, "their amount"),
            new("conversion_from_previous", ColumnKind.Share), new("conversion_from_start", ColumnKind.Share),
            new("median_days_in_stage", ColumnKind.Days, "median days spent in the stage before the next move"),
        ],
        new ReportChart(ChartKind.Funnel, "name_en", ["deals"]))
    {
        ForMarketers = true,
        // a stage's deals are those that got at least that far: the count the row shows
        Drills =
        [
            new ReportDrill("stage_code", "deals", [new ReportDrillKey("reached", "stage_code")]),
            new ReportDrill("deals", "deals", [new ReportDrillKey("reached", "stage_code")]),
        ],
    };

    private FunnelReport() { }

    public static IReadOnlyList<FunnelRow> Run(WarehouseStore store, FunnelFilter filter, ReportScope scope)
    {
        using var conn = store.OpenRead();
        return Run(conn, filter, scope);
    }

    /// <summary>On an open warehouse connection, so a caller can read more from the same version.</summary>
    public static IReadOnlyList<FunnelRow> Run(DuckDBConnection conn, FunnelFilter filter, ReportScope scope)
    {
        var result = ReportRunner.Run(conn, Arguments(filter), scope);
        int At(string column) => result.Ordinal(column);
        return result.Rows.Select(r => new FunnelRow(
            SortOrder: Convert.ToInt32(r[At("sort_order")]),
            Stage: (string)r[At("stage_code")]!,
            NameHy: (string)r[At("name_hy")]!,
            NameEn: (string)r[At("name_en")]!,
            NameRu: (string)r[At("name_ru")]!,
            Deals: Convert.ToInt64(r[At("deals")]),
            Amount: Convert.ToDecimal(r[At("amount")]),
            ConversionFromPrevious: r[At("conversion_from_previous")] is { } p ? Convert.ToDouble(p) : null,
            ConversionFromStart: Convert.ToDouble(r[At("conversion_from_start")]),
            MedianDaysInStage: r[At("median_days_in_stage")] is { } d ? Convert.ToDouble(d) : null)).ToList();
    }

    private static ReportArguments Arguments(FunnelFilter filter) => ReportArguments.For(Definition, filter.To,
        ("from", filter.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", filter.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
