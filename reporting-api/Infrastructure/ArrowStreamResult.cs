using System.Globalization;
using Crm.Warehouse.Store;
using DuckDB.NET.Data;
using Microsoft.Net.Http.Headers;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>
/// A warehouse query's result as an Arrow IPC stream (application/vnd.apache.arrow.stream), written batch by batch
/// as DuckDB produces them, so a whole table never sits in memory. It owns the connection it reads, opened by the
/// endpoint before the response starts (so refusals can still be problems), and closes it when the stream ends.
/// The schema's metadata says what the stream is and which warehouse version it comes from.
/// </summary>
public sealed class ArrowStreamResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string MediaType = "application/vnd.apache.arrow.stream";

    private readonly DuckDBConnection _conn;
    private readonly Func<DuckDBConnection, DuckDBCommand> _command;
    private readonly string _fileName;
    private readonly IReadOnlyDictionary<string, string> _metadata;

    public ArrowStreamResult(DuckDBConnection conn, Func<DuckDBConnection, DuckDBCommand> command, string fileName,
        IReadOnlyDictionary<string, string> metadata)
    {
        _conn = conn;
        _command = command;
        _fileName = fileName;
        _metadata = metadata;
    }

    public int? StatusCode => StatusCodes.Status200OK;
    public string ContentType => MediaType;

    public async Task ExecuteAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        using var conn = _conn;
        var asOf = WarehouseStore.AsOfUtc(conn);
        using var cmd = _command(conn);
        cmd.UseStreamingMode = true;
        using var batches = cmd.ExecuteArrowStream();

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType;
        http.Response.Headers[HeaderNames.ContentDisposition] =
            new ContentDispositionHeaderValue("attachment") { FileNameStar = _fileName }.ToString();
        if (asOf is { } t) http.Response.Headers["X-Warehouse-As-Of"] = t.ToString("O", CultureInfo.InvariantCulture);

        await ArrowIpc.WriteAsync(http.Response.Body, batches, _metadata, asOf, ct);
    }

}
