using System.Globalization;
using MiniExcelLibs;

namespace Crm.Ingest.Imports.Reading;

/// <summary>
/// The first sheet of an XLSX, streamed by MiniExcel; the first row holds the headers. Date cells arrive
/// as DateTime and are written as ISO text, numbers in invariant notation.
/// </summary>
internal sealed class XlsxRowSource : IRowSource
{
    private readonly FileStream _file;
    private readonly IEnumerator<IDictionary<string, object?>> _rows;
    private readonly string[] _columns;
    private string?[] _cells = [];

    public XlsxRowSource(string path)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        TotalBytes = null;
        _rows = MiniExcel.Query(_file, useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().GetEnumerator();
        if (!_rows.MoveNext())
        {
            Headers = [];
            _columns = [];
            return;
        }
        RowNumber = 1;
        var header = _rows.Current;
        var last = header.Where(kv => !string.IsNullOrWhiteSpace(Text(kv.Value))).Select(kv => kv.Key).LastOrDefault();
        _columns = header.Keys.TakeWhile(k => k != last).Append(last).Where(k => k is not null).Select(k => k!).ToArray();
        Headers = _columns.Select(c => Text(header[c]) ?? "").ToArray();
    }

    public IReadOnlyList<string> Headers { get; }
    public long RowNumber { get; private set; }
    public long BytesRead => 0;
    public long? TotalBytes { get; }

    public string RawText => string.Join(',', _cells.Select(c => c is null ? "" : Quote(c)));

    public bool Read()
    {
        while (_rows.MoveNext())
        {
            RowNumber++;
            var row = _rows.Current;
            _cells = _columns.Select(c => row.TryGetValue(c, out var v) ? Text(v) : null).ToArray();
            if (_cells.All(string.IsNullOrEmpty)) continue;
            return true;
        }
        return false;
    }

    public string? Cell(int column) => column < _cells.Length ? _cells[column] : null;

    public void Dispose()
    {
        _rows.Dispose();
        _file.Dispose();
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
