using System.Text.Json.Serialization;

namespace Crm.ReportingApi.Features.Etl;

/// <param name="Kind">reconciliation, data_test or freshness.</param>
public sealed record EtlRunCheck(
    [property: JsonIgnore] long RunId,
    string CheckName,
    string Kind,
    decimal? SourceValue,
    decimal? WarehouseValue,
    bool Passed,
    string? Detail);
