using System.Text;

namespace Crm.Ingest.Demo;

/// <summary>
/// Armenian script to Latin (the everyday passport-style spelling: Պետրոսյան → Petrosyan) and to Cyrillic
/// (Петросян). The same person is often typed both ways in different offices; the demo plants such pairs
/// and a deduplicator can use the same tables to compare them.
/// </summary>
public static class Transliteration
{
    private static readonly Dictionary<char, string> Latin = new()
    {
        ['ա'] = "a", ['բ'] = "b", ['գ'] = "g", ['դ'] = "d", ['ե'] = "e", ['զ'] = "z", ['է'] = "e", ['ը'] = "y",
        ['թ'] = "t", ['ժ'] = "zh", ['ի'] = "i", ['լ'] = "l", ['խ'] = "kh", ['ծ'] = "ts", ['կ'] = "k", ['հ'] = "h",
        ['ձ'] = "dz", ['ղ'] = "gh", ['ճ'] = "ch", ['մ'] = "m", ['յ'] = "y", ['ն'] = "n", ['շ'] = "sh", ['ո'] = "o",
        ['չ'] = "ch", ['պ'] = "p", ['ջ'] = "j", ['ռ'] = "r", ['ս'] = "s", ['վ'] = "v", ['տ'] = "t", ['ր'] = "r",
        ['ց'] = "ts", ['ւ'] = "v", ['փ'] = "p", ['ք'] = "k", ['և'] = "ev", ['օ'] = "o", ['ֆ'] = "f",
    };

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['ա'] = "а", ['բ'] = "б", ['գ'] = "г", ['դ'] = "д", ['ե'] = "е", ['զ'] = "з", ['է'] = "э", ['ը'] = "ы",
        ['թ'] = "т", ['ժ'] = "ж", ['ի'] = "и", ['լ'] = "л", ['խ'] = "х", ['ծ'] = "ц", ['կ'] = "к", ['հ'] = "г",
        ['ձ'] = "дз", ['ղ'] = "г", ['ճ'] = "ч", ['մ'] = "м", ['յ'] = "й", ['ն'] = "н", ['շ'] = "ш", ['ո'] = "о",
        ['չ'] = "ч", ['պ'] = "п", ['ջ'] = "дж", ['ռ'] = "р", ['ս'] = "с", ['վ'] = "в", ['տ'] = "т", ['ր'] = "р",
        ['ց'] = "ц", ['ւ'] = "в", ['փ'] = "п", ['ք'] = "к", ['և'] = "ев", ['օ'] = "о", ['ֆ'] = "ф",
    };

    public static bool IsArmenian(string text) => text.Any(c => c is >= '\u0531' and <= '\u0587');

    /// <summary>Երվանդ Հարությունյան → Yervand Harutyunyan. Other characters pass through.</summary>
    public static string ToLatin(string armenian) => Convert(armenian, Latin, "ye", "vo", "u", null, null);

    /// <summary>Երվանդ Հարությունյան → Ерванд Арутюнян-like spelling (Гарутюнян; հ is written г).</summary>
    public static string ToCyrillic(string armenian) => Convert(armenian, Cyrillic, "е", "во", "у", "я", "ю");

    private static string Convert(string text, Dictionary<char, string> table, string initialYe, string initialVo,
        string u, string? ya, string? yu)
    {
        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var original = text[i];
            var c = char.ToLowerInvariant(original);
            var upper = original != c;
            var wordStart = i == 0 || !char.IsLetter(text[i - 1]);
            var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : '\0';
            var next2 = i + 2 < text.Length ? char.ToLowerInvariant(text[i + 2]) : '\0';
            string? piece;
            if (c == 'ո' && next == 'ւ') { piece = u; i++; }
            else if (c == 'յ' && next == 'ա' && ya is not null) { piece = ya; i++; }
            else if (c == 'յ' && next == 'ո' && next2 == 'ւ' && yu is not null) { piece = yu; i += 2; }
            else if (c == 'ե' && wordStart) piece = initialYe;
            else if (c == 'ո' && wordStart) piece = initialVo;
            else if (!table.TryGetValue(c, out piece)) piece = original.ToString();
            if (upper && piece.Length > 0) piece = char.ToUpperInvariant(piece[0]) + piece[1..];
            sb.Append(piece);
        }
        return sb.ToString();
    }
}
