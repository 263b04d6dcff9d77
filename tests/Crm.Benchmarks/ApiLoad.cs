using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Crm.ReportingApi;
using Crm.Warehouse.Store;
using Microsoft.Extensions.Configuration;

namespace Crm.Benchmarks;

/// <summary>
/// The service's throughput on a cached report: the real host on loopback, loaded by wrk (the load tool; install
/// it with `apt-get install wrk`), both on this machine's cores as a small deployment would run them.
/// </summary>
public static partial class ApiLoad
{
    public const string Url = "/api/reports/funnel";

    public static async Task<double> CachedRequestsPerSecondAsync(WarehouseStore store, string connectionString)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Etl:Schedule"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        var app = CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], settings, store, connectionString);
        await app.StartAsync();
        try
        {
            var url = app.Urls.First() + Url;
            using (var client = new HttpClient()) (await client.GetAsync(url)).EnsureSuccessStatusCode(); // fills the cache
            var output = Wrk(url);
            var match = RequestsPerSecond().Match(output);
            if (!match.Success) throw new InvalidOperationException($"wrk printed no Requests/sec:\n{output}");
            Console.Error.WriteLine(output);
            return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static string Wrk(string url)
    {
        var psi = new ProcessStartInfo("wrk", ["-t2", "-c32", "-d10s", url]) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var process = Process.Start(psi)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("the API load needs wrk, which is not installed: apt-get install wrk");
        }
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
