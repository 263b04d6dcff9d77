using System.Xml.Linq;

namespace Crm.ReportingApi.Tests.Layout;

/// <summary>Data flows left to right and so do the references: reporting-api → dashboards, ml → warehouse → ingest.</summary>
public sealed class ProjectReferenceTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["ingest/Crm.Ingest.csproj"] = [],
        ["warehouse/Crm.Warehouse.csproj"] = ["ingest/Crm.Ingest.csproj"],
        ["ml/Crm.Ml.csproj"] = ["warehouse/Crm.Warehouse.csproj"],
        ["dashboards/Crm.Dashboards.csproj"] = ["warehouse/Crm.Warehouse.csproj"],
        ["reporting-api/Crm.ReportingApi.csproj"] = ["dashboards/Crm.Dashboards.csproj", "ml/Crm.Ml.csproj"],
    };

    [Fact]
    public void ProductProjectsReferenceOnlyTheLayerBelow()
    {
        var root = RepositoryRoot();
        foreach (var (project, allowed) in Allowed)
        {
            var path = Path.Combine(root, project);
            var references = XDocument.Load(path).Descendants("ProjectReference")
                .Select(r => Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, r.Attribute("Include")!.Value)))
                    .Replace('\\', '/'))
                .ToList();
            Assert.All(references, r => Assert.Contains(r, allowed));
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Crm.sln"))) return dir.FullName;
        throw new InvalidOperationException("Crm.sln not found above the test binaries");
    }
}
