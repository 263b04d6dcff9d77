using System.Globalization;
using Crm.Ml.Churn;
using Crm.Ml.CrossSell;
using Crm.Ml.Enrichment;
using Crm.Ml.Models;
using Crm.Ml.Training;
using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Cli;

/// <summary>
/// `crm ml status`: the live churn model's manifest. `crm ml evaluate`: how the models do on the current warehouse,
/// as the nightly load would train them (the churn learners on the same as-of moments, validation ROC AUC, PR AUC
/// and Brier of the winner; the live model on the same validation rows; cross-sell hit rate@5 on the last half-year
/// against the popularity baseline). Evaluating publishes nothing: the live model stays as it is.
/// </summary>
public static class MlCommand
{
    public const int NoModel = 66;
    public const int CannotTrain = 65;
    private const int CrossSellHoldOutDays = 180;

    public static Task<int> RunAsync(IConfiguration config, string[] options, CancellationToken ct) =>
        RunAsync(config, options, Console.Out, Console.Error, ct);

    public static async Task<int> RunAsync(IConfiguration config, string[] options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var store = WarehouseLocation.From(config);
        var models = new MlOptions(MlSettings.ModelsFolder(config, store));
        try
        {
            // ML.NET and DuckDB work synchronously: off the caller's thread, so Ctrl+C can cancel.
            return options.FirstOrDefault() switch
            {
                "status" => Status(models, output, error),
                "evaluate" => await Task.Run(() => Evaluate(store, models, output, error, ct), ct),
                var other => Usage(error, other is null ? "say status or evaluate" : $"unknown ml command '{other}'"),
            };
        }
        catch (WarehouseNotReadyException e)
        {
            await error.WriteLineAsync($"crm ml: {e.Message}");
            return NoModel;
        }
    }

    private static int Status(MlOptions options, TextWriter output, TextWriter error)
    {
        if (new ModelStore(options.ModelsFolder).CurrentManifest() is not { } m)
        {
            error.WriteLine($"crm ml: no churn model in {Path.GetFullPath(options.ModelsFolder)} yet: a load (`crm etl`) trains one");
            return NoModel;
        }
        output.WriteLine($"churn model:   {m.Version} ({m.Trainer}), trained {m.TrainedAtUtc:u} in {F(m.TrainSeconds, "F1")} s");
        output.WriteLine($"training data: {m.DataFromUtc:yyyy-MM-dd} to {m.DataToUtc:yyyy-MM-dd}, label: lost within {m.HorizonDays} days; " +
                         $"{m.TrainingRows} training rows, {m.TrainingPositives} churned");
        output.WriteLine($"validation:    {m.Validation} (calibrated probabilities)");
        output.WriteLine($"learners:      {Learners(m.Candidates)}");
        output.WriteLine($"features:      {m.FeatureNames.Count}; models folder {Path.GetFullPath(options.ModelsFolder)}");
        return 0;
    }

    private static int Evaluate(WarehouseStore store, MlOptions options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        using var duck = store.OpenRead();
        var asOf = WarehouseStore.AsOfUtc(duck) ?? throw new WarehouseNotReadyException($"the warehouse at {store.LivePath} has no load yet");
        output.WriteLine($"warehouse as of {asOf:u}; nothing is published");
        var exit = 0;
        var data = ChurnDataset.Read(duck, asOf, options.Churn, ct);
        output.WriteLine($"churn data:    {data.Training.Count} training rows ({data.Training.Positives} churned), " +
                         $"{data.Validation.Count} validation rows ({data.Validation.Positives} churned)");
        try
        {
            var info = new ModelInfo("churn", "evaluation", data.FromUtc, data.ToUtc, options.Churn.HorizonDays);
            var model = ChurnTrainer.Train(data.Training, data.Validation, options.Limits, info,
                new SynchronousProgress<string>(line => output.WriteLine($"  {line}")), ct);
            output.WriteLine($"churn trainer: {model.Manifest.Trainer}");
            output.WriteLine($"churn:         {model.Manifest.Validation}");
        }
        catch (TrainingFailedException e)
        {
            error.WriteLine($"crm ml: the churn model cannot be trained on this warehouse ({e.Reason}): {e.Message}");
            exit = CannotTrain;
        }
        if (new ModelStore(options.ModelsFolder).LoadCurrent() is { } live && data.Validation.Count > 0)
        {
            try
            {
                var metrics = BinaryMetrics.Of(live.Probabilities(data.Validation), data.Validation.Rows.Select(r => r.Label).ToList());
                output.WriteLine($"live model:    {live.Manifest.Version} ({live.Manifest.Trainer}) on the same rows: {metrics}");
            }
            catch (TrainingFailedException e)
            {
                output.WriteLine($"live model:    {live.Manifest.Version} cannot score this warehouse: {e.Message}");
            }
        }

        var crossSell = CrossSellEvaluation.Run(duck, asOf.AddDays(-CrossSellHoldOutDays), asOf, k: 5, options.MinRuleCustomers);
        output.WriteLine($"cross-sell:    hit@5 {F(crossSell.HitRate, "F4")}, precision@5 {F(crossSell.Precision, "F4")} " +
                         $"({crossSell.Customers} customers who bought something new in the last {CrossSellHoldOutDays} days)");
        output.WriteLine($"baseline:      hit@5 {F(crossSell.BaselineHitRate, "F4")}, precision@5 {F(crossSell.BaselinePrecision, "F4")} (most popular products)" +
                         (crossSell.BaselineHitRate > 0 ? $"; hit@5 {F(crossSell.HitRate / crossSell.BaselineHitRate, "F2")}× the baseline" : ""));
        return exit;
    }

    private static string Learners(IEnumerable<CandidateScore> candidates) => string.Join(", ", candidates.Select(c =>
        c.Error is null ? $"{c.Trainer} ROC AUC {F(c.RocAuc, "F4")}" : $"{c.Trainer} failed ({c.Error})"));

    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"crm ml: {message}\nusage: crm ml status | crm ml evaluate  [--warehouse FILE]");
        return 64;
    }
}
