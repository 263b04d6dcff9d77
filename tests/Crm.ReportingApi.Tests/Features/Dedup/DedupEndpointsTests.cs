using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Crm.ReportingApi.Tests.Features.Dedup;

public sealed class DedupEndpointsTests(DedupApp app) : IClassFixture<DedupApp>
{
    [Fact]
    public async Task TheOpenReviewsAreListed()
    {
        var response = await app.Client.GetAsync("/api/dedup/reviews");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reviews = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, reviews.ValueKind);
        Assert.All(reviews.EnumerateArray(), r => Assert.Equal("open", r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task AnUnknownStatusIsABadRequest()
    {
        var response = await app.Client.GetAsync("/api/dedup/reviews?status=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/dedup/reviews/999999999/merge")]
    [InlineData("/api/dedup/reviews/999999999/reject")]
    [InlineData("/api/dedup/merges/999999999/revert")]
    public async Task ActingOnSomethingThatDoesNotExistIsNotFound(string path)
    {
        var response = await app.Client.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownCustomerHasNoDuplicatesToList() =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/customers/999999999/duplicates")).StatusCode);

    [Fact]
    public async Task ASurvivorListsItsDuplicatesAndAMergeIsRevertedOnceOnly()
    {
        var (mergeId, survivor, duplicate) = await FirstMergeAsync();

        var duplicates = await app.Client.GetFromJsonAsync<JsonElement>($"/api/customers/{survivor}/duplicates");
        Assert.Contains(duplicates.EnumerateArray(), d => d.GetProperty("duplicateId").GetInt64() == duplicate);

        using var revert = new HttpRequestMessage(HttpMethod.Post, $"/api/dedup/merges/{mergeId}/revert");
        revert.Headers.Add("X-Crm-User", "reviewer");
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(revert)).StatusCode);
        var again = await app.Client.PostAsync($"/api/dedup/merges/{mergeId}/revert", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);

        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("select reverted_by from customer_merges where id = @id", conn);
        cmd.Parameters.AddWithValue("id", mergeId);
        Assert.Equal("reviewer", await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AReviewIsRejectedOnceOnly()
    {
        var reviews = await app.Client.GetFromJsonAsync<JsonElement>("/api/dedup/reviews");
        Assert.True(reviews.GetArrayLength() > 0, "the seed-7 demo leaves pairs for review");
        var id = reviews[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync($"/api/dedup/reviews/{id}/reject", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await app.Client.PostAsync($"/api/dedup/reviews/{id}/reject", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await app.Client.PostAsync($"/api/dedup/reviews/{id}/merge", null)).StatusCode);
    }

    private async Task<(long MergeId, long Survivor, long Duplicate)> FirstMergeAsync()
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "select id, survivor_id, duplicate_id from customer_merges where reverted_at is null order by id limit 1", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        return (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2));
    }
}
