using System.Diagnostics;
using Crm.Warehouse.Etl;

namespace Crm.Ml.Enrichment;

/// <summary>
/// The models' part of a warehouse load: retrain churn and score every customer (fct_churn_score), mine the
/// purchase rules and suggest (fct_suggestion), and say what happened (ml_model_runs), all inside the load, so
/// the scores go live with the data they were computed from. The star is as of the load's source snapshot.
/// </summary>
public sealed class MlEnrichment(MlOptions options) : IWarehouseEnrichment
{
    public string Name => "ml";

    /// <summary>What the last run did, for the command line and the tests.</summary>
    public IReadOnlyList<ModelRun> LastRuns { get; private set; } = [];

    public IReadOnlyDictionary<string, long> Enrich(WarehouseEnrichmentContext context)
    {
        var clock = Stopwatch.StartNew();
        void Say(string message) => context.Progress?.Report(new EtlProgress("ml", message, 0, clock.Elapsed));
        var duck = context.Connection;
        var churn = ChurnStep.Run(duck, context.SourceSnapshotUtc, options, Say, context.CancellationToken);
        var suggestions = SuggestionStep.Run(duck, context.SourceSnapshotUtc, options, Say, context.CancellationToken);
        LastRuns = [churn, suggestions];
        ModelRunTable.Write(duck, LastRuns, DateTime.UtcNow);
        return new Dictionary<string, long>
        {
            ["fct_churn_score"] = churn.RowsScored,
            ["fct_suggestion"] = suggestions.RowsScored,
            ["ml_model_runs"] = LastRuns.Count,
        };
    }
}
