namespace Crm.Ingest.Demo;

internal sealed record LoyaltyDraft(long CustomerId, DateTime At, int Earned, int Spent, string? Level, decimal? Pct,
    string? CardNo, long? ReferrerId, string Reason, ActivityDraft? Sale);
