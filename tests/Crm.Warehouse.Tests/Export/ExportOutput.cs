namespace Crm.Warehouse.Tests.Export;

/// <summary>A folder of the test's own: the export's target is DIR inside it, so anything left beside DIR shows.</summary>
internal sealed class ExportOutput : IDisposable
{
    public string Parent { get; } = Directory.CreateTempSubdirectory("crm-export-").FullName;
    public string Dir => Path.Combine(Parent, "star");

    /// <summary>What is in the parent folder besides the export itself (staging or set-aside folders).</summary>
    public string[] Leftovers() => Directory.GetFileSystemEntries(Parent).Where(e => e != Dir).Select(Path.GetFileName).ToArray()!;

    public void Dispose() => Directory.Delete(Parent, recursive: true);
}
