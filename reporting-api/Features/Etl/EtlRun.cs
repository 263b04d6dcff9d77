namespace Crm.ReportingApi.Features.Etl;

/// <summary>A run as the etl_runs journal records it, with what it moved per table and what its checks found.</summary>
public sealed record EtlRun(
    long Id,
    string Kind,
    string Trigger,
    DateTime StartedAt,
    DateTime? FinishedAt,
    DateTime? SourceSnapshotAt,
    DateTime? ChangesSince,
    string Outcome,
    string? Message,
    string? WarehouseFile,
    long? RowsMoved)
{
    public IReadOnlyList<EtlRunTable> Tables { get; init; } = [];
    public IReadOnlyList<EtlRunCheck> Checks { get; init; } = [];
}
