using NpgsqlTypes;

namespace Crm.Ingest.Imports;

/// <summary>A column of the per-file staging table valid rows are copied into.</summary>
public sealed record StageColumn(string Name, NpgsqlDbType Type)
{
    public string SqlType => Type switch
    {
        NpgsqlDbType.Bigint => "bigint",
        NpgsqlDbType.Integer => "integer",
        NpgsqlDbType.Numeric => "numeric",
        NpgsqlDbType.Date => "date",
        NpgsqlDbType.TimestampTz => "timestamptz",
        NpgsqlDbType.Boolean => "boolean",
        NpgsqlDbType.Double => "double precision",
        _ => "text",
    };
}
