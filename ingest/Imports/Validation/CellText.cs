namespace Crm.Ingest.Imports.Validation;

/// <summary>Checks every non-empty cell gets before its type is looked at.</summary>
public static class CellText
{
    /// <summary>
    /// A spreadsheet would run it: `=`, `@`, a leading tab or carriage return, or `+`/`-` followed by a letter
    /// (so `+374 91 234567` and `-5` are not formulas).
    /// </summary>
    public static bool LooksLikeFormula(string cell)
    {
        if (cell.Length == 0) return false;
        var c = cell[0];
        if (c is '=' or '@' or '\t' or '\r') return true;
        if (c is '+' or '-')
        {
            var rest = cell.AsSpan(1).TrimStart();
            return rest.Length > 0 && char.IsLetter(rest[0]);
        }
        return false;
    }

    public static bool HasBrokenEncoding(string cell) => cell.Contains('\uFFFD');

    /// <summary>Control characters other than line breaks and tabs inside the text.</summary>
    public static bool HasControlCharacters(string cell)
    {
        foreach (var c in cell)
            if ((c < ' ' && c is not '\n' and not '\r' and not '\t') || c == '\u007F') return true;
        return false;
    }

    public static string Quote(string value) =>
        "\"" + (value.Length > 40 ? value[..40] + "…" : value) + "\"";
}
