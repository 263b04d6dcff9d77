using Crm.Testing;
using Xunit.Abstractions;

namespace Crm.ReportingApi.Tests.Etl;

/// <summary>
/// Issue 4: a load prepares a new version and switches readers to it atomically. `crm etl` runs as a real
/// process and is killed (SIGKILL) at random moments of its run; after every kill the live warehouse must be
/// exactly the last good version, and the next run must complete and reconcile with the source. The source
/// changes a little before every killed run, so the version it would have made differs from the live one.
/// </summary>
[Trait("Category", "Crash")]
public sealed class EtlSurvivesBeingKilledTests(EtlCrashStore store, ITestOutputHelper output) : IClassFixture<EtlCrashStore>
{
    private const int RequiredKills = 20;
    private const int MaxAttempts = 50;
    // The live version and its neighbours (another version, a lock, write-ahead logs): a few, never one more per crash.
    private const int MaxFilesInTheWarehouseFolder = 8;
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task KilledLoadLeavesTheLastGoodVersionLiveAndTheNextRunReconciles()
    {
        var seed = Environment.GetEnvironmentVariable("CRM_CRASH_SEED") is { Length: > 0 } s ? int.Parse(s) : Random.Shared.Next();
        output.WriteLine($"seed {seed} (set CRM_CRASH_SEED={seed} to repeat these kill points and source changes)");
        var random = new Random(seed);

        var startup = await TimeStartupAsync();
        var (lastGood, _) = await RunToSuccessAsync(full: true);
        await ChurnAsync(random);
        (lastGood, var incrementalRun) = await RunToSuccessAsync(full: false, differingFrom: lastGood);
        await ChurnAsync(random);
        (lastGood, var fullRun) = await RunToSuccessAsync(full: true, differingFrom: lastGood);
        output.WriteLine($"start-up {Ms(startup)}, full run {Ms(fullRun)}, incremental run {Ms(incrementalRun)}");

        int kills = 0, switchedBeforeDeath = 0, attempts = 0;
        while (kills < RequiredKills && attempts < MaxAttempts)
        {
            attempts++;
            var full = attempts % 4 == 0;
            await ChurnAsync(random);
            // From the end of the runtime's start-up, when the load itself begins, to a little past a whole run.
            var latest = (full ? fullRun : incrementalRun) * 1.2;
            var delay = startup + (latest > startup ? (latest - startup) * random.NextDouble() : TimeSpan.Zero);
            var report = $"#{attempts} {(full ? "full" : "incremental")} killed after {Ms(delay)}";

            using var etl = store.StartEtl(full);
            await Task.Delay(delay);
            etl.Kill();
            var exit = await etl.WaitAsync(RunLimit);
            if (exit == 0)
            {
                lastGood = await AssertCompleteAndReconciledAsync(etl);
                output.WriteLine($"{report}: it had already finished ({Ms(etl.Elapsed)})");
                continue;
            }
            Assert.True(exit == CrmEtlProcess.KilledExitCode, $"{report}: crm etl exited with {exit}, not by the kill:\n{etl.Output}");
            kills++;

            var live = ReadLive(report, etl);
            var (recovered, recoveryRun) = await RunToSuccessAsync(full: false);
            if (live != lastGood)
            {
                // Killed after the switch (while it was exiting): the live version must then be the whole new one,
                // the same as the next run makes from the same, unchanged source.
                Assert.True(live.AsOfUtc > lastGood.AsOfUtc && live.Tables == recovered.Tables,
                    $"{report}: the live warehouse is neither the last good version nor a whole new one\n" +
                    $"last good: {lastGood}\nlive: {live}\nafter the next run: {recovered}\nkilled run's output:\n{etl.Output}");
                switchedBeforeDeath++;
            }
            output.WriteLine($"{report}: {(live == lastGood ? "last good version live" : "new version already live")}; " +
                             $"last output \"{etl.LastLine}\"; next run reconciled in {Ms(recoveryRun)}");
            lastGood = recovered;
            if (!full) incrementalRun = recoveryRun; // follow the machine's pace, which other test runs change
        }

        output.WriteLine($"{kills} kills in {attempts} runs ({switchedBeforeDeath} just after the switch)");
        Assert.True(kills >= RequiredKills, $"only {kills} of {attempts} runs were still running when killed");
    }

    private async Task<(WarehouseFingerprint Version, TimeSpan Elapsed)> RunToSuccessAsync(bool full, WarehouseFingerprint? differingFrom = null)
    {
        using var etl = store.StartEtl(full);
        var exit = await etl.WaitAsync(RunLimit);
        Assert.True(exit == 0, $"crm etl{(full ? " --full" : "")} failed with exit code {exit}:\n{etl.Output}");
        var version = await AssertCompleteAndReconciledAsync(etl);
        if (differingFrom is not null)
            Assert.True(version.Tables != differingFrom.Tables, $"the source changed but the star did not:\n{version}");
        return (version, etl.Elapsed);
    }

    private async Task<WarehouseFingerprint> AssertCompleteAndReconciledAsync(CrmEtlProcess etl)
    {
        using var warehouse = store.Warehouse.OpenRead();
        var version = WarehouseFingerprint.Of(warehouse);
        Assert.True(version.Tables.Contains("fct_activity:") && version.AsOfUtc is not null, $"an incomplete version is live:\n{version}");
        Assert.Equal(await StarFigures.OfSourceAsync(store), StarFigures.OfWarehouse(warehouse));
        var files = Directory.GetFileSystemEntries(store.WarehouseFolder).Select(Path.GetFileName).Order().ToList();
        Assert.True(files.Count <= MaxFilesInTheWarehouseFolder,
            $"the warehouse folder keeps {files.Count} files after a successful run: {string.Join(", ", files)}\n{etl.Output}");
        return version;
    }

    private WarehouseFingerprint ReadLive(string report, CrmEtlProcess killed)
    {
        try
        {
            return WarehouseFingerprint.Of(store.Warehouse);
        }
        catch (Exception e)
        {
            Assert.Fail($"{report}: the live warehouse does not open: {e}\nkilled run's output:\n{killed.Output}");
            throw;
        }
    }

    private async Task<TimeSpan> TimeStartupAsync()
    {
        using var help = CrmEtlProcess.Start(store.Folder, "help");
        Assert.Equal(0, await help.WaitAsync(RunLimit));
        return help.Elapsed;
    }

    private async Task ChurnAsync(Random random)
    {
        await using var conn = await store.OpenAsync();
        await SourceChurn.ApplyAsync(conn, random);
    }

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:F0} ms";
}
