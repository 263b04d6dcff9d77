using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Ml.Training;

namespace Crm.Ml.Models;

/// <summary>
/// The models folder: each trained model as VERSION.zip with VERSION.json (its manifest), and current.json naming
/// the live one. A new model is written whole under temporary names and renamed into place, and only then made
/// current, so a crash or a failed training never leaves the live model half-replaced; older versions stay.
/// </summary>
public sealed class ModelStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string Folder { get; } = Path.GetFullPath(folder);
    private string CurrentPath => Path.Combine(Folder, "current.json");

    /// <summary>A version name not yet used in the folder, from the moment of training.</summary>
    public string NewVersion(string model, DateTime utc)
    {
        var stem = $"{model}-{utc:yyyyMMdd'T'HHmmss'Z'}";
        var version = stem;
        for (var n = 2; File.Exists(Path.Combine(Folder, version + ".json")); n++) version = $"{stem}-{n}";
        return version;
    }

    /// <summary>Writes the model and its manifest, then makes it the live one.</summary>
    public void SaveAndPublish(ChurnModel model)
    {
        Directory.CreateDirectory(Folder);
        var manifest = model.Manifest;
        var zip = Path.Combine(Folder, manifest.ZipFile);
        model.Save(zip + ".tmp");
        File.Move(zip + ".tmp", zip, overwrite: true);
        WriteAtomically(Path.Combine(Folder, manifest.Version + ".json"), JsonSerializer.Serialize(manifest, Json));
        WriteAtomically(CurrentPath, JsonSerializer.Serialize(new CurrentModel(manifest.Version), Json));
    }

    /// <summary>The live model's manifest, or null when no model was ever published here.</summary>
    public ModelManifest? CurrentManifest()
    {
        if (!File.Exists(CurrentPath)) return null;
        var current = JsonSerializer.Deserialize<CurrentModel>(File.ReadAllText(CurrentPath), Json)!;
        return JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(Path.Combine(Folder, current.Version + ".json")), Json);
    }

    /// <summary>The live model, or null when there is none.</summary>
    public ChurnModel? LoadCurrent() =>
        CurrentManifest() is { } manifest ? ChurnModel.Load(Path.Combine(Folder, manifest.ZipFile), manifest) : null;

    private static void WriteAtomically(string path, string text)
    {
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private sealed record CurrentModel(string Version);
}
