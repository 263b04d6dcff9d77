namespace Crm.ReportingApi.Infrastructure;

/// <summary>A setting the service cannot start with; the message names the setting and says what would do.</summary>
public sealed class InvalidSettingException(string setting, string message) : Exception($"{setting}: {message}")
{
    public string Setting { get; } = setting;
}
