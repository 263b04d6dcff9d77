using System.Globalization;
using Crm.Warehouse.Store;
using DuckDB.NET.Data;

namespace Crm.Warehouse.Tests.Models;

/// <summary>Short ways to ask a loaded warehouse a question; values are passed as positional parameters (?).</summary>
internal static class StarQuery
{
    public static T Scalar<T>(WarehouseStore store, string sql, params object[] args)
    {
        using var duck = store.OpenRead();
        using var cmd = Command(duck, sql, args);
        var value = cmd.ExecuteScalar();
        if (value is null or DBNull) return default!;
        return value is T typed ? typed : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    public static List<object?[]> Rows(WarehouseStore store, string sql, params object[] args)
    {
        using var duck = store.OpenRead();
        using var cmd = Command(duck, sql, args);
        using var reader = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static DuckDBCommand Command(DuckDBConnection duck, string sql, object[] args)
    {
        var cmd = duck.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args) cmd.Parameters.Add(new DuckDBParameter(a));
        return cmd;
    }
}
