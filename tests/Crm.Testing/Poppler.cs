using System.Diagnostics;

namespace Crm.Testing;

/// <summary>
/// Runs Debian's poppler-utils on a PDF. These are independent readers of the file: if they extract the text,
/// a human's PDF viewer will too. A missing tool fails the test, it never skips it.
/// </summary>
public static class Poppler
{
    public static string Run(string tool, params string[] arguments)
    {
        ProcessStartInfo start = new(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{tool}' is not installed; these PDF checks need it. Install it with: apt-get install -y poppler-utils", e);
        }

        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} did not finish within 60 s.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
    }

    /// <summary>The PDF's text as pdftotext extracts it, with no-break spaces read as spaces.</summary>
    public static string Text(string pdfPath, params string[] options) =>
        Normalize(Run("pdftotext", [.. options, pdfPath, "-"]));

    /// <summary>No-break spaces are how amounts are grouped; text extraction may return them either way.</summary>
    public static string Normalize(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
