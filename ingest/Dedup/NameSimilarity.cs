using F23.StringSimilarity;

namespace Crm.Ingest.Dedup;

/// <summary>
/// How alike two name keys are, 0 to 1: words paired up best-first in any order (first and last name
/// swapped is the same person), each pair scored by Jaro-Winkler, and a single slip of the keyboard (a letter
/// dropped, doubled or two swapped) scored as a near match even in short words where Jaro-Winkler is harsh.
/// </summary>
public static class NameSimilarity
{
    private static readonly JaroWinkler Jw = new();

    /// <summary>The score a one-slip difference gets: enough for a sure match only when the rest agrees.</summary>
    public const double OneSlip = 0.93;

    /// <summary>The score of words that differ only in doubled letters (Ruzanna, Ruzana).</summary>
    public const double Doubled = 0.98;

    public static double Score(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b)) return 0;
        if (a == b) return 1;
        var left = a.Split(' ');
        var right = b.Split(' ');
        var pairs = new List<(double Score, int L, int R)>(left.Length * right.Length);
        for (var i = 0; i < left.Length; i++)
        for (var j = 0; j < right.Length; j++)
            pairs.Add((Word(left[i], right[j]), i, j));
        pairs.Sort((x, y) => y.Score.CompareTo(x.Score));
        var usedL = new bool[left.Length];
        var usedR = new bool[right.Length];
        var total = 0.0;
        foreach (var (score, l, r) in pairs)
        {
            if (usedL[l] || usedR[r]) continue;
            usedL[l] = usedR[r] = true;
            total += score;
        }
        var byWords = total / Math.Max(left.Length, right.Length);
        // "Ararat Treyd" typed as one word: compare the letters alone too.
        if (left.Length != right.Length) byWords = Math.Max(byWords, Word(a.Replace(" ", ""), b.Replace(" ", "")) * 0.97);
        return byWords;
    }

    /// <summary>The weakest word pair: a sure match needs every word to agree, not just the average.</summary>
    public static double WeakestWord(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b)) return 0;
        var left = a.Split(' ');
        var right = b.Split(' ');
        if (left.Length != right.Length) return Score(a, b);
        var straight = left.Zip(right, Word).Min();
        if (left.Length != 2) return straight;
        var swapped = Math.Min(Word(left[0], right[1]), Word(left[1], right[0]));
        return Math.Max(straight, swapped);
    }

    public static double Word(string a, string b)
    {
        if (a == b) return 1;
        if (Single(a) == Single(b)) return Doubled;
        var jw = Jw.Similarity(a, b);
        return Math.Min(a.Length, b.Length) >= 2 && OneSlipApart(a, b) ? Math.Max(jw, OneSlip) : jw;
    }

    private static string Single(string w)
    {
        var sb = new System.Text.StringBuilder(w.Length);
        foreach (var c in w) if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>True when one letter dropped or added, or two neighbours swapped, turns a into b.</summary>
    public static bool OneSlipApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var i = 0;
            while (i < a.Length && a[i] == b[i]) i++;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
        }
        if (Math.Abs(a.Length - b.Length) != 1) return false;
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        var k = 0;
        while (k < shorter.Length && shorter[k] == longer[k]) k++;
        return shorter[k..] == longer[(k + 1)..];
    }
}
