namespace Crm.ReportingApi.Cli;

/// <summary>Progress&lt;T&gt; posts to the thread pool, which would print lines out of order and after the summary.</summary>
internal sealed class SynchronousProgress<T>(Action<T> onReport) : IProgress<T>
{
    public void Report(T value) => onReport(value);
}
