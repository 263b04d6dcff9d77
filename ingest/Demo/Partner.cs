namespace Crm.Ingest.Demo;

/// <param name="Quality">Multiplies the win chance of deals the partner brings.</param>
internal sealed record Partner(long Id, string Name, string Kind, string TaxId, string Phone, string Email, City City,
    decimal CommissionRate, string Status, double Quality, DateTime CreatedAt)
{
    public string ExternalId => $"PT-{Id:D4}";
    public bool BringsCustomers => Kind is "reseller" or "referral" or "agency";
}
