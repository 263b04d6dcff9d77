namespace Crm.Ingest.Dedup;

/// <summary>
/// The batch job's blocking: customers by phone key, by e-mail key and by town + kind + name initials, so a
/// customer is compared with the few that could be it, never with everyone.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<string, List<CustomerKeys>> _phone = [];
    private readonly Dictionary<string, List<CustomerKeys>> _email = [];
    private readonly Dictionary<string, List<CustomerKeys>> _block = [];

    public void Add(CustomerKeys k)
    {
        if (k.PhoneKey is { } p) Bucket(_phone, p).Add(k);
        if (k.EmailKey is { } e) Bucket(_email, e).Add(k);
        if (BlockKey(k) is { } b) Bucket(_block, b).Add(k);
    }

    public IEnumerable<CustomerKeys> Near(CustomerKeys k)
    {
        var seen = new HashSet<long>();
        foreach (var found in Lookup(_phone, k.PhoneKey).Concat(Lookup(_email, k.EmailKey)).Concat(Lookup(_block, BlockKey(k))))
            if (seen.Add(found.Id)) yield return found;
    }

    public static string? BlockKey(CustomerKeys k) =>
        k.City is null || k.NameBlock is null ? null : $"{k.City}\u001f{k.Kind}\u001f{k.NameBlock}";

    private static IEnumerable<CustomerKeys> Lookup(Dictionary<string, List<CustomerKeys>> map, string? key) =>
        key is not null && map.TryGetValue(key, out var list) ? list : [];

    private static List<CustomerKeys> Bucket(Dictionary<string, List<CustomerKeys>> map, string key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }
}
