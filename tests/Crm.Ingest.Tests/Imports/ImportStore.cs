using Crm.Ingest.Imports;
using Crm.Testing;

namespace Crm.Ingest.Tests.Imports;

/// <summary>A store of its own with the S demo in it (the references imports point at), and a temp folder for files.</summary>
public sealed class ImportStore : DemoStore
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("crm-import-").FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    public string File(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public Task<ImportSummary> ImportAsync(string entity, string path, Func<ImportRequest, ImportRequest>? configure = null,
        CancellationToken ct = default)
    {
        var request = new ImportRequest(entity, path);
        return FileImporter.ImportAsync(Db, configure is null ? request : configure(request), null, ct);
    }
}
