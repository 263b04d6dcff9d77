namespace Crm.Testing;

/// <summary>
/// A CSV file split on commas alone, to reckon expected figures independently of the importer's reader.
/// Only right for files without quoting; <see cref="SplitsCleanly"/> says whether this one is such a file.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string[] headers, string[][] rows, bool hasQuotes)
    {
        Headers = headers;
        Rows = rows;
        SplitsCleanly = !hasQuotes && rows.All(r => r.Length == headers.Length);
    }

    public string[] Headers { get; }
    public string[][] Rows { get; }

    /// <summary>No quote character anywhere and every row has as many fields as the header.</summary>
    public bool SplitsCleanly { get; }

    public static CsvTable Load(string path)
    {
        var text = File.ReadAllText(path);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new CsvTable(lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray(), text.Contains('"'));
    }

    public IEnumerable<string> Column(string header)
    {
        var i = Array.IndexOf(Headers, header);
        if (i < 0) throw new ArgumentException($"no column {header}");
        return Rows.Select(r => r[i]);
    }

    public IEnumerable<Dictionary<string, string>> Records() =>
        Rows.Select(r => Headers.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2));
}
