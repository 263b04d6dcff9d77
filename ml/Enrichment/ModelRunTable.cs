using DuckDB.NET.Data;

namespace Crm.Ml.Enrichment;

/// <summary>ml_model_runs: what this version's enrichment did with each model (replaced by every load).</summary>
internal static class ModelRunTable
{
    public static void Write(DuckDBConnection duck, IEnumerable<ModelRun> runs, DateTime finishedUtc)
    {
        using (var cmd = duck.CreateCommand())
        {
            cmd.CommandText = """
                create or replace table ml_model_runs (model varchar, outcome varchar, version varchar, trainer varchar,
                    roc_auc double, pr_auc double, brier double, training_rows bigint, data_from timestamp, data_to timestamp,
                    message varchar, rows_scored bigint, finished_at timestamp)
                """;
            cmd.ExecuteNonQuery();
        }
        using var appender = duck.CreateAppender("ml_model_runs");
        foreach (var r in runs)
            appender.CreateRow().AppendValue(r.Model).AppendValue(r.Outcome).AppendValue(r.Version).AppendValue(r.Trainer)
                .AppendValue(Finite(r.RocAuc)).AppendValue(Finite(r.PrAuc)).AppendValue(Finite(r.Brier)).AppendValue((long?)r.TrainingRows)
                .AppendValue(Plain(r.DataFromUtc)).AppendValue(Plain(r.DataToUtc)).AppendValue(r.Message).AppendValue((long?)r.RowsScored)
                .AppendValue(Plain(finishedUtc)).EndRow();
    }

    private static double? Finite(double? x) => x is { } v && double.IsFinite(v) ? v : null;
    private static DateTime? Plain(DateTime? t) => t is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Unspecified) : null;
}
