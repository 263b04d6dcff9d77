using Npgsql;

namespace Crm.Ingest.Dedup;

/// <summary>Puts unsure pairs on the review list, once per pair.</summary>
internal static class ReviewWriter
{
    public static async Task<int> QueueAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IEnumerable<ReviewProposal> proposals,
        CancellationToken ct)
    {
        var queued = 0;
        foreach (var p in proposals)
        {
            await using var cmd = new NpgsqlCommand("""
                insert into dedup_reviews (customer_id, candidate_id, score, evidence) values (@customer, @candidate, @score, @evidence)
                on conflict do nothing
                """, conn, tx);
            cmd.Parameters.Add(new NpgsqlParameter<long>("customer", p.CustomerId));
            cmd.Parameters.Add(new NpgsqlParameter<long>("candidate", p.CandidateRootId));
            cmd.Parameters.Add(new NpgsqlParameter<double>("score", p.Score));
            cmd.Parameters.Add(new NpgsqlParameter<string>("evidence", p.Evidence.ToJson()));
            queued += await cmd.ExecuteNonQueryAsync(ct);
        }
        return queued;
    }
}
