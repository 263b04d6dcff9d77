namespace Crm.Ingest.Demo;

/// <param name="Region">English region name, as in armenia-regions.geojson (name_en), so maps join on it.</param>
/// <param name="Weight">How many people live there: customers are drawn in proportion.</param>
internal sealed record City(string NameEn, string NameHy, string Region, double Latitude, double Longitude, double Weight);
