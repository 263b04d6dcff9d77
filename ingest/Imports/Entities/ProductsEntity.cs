using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Entities;

/// <summary>The catalogue, by SKU; the category by code or name.</summary>
internal sealed class ProductsEntity : ImportEntity
{
    private static readonly string[] Columns = ["name", "category_id", "price_tier", "list_price", "unit_cost", "unit", "is_active"];
    private static readonly string[] BoundFields = ["sku", "name", "category", "price_tier", "list_price", "unit_cost", "unit", "is_active"];

    public override string Name => "products";
    public override string KeyField => "sku";

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        F.Text("sku", 100, "code", "article", "product code", "item code", "артикул", "код", "կոդ", "արտիկուլ").Required(),
        F.Text("name", 300, "product", "product name", "title", "название", "товар", "անվանում", "ապրանք").Required(),
        F.Ref("category", "product_category", "category code", "series", "категория", "կատեգորիա").Required(),
        F.Enum("price_tier", "price_tier", "tier", "ценовой сегмент"),
        F.Money("list_price", "price", "sales_price", "sales price", "цена", "գին").Required(),
        F.Money("unit_cost", "cost", "себестоимость", "ինքնարժեք"),
        F.Text("unit", 20, "uom", "ед", "единица", "միավոր"),
        F.Bool("is_active", "active", "активен", "ակտիվ"),
    ];

    public override IReadOnlyList<StageColumn> Stage { get; } =
    [
        new("sku", NpgsqlDbType.Text), new("name", NpgsqlDbType.Text), new("category_id", NpgsqlDbType.Bigint),
        new("price_tier", NpgsqlDbType.Text), new("list_price", NpgsqlDbType.Numeric), new("unit_cost", NpgsqlDbType.Numeric),
        new("unit", NpgsqlDbType.Text), new("is_active", NpgsqlDbType.Boolean),
    ];

    public override IReadOnlyList<ChunkStatement> ChunkSql { get; } =
    [
        UpsertSql.Build("products", ["sku"], Columns, insertDefaults: new Dictionary<string, string>
        {
            ["price_tier"] = "'standard'", ["unit_cost"] = "0", ["unit"] = "'pcs'", ["is_active"] = "true",
        }),
    ];

    public override void Bind(RowValues row, object?[] staged)
    {
        for (var i = 0; i < BoundFields.Length; i++) staged[i] = row.Get<object>(BoundFields[i]);
    }
}
