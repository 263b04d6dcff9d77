namespace Crm.Ingest.Dedup;

/// <summary>An e-mail address as compared: trimmed and lower-cased; text that is not an address gives null.</summary>
public static class EmailKey
{
    private static readonly HashSet<string> RoleMailboxes =
    [
        "info", "office", "sales", "contact", "contacts", "admin", "mail", "support", "hello", "team", "reception",
        "accounting", "hr", "marketing", "orders", "order", "billing", "service", "post", "secretary",
    ];

    /// <summary>
    /// info@, office@, sales@…: a firm's shared mailbox, written on the records of every branch and of
    /// look-alike firms' clerks' guesses, so equal ones identify less than a person's own address.
    /// </summary>
    public static bool IsRoleMailbox(string key) => RoleMailboxes.Contains(key[..Math.Max(0, key.IndexOf('@'))]);

    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var e = text.Trim().ToLowerInvariant();
        if (e.StartsWith("mailto:")) e = e["mailto:".Length..];
        var at = e.IndexOf('@');
        if (at <= 0 || at != e.LastIndexOf('@') || at == e.Length - 1) return null;
        var domain = e[(at + 1)..];
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..")) return null;
        return e.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>' or '(' or ')') ? null : e;
    }
}
