namespace Crm.Ingest.Postgres;

/// <summary>The embedded cluster cannot be started; the message says what to install or configure.</summary>
public sealed class PostgresUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
