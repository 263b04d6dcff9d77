namespace Crm.Ingest.Imports.Mapping;

/// <summary>One importable field of an entity: its type, whether a row needs it, and the headers it answers to.</summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required = false, int MaxLength = 500)
{
    /// <summary>Header spellings matched case-, space- and underscore-insensitively, besides the name itself.</summary>
    public string[] Aliases { get; init; } = [];

    /// <summary>Enum domain or reference kind (e.g. "activity_type", "agent").</summary>
    public string? Domain { get; init; }

    /// <summary>A reference kept as the target's key, for targets that may be rows of the same file.</summary>
    public bool AsKey { get; init; }

    public bool NonNegative { get; init; }
    public int Precision { get; init; } = 16;
    public int Scale { get; init; } = 2;
}
