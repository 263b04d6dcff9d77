using System.Diagnostics;
using System.Globalization;
using Crm.Ingest.Demo;
using Crm.Ml.Churn;
using Crm.Ml.CrossSell;
using Crm.Ml.Enrichment;
using Crm.Ml.Telco;
using Crm.Ml.Training;
using Crm.Testing;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;

namespace Crm.Benchmarks;

/// <summary>
/// The models' figures: Telco hold-out quality; on the generated store (S or M) the churn model's quality on
/// customers that neither training nor the choice of learner saw, training time and scoring speed (probabilities
/// and reasons); cross-sell hit rate and precision at 5 on the last half-year against the popularity baseline.
/// `--connection CS --warehouse PATH` runs on an existing store and warehouse instead of generating one.
/// </summary>
public static class MlSuite
{
    public static async Task RunAsync(string scaleName, string? connection, string? warehouse)
    {
        var telcoPath = SharedData.Path("datasets", "telco_churn", "Telco-Customer-Churn.csv") ?? Path.Combine("..", "shared", "datasets", "telco_churn", "Telco-Customer-Churn.csv");
        if (File.Exists(telcoPath))
        {
            var telco = TelcoEvaluation.Run(telcoPath, seed: 7);
            Print("telco_auc", telco.HoldOut.RocAuc, "F4");
            Print("telco_pr_auc", telco.HoldOut.PrAuc, "F4");
            Print("telco_brier", telco.HoldOut.Brier, "F4");
        }
        else Console.Error.WriteLine($"no Telco table at {telcoPath}: no telco_* figures");

        await using var db = connection is null ? await BenchmarkDatabase.StartAsync() : null;
        var store = new WarehouseStore(warehouse ?? Path.Combine(db!.Folder, "warehouse", "crm.duckdb"));
        if (db is not null)
        {
            await db.GenerateAsync(DemoScale.Parse(scaleName));
            await WarehouseEtl.RunFullAsync(db.ConnectionString, store);
        }
        using var duck = store.OpenRead();
        var asOf = WarehouseStore.AsOfUtc(duck)!.Value;

        var clock = Stopwatch.StartNew();
        var data = ChurnDataset.Read(duck, asOf, new ChurnOptions());
        Print("churn_features_seconds", clock.Elapsed.TotalSeconds, "F2");
        var (choose, judge) = StratifiedSplit.Split(data.Validation, 0.5, seed: 11);
        clock.Restart();
        var model = ChurnTrainer.Train(data.Training, choose, new TrainingLimits(), new ModelInfo("churn", "bench", data.FromUtc, data.ToUtc, 90),
            new Progress<string>(m => Console.Error.WriteLine(m)));
        Print("train_seconds", clock.Elapsed.TotalSeconds, "F2");
        Console.WriteLine($"train_rows={data.Training.Count}");
        Console.WriteLine($"chosen_trainer={model.Manifest.Trainer}");
        var synthetic = BinaryMetrics.Of(model.Probabilities(judge), judge.Rows.Select(r => r.Label).ToList());
        Print("synthetic_auc", synthetic.RocAuc, "F4");
        Print("synthetic_pr_auc", synthetic.PrAuc, "F4");
        Print("synthetic_brier", synthetic.Brier, "F4");

        var today = ChurnFeatureQuery.Read(duck, asOf, 90);
        clock.Restart();
        var probabilities = model.Probabilities(today);
        model.Explain(today, probabilities, top: 3);
        Print("score_rows_per_s", today.Count / clock.Elapsed.TotalSeconds, "F0");
        Console.WriteLine($"score_rows={today.Count}");

        clock.Restart();
        var crossSell = CrossSellEvaluation.Run(duck, asOf.AddDays(-180), asOf);
        Print("crosssell_seconds", clock.Elapsed.TotalSeconds, "F2");
        Print("crosssell_hit5", crossSell.HitRate, "F4");
        Print("crosssell_precision5", crossSell.Precision, "F4");
        Print("baseline_hit5", crossSell.BaselineHitRate, "F4");
        Print("baseline_precision5", crossSell.BaselinePrecision, "F4");
    }

    private static void Print(string name, double value, string format) =>
        Console.WriteLine($"{name}={value.ToString(format, CultureInfo.InvariantCulture)}");
}
