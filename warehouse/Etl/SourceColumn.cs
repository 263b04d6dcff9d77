using DuckDB.NET.Data;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Warehouse.Etl;

/// <summary>A column of an operational table and how its values cross from PostgreSQL's COPY into the appender.</summary>
public sealed record SourceColumn(string Name, string PgType, int? Precision, int? Scale)
{
    /// <summary>Timestamps land as UTC wall time: DuckDB's session time zone is UTC and reports bucket by it.</summary>
    public string DuckType => PgType switch
    {
        "bigint" => "BIGINT",
        "integer" => "INTEGER",
        "smallint" => "SMALLINT",
        "text" or "character varying" => "VARCHAR",
        "boolean" => "BOOLEAN",
        "double precision" => "DOUBLE",
        "date" => "DATE",
        "timestamp with time zone" or "timestamp without time zone" => "TIMESTAMP",
        "numeric" => $"DECIMAL({Precision ?? 18},{Scale ?? 2})",
        _ => throw new NotSupportedException($"column {Name}: PostgreSQL type '{PgType}' has no warehouse mapping yet"),
    };

    internal Action<NpgsqlBinaryExporter, IDuckDBAppenderRow> Copier => PgType switch
    {
        "bigint" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<long>(NpgsqlDbType.Bigint)); },
        "integer" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<int>(NpgsqlDbType.Integer)); },
        "smallint" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<short>(NpgsqlDbType.Smallint)); },
        "text" or "character varying" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<string>(NpgsqlDbType.Text)); },
        "boolean" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<bool>(NpgsqlDbType.Boolean)); },
        "double precision" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<double>(NpgsqlDbType.Double)); },
        "date" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<DateOnly>(NpgsqlDbType.Date)); },
        "timestamp with time zone" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<DateTime>(NpgsqlDbType.TimestampTz)); },
        "timestamp without time zone" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<DateTime>(NpgsqlDbType.Timestamp)); },
        "numeric" => (e, r) => { if (!AppendedNull(e, r)) r.AppendValue(e.Read<decimal>(NpgsqlDbType.Numeric)); },
        _ => throw new NotSupportedException($"column {Name}: PostgreSQL type '{PgType}' has no warehouse mapping yet"),
    };

    /// <summary>Decodes a value and drops it: what reading costs without writing anywhere.</summary>
    internal Action<NpgsqlBinaryExporter> Reader => PgType switch
    {
        "bigint" => e => { if (!SkippedNull(e)) e.Read<long>(NpgsqlDbType.Bigint); },
        "integer" => e => { if (!SkippedNull(e)) e.Read<int>(NpgsqlDbType.Integer); },
        "smallint" => e => { if (!SkippedNull(e)) e.Read<short>(NpgsqlDbType.Smallint); },
        "text" or "character varying" => e => { if (!SkippedNull(e)) e.Read<string>(NpgsqlDbType.Text); },
        "boolean" => e => { if (!SkippedNull(e)) e.Read<bool>(NpgsqlDbType.Boolean); },
        "double precision" => e => { if (!SkippedNull(e)) e.Read<double>(NpgsqlDbType.Double); },
        "date" => e => { if (!SkippedNull(e)) e.Read<DateOnly>(NpgsqlDbType.Date); },
        "timestamp with time zone" => e => { if (!SkippedNull(e)) e.Read<DateTime>(NpgsqlDbType.TimestampTz); },
        "timestamp without time zone" => e => { if (!SkippedNull(e)) e.Read<DateTime>(NpgsqlDbType.Timestamp); },
        "numeric" => e => { if (!SkippedNull(e)) e.Read<decimal>(NpgsqlDbType.Numeric); },
        _ => throw new NotSupportedException($"column {Name}: PostgreSQL type '{PgType}' has no warehouse mapping yet"),
    };

    private static bool SkippedNull(NpgsqlBinaryExporter exporter)
    {
        if (!exporter.IsNull) return false;
        exporter.Skip();
        return true;
    }

    private static bool AppendedNull(NpgsqlBinaryExporter exporter, IDuckDBAppenderRow row)
    {
        if (!exporter.IsNull) return false;
        exporter.Skip();
        row.AppendNullValue();
        return true;
    }
}
