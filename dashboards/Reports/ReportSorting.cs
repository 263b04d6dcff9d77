using System.Globalization;

namespace Crm.Dashboards.Reports;

/// <summary>
/// Orders a report's rows by one of its columns, as a reader clicking a column header asks. Empty cells go last either
/// way; equal cells keep the report's own order, so sorting by a status keeps the largest deals first within it.
/// </summary>
public static class ReportSorting
{
    public static ReportResult Sort(ReportResult result, string column, bool descending)
    {
        var i = result.Ordinal(column);
        var filled = result.Rows.Where(r => r[i] is not null);
        var ordered = descending ? filled.OrderByDescending(r => r[i], CellComparer.Instance) : filled.OrderBy(r => r[i], CellComparer.Instance);
        return result with { Rows = [.. ordered, .. result.Rows.Where(r => r[i] is null)] };
    }

    private sealed class CellComparer : IComparer<object?>
    {
        public static readonly CellComparer Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (string a, string b) => string.Compare(a, b, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase),
            (DateOnly a, DateOnly b) => a.CompareTo(b),
            (DateTime a, DateTime b) => a.CompareTo(b),
            (bool a, bool b) => a.CompareTo(b),
            (IConvertible a, IConvertible b) when IsNumber(a) && IsNumber(b) =>
                a.ToDouble(CultureInfo.InvariantCulture).CompareTo(b.ToDouble(CultureInfo.InvariantCulture)),
            _ => string.Compare(Convert.ToString(x, CultureInfo.InvariantCulture), Convert.ToString(y, CultureInfo.InvariantCulture), StringComparison.Ordinal),
        };

        private static bool IsNumber(IConvertible value) => value.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal;
    }
}
