using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Crm.Ingest.Imports.Validation;

namespace Crm.Ingest.Imports.Quarantine;

/// <summary>A row that could not be imported, whole: its cells by header, its text as in the file, and why.</summary>
public sealed record QuarantineEntry(long RowNumber, string RawJson, string RawText, string ErrorsJson, string RawSha256)
{
    public static QuarantineEntry Of(long rowNumber, IReadOnlyList<string> headers, Func<int, string?> cell, string rawText,
        IReadOnlyList<CellError> errors)
    {
        var raw = new Dictionary<string, string?>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = string.IsNullOrWhiteSpace(headers[i]) ? $"_column{i + 1}" : Clean(headers[i]);
            raw[header] = cell(i) is { } v ? Clean(v) : null;
        }
        var text = Clean(rawText);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var errorsJson = JsonSerializer.Serialize(errors.Select(e => new { column = Clean(e.Column), reason = Clean(e.Reason) }));
        return new QuarantineEntry(rowNumber, JsonSerializer.Serialize(raw), text, errorsJson, sha);
    }

    // PostgreSQL text cannot hold NUL; the row is kept with U+FFFD in its place.
    private static string Clean(string s) => s.Contains('\0') ? s.Replace('\0', '\uFFFD') : s;
}
