using System.Text;

namespace Crm.Dashboards.Html;

/// <summary>
/// Where a page is and with which query: the base of every link the page makes to itself (a language, a sort order)
/// and to its exports, so they all keep the reader's filters.
/// </summary>
public sealed record PageAddress(string Path, IReadOnlyList<KeyValuePair<string, string>> Query)
{
    public string? Get(string name) =>
        Query.FirstOrDefault(q => string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The same query with <paramref name="name"/> set to <paramref name="value"/> (or removed when null).</summary>
    public PageAddress With(string name, string? value)
    {
        var query = Query.Where(q => !string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (value is not null) query.Add(new(name, value));
        return this with { Query = query };
    }

    public PageAddress Without(params string[] names) =>
        this with { Query = Query.Where(q => !names.Contains(q.Key, StringComparer.OrdinalIgnoreCase)).ToList() };

    public PageAddress At(string path) => this with { Path = path };

    public string QueryText => Encode(Query);

    public string Href => Query.Count == 0 ? Path : Path + "?" + QueryText;

    public static string Encode(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            if (text.Length > 0) text.Append('&');
            text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return text.ToString();
    }
}
