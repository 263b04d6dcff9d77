using System.Text;

namespace Crm.Ingest.Imports.Mapping;

/// <summary>Headers compare without case, spaces, underscores, dashes or dots: "Occurred at" = "occurred_at".</summary>
public static class HeaderKey
{
    public static string Of(string header)
    {
        var sb = new StringBuilder(header.Length);
        foreach (var c in header.Trim().TrimStart('\uFEFF'))
            if (!char.IsWhiteSpace(c) && c is not '_' and not '-' and not '.') sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
