using System.Text.RegularExpressions;

namespace Crm.Dashboards.Maps;

/// <summary>
/// The warehouse's region key for a name: lower case, runs of anything but letters and digits as one '-'. The same
/// rule as stg_customers' region_key, so a boundary named like the warehouse's region gets the same key.
/// </summary>
public static partial class RegionSlug
{
    public static string Of(string name) => NotLetterOrDigit().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLetterOrDigit();
}
