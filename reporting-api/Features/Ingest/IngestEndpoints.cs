using System.Globalization;
using System.Text.Json;
using Crm.Ingest.Imports;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Crm.ReportingApi.Features.Ingest;

/// <summary>
/// JSON ingest of single leads and activities through the importer's validators: 400 names every bad field,
/// 201 for a new record, 200 when the same external id was seen before (updated or unchanged).
/// </summary>
public static class IngestEndpoints
{
    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ingest/leads", (JsonElement body, NpgsqlDataSource db, CancellationToken ct) =>
            IngestAsync("customers", body, db, new Dictionary<string, string> { ["lifecycle"] = "lead" }, ct)).WithName("IngestLead");
        app.MapPost("/api/ingest/activities", (JsonElement body, NpgsqlDataSource db, CancellationToken ct) =>
            IngestAsync("activities", body, db, null, ct)).WithName("IngestActivity");
        return app;
    }

    private static async Task<Results<Created<IngestResponse>, Ok<IngestResponse>, ValidationProblem>> IngestAsync(
        string entity, JsonElement body, NpgsqlDataSource db, Dictionary<string, string>? defaults, CancellationToken ct)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["the body must be a JSON object"] });
        var fields = new List<KeyValuePair<string, string?>>();
        var shapeErrors = new Dictionary<string, string[]>();
        foreach (var p in body.EnumerateObject())
        {
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.String: fields.Add(new(p.Name, p.Value.GetString())); break;
                case JsonValueKind.Number: fields.Add(new(p.Name, p.Value.GetRawText())); break;
                case JsonValueKind.True or JsonValueKind.False: fields.Add(new(p.Name, p.Value.GetBoolean() ? "true" : "false")); break;
                case JsonValueKind.Null: fields.Add(new(p.Name, null)); break;
                default: shapeErrors[p.Name] = ["must be a string, number or boolean"]; break;
            }
        }
        if (shapeErrors.Count > 0) return TypedResults.ValidationProblem(shapeErrors);
        var result = await RecordIngest.IngestAsync(db, entity, fields, defaults, ct);
        if (!result.IsValid) return TypedResults.ValidationProblem(result.Errors);
        var response = new IngestResponse(result.Id!.Value, result.Outcome, result.Dedup);
        return result.Created
            ? TypedResults.Created($"/api/ingest/{entity}/{result.Id.Value.ToString(CultureInfo.InvariantCulture)}", response)
            : TypedResults.Ok(response);
    }
}
