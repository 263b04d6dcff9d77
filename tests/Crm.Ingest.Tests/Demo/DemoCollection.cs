namespace Crm.Ingest.Tests.Demo;

/// <summary>The demo test classes share one S generation: it is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoDatabase>
{
    public const string Name = "demo data S";
}
