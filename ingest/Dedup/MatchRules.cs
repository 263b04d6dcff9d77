namespace Crm.Ingest.Dedup;

/// <summary>
/// Judges one pair. An equal phone or e-mail is sure when the names agree (or two identifiers agree and the
/// names are near) and nothing contradicts it; the same name in the same town is sure when nothing
/// contradicts it — whether a sure pair is also unambiguous is the <see cref="MatchChooser"/>'s call. Near
/// names, or an equal phone under another name, go to review. Contradicting facts (birthday, tax id, legal
/// form; another phone or e-mail) rule a pair out. Thresholds were tuned on the demo data of several seeds.
/// </summary>
public static class MatchRules
{
    /// <summary>Average word similarity for a sure match: one slip in one word still passes.</summary>
    public const double SureName = 0.90;

    /// <summary>Every word must be at least this alike: Armen and Arsen are two people.</summary>
    public const double SureWord = 0.92;

    /// <summary>Below this, a same-town pair is not worth a person's time.</summary>
    public const double ReviewName = 0.85;

    public static MatchVerdict Judge(PairEvidence e)
    {
        var namesAgree = e.Name >= SureName && e.WeakestWord >= SureWord;
        if (e.Exact)
        {
            if (!e.SameKind) return MatchVerdict.Review; // a person and their own firm share a phone; a person decides
            if (e.HardConflict) return MatchVerdict.None; // a shared office mailbox or a reused number
            // One identifier in another town is a namesake's look-alike address as often as a move: a second must agree.
            var settledTown = e.SameCity || e.Positives >= 2;
            if (!e.SoftConflict && settledTown && (namesAgree || (e.Positives >= 2 && e.Name >= ReviewName))) return MatchVerdict.Sure;
            // Family members share a mailbox or a landline: a different name and another phone is someone else.
            return e.SoftConflict && e.WeakestWord < ReviewName ? MatchVerdict.None : MatchVerdict.Review;
        }
        if (!e.SameKind || !e.SameCity || e.HardConflict || e.SoftConflict) return MatchVerdict.None;
        if (namesAgree) return MatchVerdict.Sure;
        return e.Name >= ReviewName && e.WeakestWord >= ReviewName ? MatchVerdict.Review : MatchVerdict.None;
    }
}
