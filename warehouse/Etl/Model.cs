namespace Crm.Warehouse.Etl;

/// <summary>A SQL model file: staging models become views, marts become tables.</summary>
public sealed record Model(string Name, string Layer, string Sql)
{
    public bool IsView => Layer == "staging";
}
