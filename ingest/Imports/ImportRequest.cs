using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Reading;

namespace Crm.Ingest.Imports;

/// <summary>A file to import as one entity. <paramref name="FileName"/> is what the user called it (uploads live in temp files).</summary>
public sealed record ImportRequest(string Entity, string FilePath, string? FileName = null, ImportFormat? Format = null)
{
    public ImportMapping Mapping { get; init; } = ImportMapping.Empty;

    /// <summary>The department (code or name) for rows that name none.</summary>
    public string? Department { get; init; }

    /// <summary>Valid rows per staging round trip.</summary>
    public int ChunkSize { get; init; } = 25_000;
}
