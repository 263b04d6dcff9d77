namespace Crm.Warehouse.Tests;

/// <summary>Progress&lt;T&gt; posts to the thread pool; the tests need the callback to run at the step itself.</summary>
internal sealed class SynchronousProgress<T>(Action<T> onReport) : IProgress<T>
{
    public void Report(T value) => onReport(value);
}
