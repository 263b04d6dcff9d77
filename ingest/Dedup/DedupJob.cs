using System.Diagnostics;
using Npgsql;

namespace Crm.Ingest.Dedup;

/// <summary>
/// Dedup over the whole store: computes missing or stale keys, then walks the customers oldest first and
/// decides each live root against the older customers its blocks hold, so the older customer survives.
/// Merges apply as they are decided (later customers see the new roots) and are written in one
/// transaction with the review list. A second run finds nothing new: merged customers are no longer roots
/// and reviewed pairs are settled.
/// </summary>
public static class DedupJob
{
    public static async Task<DedupJobResult> RunAsync(string connectionString, DedupJobOptions? options = null,
        IProgress<DedupProgress>? progress = null, CancellationToken ct = default)
    {
        options ??= new DedupJobOptions();
        var clock = Stopwatch.StartNew();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);

        List<CustomerRow> rows;
        await using (var read = new NpgsqlCommand(
                         $"select {CustomerRowReader.Columns} from customers c where c.deleted_at is null order by c.id", conn))
        {
            read.CommandTimeout = 0;
            rows = await CustomerRowReader.ReadAsync(read, ct);
        }
        var keys = rows.Select(CustomerKeys.From).ToList();
        var stale = keys.Where((_, i) => rows[i].KeysStale).ToList();
        progress?.Report(new DedupProgress("keys", 0, stale.Count));
        await KeyWriter.WriteManyAsync(conn, null, stale, ct);
        progress?.Report(new DedupProgress("keys", stale.Count, stale.Count));

        var context = new BatchMatchContext(rows, keys, await SettledPairs.LoadAsync(conn, null, null, ct));
        var decisions = new List<MatchDecision>();
        var index = new CandidateIndex();
        for (var i = 0; i < keys.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var k = keys[i];
            if (context.RootOf(k.Id) == k.Id)
            {
                var candidates = index.Near(k).Select(c => new Candidate(c, context.RootOf(c.Id)));
                var decision = MatchChooser.Choose(k, candidates, k.Id, context);
                context.Apply(decision);
                if (decision.Outcome != DedupOutcome.Unique) decisions.Add(decision);
            }
            index.Add(k);
            if (i % 10_000 == 0) progress?.Report(new DedupProgress("match", i, keys.Count));
        }
        progress?.Report(new DedupProgress("match", keys.Count, keys.Count));

        var merged = decisions.Count(d => d.SurvivorId is not null);
        var reviews = decisions.Sum(d => d.Reviews.Count);
        if (!options.DryRun) reviews = await WriteAsync(conn, decisions, options, progress, ct);
        return new DedupJobResult(rows.Count, stale.Count, merged, reviews, clock.Elapsed);
    }

    private static async Task<int> WriteAsync(NpgsqlConnection conn, List<MatchDecision> decisions, DedupJobOptions options,
        IProgress<DedupProgress>? progress, CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        var queued = 0;
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            if (d is { SurvivorId: { } survivor, Evidence: { } e })
                await MergeWriter.MergeAsync(conn, tx, survivor, d.CustomerId, e.Method, Math.Round(e.Name, 4), e.ToJson(),
                    options.MergedBy, ct);
            queued += await ReviewWriter.QueueAsync(conn, tx, d.Reviews, ct);
            if (i % 500 == 0) progress?.Report(new DedupProgress("write", i, decisions.Count));
        }
        await tx.CommitAsync(ct);
        progress?.Report(new DedupProgress("write", decisions.Count, decisions.Count));
        return queued;
    }
}
