using System.Text;

namespace Crm.Ingest.Dedup;

/// <summary>
/// Cyrillic to Latin, chosen so that a name the demo (or a Russian-speaking clerk) wrote from Armenian in
/// Cyrillic comes back as its Latin spelling: Петросян → petrosyan, Джермук → jermuk, Цагкадзор → tsagkadzor.
/// Lower-case in, lower-case out; other characters pass through.
/// </summary>
public static class CyrillicLatin
{
    private static readonly Dictionary<char, string> Table = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['є'] = "ye", ['і'] = "i", ['ї'] = "yi",
    };

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    public static string ToLatin(string lower)
    {
        var sb = new StringBuilder(lower.Length + 4);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            // дж is how Armenian ջ is written in Russian: one sound, Latin j.
            if (c == 'д' && i + 1 < lower.Length && lower[i + 1] == 'ж') { sb.Append('j'); i++; }
            else if (Table.TryGetValue(c, out var piece)) sb.Append(piece);
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
