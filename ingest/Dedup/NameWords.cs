using System.Text;

namespace Crm.Ingest.Dedup;

/// <summary>
/// Splits a name as typed into lower-case words: quotes («» "" „“ ''), brackets and punctuation separate
/// words, dots and apostrophes vanish (L.L.C. → llc, O'Hara → ohara).
/// </summary>
public static class NameWords
{
    public static List<string> Split(string lower)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in lower)
        {
            if (c is '.' or '\'' or '’' or '`' or 'ʼ' or '\u055A' or '\u055B' or '\u055D' or '\u055E') continue;
            if (char.IsLetterOrDigit(c)) { sb.Append(c); continue; }
            if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}
