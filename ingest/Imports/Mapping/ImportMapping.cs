using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Ingest.Imports.Mapping;

/// <summary>
/// A mapping file: which header feeds a field, value translations, constant defaults, and references
/// whose missing targets may be created (departments by name).
/// </summary>
public sealed record ImportMapping
{
    [JsonPropertyName("columns")] public Dictionary<string, string> Columns { get; init; } = [];
    [JsonPropertyName("values")] public Dictionary<string, Dictionary<string, string>> Values { get; init; } = [];
    [JsonPropertyName("defaults")] public Dictionary<string, string> Defaults { get; init; } = [];
    [JsonPropertyName("create_missing")] public List<string> CreateMissing { get; init; } = [];
    /// <summary>IANA zone for timestamps written without an offset; UTC when absent.</summary>
    [JsonPropertyName("time_zone")] public string? TimeZone { get; init; }

    public static ImportMapping Empty { get; } = new();

    public static ImportMapping Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ImportMapping>(json, new JsonSerializerOptions
            {
                ReadCommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }) ?? Empty;
        }
        catch (JsonException e)
        {
            throw new ImportRefusedException($"the mapping is not valid JSON: {e.Message}");
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this);
}
