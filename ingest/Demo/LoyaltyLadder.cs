namespace Crm.Ingest.Demo;

/// <summary>
/// The accumulative discount: the more a customer has spent, the higher the level and the discount on
/// later walk-in purchases. The sale simulation and the loyalty ledger both read it, so they agree.
/// </summary>
internal static class LoyaltyLadder
{
    private static readonly (decimal From, string Level, decimal Pct)[] Levels =
    [
        (15_000_000m, "platinum", 8m),
        (4_000_000m, "gold", 5m),
        (1_000_000m, "silver", 3m),
        (0m, "none", 0m),
    ];

    public static (string Level, decimal Pct) At(decimal spent)
    {
        foreach (var (from, level, pct) in Levels)
            if (spent >= from) return (level, pct);
        return ("none", 0m);
    }

    /// <summary>One loyalty point per 1,000 drams.</summary>
    public static int PointsFor(decimal amount) => (int)Math.Floor(amount / 1000m);
}
