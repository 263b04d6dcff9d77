using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.ReportingApi.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Crm.ReportingApi.Tests.Features.Etl;

/// <summary>Loads asked for by the schedule and by an administrator, one at a time, over an app of their own.</summary>
public sealed class WarehouseLoadTests(LoadingApp app) : IClassFixture<LoadingApp>
{
    [Fact]
    public async Task ManualTriggerReturnsAcceptedAndTheLoadCompletes()
    {
        var before = app.Demo.Store.AsOfUtc();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/etl") { Content = JsonContent.Create(new { full = true }) };
        request.Headers.Add("X-Crm-User", "ani");

        var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/admin/etl/status", response.Headers.Location?.OriginalString);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("api:ani", accepted.GetProperty("trigger").GetString());
        Assert.True(accepted.GetProperty("full").GetBoolean());

        var status = await EtlStatusPolling.IdleAsync(app.Client);
        var last = status.GetProperty("lastLoad");
        Assert.Equal("api:ani", last.GetProperty("trigger").GetString());
        Assert.Equal("succeeded", last.GetProperty("outcome").GetString());
        var asOf = status.GetProperty("warehouseAsOf").GetDateTime();
        Assert.True(asOf > before, $"the warehouse is still as of {asOf:O}, as before the load ({before:O})");
        Assert.Equal(app.Demo.Store.AsOfUtc(), asOf);
        Assert.Equal(asOf, last.GetProperty("sourceSnapshotUtc").GetDateTime());
    }

    [Fact]
    public async Task SecondTriggerWhileRunningIsRefusedWithConflict()
    {
        // Holding a lock on a table the load must copy keeps the first load running until we let go.
        await using var source = await app.Demo.OpenSourceAsync();
        await using var hold = await source.BeginTransactionAsync();
        await using (var lockCustomers = new NpgsqlCommand("lock table customers in access exclusive mode", source, hold))
            await lockCustomers.ExecuteNonQueryAsync();

        var first = await app.Client.PostAsync("/api/admin/etl", content: null);
        var second = await app.Client.PostAsync("/api/admin/etl", JsonContent.Create(new { full = true }));
        var running = await app.Client.GetFromJsonAsync<JsonElement>("/api/admin/etl/status");
        await hold.RollbackAsync();

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("api:anonymous", problem.GetProperty("detail").GetString());
        Assert.True(running.GetProperty("running").GetBoolean());
        Assert.Equal("api:anonymous", running.GetProperty("current").GetProperty("trigger").GetString());

        var status = await EtlStatusPolling.IdleAsync(app.Client);
        Assert.Equal("succeeded", status.GetProperty("lastLoad").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task ScheduledLoadRunsOnItsCron()
    {
        var before = app.Demo.Store.AsOfUtc();
        var (scheduled, client) = await app.StartAsync(("Etl:Schedule", "* * * * * ?"));
        try
        {
            var status = await EtlStatusPolling.UntilAsync(client, s => s.GetProperty("lastLoad").ValueKind == JsonValueKind.Object);
            var last = status.GetProperty("lastLoad");
            Assert.Equal(WarehouseLoadJob.Trigger, last.GetProperty("trigger").GetString());
            Assert.Equal("succeeded", last.GetProperty("outcome").GetString());
            Assert.False(last.GetProperty("full").GetBoolean());
            Assert.True(app.Demo.Store.AsOfUtc() > before);
        }
        finally
        {
            client.Dispose();
            await scheduled.StopAsync(); // cancels the load the next second started, and waits for it
            await scheduled.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheJobCanBeTriggeredThroughQuartz()
    {
        var before = app.Demo.Store.AsOfUtc();
        var (other, client) = await app.StartAsync();
        try
        {
            var scheduler = await other.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Empty(await scheduler.GetTriggersOfJob(WarehouseLoadJob.Key)); // no schedule configured: no nightly trigger
            await scheduler.TriggerJob(WarehouseLoadJob.Key);

            var status = await EtlStatusPolling.IdleAsync(client);
            Assert.Equal("succeeded", status.GetProperty("lastLoad").GetProperty("outcome").GetString());
            Assert.True(app.Demo.Store.AsOfUtc() > before);
        }
        finally
        {
            client.Dispose();
            await other.StopAsync();
            await other.DisposeAsync();
        }
    }

    [Fact]
    public async Task StatusNamesTheLiveWarehouseVersion()
    {
        var status = await app.Client.GetFromJsonAsync<JsonElement>("/api/admin/etl/status");
        Assert.Equal(app.Demo.Store.AsOfUtc(), status.GetProperty("warehouseAsOf").GetDateTime());
    }

    [Fact]
    public async Task RecentRunsListTheJournalWithTablesAndChecks()
    {
        // The engine writes the journal; a failed run of our own stands in for one here (a failed run is never built on).
        await using var source = await app.Demo.OpenSourceAsync();
        await using var insert = new NpgsqlCommand("""
            with run as (
                insert into etl_runs (kind, trigger, started_at, finished_at, outcome, message, rows_moved)
                values ('incremental', 'api:test', now() - interval '1 minute', now(), 'failed', 'deals: source 3 but warehouse 2', 0)
                returning id),
            t as (insert into etl_run_tables (run_id, table_name, rows_moved, rows_total) select id, 'deals', 3, 1200 from run),
            c as (insert into etl_run_checks (run_id, check_name, kind, source_value, warehouse_value, passed, detail)
                  select id, 'deal_count', 'reconciliation', 3, 2, false, 'one deal missing' from run
                  union all select id, 'no_orphan_deals', 'data_test', null, null, true, null from run)
            select id from run
            """, source);
        var id = (long)(await insert.ExecuteScalarAsync())!;

        var runs = await app.Client.GetFromJsonAsync<JsonElement>("/api/admin/etl/runs?limit=50");
        var run = runs.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id);

        Assert.Equal("failed", run.GetProperty("outcome").GetString());
        Assert.Equal("api:test", run.GetProperty("trigger").GetString());
        Assert.Equal("deals: source 3 but warehouse 2", run.GetProperty("message").GetString());
        var table = Assert.Single(run.GetProperty("tables").EnumerateArray());
        Assert.Equal("deals", table.GetProperty("tableName").GetString());
        Assert.Equal(1200, table.GetProperty("rowsTotal").GetInt64());
        var checks = run.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(["deal_count", "no_orphan_deals"], checks.Select(c => c.GetProperty("checkName").GetString()));
        Assert.False(checks[0].GetProperty("passed").GetBoolean());
        Assert.Equal(3m, checks[0].GetProperty("sourceValue").GetDecimal());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task RunsLimitOutOfRangeIsRefused(int limit)
    {
        var response = await app.Client.GetAsync($"/api/admin/etl/runs?limit={limit}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
