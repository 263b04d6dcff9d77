namespace Crm.ReportingApi.Tests;

/// <summary>The endpoint tests only read, so they share one running app and its demo data.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<RunningApp>
{
    public const string Name = "running app";
}
