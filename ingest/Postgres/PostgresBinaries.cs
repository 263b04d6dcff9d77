namespace Crm.Ingest.Postgres;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) the embedded cluster is started with.</summary>
public sealed record PostgresBinaries(string Directory)
{
    public string InitDb => Path.Combine(Directory, "initdb");
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them, e.g. on Debian/Ubuntu: " +
        "`apt-get install -y postgresql`, or set Postgres:BinDirectory, " +
        "or set ConnectionStrings:Crm to use an existing server.";

    /// <summary>The configured folder, else the newest /usr/lib/postgresql/N/bin, else the folder of initdb on PATH.</summary>
    public static PostgresBinaries Locate(string? configured = null)
    {
        foreach (var candidate in Candidates(configured))
        {
            if (File.Exists(Path.Combine(candidate, "initdb")) && File.Exists(Path.Combine(candidate, "pg_ctl")))
                return new PostgresBinaries(candidate);
        }
        throw new PostgresUnavailableException(InstallHint);
    }

    private static IEnumerable<string> Candidates(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            yield return configured;
            yield break;
        }
        const string debianRoot = "/usr/lib/postgresql";
        if (System.IO.Directory.Exists(debianRoot))
        {
            var versions = System.IO.Directory.GetDirectories(debianRoot)
                .Select(d => (dir: d, version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .Where(x => x.version > 0)
                .OrderByDescending(x => x.version);
            foreach (var (dir, _) in versions)
                yield return Path.Combine(dir, "bin");
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            yield return dir;
    }
}
