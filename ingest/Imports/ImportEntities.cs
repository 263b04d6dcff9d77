using Crm.Ingest.Imports.Entities;
using Crm.Ingest.Imports.Mapping;

namespace Crm.Ingest.Imports;

/// <summary>The importable entities by name.</summary>
public static class ImportEntities
{
    private static readonly Dictionary<string, Func<ImportEntity>> All = new(StringComparer.OrdinalIgnoreCase)
    {
        ["departments"] = () => new DepartmentsEntity(),
        ["agents"] = () => new AgentsEntity(),
        ["customers"] = () => new CustomersEntity(),
        ["contacts"] = () => new ContactsEntity(),
        ["partners"] = () => new PartnersEntity(),
        ["products"] = () => new ProductsEntity(),
        ["price_lists"] = () => new PriceListsEntity(),
        ["deals"] = () => new DealsEntity(),
        ["activities"] = () => new ActivitiesEntity("activities"),
        ["payments"] = () => new ActivitiesEntity("payments", ["payment", "refund", "bank_payment"], "payment"),
        ["expenses"] = () => new ActivitiesEntity("expenses", ["expense"], "expense"),
    };

    public static IEnumerable<string> Names => All.Keys;

    public static ImportEntity? Find(string name) =>
        All.TryGetValue(name == "leads" ? "customers" : name, out var make) ? make() : null;

    /// <summary>Entity defaults, overridden by the mapping's, overridden by the caller's department.</summary>
    public static IReadOnlyDictionary<string, string> DefaultsFor(ImportEntity entity, ImportMapping mapping, string? department)
    {
        var defaults = new Dictionary<string, string>(entity.Defaults);
        foreach (var (field, value) in mapping.Defaults) defaults[field] = value;
        if (!string.IsNullOrWhiteSpace(department) && entity.Fields.Any(f => f.Name == "department")) defaults["department"] = department;
        return defaults;
    }
}
