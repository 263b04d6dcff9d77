namespace Crm.ReportingApi.Jobs;

/// <summary>
/// Points Quartz's logging at this host through <see cref="QuartzLogForwarder"/>, after the scheduler has started
/// (Quartz points it at the host's own factory while it creates the scheduler), until the host is disposed.
/// Registered after Quartz's hosted service, so it starts after it.
/// </summary>
internal sealed class QuartzLogAttachment(ILoggerFactory host) : IHostedService, IDisposable
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        QuartzLogForwarder.Instance.Attach(host);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => QuartzLogForwarder.Instance.Detach(host);
}
