using System.Reflection;

namespace Crm.Dashboards.Localization;

/// <summary>
/// Names in the three languages read from one embedded CSV (name,hy,en,ru; no commas inside a name). A name the table
/// lacks reads as itself with spaces for underscores: a page never breaks on a missing label, and a test over the
/// report catalogue makes sure none is missing.
/// </summary>
public sealed class LabelTable
{
    private readonly Dictionary<string, string[]> _labels;

    private LabelTable(Dictionary<string, string[]> labels) => _labels = labels;

    public IReadOnlyCollection<string> Names => _labels.Keys;

    public bool Has(string name) => _labels.ContainsKey(name);

    public string Of(string name, Language language) =>
        _labels.TryGetValue(name, out var labels) ? labels[(int)language] : name.Replace('_', ' ');

    /// <summary>The label if the table has one, else null: for values that are shown as they are unless named.</summary>
    public string? Find(string name, Language language) => _labels.TryGetValue(name, out var labels) ? labels[(int)language] : null;

    public static LabelTable Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("labels/" + resource)
            ?? throw new InvalidOperationException($"no label table {resource}");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()?.Split(',');
        // The columns follow the Language enum's order, which indexes the labels.
        if (header is not ["name", "hy", "en", "ru"]) throw new InvalidOperationException($"{resource} must start with name,hy,en,ru");
        var labels = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != 4 || cells.Any(string.IsNullOrWhiteSpace))
                throw new InvalidOperationException($"{resource} line {lineNo}: a name and three labels expected, got '{line}'");
            if (!labels.TryAdd(cells[0], cells[1..]))
                throw new InvalidOperationException($"{resource} line {lineNo}: '{cells[0]}' is named twice");
        }
        return labels.Count > 0 ? new LabelTable(labels) : throw new InvalidOperationException($"{resource} is empty");
    }
}
