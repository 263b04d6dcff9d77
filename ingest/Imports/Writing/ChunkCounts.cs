namespace Crm.Ingest.Imports.Writing;

/// <summary>Running totals of what the upserts did.</summary>
public sealed class ChunkCounts
{
    public long Inserted { get; set; }
    public long Updated { get; set; }
    public long Merged { get; set; }
    public long Review { get; set; }
    public List<long> NewIds { get; } = [];
}
