using Crm.Dashboards.Reports;

namespace Crm.ReportingApi.Infrastructure;

/// <summary>
/// Who a report request speaks for, until sign-in arrives: the X-Api-Key header looked up in the configured
/// <c>ApiKeys</c> (each a role, and the agent or department it stands for). With no keys configured the service
/// runs open, as management (the demo); once any key is configured a request without a known one is refused.
/// </summary>
public sealed class ApiKeyPrincipals
{
    public const string Header = "X-Api-Key";

    private readonly Dictionary<string, ReportScope> _scopes = new(StringComparer.Ordinal);

    /// <exception cref="InvalidSettingException">A configured key has no valid role, or a role without its agent or department.</exception>
    public ApiKeyPrincipals(IConfiguration config)
    {
        foreach (var entry in config.GetSection("ApiKeys").GetChildren())
        {
            var key = entry["Key"];
            var role = entry["Role"];
            if (string.IsNullOrWhiteSpace(key) || key.Length < 16)
                throw new InvalidSettingException($"ApiKeys:{entry.Key}:Key", "must be at least 16 characters");
            if (!Enum.TryParse<ReportRole>(role, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                throw new InvalidSettingException($"ApiKeys:{entry.Key}:Role", $"must be one of {string.Join(", ", Enum.GetNames<ReportRole>())}, got '{role}'");
            _scopes[key] = parsed switch
            {
                ReportRole.Agent => ReportScope.Agent(Id(entry, "AgentId")),
                ReportRole.DepartmentHead => ReportScope.Department(Id(entry, "DepartmentId")),
                ReportRole.Marketer => ReportScope.Marketing,
                _ => ReportScope.All,
            };
        }
    }

    public bool Open => _scopes.Count == 0;

    /// <summary>The scope of the request's key; null when keys are required and this one is missing or unknown.</summary>
    public ReportScope? ScopeOf(HttpRequest request)
    {
        if (Open) return ReportScope.All;
        var key = request.Headers[Header].ToString();
        return key.Length > 0 && _scopes.TryGetValue(key, out var scope) ? scope : null;
    }

    private static long Id(IConfigurationSection entry, string name) =>
        long.TryParse(entry[name], out var id) && id > 0
            ? id
            : throw new InvalidSettingException($"ApiKeys:{entry.Key}:{name}", $"must be the id of the {(name == "AgentId" ? "agent" : "department")} this key stands for");
}
