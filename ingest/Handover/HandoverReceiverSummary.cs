namespace Crm.Ingest.Handover;

/// <param name="LoadBefore">Owned customers + open deals + open tasks before the handover.</param>
public sealed record HandoverReceiverSummary(long AgentId, string AgentName, int Customers, int Deals, int Tasks, long LoadBefore)
{
    public long LoadAfter => LoadBefore + Customers + Deals + Tasks;
}
