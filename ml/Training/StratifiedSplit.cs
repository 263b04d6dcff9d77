namespace Crm.Ml.Training;

/// <summary>A random hold-out that keeps the share of positives the same on both sides, reproducible by its seed.</summary>
public static class StratifiedSplit
{
    public static (FeatureTable Kept, FeatureTable HeldOut) Split(FeatureTable table, double heldOutShare, int seed)
    {
        var random = new Random(seed);
        var heldOut = new HashSet<FeatureRow>(ReferenceEqualityComparer.Instance);
        foreach (var group in table.Rows.GroupBy(r => r.Label))
        {
            var rows = group.OrderBy(_ => random.Next()).ToList();
            foreach (var row in rows.Take((int)Math.Round(rows.Count * heldOutShare))) heldOut.Add(row);
        }
        return (table.Where(r => !heldOut.Contains(r)), table.Where(heldOut.Contains));
    }
}
