using Crm.Ml.Models;
using Crm.ReportingApi.Cli;
using Crm.ReportingApi.Tests.Features.Suggestions;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace Crm.ReportingApi.Tests.Cli;

/// <summary>`crm ml status` shows the live model's manifest; `crm ml evaluate` judges the models on the current warehouse and publishes nothing.</summary>
[Collection(ScoredAppCollection.Name)]
public sealed class MlCommandTests(ScoredApp app, ITestOutputHelper log)
{
    private string ModelsFolder => Path.Combine(Path.GetDirectoryName(app.Demo.Store.LivePath)!, "models");

    [Fact]
    public async Task StatusPrintsTheLiveModelsVersionTrainingRangeAndMetrics()
    {
        var (exit, output, _) = await RunAsync(Config(), "status");

        var manifest = new ModelStore(ModelsFolder).CurrentManifest()!;
        Assert.Equal(0, exit);
        Assert.Contains(manifest.Version, output);
        Assert.Contains(manifest.Trainer.ToString(), output);
        Assert.Contains($"{manifest.DataFromUtc:yyyy-MM-dd} to {manifest.DataToUtc:yyyy-MM-dd}", output);
        Assert.Contains(manifest.Validation.ToString(), output);
    }

    [Fact]
    public async Task EvaluatePrintsTheChurnMetricsAndTheCrossSellHitRateAgainstTheBaselineAndPublishesNothing()
    {
        var live = new ModelStore(ModelsFolder).CurrentManifest()!.Version;

        var (exit, output, error) = await RunAsync(Config(), "evaluate");

        Assert.True(exit == 0, error);
        Assert.Matches(@"churn trainer: (FastTree|LightGbm|LogisticRegression)", output);
        Assert.Matches(@"churn: +ROC AUC 0\.\d{4}, PR AUC 0\.\d{4}, Brier 0\.\d{4}", output);
        Assert.Contains($"live model:    {live}", output);
        Assert.Matches(@"cross-sell: +hit@5 0\.\d{4}", output);
        Assert.Matches(@"baseline: +hit@5 0\.\d{4}", output);
        Assert.Equal(live, new ModelStore(ModelsFolder).CurrentManifest()!.Version);
    }

    [Fact]
    public async Task StatusWithoutAModelSaysSoAndFails()
    {
        var empty = Directory.CreateTempSubdirectory("crm-no-models-").FullName;
        try
        {
            var (exit, _, error) = await RunAsync(Config(("Ml:ModelsPath", empty)), "status");
            Assert.Equal(MlCommand.NoModel, exit);
            Assert.Contains("no churn model", error);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private IConfiguration Config(params (string Key, string Value)[] more) => new ConfigurationBuilder()
        .AddInMemoryCollection([new("Warehouse:Path", app.Demo.Store.LivePath), .. more.Select(m => new KeyValuePair<string, string?>(m.Key, m.Value))])
        .Build();

    private async Task<(int Exit, string Output, string Error)> RunAsync(IConfiguration config, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await MlCommand.RunAsync(config, args, output, error, CancellationToken.None);
        log.WriteLine(output.ToString());
        log.WriteLine(error.ToString());
        return (exit, output.ToString(), error.ToString());
    }
}
