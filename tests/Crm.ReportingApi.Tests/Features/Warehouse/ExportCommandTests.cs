using Crm.ReportingApi.Cli;
using Crm.Warehouse.Export;

namespace Crm.ReportingApi.Tests.Features.Warehouse;

/// <summary>`crm export parquet` over the shared demo warehouse, which it only reads.</summary>
[Collection(AppCollection.Name)]
public sealed class ExportCommandTests(RunningApp app) : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("crm-export-cli-").FullName;

    [Fact]
    public async Task ExportCommandWritesTheStarAndItsManifest()
    {
        var dir = Path.Combine(_parent, "star");
        var (code, output, _) = await RunAsync("parquet", "--out", dir, "--warehouse", app.Demo.Store.LivePath);

        Assert.Equal(0, code);
        var manifest = ExportManifest.ReadFrom(dir);
        Assert.NotNull(manifest);
        Assert.Contains(manifest.Tables, t => t.Name == "fct_activity" && t.PartitionColumn == "occurred_date");
        Assert.True(File.Exists(Path.Combine(dir, "dim_customer.parquet")));
        Assert.Contains($"{manifest.Tables.Count} tables", output);
    }

    [Fact]
    public async Task ExportCommandRefusesAFolderOfOtherFilesAndBadArguments()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_parent, "mine")).FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "thesis.docx"), "not an export");

        var (refused, _, error) = await RunAsync("parquet", "--out", dir, "--warehouse", app.Demo.Store.LivePath);
        Assert.Equal(ExportCommand.Refused, refused);
        Assert.Contains("not empty", error);
        Assert.Equal(64, (await RunAsync("parquet", "--warehouse", app.Demo.Store.LivePath)).Code);
        Assert.Equal(64, (await RunAsync("csv", "--out", dir)).Code);
        Assert.Equal(ExportCommand.NoWarehouse,
            (await RunAsync("parquet", "--out", Path.Combine(_parent, "x"), "--warehouse", Path.Combine(_parent, "none.duckdb"))).Code);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ExportCommand.RunAsync(CrmConfiguration.Build(options), options, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}
