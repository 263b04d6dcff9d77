using Crm.Ml.Sql;
using Crm.Ml.Training;
using DuckDB.NET.Data;

namespace Crm.Ml.Churn;

/// <summary>
/// The churn features of every buying, not lost customer at one as-of moment, read from the warehouse star with
/// churn_features.sql (facts before the moment only), with the label of the horizon after it.
/// </summary>
public static class ChurnFeatureQuery
{
    private static readonly Lazy<string> Sql = new(() => MlSql.Load("churn_features"));

    public static FeatureTable Read(DuckDBConnection duck, DateTime asOfUtc, int horizonDays, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        using var cmd = duck.CreateCommand();
        cmd.CommandText = Sql.Value;
        cmd.Parameters.Add(new DuckDBParameter("as_of", DateTime.SpecifyKind(asOfUtc, DateTimeKind.Unspecified)));
        cmd.Parameters.Add(new DuckDBParameter("horizon_days", horizonDays));
        using var reader = cmd.ExecuteReader();
        var names = Enumerable.Range(1, reader.FieldCount - 2).Select(reader.GetName).ToList();
        var rows = new List<FeatureRow>();
        while (reader.Read())
        {
            var values = new float[names.Count];
            for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i + 1) ? float.NaN : reader.GetFloat(i + 1);
            rows.Add(new FeatureRow(reader.GetInt64(0), values, reader.GetBoolean(reader.FieldCount - 1), asOfUtc));
        }
        return new FeatureTable(names, rows);
    }
}
