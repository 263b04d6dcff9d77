namespace Crm.Testing;

/// <summary>
/// The reference data kept outside the project (../shared beside the checkout, or CRM_SHARED_PATH),
/// found by walking up from the test binaries.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = Locate();

    /// <summary>A file under shared/, or null when the folder is absent (callers fall back as the app does).</summary>
    public static string? Path(params string[] parts) =>
        Root is null ? null : System.IO.Path.Combine([Root, .. parts]);

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("CRM_SHARED_PATH");
        if (!string.IsNullOrEmpty(configured)) return Directory.Exists(configured) ? configured : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "datasets"))) return candidate;
        }
        return null;
    }
}
