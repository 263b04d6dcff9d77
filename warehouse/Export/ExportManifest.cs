using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Warehouse.Export;

/// <summary>
/// `_manifest.json` at the top of an export: which tables, how many rows, how each is split, and which warehouse
/// version they come from. Its format marker is also how a later export knows the folder is one it may replace.
/// </summary>
public sealed record ExportManifest(
    string Format,
    DateTime? WarehouseAsOfUtc,
    DateTime ExportedAtUtc,
    IReadOnlyList<ExportedTable> Tables)
{
    public const string FileName = "_manifest.json";
    public const string FormatFamily = "crm-warehouse-export/";
    public const string CurrentFormat = FormatFamily + "1";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public void WriteTo(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>The manifest of an export folder; null when the folder has none, or one that is not ours.</summary>
    public static ExportManifest? ReadFrom(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            var manifest = JsonSerializer.Deserialize<ExportManifest>(File.ReadAllText(path), Json);
            return manifest?.Format?.StartsWith(FormatFamily, StringComparison.Ordinal) == true ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
