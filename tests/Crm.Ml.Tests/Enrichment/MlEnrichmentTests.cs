using Crm.Ml.Enrichment;
using Crm.Ml.Models;
using Crm.Warehouse.Etl;
using DuckDB.NET.Data;
using Xunit.Abstractions;

namespace Crm.Ml.Tests.Enrichment;

/// <summary>A warehouse load that runs the models: scores and suggestions go live with the data, and a failed training keeps the live model.</summary>
[Collection(MlCollection.Name)]
public sealed class MlEnrichmentTests(MlDemo ml, ITestOutputHelper output)
{
    [Fact]
    public void ALoadWithTheModelsScoresEveryBuyingCustomerWithReasonsAndSuggests()
    {
        using var duck = ml.Enriched.OpenRead();
        var runs = Rows(duck, "select model, outcome, version, trainer, roc_auc, message from ml_model_runs order by model");
        foreach (var run in runs) output.WriteLine(string.Join(" | ", run));
        Assert.Equal("trained", runs.Single(r => (string)r[0]! == "churn")[1]);

        var manifest = new ModelStore(ml.ModelsFolder).CurrentManifest()!;
        Assert.True(File.Exists(Path.Combine(ml.ModelsFolder, manifest.ZipFile)));
        Assert.Equal(manifest.Version, Scalar<string>(duck, "select distinct model_version from fct_churn_score"));
        Assert.True(manifest.DataFromUtc < manifest.DataToUtc);
        Assert.Equal(3, manifest.Candidates.Count);

        Assert.Equal(Scalar<long>(duck, "select count(*) from fct_churn_score"), ml.EnrichedLoad.RowsPerTable["fct_churn_score"]);
        Assert.InRange(Scalar<long>(duck, "select count(*) from fct_churn_score"), 500, 2000);
        Assert.Equal(0L, Scalar<long>(duck, "select count(*) from fct_churn_score where churn_probability not between 0 and 1"));
        Assert.Equal(0L, Scalar<long>(duck, "select count(*) from fct_churn_score where risk_band = 'high' and reason_1 is null"));
        Assert.True(Scalar<long>(duck, "select count(*) from fct_churn_score where risk_band = 'high'") > 0);
        output.WriteLine(Scalar<string>(duck, "select reason_1 || '; ' || reason_2 from fct_churn_score order by churn_probability desc limit 1"));

        Assert.True(Scalar<long>(duck, "select count(*) from fct_suggestion where kind = 'cross_sell'") > 1000);
        Assert.True(Scalar<long>(duck, "select count(*) from fct_suggestion where kind = 'upsell'") > 50);
        Assert.Equal(0L, Scalar<long>(duck, """
            select count(*) from fct_suggestion s
            join fct_sale_line l on l.customer_id = s.customer_id and l.product_id = s.product_id
            """)); // never a product the customer already bought
        output.WriteLine(Scalar<string>(duck, "select reason from fct_suggestion where kind = 'cross_sell' and lift > 2 limit 1"));
        output.WriteLine(Scalar<string>(duck, "select reason from fct_suggestion where kind = 'upsell' limit 1"));
    }

    [Fact]
    public async Task AFailedTrainingKeepsThePreviousModelLiveAndScoringWithIt()
    {
        var models = Path.Combine(Path.GetDirectoryName(ml.ModelsFolder)!, "models-failing");
        CopyFolder(ml.ModelsFolder, models);
        var previous = new ModelStore(models).CurrentManifest()!.Version;
        var store = ml.Demo.NewStore("failing");
        // Asking for more churners than the data has: the training refuses, the live model scores.
        var starved = new MlEnrichment(new MlOptions(models) { Limits = new MlOptions(models).Limits with { MinExamplesPerClass = 1_000_000 } });

        await WarehouseEtl.RunAsync(ml.Demo.ConnectionString, store, new EtlOptions { Full = true, Trigger = "test", Enrichments = [starved] });

        var churn = starved.LastRuns.Single(r => r.Model == "churn");
        output.WriteLine(churn.Message);
        Assert.Equal("kept_previous", churn.Outcome);
        Assert.Contains("TooLittleData", churn.Message);
        Assert.Equal(previous, new ModelStore(models).CurrentManifest()!.Version);
        using var duck = store.OpenRead();
        Assert.Equal(previous, Scalar<string>(duck, "select distinct model_version from fct_churn_score"));
        Assert.True(Scalar<long>(duck, "select count(*) from fct_churn_score") > 500);
        Assert.Equal("kept_previous", Scalar<string>(duck, "select outcome from ml_model_runs where model = 'churn'"));
    }

    [Fact]
    public async Task WithoutAnyModelAFailedTrainingWritesNoScoresAndTheLoadStillGoesLive()
    {
        var store = ml.Demo.NewStore("no-model");
        var models = Path.Combine(Path.GetDirectoryName(store.LivePath)!, "models-none");
        var starved = new MlEnrichment(new MlOptions(models) { Limits = new MlOptions(models).Limits with { MinTrainingRows = 10_000_000 } });

        await WarehouseEtl.RunAsync(ml.Demo.ConnectionString, store, new EtlOptions { Full = true, Trigger = "test", Enrichments = [starved] });

        Assert.Equal("no_model", starved.LastRuns.Single(r => r.Model == "churn").Outcome);
        Assert.Null(new ModelStore(models).CurrentManifest());
        using var duck = store.OpenRead();
        Assert.Equal(0L, Scalar<long>(duck, "select count(*) from fct_churn_score"));
        Assert.True(Scalar<long>(duck, "select count(*) from fct_suggestion") > 0);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    private static T Scalar<T>(DuckDBConnection duck, string sql)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T));
    }

    private static List<object?[]> Rows(DuckDBConnection duck, string sql)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
