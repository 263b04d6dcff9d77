using Microsoft.Extensions.Configuration;

namespace Crm.ReportingApi.Tests;

/// <summary>The app's settings in tests.</summary>
public static class TestSettings
{
    /// <summary>
    /// No nightly load (appsettings.json schedules one at 02:00 Yerevan), so a test run at that hour does not reload a
    /// fixture's warehouse under its tests; <paramref name="settings"/> override it.
    /// </summary>
    public static IConfiguration Build(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Etl:Schedule"] = "" };
        foreach (var (key, value) in settings) values[key] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
