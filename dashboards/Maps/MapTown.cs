namespace Crm.Dashboards.Maps;

/// <summary>A town's customers: a bubble on the map where it has coordinates.</summary>
/// <param name="RegionId">The <see cref="MapRegion.Id"/> of its region.</param>
public sealed record MapTown(string RegionId, string Name, GeoPoint? Position, long Customers, long NewCustomers, decimal Revenue);
