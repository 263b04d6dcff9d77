using Crm.Ingest.Imports;
using Crm.Ingest.Imports.Quarantine;

namespace Crm.Ingest.Tests.Imports;

public sealed class ActivityImportTests(ImportStore store) : IClassFixture<ImportStore>
{
    [Fact]
    public async Task ActivitiesWithPaymentsAndExpensesImportOnceAndOnlyOnce()
    {
        var path = store.File("activities.csv", """
            external_id;type;occurred_at;agent;customer;subject;duration_seconds;outcome;amount;method;category
            TA-1;call_out;2025-03-01 10:15;AG-0001;YER-C-0000001;First call;120;answered;;;
            TA-2;payment;02.03.2025 11:00;AG-0001;YER-C-0000001;Advance;;;150 000,50;card;
            TA-3;expense;2025-03-03T09:00:00+04:00;AG-0002;;Booth;;;20000;;events
            ;meeting;2025-03-04;AG-0001;YER-C-0000001;No id given;;;;;
            """);

        var first = await store.ImportAsync("activities", path);
        var second = await store.ImportAsync("activities", path);

        Assert.Equal((4L, 4L, 0L), (first.RowsRead, first.RowsImported, first.RowsQuarantined));
        Assert.Equal((0L, 0L, 4L), (second.RowsImported, second.RowsUpdated, second.RowsUnchanged));
        Assert.Equal(150000.50m, await store.ScalarAsync<decimal>("select amount from activities where external_id = 'TA-2'"));
        Assert.Equal("card", await store.ScalarAsync<string>(
            "select p.method from payments p join activities a on a.id = p.activity_id where a.external_id = 'TA-2'"));
        Assert.Equal("events", await store.ScalarAsync<string>(
            "select e.category from expenses e join activities a on a.id = e.activity_id where a.external_id = 'TA-3'"));
        Assert.Equal(new DateTime(2025, 3, 3, 5, 0, 0, DateTimeKind.Utc),
            await store.ScalarAsync<DateTime>("select occurred_at from activities where external_id = 'TA-3'"));
        Assert.Equal(1L, await store.ScalarAsync<long>("select count(*) from activities where subject = 'No id given'"));
    }

    [Fact]
    public async Task AFailureMidFileLeavesNothingOfTheFileAndARerunCompletes()
    {
        var lines = Enumerable.Range(1, 12_000).Select(i => $"TF-{i},call_in,2025-01-01 10:00,AG-0001,Call {i}");
        var path = store.File("long.csv", "external_id,type,occurred_at,agent,subject\n" + string.Join('\n', lines));
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAfter(cancel, 5000);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            FileImporter.ImportAsync(store.Db, new ImportRequest("activities", path) { ChunkSize = 1000 }, progress, cancel.Token));

        Assert.Equal(0L, await store.ScalarAsync<long>("select count(*) from activities where external_id like 'TF-%'"));
        Assert.Equal("failed", await store.ScalarAsync<string>(
            "select status from import_batches where file_name = 'long.csv' order by id desc limit 1"));
        var rerun = await store.ImportAsync("activities", path);
        Assert.Equal(12_000L, rerun.RowsImported);
        Assert.Equal(12_000L, await store.ScalarAsync<long>("select count(*) from activities where external_id like 'TF-%'"));
    }

    [Fact]
    public async Task QuarantinedRowsExportedCorrectedAndReimportedAreResolved()
    {
        var path = store.File("to-correct.csv", """
            external_id,type,occurred_at,agent,subject
            TQ-1,call_out,2025-02-30 10:00,AG-0001,Impossible date
            TQ-2,teleport,2025-02-01 10:00,AG-0001,Unknown type
            TQ-3,call_out,2025-02-01 10:00,AG-0001,Fine
            """);
        var summary = await store.ImportAsync("activities", path);
        Assert.Equal(2L, summary.RowsQuarantined);
        var again = await store.ImportAsync("activities", path);
        Assert.Equal(2L, again.RowsQuarantined);
        Assert.Equal(2L, await store.ScalarAsync<long>(
            "select count(*) from import_quarantine where entity = 'activities' and raw::jsonb->>'external_id' like 'TQ-%' and status = 'open'"));

        var exported = Path.Combine(store.Folder, "quarantine.csv");
        await using (var file = File.Create(exported)) await QuarantineStore.ExportCsvAsync(store.Db, again.BatchId, file);
        var text = await File.ReadAllTextAsync(exported);
        Assert.StartsWith("external_id,type,occurred_at,agent,subject,_quarantine_id,_errors", text);
        Assert.Contains("is not a date and time", text);
        await File.WriteAllTextAsync(exported, text.Replace("2025-02-30", "2025-02-28").Replace("teleport", "visit"));

        var corrected = await store.ImportAsync("activities", exported);

        Assert.Equal((2L, 0L), (corrected.RowsImported, corrected.RowsQuarantined));
        Assert.Empty(corrected.UnknownHeaders);
        Assert.Equal(0L, await store.ScalarAsync<long>(
            "select count(*) from import_quarantine where entity = 'activities' and raw::jsonb->>'external_id' like 'TQ-%' and status = 'open'"));
        Assert.Equal(2L, await store.ScalarAsync<long>(
            "select count(*) from import_quarantine where resolved_batch_id = $1", corrected.BatchId));
    }

    private sealed class CancelAfter(CancellationTokenSource cancel, long rows) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.RowsRead >= rows) cancel.Cancel();
        }
    }
}
