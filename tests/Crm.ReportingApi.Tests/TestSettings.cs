using Microsoft.Extensions.Configuration;

namespace Crm.ReportingApi.Tests;

/// <summary>The app's settings in tests.</summary>
public static class TestSettings
{
    /// <summary>
    /// No nightly load (appsettings.json schedules one at 02:00 Yerevan), so a test run at that hour does not reload a
    /// fixture's warehouse under its tests, and no models trained by the loads the tests make (they take seconds and
    /// are tested where they are asked for); <paramref name="settings"/> override both.
    /// </summary>
    public static IConfiguration Build(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Etl:Schedule"] = "", ["Ml:Enabled"] = "false" };
        foreach (var (key, value) in settings) values[key] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
