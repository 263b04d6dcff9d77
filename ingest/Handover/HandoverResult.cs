using System.Text.Json.Serialization;

namespace Crm.Ingest.Handover;

/// <param name="HandoverId">The portfolio_handovers row; 0 for a preview.</param>
/// <param name="Strategy">named or spread.</param>
public sealed record HandoverResult(
    long HandoverId,
    long AgentId,
    string AgentName,
    string Strategy,
    DateTimeOffset EffectiveAt,
    DateOnly LeaveDate,
    IReadOnlyList<HandoverReceiverSummary> Receivers,
    [property: JsonIgnore] IReadOnlyList<HandoverItem> Items)
{
    public int Customers => Receivers.Sum(r => r.Customers);
    public int Deals => Receivers.Sum(r => r.Deals);
    public int Tasks => Receivers.Sum(r => r.Tasks);
}
