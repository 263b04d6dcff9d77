using DuckDB.NET.Data;

namespace Crm.Warehouse.Tests.Export;

/// <summary>Reads an export back with a DuckDB of its own, the way another engine would: by path, hive-style.</summary>
internal sealed class ParquetReadBack : IDisposable
{
    private readonly DuckDBConnection _conn = new("Data Source=:memory:");

    public ParquetReadBack() => _conn.Open();

    /// <summary>A SELECT over <c>files</c> (the export's files, months as a column), with <c>$glob</c> bound to the pattern.</summary>
    public object? Scalar(string glob, string selectOverFiles)
    {
        using var cmd = _conn.CreateCommand();
        cmd.CommandText = $"with files as (select * from read_parquet($glob, hive_partitioning = true)) {selectOverFiles}";
        cmd.Parameters.Add(new DuckDBParameter("glob", glob));
        return cmd.ExecuteScalar();
    }

    public void Dispose() => _conn.Dispose();
}
