using Crm.Ingest.Dedup;
using Crm.ReportingApi.Infrastructure;
using Npgsql;

namespace Crm.ReportingApi.Cli;

/// <summary>`crm dedup` runs the batch job over the whole store; `crm dedup reviews` lists the open review pairs.</summary>
public static class DedupCommand
{
    public static async Task<int> RunAsync(IConfiguration config, string[] options, CancellationToken ct)
    {
        await using var database = await OperationalDatabase.OpenAsync(config, ct);
        if (options.FirstOrDefault() == "reviews") return await ListReviewsAsync(database.ConnectionString, ct);
        await RunJobAsync(database.ConnectionString, ct);
        return 0;
    }

    public static async Task RunJobAsync(string connectionString, CancellationToken ct)
    {
        var progress = new Progress<DedupProgress>(p => Console.Error.Write($"\rdedup: {p.Step,-6} {p.Done,10:N0} / {p.Total:N0}   "));
        var result = await DedupJob.RunAsync(connectionString, new DedupJobOptions(), progress, ct);
        Console.Error.WriteLine();
        Console.WriteLine($"dedup: {result.CustomersScanned:N0} customers scanned, {result.KeysComputed:N0} keys computed, " +
                          $"{result.Merged:N0} merged, {result.QueuedForReview:N0} queued for review in {result.Seconds:F1} s");
        var score = await DedupScore.MeasureAsync(connectionString, ct);
        if (score.TruthPairs > 0)
            Console.WriteLine($"dedup: against the demo's planted duplicates precision {score.Precision:F3}, recall {score.Recall:F3} " +
                              $"({score.ReviewPairs:N0} pairs open for review, {score.ReviewPairsTrue:N0} of them true)");
    }

    private static async Task<int> ListReviewsAsync(string connectionString, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        var reviews = await DedupReviews.ListAsync(conn, "open", 10_000, ct);
        foreach (var r in reviews)
            Console.WriteLine($"{r.Id,8}  {r.Score:F3}  #{r.CustomerId} {r.CustomerName}  ~  #{r.CandidateId} {r.CandidateName}  {r.Evidence}");
        Console.WriteLine($"dedup: {reviews.Count:N0} open review pairs" +
                          " (decide with POST /api/dedup/reviews/{id}/merge or /reject)");
        return 0;
    }
}
