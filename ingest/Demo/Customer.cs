namespace Crm.Ingest.Demo;

/// <summary>A customer as created, plus what the simulation decided about its life.</summary>
internal sealed class Customer
{
    public long Id { get; set; }
    public required int Seq { get; init; }
    public required string Kind { get; init; }
    public PersonIdentity? Person { get; init; }
    public CompanyIdentity? Company { get; init; }
    public required string Name { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? LegalForm { get; init; }
    public string? TaxId { get; init; }
    public ArmenianPhone? Phone { get; init; }
    public PhoneStyle PhoneStyle { get; init; }
    public string? Email { get; init; }
    public required string Source { get; init; }
    public Campaign? Campaign { get; init; }
    public Partner? Partner { get; init; }
    public long? ReferredById { get; set; }
    public required City City { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public string? Address { get; init; }
    public DateOnly? Birthday { get; init; }
    public required string Language { get; init; }
    public required Department Department { get; init; }
    public required DateTime CreatedAt { get; init; }

    /// <summary>How much this customer buys when it buys: heavy-tailed, so a fifth of buyers bring most revenue.</summary>
    public double Value { get; init; }

    /// <summary>How ready to buy: multiplies the odds of winning its deals.</summary>
    public double Intent { get; init; }

    public required int[] PreferredCategories { get; init; }
    public required List<OwnershipSpan> Ownership { get; init; }
    public required List<ContactDraft> Contacts { get; init; }
    public Customer? DuplicateOf { get; init; }
    public string? Variation { get; init; }

    public List<DealPlan> Deals { get; set; } = [];
    public List<SaleEvent> Sales { get; set; } = [];
    public DateTime? FirstSaleAt { get; set; }
    public DateTime? ChurnAt { get; set; }

    /// <summary>After this the customer goes quiet: churned, gone cold, or (for active buyers) now.</summary>
    public DateTime ActiveUntil { get; set; }

    public int RepeatDeals { get; set; }
    public int WalkInSales { get; set; }
    public int Touches { get; set; }

    public bool IsCompany => Kind == "company";
    public bool IsBuyer => FirstSaleAt is not null;
    public string? PhoneText => Phone?.Format(PhoneStyle);
    public string ExternalId => $"{Department.Code}-{Seq + 1:D7}";
    public Agent CurrentOwner => Ownership[^1].Agent;

    public Agent OwnerAt(DateTime t)
    {
        for (var i = Ownership.Count - 1; i > 0; i--)
            if (t >= Ownership[i].From) return Ownership[i].Agent;
        return Ownership[0].Agent;
    }

    public string Lifecycle => ChurnAt is not null ? "lost"
        : IsBuyer ? "buyer"
        : Deals.Exists(d => d.Reached("qualified")) ? "prospect"
        : "lead";

    public DateTime LifecycleChangedAt => ChurnAt
        ?? FirstSaleAt
        ?? Deals.Where(d => d.Reached("qualified")).Select(d => d.TimeOf("qualified")!.Value).DefaultIfEmpty(CreatedAt).Min();

    /// <summary>Drops what the journal no longer needs once the customer's rows are written.</summary>
    public void Forget()
    {
        Deals = [];
        Sales = [];
    }
}
