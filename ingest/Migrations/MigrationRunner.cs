using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Crm.Ingest.Migrations;

/// <summary>
/// Applies the embedded migrations in version order, each in its own transaction, recording them in
/// schema_version. Safe to run at every start and from several processes at once (advisory lock).
/// </summary>
public static partial class MigrationRunner
{
    private const long LockKey = 0x43524D_4D494752; // "CRM" "MIGR"

    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <returns>The versions applied by this call (empty when the schema was already current).</returns>
    public static async Task<IReadOnlyList<int>> ApplyAsync(string connectionString, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await Exec(conn, "select pg_advisory_lock($1)", ct, LockKey);
        try
        {
            await Exec(conn, """
                create table if not exists schema_version (
                    version     int primary key,
                    name        text not null,
                    checksum    text not null,
                    applied_at  timestamptz not null default now())
                """, ct);
            var applied = new Dictionary<int, string>();
            await using (var cmd = new NpgsqlCommand("select version, checksum from schema_version", conn))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) applied[reader.GetInt32(0)] = reader.GetString(1);

            var done = new List<int>();
            foreach (var m in All)
            {
                if (applied.TryGetValue(m.Version, out var checksum))
                {
                    if (checksum != m.Checksum)
                        throw new InvalidOperationException(
                            $"migration V{m.Version:000} ({m.Name}) was changed after it was applied; add a new migration instead");
                    continue;
                }
                await using var tx = await conn.BeginTransactionAsync(ct);
                await using (var cmd = new NpgsqlCommand(m.Sql, conn, tx)) await cmd.ExecuteNonQueryAsync(ct);
                await using (var rec = new NpgsqlCommand(
                    "insert into schema_version (version, name, checksum) values ($1, $2, $3)", conn, tx))
                {
                    rec.Parameters.AddWithValue(m.Version);
                    rec.Parameters.AddWithValue(m.Name);
                    rec.Parameters.AddWithValue(m.Checksum);
                    await rec.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                done.Add(m.Version);
            }
            return done;
        }
        finally
        {
            await Exec(conn, "select pg_advisory_unlock($1)", CancellationToken.None, LockKey);
        }
    }

    private static async Task Exec(NpgsqlConnection conn, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static List<Migration> Load()
    {
        var asm = Assembly.GetExecutingAssembly();
        var list = new List<Migration>();
        foreach (var resource in asm.GetManifestResourceNames())
        {
            var match = FileName().Match(resource);
            if (!match.Success) continue;
            using var stream = asm.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var sql = reader.ReadToEnd();
            var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
            list.Add(new Migration(int.Parse(match.Groups[1].Value), match.Groups[2].Value, sql, checksum));
        }
        var versions = list.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (versions is not null) throw new InvalidOperationException($"two migrations share version {versions.Key}");
        return list.OrderBy(m => m.Version).ToList();
    }

    [GeneratedRegex(@"^migrations/V(\d+)__(\w+)\.sql$")]
    private static partial Regex FileName();
}
