using System.Text.RegularExpressions;

namespace Crm.Warehouse.Etl;

/// <summary>
/// A SQL model file. Staging and intermediate models become views, marts become tables. A mart whose header says
/// <c>-- config: materialized=incremental, unique_key=COLUMN</c> is loaded by replacing the rows of the keys
/// a change affects (listed by <c>warehouse/incremental/NAME.sql</c>); its <c>{% if is_incremental %}</c> …
/// <c>{% else %}</c> … <c>{% endif %}</c> blocks are kept in incremental loads and dropped in full ones, as dbt does.
/// <c>sort_by=COLUMN[+COLUMN]</c> stores a full build's rows in that order: reports filter the big facts by period
/// (and the journal by type), and DuckDB skips the row groups whose values lie outside the filter only when those
/// values are not spread over every row group.
/// </summary>
public sealed partial record Model(string Name, string Layer, string Sql, string? AffectedSql = null)
{
    public bool IsView => Config("materialized") is { } m ? m == "view" : Layer is "staging" or "intermediate";
    public bool IsIncremental => Config("materialized") == "incremental";
    public string? UniqueKey => Config("unique_key");
    public string? SortBy => Config("sort_by");

    /// <summary>The SQL of a full build, or of an incremental one that reads only the affected keys.</summary>
    public string Render(bool incremental) =>
        Block().Replace(Sql, m => incremental ? m.Groups["then"].Value : m.Groups["else"].Value);

    private string? Config(string key)
    {
        var header = ConfigLine().Match(Sql);
        if (!header.Success) return null;
        foreach (var pair in header.Groups[1].Value.Split(','))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == key) return parts[1];
        }
        return null;
    }

    [GeneratedRegex(@"^--\s*config:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex ConfigLine();

    [GeneratedRegex(@"\{%\s*if\s+is_incremental\s*%\}(?<then>.*?)(?:\{%\s*else\s*%\}(?<else>.*?))?\{%\s*endif\s*%\}", RegexOptions.Singleline)]
    private static partial Regex Block();
}
