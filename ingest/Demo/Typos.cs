namespace Crm.Ingest.Demo;

/// <summary>The slips a person makes typing a name: a swapped, dropped or doubled letter, -ian for -yan.</summary>
internal static class Typos
{
    public static string Apply(string text, Random r)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var result = Once(text, r);
            if (result != text) return result;
        }
        return text + text[^1];
    }

    private static string Once(string text, Random r)
    {
        var armenian = Transliteration.IsArmenian(text);
        if (!armenian && text.Contains("yan") && r.Chance(0.35)) return text.Replace("yan", "ian");
        if (armenian && r.Chance(0.25))
        {
            if (text.Contains('ե')) return ReplaceOne(text, 'ե', 'է', r);
            if (text.Contains('ո')) return ReplaceOne(text, 'ո', 'օ', r);
        }
        // Keep the first letter: people rarely mistype it, and dedup keys often block on it.
        var i = r.Next(1, Math.Max(2, text.Length - 1));
        if (i >= text.Length - 1 || !char.IsLetter(text[i]) || !char.IsLetter(text[i + 1])) return text;
        return r.Next(3) switch
        {
            0 => text[..i] + text[i + 1] + text[i] + text[(i + 2)..],
            1 => text[..i] + text[(i + 1)..],
            _ => text[..i] + text[i] + text[i..],
        };
    }

    private static string ReplaceOne(string text, char from, char to, Random r)
    {
        var positions = Enumerable.Range(0, text.Length).Where(i => text[i] == from).ToList();
        var at = r.Pick(positions);
        return text[..at] + to + text[(at + 1)..];
    }
}
