namespace Crm.Ingest.Tests.Imports;

/// <summary>Chunks of only new keys, only known keys and both take different statements; the counts and values must not.</summary>
public sealed class ChunkUpsertTests(ImportStore store) : IClassFixture<ImportStore>
{
    private const string Header = "external_id,type,occurred_at,agent,subject";

    [Fact]
    public async Task NewKnownAndMixedChunksCountAndStoreExactlyAsOneStatementWould()
    {
        var first = store.File("keys-1.csv", $"""
            {Header}
            TK-1,call_out,2025-04-01 10:00,AG-0001,One
            TK-3,call_out,2025-04-01 11:00,AG-0001,Three
            TK-5,call_out,2025-04-01 12:00,AG-0001,Five
            """);
        // Chunks of three: a new key between known ones and a known key twice (the last wins); known keys, one
        // with an empty cell (keeps the stored value), and a new one; then only a new key beyond the known.
        var second = store.File("keys-2.csv", $"""
            {Header}
            TK-2,call_out,2025-04-02 10:00,AG-0001,Two
            TK-3,call_out,2025-04-01 11:00,AG-0001,Three changed
            TK-3,call_out,2025-04-01 11:00,AG-0001,Three final
            TK-5,call_out,2025-04-01 12:00,AG-0001,Five
            TK-1,call_out,2025-04-01 10:00,AG-0001,
            TK-4,call_out,2025-04-02 11:00,AG-0001,Four
            TK-6,call_out,2025-04-02 12:00,AG-0001,Six
            """);

        var a = await store.ImportAsync("activities", first, r => r with { ChunkSize = 2 });
        var b = await store.ImportAsync("activities", second, r => r with { ChunkSize = 3 });
        var again = await store.ImportAsync("activities", second, r => r with { ChunkSize = 3 });

        Assert.Equal((3L, 0L, 0L), (a.RowsImported, a.RowsUpdated, a.RowsUnchanged));
        Assert.Equal((3L, 1L, 3L), (b.RowsImported, b.RowsUpdated, b.RowsUnchanged));
        Assert.Equal((0L, 0L, 7L), (again.RowsImported, again.RowsUpdated, again.RowsUnchanged));
        var subjects = await store.RowsAsync("select external_id, subject from activities where external_id like 'TK-%' order by external_id");
        Assert.Equal(["TK-1 One", "TK-2 Two", "TK-3 Three final", "TK-4 Four", "TK-5 Five", "TK-6 Six"],
            subjects.Select(r => $"{r[0]} {r[1]}").ToArray());
    }
}
