using System.Data;
using Npgsql;

namespace Crm.Warehouse.Etl;

/// <summary>
/// One moment of the source: a read-only repeatable-read transaction that every copy and every source-side check
/// reads in, exported so a second connection can run the reconciliation queries in the same moment alongside the copy.
/// </summary>
internal sealed class SourceSnapshot : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _snapshotId;

    private SourceSnapshot(string connectionString, NpgsqlConnection connection, NpgsqlTransaction transaction,
        string snapshotId, DateTime takenAtUtc, DateTime changesThroughUtc)
    {
        _connectionString = connectionString;
        Connection = connection;
        Transaction = transaction;
        _snapshotId = snapshotId;
        TakenAtUtc = takenAtUtc;
        ChangesThroughUtc = changesThroughUtc;
    }

    public NpgsqlConnection Connection { get; }
    private NpgsqlTransaction Transaction { get; }
    public DateTime TakenAtUtc { get; }

    /// <summary>
    /// Every row with updated_at before this is in the snapshot. It is the snapshot's time, or earlier when a
    /// transaction was still open then: its rows carry its start time and become visible only later, so the next
    /// load must ask again from there.
    /// </summary>
    public DateTime ChangesThroughUtc { get; }

    public static async Task<SourceSnapshot> OpenAsync(string connectionString, CancellationToken ct)
    {
        var conn = new NpgsqlConnection(connectionString);
        try
        {
            await conn.OpenAsync(ct);
            var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            await using var cmd = new NpgsqlCommand("""
                select pg_export_snapshot(), now(),
                       least(now(), (select min(xact_start) from pg_stat_activity
                                     where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null))
                """, conn, tx);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var snapshot = new SourceSnapshot(connectionString, conn, tx, reader.GetString(0),
                reader.GetFieldValue<DateTime>(1).ToUniversalTime(), reader.GetFieldValue<DateTime>(2).ToUniversalTime());
            return snapshot;
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
    }

    /// <summary>Another connection reading the same moment.</summary>
    public async Task<NpgsqlConnection> OpenSiblingAsync(CancellationToken ct)
    {
        var conn = new NpgsqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            $"begin isolation level repeatable read read only; set transaction snapshot '{_snapshotId}'", conn);
        await cmd.ExecuteNonQueryAsync(ct);
        return conn;
    }

    public async ValueTask DisposeAsync()
    {
        try { await Transaction.RollbackAsync(); } catch (NpgsqlException) { /* the connection is gone; nothing to undo */ }
        await Connection.DisposeAsync();
    }
}
