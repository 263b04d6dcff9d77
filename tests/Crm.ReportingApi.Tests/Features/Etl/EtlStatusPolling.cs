using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.ReportingApi.Tests.Features.Etl;

/// <summary>Asks the status endpoint, as an administrator's client would, until a load has ended.</summary>
internal static class EtlStatusPolling
{
    // Generous: a load of the S demo takes seconds, but the machine may be busy with other builds. Only a hung load reaches it.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task<JsonElement> UntilAsync(HttpClient client, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("/api/admin/etl/status");
            if (done(status)) return status;
            if (DateTime.UtcNow > deadline) Assert.Fail($"no load ended within {Patience}; last status: {status}");
            await Task.Delay(200);
        }
    }

    /// <summary>The status once no load runs in the app and one has finished since it started.</summary>
    public static Task<JsonElement> IdleAsync(HttpClient client) =>
        UntilAsync(client, s => !s.GetProperty("running").GetBoolean() && s.GetProperty("lastLoad").ValueKind == JsonValueKind.Object);
}
