using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Crm.Dashboards.Maps;

/// <summary>
/// A region's name reduced to what identifies it whatever the script or the form it was typed in: Armenian and
/// Cyrillic letters transliterated to Latin, marks and punctuation dropped, words such as "marz", "province" or
/// "область" left out, and the Russian adjective ending removed ("Лорийская область", "Lori marz", "Լոռի" → "lori").
/// </summary>
public static partial class RegionNameKey
{
    private static readonly HashSet<string> NotPartOfTheName = new(StringComparer.Ordinal)
    {
        "marz", "mars", "province", "provintsiya", "region", "oblast", "obl", "city", "gorod", "g", "kaghak", "qaghaq",
        "the", "of", "republic", "armenia", "hayastan", "armeniya",
    };

    private static readonly Dictionary<char, string> Armenian = Table(
        "ա a|բ b|գ g|դ d|ե e|զ z|է e|ը y|թ t|ժ zh|ի i|լ l|խ kh|ծ ts|կ k|հ h|ձ dz|ղ gh|ճ ch|մ m|յ y|ն n|շ sh|ո o|չ ch|" +
        "պ p|ջ j|ռ r|ս s|վ v|տ t|ր r|ց ts|ւ v|փ p|ք k|և ev|օ o|ֆ f");

    private static readonly Dictionary<char, string> Cyrillic = Table(
        "а a|б b|в v|г g|д d|е e|ё yo|ж zh|з z|и i|й y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|ф f|х kh|ц ts|ч ch|" +
        "ш sh|щ shch|ы y|э e|ю yu|я ya");

    public static string Of(string name)
    {
        IEnumerable<string> words = Separators().Split(Latin(name.Trim().ToLowerInvariant()))
            .Where(word => word.Length > 0 && !NotPartOfTheName.Contains(word))
            .Select(word => RussianAdjective().Replace(word, ""));
        return string.Concat(words);
    }

    private static string Latin(string text)
    {
        StringBuilder latin = new();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool wordStart = i == 0 || !char.IsLetter(text[i - 1]);
            if (c == 'ո' && i + 1 < text.Length && text[i + 1] == 'ւ') { latin.Append('u'); i++; }   // ու is one vowel
            else if (wordStart && c is 'ե' or 'е') latin.Append("ye");                                // Երևան, Ереван: Yerevan
            else if (wordStart && c == 'ո') latin.Append("vo");
            else if (Armenian.TryGetValue(c, out string? a)) latin.Append(a);
            else if (Cyrillic.TryGetValue(c, out string? r)) latin.Append(r);
            else latin.Append(WithoutMarks(c));
        }
        return latin.ToString();
    }

    // Apostrophes go without a trace (Gegharkunik', T’alin); accents lose their mark (é → e).
    private static string WithoutMarks(char c)
    {
        if (c is '\'' or '’' or 'ʼ' or '`' or '‘' or 'ʻ' or 'ъ' or 'ь') return "";
        return string.Concat(c.ToString().Normalize(NormalizationForm.FormD)
            .Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark));
    }

    private static Dictionary<char, string> Table(string pairs) =>
        pairs.Split('|').ToDictionary(pair => pair[0], pair => pair[2..]);

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Separators();

    // "lori-y-skaya", "shirak-skaya", "syunik-skiy": the name is what comes before.
    [GeneratedRegex("y?sk(aya|aia|aja|iy|ij|ii)$")]
    private static partial Regex RussianAdjective();
}
