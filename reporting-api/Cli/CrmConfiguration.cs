namespace Crm.ReportingApi.Cli;

/// <summary>
/// One configuration for every subcommand: appsettings.json beside the program, environment variables
/// (ConnectionStrings__Crm, Postgres__DataDirectory, …) and the command line, in rising precedence.
/// </summary>
public static class CrmConfiguration
{
    private static readonly Dictionary<string, string> Switches = new()
    {
        ["--scale"] = "Demo:Scale",
        ["--seed"] = "Demo:Seed",
        ["--data"] = "Postgres:DataDirectory",
        ["--pg-port"] = "Postgres:Port",
        ["--warehouse"] = "Warehouse:Path",
        ["--connection"] = "ConnectionStrings:Crm",
        ["--urls"] = "Urls",
    };

    public static IConfiguration Build(string[] options) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(CommonOptions(options), Switches)
            .Build();

    // Subcommands have arguments of their own (`handover AGENT --spread`, `import customers FILE`); only the
    // common switches and their values reach the configuration, so a lone flag cannot swallow `--connection`.
    private static string[] CommonOptions(string[] options)
    {
        var common = new List<string>();
        for (var i = 0; i < options.Length; i++)
        {
            var name = options[i].Split('=', 2)[0];
            if (!Switches.ContainsKey(name)) continue;
            common.Add(options[i]);
            if (!options[i].Contains('=') && i + 1 < options.Length) common.Add(options[++i]);
        }
        return [.. common];
    }
}
