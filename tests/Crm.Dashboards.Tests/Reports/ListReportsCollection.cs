using Crm.Testing;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>
/// The drill-down lists' tests and the composed dashboards' only read the demo warehouse: they share one, rather than
/// each starting a PostgreSQL cluster and a warehouse of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ListReportsCollection : ICollectionFixture<DemoWarehouse>
{
    public const string Name = "list reports and dashboards";
}
