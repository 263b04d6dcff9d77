namespace Crm.Ingest.Handover;

/// <summary>The handover was not done and nothing was changed; the message says why in words a user can act on.</summary>
public sealed class HandoverRefusedException(HandoverRefusal reason, string message) : Exception(message)
{
    public HandoverRefusal Reason { get; } = reason;
}
