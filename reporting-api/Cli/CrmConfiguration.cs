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
            .AddCommandLine(options, Switches)
            .Build();
}
