namespace Crm.Ingest.Handover;

internal sealed record PortfolioDeal(long Id, long? CustomerId, decimal Amount);
