using Crm.Ingest.Dedup;
using Crm.Ingest.Demo;

namespace Crm.Benchmarks;

/// <summary>Dedup over the demo store: the batch job's time and its precision and recall against the planted duplicates.</summary>
public static class DedupSuite
{
    public static async Task RunAsync(string scaleName, int seed)
    {
        var scale = DemoScale.Parse(scaleName);
        await using var db = await BenchmarkDatabase.StartAsync();

        await db.GenerateAsync(scale, seed);

        var result = await DedupJob.RunAsync(db.ConnectionString, new DedupJobOptions(),
            new Progress<DedupProgress>(p => Console.Error.Write($"\rdedup {p.Step,-6} {p.Done,10:N0} / {p.Total:N0}")));
        Console.Error.WriteLine();
        var score = await DedupScore.MeasureAsync(db.ConnectionString);
        Console.WriteLine($"dedup_precision={score.Precision:F4}");
        Console.WriteLine($"dedup_recall={score.Recall:F4}");
        Console.WriteLine($"dedup_seconds={result.Seconds:F2}");
        Console.WriteLine($"dedup_customers={result.CustomersScanned}");
        Console.WriteLine($"dedup_merged={result.Merged}");
        Console.WriteLine($"dedup_reviews={result.QueuedForReview}");
    }
}
