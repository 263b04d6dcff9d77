namespace Crm.Testing;

/// <summary>One `crm import` line of the Maven mappings' README, with its paths resolved.</summary>
public sealed record MavenImportStep(string Entity, string CsvPath, string MappingPath, string? Department)
{
    public string CsvName => Path.GetFileName(CsvPath);
    public string MappingName => Path.GetFileName(MappingPath);
}
