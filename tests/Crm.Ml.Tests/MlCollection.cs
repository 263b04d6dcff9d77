namespace Crm.Ml.Tests;

/// <summary>The tests read one demo store and its warehouses; none changes the store.</summary>
[CollectionDefinition(Name)]
public sealed class MlCollection : ICollectionFixture<MlDemo>
{
    public const string Name = "ml demo";
}
