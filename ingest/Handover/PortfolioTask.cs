namespace Crm.Ingest.Handover;

internal sealed record PortfolioTask(long Id, long? CustomerId, long? DealId);
