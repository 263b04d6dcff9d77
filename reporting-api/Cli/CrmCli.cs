using System.Runtime.InteropServices;
using Crm.Ingest.Postgres;
using Crm.ReportingApi.Infrastructure;
using Crm.Warehouse.Etl;

namespace Crm.ReportingApi.Cli;

/// <summary>`crm SUBCOMMAND [options]`: serve (default), demo, generate, etl, migrate, handover, dedup, import, export, ml.</summary>
public static class CrmCli
{
    public const string Usage = """
        usage: crm [serve|demo|generate|etl|migrate|handover|dedup|import|export|ml|help] [options]
          serve      run the reporting service over the existing data (default)
          demo       generate demo data if the store is empty, load the warehouse, then serve
          generate   fill an empty store with demo data      --scale S|M  --seed N
          etl        load the warehouse from the store now: only what changed since the last load  [--full]
          migrate    apply the schema migrations and exit
          handover   an agent leaves: AGENT --to AGENT | --spread [--date YYYY-MM-DD]  (agent by id, external id or e-mail;
                     the date is a Yerevan day, its start is when ownership changes; default now)
          dedup      find duplicate customers in the whole store: merge the sure ones, list the unsure for review
          dedup reviews   list the open review pairs
          import ENTITY FILE [--mapping FILE.json] [--department CODE] [--format csv|xlsx]
                     import a CSV or XLSX file (customers, leads, contacts, partners, products, price_lists,
                     deals, activities, payments, expenses, departments, agents); bad rows go to the quarantine
          import quarantine list [--batch N] [--entity E] [--status open|resolved|discarded]
          import quarantine export --batch N --out FILE.csv     the open rows, to correct and import again
          import quarantine discard ID
          export parquet --out DIR   write the warehouse's star (dim_*, fct_* by month, mart_*) as Parquet
                     files for Spark, Trino or pandas, with DIR/_manifest.json; replaces only an earlier export
          ml status  the live churn model: version, trainer, training data range, validation metrics
          ml evaluate  train the churn learners on the current warehouse without publishing (ROC AUC, PR AUC, Brier,
                     trainer; the live model on the same rows) and cross-sell hit rate@5 against the popularity baseline
        options (also settable in appsettings.json or as environment variables, e.g. ConnectionStrings__Crm):
          --connection "Host=…"   use this PostgreSQL server instead of starting our own
          --data DIR              our own cluster's data folder (default data/postgres)
          --pg-port N             our own cluster's port (default: a free one)
          --warehouse FILE        the DuckDB warehouse file (default data/warehouse/crm.duckdb)
          --urls URL              where to serve (default http://127.0.0.1:5080)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        // `crm --urls ...` serves with options; `crm --help` asks for help, not a server.
        var command = args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h") ? args[0] : "serve";
        var options = args.Length > 0 && args[0] == command ? args[1..] : args;
        var config = CrmConfiguration.Build(options);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        // A service manager stops us with SIGTERM: shut down the same way, so our own PostgreSQL stops too.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancel.Cancel();
        });
        try
        {
            return command switch
            {
                "serve" => await ServeCommand.RunAsync(config, options, generateIfEmpty: false, cancel.Token),
                "demo" => await ServeCommand.RunAsync(config, options, generateIfEmpty: true, cancel.Token),
                "generate" => await GenerateCommand.RunAsync(config, cancel.Token),
                "etl" => await EtlCommand.RunAsync(config, options, cancel.Token),
                "migrate" => await MigrateCommand.RunAsync(config, cancel.Token),
                "handover" => await HandoverCommand.RunAsync(config, options, cancel.Token),
                "dedup" => await DedupCommand.RunAsync(config, options, cancel.Token),
                "import" => await ImportCommand.RunAsync(config, options, cancel.Token),
                "export" => await ExportCommand.RunAsync(config, options, cancel.Token),
                "ml" => await MlCommand.RunAsync(config, options, cancel.Token),
                "help" or "--help" or "-h" => Help(0),
                _ => Help(64, $"unknown subcommand '{command}'"),
            };
        }
        catch (PostgresUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"crm: {e.Message}");
            return 69;
        }
        catch (InvalidSettingException e)
        {
            await Console.Error.WriteLineAsync($"crm: {e.Message}");
            return 78; // EX_CONFIG
        }
        catch (Npgsql.NpgsqlException e) when (e.InnerException is System.Net.Sockets.SocketException or TimeoutException)
        {
            // A configured server that is down or unreachable: say so instead of a stack trace.
            await Console.Error.WriteLineAsync($"crm: PostgreSQL cannot be reached: {e.Message}");
            return 69;
        }
        catch (EtlFailedException e)
        {
            await Console.Error.WriteLineAsync($"crm: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("crm: cancelled");
            return 130;
        }
    }

    private static int Help(int exitCode, string? error = null)
    {
        if (error is not null) Console.Error.WriteLine($"crm: {error}");
        (exitCode == 0 ? Console.Out : Console.Error).WriteLine(Usage);
        return exitCode;
    }
}
