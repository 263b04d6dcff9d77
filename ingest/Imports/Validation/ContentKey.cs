using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Crm.Ingest.Imports.Validation;

/// <summary>
/// A row without an external id gets one from its content (entity and normalised values), so importing the
/// same file again finds the same records. Identical rows within a file therefore become one record.
/// </summary>
public static class ContentKey
{
    public static void Ensure(ImportEntity entity, RowValues row)
    {
        var key = entity.IndexOf(entity.KeyField);
        if (row.Values[key] is not null) return;
        var sb = new StringBuilder(entity.Name);
        for (var i = 0; i < row.Values.Length; i++)
        {
            if (i == key) continue;
            sb.Append('\u001f').Append(Format(row.Values[i]));
        }
        row.Values[key] = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
