using System.Diagnostics;
using System.Text;

namespace Crm.ReportingApi.Tests.Etl;

/// <summary>
/// `dotnet crm.dll …` as a real child process (crm.dll sits beside the tests, which reference it), with its
/// stdout and stderr captured line by line so a test can say where a run was when it was killed.
/// </summary>
public sealed class CrmEtlProcess : IDisposable
{
    /// <summary>The exit code .NET reports for a child that died of SIGKILL (128 + 9).</summary>
    public const int KilledExitCode = 137;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string _lastLine = "";

    private CrmEtlProcess(Process process) => _process = process;

    /// <summary>From the start to the end of <see cref="WaitAsync"/>.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;
    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public string LastLine
    {
        get { lock (_output) return _lastLine; }
    }

    public static CrmEtlProcess Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crm.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        var child = new CrmEtlProcess(new Process { StartInfo = info });
        child._process.OutputDataReceived += (_, e) => child.Append(e.Data, "");
        child._process.ErrorDataReceived += (_, e) => child.Append(e.Data, "stderr: ");
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGKILL on Linux: no handler, no finally block, no flush runs in the child.</summary>
    public void Kill()
    {
        try { _process.Kill(entireProcessTree: false); }
        catch (InvalidOperationException) { } // it had already exited
    }

    /// <summary>Waits for the child to end; a child still running after <paramref name="limit"/> is killed and reported.</summary>
    public async Task<int> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            await _process.WaitForExitAsync();
            throw new TimeoutException($"crm did not end within {limit.TotalSeconds:F0} s:\n{Output}");
        }
        _clock.Stop();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private void Append(string? line, string prefix)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Append(prefix).AppendLine(line);
            _lastLine = prefix + line;
        }
    }

    // Under `dotnet test` the SDK names the host it runs; otherwise the test host is itself dotnet.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
