namespace Crm.Ingest.Imports.References;

/// <summary>
/// Records of one kind by key (external id, code, sku) and by name; a name shared by several records is
/// ambiguous and resolves to nothing, so the row says so instead of guessing.
/// </summary>
public sealed class Lookup(string kind, bool keysIgnoreCase = false)
{
    private readonly Dictionary<string, (long Id, string Key)> _byKey =
        new(keysIgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _keyOfName = new(StringComparer.Ordinal);

    public string Kind { get; } = kind;

    /// <summary>Adds a record; id 0 stands for one written later in the same file (self references).</summary>
    public void Add(long id, string? key, params string?[] names)
    {
        key ??= "#" + id;
        if (!_byKey.TryGetValue(key, out var known) || known.Id == 0) _byKey[key] = (id, key);
        else if (known.Id != id) _byKey[key] = (-1, key); // the same external id in two departments
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            var norm = Normalise(name);
            _keyOfName[norm] = _keyOfName.TryGetValue(norm, out var existing) && existing != key ? null : key;
        }
    }

    /// <summary>The record's key (as stored), found by key or by a unique name; otherwise the reason.</summary>
    public bool TryKey(string text, out string key, out string? reason)
    {
        reason = null;
        if (_byKey.TryGetValue(text, out var hit) && hit.Id < 0)
        {
            key = "";
            reason = $"{Validation.CellText.Quote(text)} matches more than one {Kind}";
            return false;
        }
        if (hit.Key is not null)
        {
            key = hit.Key;
            return true;
        }
        if (_keyOfName.TryGetValue(Normalise(text), out var byName))
        {
            if (byName is not null) { key = byName; return true; }
            reason = $"{Validation.CellText.Quote(text)} matches more than one {Kind}; use its id or code";
        }
        else reason = $"no {Kind} {Validation.CellText.Quote(text)}";
        key = "";
        return false;
    }

    public bool TryId(string text, out long id, out string? reason)
    {
        id = 0;
        if (!TryKey(text, out var key, out reason)) return false;
        id = _byKey[key].Id;
        return true;
    }

    private static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
