using System.Diagnostics;

namespace Crm.Ingest.Postgres;

/// <summary>Runs the server programs, as the `postgres` system user when we are root (initdb refuses root).</summary>
internal static class ProcessRunner
{
    public const string ServiceUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs a server program: as the service user when we are root.</summary>
    public static string Run(string program, params string[] args) => Run(program, args, asServiceUser: true);

    private static string Run(string program, string[] args, bool asServiceUser)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServiceUser && IsRoot)
        {
            psi.FileName = "runuser";
            foreach (var a in new[] { "-u", ServiceUser, "--", program }) psi.ArgumentList.Add(a);
        }
        else
        {
            psi.FileName = program;
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        // The server inherits our environment; a stray PGDATA or locale must not leak into it.
        psi.Environment.Remove("PGDATA");
        psi.Environment["LC_ALL"] = "C.UTF-8";

        using var process = Process.Start(psi) ?? throw new PostgresUnavailableException($"could not start {program}");
        // pg_ctl start leaves the server holding our stdout open: read asynchronously, stop at exit.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new PostgresUnavailableException($"{Path.GetFileName(program)} did not finish within 2 minutes");
        }
        var output = (stdout.Wait(TimeSpan.FromSeconds(2)) ? stdout.Result : "") +
                     (stderr.Wait(TimeSpan.FromSeconds(2)) ? stderr.Result : "");
        if (process.ExitCode != 0)
            throw new PostgresUnavailableException(
                $"{Path.GetFileName(program)} {string.Join(' ', args)} failed with exit code {process.ExitCode}: {output.Trim()}");
        return output;
    }

    /// <summary>Gives the data folder to the service user, and lets it walk down to it.</summary>
    public static void HandOver(string directory)
    {
        if (!IsRoot || OperatingSystem.IsWindows()) return;
        Run("chown", ["-R", $"{ServiceUser}:{ServiceUser}", directory], asServiceUser: false);
        for (var dir = Path.GetDirectoryName(directory); !string.IsNullOrEmpty(dir) && dir != "/"; dir = Path.GetDirectoryName(dir))
        {
            var mode = File.GetUnixFileMode(dir);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
                File.SetUnixFileMode(dir, mode | UnixFileMode.OtherExecute);
        }
    }
}
