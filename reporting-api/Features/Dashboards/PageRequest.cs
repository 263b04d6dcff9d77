using Crm.Dashboards.Html;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using Crm.ReportingApi.Infrastructure;

namespace Crm.ReportingApi.Features.Dashboards;

/// <summary>
/// What every dashboard request starts from: who asks (the same API-key principal as /api/reports), in which language,
/// on which day, at which address (its non-empty query values, which the page's links keep).
/// </summary>
public sealed record PageRequest(ReportScope Scope, Language Language, PageAddress Address, DateOnly Today, IReadOnlyList<string> Errors)
{
    public const string LanguageCookie = "lang";

    // Query-string names that choose how a page is shown, not what its reports hold.
    private static readonly HashSet<string> Presentation = new(["lang", "sort", "dir"], StringComparer.OrdinalIgnoreCase);

    /// <returns>Null when keys are configured and the request has no known one (401).</returns>
    public static PageRequest? From(HttpContext http, ApiKeyPrincipals principals, TimeProvider clock)
    {
        if (principals.ScopeOf(http.Request) is not { } scope) return null;
        var errors = new List<string>();
        var asked = http.Request.Query["lang"].ToString();
        if (asked.Length > 0 && !LanguageCodes.TryParse(asked, out _)) errors.Add($"'lang' must be hy, en or ru, got '{asked}'");
        else if (asked.Length > 0) RememberLanguage(http, LanguageCodes.Parse(asked));
        var language = LanguageCodes.Choose(asked, http.Request.Cookies[LanguageCookie], http.Request.Headers.AcceptLanguage.ToString());
        var query = http.Request.Query.Where(q => q.Value.ToString().Length > 0)
            .Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString())).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new PageRequest(scope, language, new PageAddress(http.Request.Path.Value ?? "/", query), today, errors);
    }

    /// <summary>The query's report filters (not the language or sorting) for <see cref="ReportArguments.Parse"/>.</summary>
    public Dictionary<string, string?> Filters() =>
        Address.Query.Where(q => !Presentation.Contains(q.Key)).GroupBy(q => q.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (string?)g.Last().Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>A language chosen in the address is the reader's setting from then on: the switch's links set it.</summary>
    private static void RememberLanguage(HttpContext http, Language language) =>
        http.Response.Cookies.Append(LanguageCookie, language.Code(), new CookieOptions
        {
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
}
