using System.Text.Json;
using Crm.Ingest.Imports;
using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Quarantine;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Crm.ReportingApi.Features.Imports;

/// <summary>File imports over HTTP: upload (multipart), the batch, and its quarantine as JSON or CSV.</summary>
public static class ImportEndpoints
{
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/imports/{entity}", Upload).WithName("ImportFile").DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes));
        app.MapGet("/api/imports/batches/{id:long}", GetBatch).WithName("ImportBatch");
        app.MapGet("/api/imports/quarantine", ListQuarantine).WithName("ImportQuarantine");
        app.MapGet("/api/imports/quarantine.csv", ExportQuarantine).WithName("ImportQuarantineCsv");
        return app;
    }

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> Upload(
        string entity, HttpRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        if (ImportEntities.Find(entity) is null)
            return TypedResults.Problem($"unknown entity '{entity}' (one of: {string.Join(", ", ImportEntities.Names)})",
                statusCode: StatusCodes.Status404NotFound, title: "Unknown import entity");
        if (!request.HasFormContentType)
            return Refused("send multipart/form-data with a `file` part");
        var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxUploadBytes }, ct);
        if (form.Files.GetFile("file") is not { } file) return Refused("the `file` part is missing");
        var temp = Path.Combine(Path.GetTempPath(), $"crm-upload-{Guid.NewGuid():N}{Path.GetExtension(file.FileName)}");
        try
        {
            var mapping = ImportMapping.Empty;
            if (form.Files.GetFile("mapping") is { } mappingFile)
            {
                using var reader = new StreamReader(mappingFile.OpenReadStream());
                mapping = ImportMapping.Parse(await reader.ReadToEndAsync(ct));
            }
            else if (form["mapping"] is { Count: > 0 } mappingText && !string.IsNullOrWhiteSpace(mappingText))
                mapping = ImportMapping.Parse(mappingText.ToString());
            await using (var target = File.Create(temp)) await file.CopyToAsync(target, ct);
            var department = form["department"].ToString();
            var summary = await FileImporter.ImportAsync(db, new ImportRequest(entity, temp, file.FileName)
            {
                Mapping = mapping,
                Department = string.IsNullOrWhiteSpace(department) ? null : department,
            }, null, ct);
            return TypedResults.Ok(summary);
        }
        catch (ImportRefusedException e)
        {
            return Refused(e.Message);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetBatch(long id, NpgsqlDataSource db, CancellationToken ct) =>
        await QuarantineStore.BatchJsonAsync(db, id, ct) is { } json
            ? TypedResults.Text(json, "application/json")
            : TypedResults.NotFound();

    private static async Task<Ok<IEnumerable<QuarantineItem>>> ListQuarantine(
        NpgsqlDataSource db, long? batch, string? entity, string? status, CancellationToken ct)
    {
        var rows = await QuarantineStore.ListAsync(db, batch, entity, status, 1_000, ct);
        return TypedResults.Ok(rows.Select(QuarantineItem.From));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportQuarantine(
        NpgsqlDataSource db, long? batch, CancellationToken ct)
    {
        if (batch is null) return Refused("give ?batch=N");
        try
        {
            using var buffer = new MemoryStream();
            await QuarantineStore.ExportCsvAsync(db, batch.Value, buffer, ct);
            return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", $"quarantine-{batch}.csv");
        }
        catch (KeyNotFoundException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
        }
    }

    private static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The file was refused");
}
