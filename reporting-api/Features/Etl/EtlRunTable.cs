using System.Text.Json.Serialization;

namespace Crm.ReportingApi.Features.Etl;

public sealed record EtlRunTable(
    [property: JsonIgnore] long RunId,
    string TableName,
    long RowsMoved,
    long? RowsTotal);
