namespace Crm.Ml.Training;

/// <summary>Rows of numeric features with a label each: what the churn models train, validate and score on.</summary>
public sealed class FeatureTable(IReadOnlyList<string> names, IReadOnlyList<FeatureRow> rows)
{
    public IReadOnlyList<string> Names { get; } = names;
    public IReadOnlyList<FeatureRow> Rows { get; } = rows;
    public int Count => Rows.Count;
    public int Positives => Rows.Count(r => r.Label);

    public FeatureTable Where(Func<FeatureRow, bool> keep) => new(Names, Rows.Where(keep).ToList());

    private readonly Dictionary<string, int> _positions = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);

    /// <summary>The feature's position, or -1.</summary>
    public int IndexOf(string name) => _positions.GetValueOrDefault(name, -1);

    /// <summary>The same rows with one feature set to <paramref name="value"/>: what the model says without that feature's own value.</summary>
    public FeatureTable With(int feature, float value) => new(Names, Rows.Select(r =>
    {
        var values = (float[])r.Values.Clone();
        values[feature] = value;
        return r with { Values = values };
    }).ToList());
}
