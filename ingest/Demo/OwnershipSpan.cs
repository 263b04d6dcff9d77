namespace Crm.Ingest.Demo;

/// <param name="To">Null while the agent still owns the customer.</param>
internal sealed record OwnershipSpan(Agent Agent, DateTime From, DateTime? To, string Reason)
{
    public long Id { get; set; }
}
