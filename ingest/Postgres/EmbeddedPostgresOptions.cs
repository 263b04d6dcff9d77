namespace Crm.Ingest.Postgres;

public sealed record EmbeddedPostgresOptions
{
    /// <summary>Where the cluster lives; reused on the next start.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>0 picks a free loopback port at every start.</summary>
    public int Port { get; init; }

    public string Database { get; init; } = "crm";

    public string? BinDirectory { get; init; }

    /// <summary>
    /// Turns off fsync and friends: a throw-away test cluster starts in well under a second.
    /// Never for the application's own data.
    /// </summary>
    public bool Throwaway { get; init; }
}
