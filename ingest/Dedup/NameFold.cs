using System.Text;
using Crm.Ingest.Demo;

namespace Crm.Ingest.Dedup;

/// <summary>
/// One word of a name, whatever its script or spelling, to the form names are compared in: Armenian and
/// Cyrillic to Latin, then the spellings that vary between clerks folded together — initial ye-/vo- (Երվանդ
/// is Yervand or Ervand), kh/x, zh/j, ch and ts/c, gh and h/g (Russian writes հ and ղ as г), dz/z, y/i (-yan,
/// -ian), q/k, w/v. Doubled letters stay (Ruzanna); <see cref="NameSimilarity"/> forgives them.
/// </summary>
public static class NameFold
{
    public static string Word(string lowerWord)
    {
        var w = lowerWord;
        // օւ is ու mistyped (the two o's look alike); read it as the u it was meant to be.
        if (Transliteration.IsArmenian(w)) w = Transliteration.ToLatin(w.Replace("օւ", "ու")).ToLowerInvariant();
        if (w.Any(CyrillicLatin.IsCyrillic)) w = CyrillicLatin.ToLatin(w);
        if (w.StartsWith("ye")) w = w[1..];
        else if (w.StartsWith("vo") && w.Length > 2) w = w[1..];
        w = w.Replace("dz", "z").Replace("kh", "x").Replace("zh", "j").Replace("ch", "c").Replace("gh", "g")
             .Replace("ts", "c");
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i] switch
            {
                'h' when i == 0 || w[i - 1] != 's' => 'g',
                'y' => 'i',
                'q' => 'k',
                'w' => 'v',
                var other => other,
            };
            sb.Append(c);
        }
        return sb.ToString();
    }
}
