using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crm.ReportingApi.Cli;

namespace Crm.ReportingApi.Tests.Features.Imports;

public sealed class ImportEndpointsTests(ImportApp app) : IClassFixture<ImportApp>
{
    [Fact]
    public async Task AMultipartUploadImportsAndItsQuarantineIsListedAndExported()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Կոդ,Անուն,Էլ. փոստ\nH-1,Upload One,one@example.am\nH-2,Upload Two,broken\n")), "file", "leads.csv" },
            { new StringContent("YER-C"), "department" },
        };

        var response = await app.Client.PostAsync("/api/imports/customers", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, summary.GetProperty("rowsImported").GetInt64());
        Assert.Equal(1, summary.GetProperty("rowsQuarantined").GetInt64());
        var error = summary.GetProperty("errors")[0];
        Assert.Equal((3, "Էլ. փոստ"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        var batch = summary.GetProperty("batchId").GetInt64();
        var listed = await app.Client.GetFromJsonAsync<JsonElement>($"/api/imports/quarantine?batch={batch}");
        Assert.Equal("H-2", listed[0].GetProperty("raw").GetProperty("Կոդ").GetString());
        var csv = await app.Client.GetStringAsync($"/api/imports/quarantine.csv?batch={batch}");
        Assert.StartsWith("Կոդ,Անուն,Էլ. փոստ,_quarantine_id,_errors", csv);
        var batchJson = await app.Client.GetFromJsonAsync<JsonElement>($"/api/imports/batches/{batch}");
        Assert.Equal("completed", batchJson.GetProperty("status").GetString());
    }

    [Fact]
    public async Task RefusedFilesAre400AndUnknownEntities404()
    {
        using var missing = new MultipartFormDataContent { { new StringContent("name\nNobody\n"), "file", "x.csv" } };
        using var unknown = new MultipartFormDataContent { { new StringContent("name\nNobody\n"), "file", "x.csv" } };

        var refused = await app.Client.PostAsync("/api/imports/customers", missing);
        var notFound = await app.Client.PostAsync("/api/imports/spaceships", unknown);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("required columns missing: department", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task JsonLeadIngestNamesEachBadFieldThenCreatesThenFindsTheSameLead()
    {
        var bad = await app.Client.PostAsJsonAsync("/api/ingest/leads",
            new { external_id = "J-1", department = "YER-C", name = "=cmd|' /C calc'!A0", email = "nope", birthday = "2025-02-30" });
        var lead = new { external_id = "J-1", department = "YER-C", name = "Json Lead", phone = "+374 91 111111", source = "website" };
        var created = await app.Client.PostAsJsonAsync("/api/ingest/leads", lead);
        var repeated = await app.Client.PostAsJsonAsync("/api/ingest/leads", lead);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["birthday", "email", "name"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("CSV injection", errors.GetProperty("name")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unique", first.GetProperty("dedup").GetString());
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        var second = await repeated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((first.GetProperty("id").GetInt64(), "unchanged"), (second.GetProperty("id").GetInt64(), second.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task JsonActivityIngestValidatesAndIsIdempotent()
    {
        var bad = await app.Client.PostAsJsonAsync("/api/ingest/activities", new { type = "teleport", duration_seconds = -3 });
        var activity = new { external_id = "JA-1", type = "call_out", occurred_at = "2025-04-01T10:00:00Z", agent = "AG-0001", duration_seconds = 60 };
        var created = await app.Client.PostAsJsonAsync("/api/ingest/activities", activity);
        var repeated = await app.Client.PostAsJsonAsync("/api/ingest/activities", activity with { });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("occurred_at", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
    }

    [Fact]
    public async Task TheCliImportsAFileAndListsItsQuarantine()
    {
        var path = Path.Combine(app.Folder, "cli.csv");
        await File.WriteAllTextAsync(path, "external_id,type,occurred_at,agent\nCLI-1,visit,2025-05-01 09:00,AG-0001\nCLI-2,visit,someday,AG-0001\n");

        var imported = await CrmCli.RunAsync(["import", "activities", path, "--connection", app.ConnectionString]);
        var refused = await CrmCli.RunAsync(["import", "activities", path, "--connection", app.ConnectionString,
            "--mapping", Path.Combine(app.Folder, "absent.json")]);
        var absent = await CrmCli.RunAsync(["import", "activities", Path.Combine(app.Folder, "nope.csv"), "--connection", app.ConnectionString]);
        var listed = await CrmCli.RunAsync(["import", "quarantine", "list", "--entity", "activities", "--connection", app.ConnectionString]);

        Assert.Equal((0, 65, 66, 0), (imported, refused, absent, listed));
    }
}
