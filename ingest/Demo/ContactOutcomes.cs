namespace Crm.Ingest.Demo;

/// <summary>How calls, mails and meetings end, with the durations the calls and meetings reports read.</summary>
internal static class ContactOutcomes
{
    private static readonly WeightedTable<string> OutgoingCall = new([("answered", 0.6), ("no_answer", 0.2), ("busy", 0.08), ("voicemail", 0.12)]);
    private static readonly WeightedTable<string> IncomingCall = new([("answered", 0.95), ("voicemail", 0.05)]);
    private static readonly WeightedTable<string> Email = new([("delivered", 0.45), ("opened", 0.3), ("clicked", 0.12), ("bounced", 0.08)]);
    private static readonly WeightedTable<string> Sms = new([("delivered", 0.93), ("failed", 0.07)]);
    private static readonly WeightedTable<string> Meeting = new([("positive", 0.5), ("neutral", 0.35), ("negative", 0.15)]);

    public static (string? Outcome, int? Duration) For(string type, Random r)
    {
        switch (type)
        {
            case "call_out":
            case "call_in":
                var outcome = (type == "call_out" ? OutgoingCall : IncomingCall).Draw(r);
                var seconds = outcome switch
                {
                    "answered" => (int)Math.Clamp(r.LogNormal(Math.Log(150), 0.8), 20, 2400),
                    "voicemail" => r.Between(10, 45),
                    _ => 0,
                };
                return (outcome, seconds);
            case "email": return (Email.Draw(r), null);
            case "sms": return (Sms.Draw(r), null);
            case "meeting": return (Meeting.Draw(r), r.Between(20, 120) * 60);
            case "visit": return (Meeting.Draw(r), r.Between(15, 90) * 60);
            case "event": return (r.Chance(0.7) ? "positive" : "neutral", null);
            case "inquiry":
            case "agreement": return ("done", null);
            default: return (null, null);
        }
    }
}
