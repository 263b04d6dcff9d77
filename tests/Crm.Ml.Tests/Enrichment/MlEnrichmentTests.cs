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
        Assert.Equal(0L, Scalar<long>(duck, "select count(*) from fct_churn_score where risk_band = 'high' and (reason_1_hy is null or reason_1_en is null or reason_1_ru is null)"));
        Assert.True(Scalar<long>(duck, "select count(*) from fct_churn_score where risk_band = 'high'") > 0);
        foreach (var language in new[] { "hy", "en", "ru" })
            output.WriteLine(Scalar<string>(duck, $"select reason_1_{language} || '; ' || reason_2_{language} from fct_churn_score order by churn_probability desc limit 1"));

        Assert.True(Scalar<long>(duck, "select count(*) from fct_suggestion where kind = 'cross_sell'") > 1000);
        Assert.True(Scalar<long>(duck, "select count(*) from fct_suggestion where kind = 'upsell'") > 50);
        Assert.Equal(0L, Scalar<long>(duck, """
            select count(*) from fct_suggestion s
            join fct_sale_line l on l.customer_id = s.customer_id and l.product_id = s.product_id
            """)); // never a product the customer already bought
        foreach (var language in new[] { "hy", "en", "ru" })
        {
            output.WriteLine(Scalar<string>(duck, $"select reason_{language} from fct_suggestion where kind = 'cross_sell' and lift > 2 order by customer_id, suggestion_rank limit 1"));
            output.WriteLine(Scalar<string>(duck, $"select reason_{language} from fct_suggestion where kind = 'upsell' order by customer_id, suggestion_rank limit 1"));
        }
    }

    [Fact]
    public void EveryScoreAndSuggestionIsSaidInArmenianEnglishAndRussian()
    {
        using var duck = ml.Enriched.OpenRead();
        // Armenian letters, Latin ones, Cyrillic ones: in every reason of its language (regexp_matches is a search)
        Assert.Equal(0L, Scalar<long>(duck, """
            select count(*) from fct_churn_score
            where not regexp_matches(reason_1_hy, '[\x{0531}-\x{058F}]') or not regexp_matches(reason_1_en, '[A-Za-z]')
               or not regexp_matches(reason_1_ru, '[\x{0400}-\x{04FF}]') or regexp_matches(reason_1_en, '[\x{0400}-\x{04FF}]')
            """));
        Assert.Equal(0L, Scalar<long>(duck, """
            select count(*) from fct_suggestion
            where not regexp_matches(reason_hy, '[\x{0531}-\x{058F}]') or not regexp_matches(reason_en, '[A-Za-z]')
               or not regexp_matches(reason_ru, '[\x{0400}-\x{04FF}]') or reason_hy is null or reason_en is null or reason_ru is null
            """));
        // an upsell names the category in the reason's language
        Assert.True(Scalar<long>(duck, """
            select count(*) from fct_suggestion s join dim_product p on p.product_id = s.product_id
            where s.kind = 'upsell' and contains(s.reason_hy, p.category_name_hy) and contains(s.reason_ru, p.category_name_ru)
              and contains(s.reason_en, p.category_name_en)
            """) > 0);
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
