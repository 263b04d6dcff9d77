namespace Crm.Ingest.Demo;

/// <summary>Why deals die depends on how far they got: early for budget and silence, late for price and rivals.</summary>
internal static class LostReasons
{
    private static readonly WeightedTable<string>[] ByStage =
    [
        new([("unresponsive", 0.4), ("no_budget", 0.25), ("timing", 0.2), ("other", 0.15)]),
        new([("no_budget", 0.3), ("product_fit", 0.25), ("timing", 0.25), ("unresponsive", 0.2)]),
        new([("price", 0.35), ("competitor", 0.3), ("no_decision", 0.2), ("unresponsive", 0.15)]),
        new([("price", 0.35), ("competitor", 0.35), ("no_decision", 0.2), ("other", 0.1)]),
    ];

    public static string For(int stageIndex, Random r) => ByStage[Math.Clamp(stageIndex, 0, 3)].Draw(r);
}
