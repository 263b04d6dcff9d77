namespace Crm.Ingest.Demo;

/// <summary>One journal row before it gets its id (ids follow time within a customer, as they would live).</summary>
internal sealed class ActivityDraft(string type, DateTime at, Agent? agent)
{
    public long Id { get; set; }
    public int Order { get; set; }
    public string Type { get; } = type;
    public DateTime At { get; } = at;
    public Agent? Agent { get; } = agent;
    public long? ContactId { get; init; }
    public DealPlan? Deal { get; init; }
    public Campaign? Campaign { get; init; }
    public Partner? Partner { get; init; }
    public string? Subject { get; init; }
    public int? Duration { get; init; }
    public string? Outcome { get; init; }
    public decimal? Amount { get; init; }
    public DateTime? DueAt { get; init; }
    public DateTime? CompletedAt { get; init; }

    /// <summary>For sales: the purchase whose lines become sale_lines.</summary>
    public SaleEvent? Sale { get; init; }

    /// <summary>For payments, refunds and bank payments: the payments row.</summary>
    public PaymentDraft? Payment { get; init; }

    /// <summary>For expenses: the expenses row.</summary>
    public ExpenseDraft? Expense { get; init; }

    public DateTime UpdatedAt => CompletedAt is { } done && done > At ? done : At;
}
