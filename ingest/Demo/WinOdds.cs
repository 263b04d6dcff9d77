namespace Crm.Ingest.Demo;

/// <summary>
/// The chance a deal is won. Factors multiply the odds (not the probability), so a strong source and a
/// strong agent compound without hitting a ceiling, and every factor stays visible in the results.
/// </summary>
internal static class WinOdds
{
    public const double NewCustomerOdds = 0.42;
    public const double RepeatOdds = 0.85;

    /// <summary>Referrals and partners bring warm customers; cold calls mostly reach people who never asked.</summary>
    public static double SourceLift(string source) => source switch
    {
        "referral" => 2.3,
        "partner" => 1.5,
        "walk_in" => 1.4,
        "import" => 1.3,
        "exhibition" => 1.1,
        "website" => 1.0,
        "advertising" => 0.8,
        "social" => 0.72,
        "cold_call" => 0.38,
        _ => 1.0,
    };

    public static double Chance(bool repeat, string source, Campaign? campaign, Partner? partner, Agent agent, double intent)
    {
        var odds = (repeat ? RepeatOdds : NewCustomerOdds) * SourceLift(source) * (campaign?.Quality ?? 1.0)
                   * (partner?.Quality ?? 1.0) * agent.Skill * intent;
        return odds / (1 + odds);
    }
}
