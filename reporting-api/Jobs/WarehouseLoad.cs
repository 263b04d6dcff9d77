namespace Crm.ReportingApi.Jobs;

/// <summary>A load this service runs or ran, whoever asked for it; the status endpoint shows the current and the last one.</summary>
/// <param name="Trigger">Who asked: schedule, api:USER (the journal's words).</param>
public sealed record WarehouseLoad(string Trigger, bool Full, DateTimeOffset StartedAt)
{
    /// <summary>running, succeeded or failed, as in the etl_runs journal.</summary>
    public string Outcome { get; init; } = "running";

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>What the log says about the outcome: where the warehouse went live, or why it did not.</summary>
    public string? Message { get; init; }

    /// <summary>When the source was read for the version this load put live.</summary>
    public DateTime? SourceSnapshotUtc { get; init; }

    public long? Rows { get; init; }
}
