namespace Crm.Ingest.Imports.References;

/// <summary>The codes a column may hold, each also answering to its names (any case) in hy/en/ru.</summary>
public sealed class EnumDomain
{
    private readonly Dictionary<string, string> _codeOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _codes = [];

    public EnumDomain(params string[] codes)
    {
        foreach (var code in codes) Add(code);
    }

    public EnumDomain Add(string code, params string?[] names)
    {
        if (!_codeOf.ContainsKey(code)) _codes.Add(code);
        _codeOf[code] = code;
        _codeOf[code.Replace('_', ' ')] = code;
        foreach (var name in names)
            if (!string.IsNullOrWhiteSpace(name)) _codeOf.TryAdd(name.Trim(), code);
        return this;
    }

    public bool TryCode(string text, out string code) => _codeOf.TryGetValue(text, out code!);

    public string Listing => string.Join(", ", _codes);
}
