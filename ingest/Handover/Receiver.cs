namespace Crm.Ingest.Handover;

/// <param name="Load">Owned customers + open deals + open tasks, now.</param>
internal sealed record Receiver(long Id, string FullName, long Load);
