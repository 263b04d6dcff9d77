namespace Crm.Ingest.Dedup;

/// <summary>A tax id as compared: its digits only (clerks add spaces and dashes), null when there are none.</summary>
public static class TaxIdKey
{
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }
}
