namespace Crm.ReportingApi.Tests.Features.Suggestions;

/// <summary>The suggestion endpoints and `crm ml` read one scored demo warehouse and its models; none changes them.</summary>
[CollectionDefinition(Name)]
public sealed class ScoredAppCollection : ICollectionFixture<ScoredApp>
{
    public const string Name = "scored app";
}
