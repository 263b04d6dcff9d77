using Quartz.Logging;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;
using QuartzLogLevel = Quartz.Logging.LogLevel;

namespace Crm.ReportingApi.Jobs;

/// <summary>
/// Quartz logs through one process-wide provider, which its DI integration points at the logger factory of the host
/// that created a scheduler last. Once that host is disposed, every other host's scheduler fails to fire a job
/// (ObjectDisposedException from the disposed factory): a process with several hosts — the tests — breaks.
/// This provider lives as long as the process and writes to the newest host still alive.
/// </summary>
internal sealed class QuartzLogForwarder : ILogProvider
{
    public static QuartzLogForwarder Instance { get; } = new();

    private readonly Lock _lock = new();
    private readonly List<ILoggerFactory> _hosts = [];

    private QuartzLogForwarder() { }

    /// <summary>Makes this the provider Quartz logs through, writing to <paramref name="host"/>'s logs until it is detached.</summary>
    public void Attach(ILoggerFactory host)
    {
        lock (_lock) _hosts.Add(host);
        LogProvider.SetCurrentLogProvider(this);
    }

    public void Detach(ILoggerFactory host)
    {
        lock (_lock) _hosts.Remove(host);
    }

    public Logger GetLogger(string name) => (level, message, exception, parameters) =>
    {
        ILoggerFactory? host;
        lock (_lock) host = _hosts.LastOrDefault();
        if (host is null) return false;
        try
        {
            var logger = host.CreateLogger(name);
            var msLevel = Translate(level);
            if (message is null) return logger.IsEnabled(msLevel);
#pragma warning disable CA2254 // Quartz hands over its own message templates
            logger.Log(msLevel, exception, message(), parameters);
#pragma warning restore CA2254
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false; // the host was disposed between our choosing it and writing to it
        }
    };

    public IDisposable? OpenNestedContext(string message) => null;

    public IDisposable? OpenMappedContext(string key, object value, bool destructure = false) => null;

    private static MsLogLevel Translate(QuartzLogLevel level) => level switch
    {
        QuartzLogLevel.Trace => MsLogLevel.Trace,
        QuartzLogLevel.Debug => MsLogLevel.Debug,
        QuartzLogLevel.Info => MsLogLevel.Information,
        QuartzLogLevel.Warn => MsLogLevel.Warning,
        QuartzLogLevel.Error => MsLogLevel.Error,
        _ => MsLogLevel.Critical,
    };
}
