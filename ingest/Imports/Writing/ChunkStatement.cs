namespace Crm.Ingest.Imports.Writing;

/// <summary>
/// One statement an entity runs per staged chunk. An upsert made by <see cref="UpsertSql.Build"/> carries its
/// probe: a query answering (staged rows whose key exists, staged rows), from which <see cref="ChunkWriter"/>
/// binds the upsert's two flags. Other statements have none.
/// </summary>
public sealed record ChunkStatement(string Sql, string? Probe = null)
{
    public static implicit operator ChunkStatement(string sql) => new(sql);
}
