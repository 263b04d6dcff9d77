using System.Diagnostics;
using System.Security.Cryptography;
using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Quarantine;
using Crm.Ingest.Imports.Reading;
using Crm.Ingest.Imports.References;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using Npgsql;

namespace Crm.Ingest.Imports;

/// <summary>
/// Imports a CSV or XLSX file as one entity. The batch row is written first in its own transaction; every
/// record of the file, its quarantined rows and the final counts then go in ONE transaction, so a failure
/// anywhere leaves nothing of the file (the batch says failed) and a re-run completes.
/// </summary>
public static class FileImporter
{
    private const int ProgressEvery = 5_000;

    public static async Task<ImportSummary> ImportAsync(NpgsqlDataSource db, ImportRequest request,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var entity = ImportEntities.Find(request.Entity)
            ?? throw new ImportRefusedException($"unknown entity \"{request.Entity}\" (one of: {string.Join(", ", ImportEntities.Names)})");
        if (!File.Exists(request.FilePath)) throw new FileNotFoundException($"{request.FilePath} does not exist", request.FilePath);
        var fileName = request.FileName ?? Path.GetFileName(request.FilePath);
        var format = RowSources.FormatOf(fileName, request.Format);
        var defaults = ImportEntities.DefaultsFor(entity, request.Mapping, request.Department);

        using var source = RowSources.Open(request.FilePath, format);
        if (source.Headers.Count == 0) throw new ImportRefusedException("the file is empty: no header row");
        var columns = HeaderMatcher.Match(entity.Fields, source.Headers, request.Mapping, defaults);
        var sha = await Sha256Async(request.FilePath, ct);
        var batchId = await BatchLog.OpenAsync(db, entity.Name, fileName, sha, format.ToString().ToLowerInvariant(),
            request.Mapping == ImportMapping.Empty ? null : request.Mapping.ToJson(), source.Headers, columns.UnknownHeaders, ct);
        var clock = Stopwatch.StartNew();
        try
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var book = new ReferenceBook(conn, tx, request.Mapping.CreateMissing);
            var validator = new RowValidator(entity, columns, request.Mapping, defaults, book);
            var writer = new ChunkWriter(conn, tx, entity);
            var quarantine = new QuarantineWriter(conn, tx, batchId, entity.Name);
            var resolved = new List<long>();
            var errors = new List<RowError>();
            long read = 0, quarantined = 0;
            Func<int, string?> cell = source.Cell;
            while (source.Read())
            {
                ct.ThrowIfCancellationRequested();
                read++;
                var row = validator.Validate(cell);
                if (row.IsValid)
                {
                    ContentKey.Ensure(entity, row);
                    entity.Remember(row);
                    writer.Add(source.RowNumber, row);
                    if (columns.QuarantineIdColumn >= 0 && long.TryParse(source.Cell(columns.QuarantineIdColumn), out var qid))
                        resolved.Add(qid);
                }
                else
                {
                    quarantined++;
                    foreach (var e in row.Errors)
                        if (errors.Count < ImportSummary.ErrorsKept) errors.Add(new RowError(source.RowNumber, e.Column, e.Reason));
                    quarantine.Add(QuarantineEntry.Of(source.RowNumber, source.Headers, cell, source.RawText, row.Errors));
                }
                if (writer.Pending >= request.ChunkSize) await writer.FlushAsync(ct);
                if (quarantine.Pending >= 1_000) await quarantine.FlushAsync(ct);
                if (read % ProgressEvery == 0) progress?.Report(new ImportProgress(read, quarantined, source.BytesRead, source.TotalBytes));
            }
            await writer.FlushAsync(ct);
            await quarantine.FlushAsync(ct);
            await quarantine.ResolveAsync(resolved, ct);
            var c = writer.Counts;
            var summary = new ImportSummary(batchId, entity.Name, fileName, read, c.Inserted, c.Updated,
                read - quarantined - c.Inserted - c.Updated, c.Merged, c.Review, quarantined, columns.UnknownHeaders, errors,
                clock.Elapsed);
            await BatchLog.CompleteAsync(conn, tx, batchId, summary, ct);
            await tx.CommitAsync(ct);
            progress?.Report(new ImportProgress(read, quarantined, source.BytesRead, source.TotalBytes));
            return summary;
        }
        catch (Exception e)
        {
            await BatchLog.FailAsync(db, batchId, e is OperationCanceledException ? "cancelled" : e.Message);
            throw;
        }
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }
}
