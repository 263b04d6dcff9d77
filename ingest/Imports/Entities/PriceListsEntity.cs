using System.Text.RegularExpressions;
using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.Validation;
using Crm.Ingest.Imports.Writing;
using NpgsqlTypes;

namespace Crm.Ingest.Imports.Entities;

/// <summary>
/// Price lists as one row per item: the list by code (created or updated from the row's list columns) and
/// the product's price in it. Counts are of items.
/// </summary>
internal sealed partial class PriceListsEntity : ImportEntity
{
    private static readonly string[] BoundFields = ["price_list", "price_list_name", "currency", "valid_from", "valid_to", "product", "price"];

    public override string Name => "price_lists";
    public override string KeyField => "price_list";

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        F.Text("price_list", 100, "price list", "price list code", "list", "прайс", "прайс-лист", "գնացուցակ").Required(),
        F.Text("price_list_name", 200, "price list name", "list name", "название прайса", "գնացուցակի անվանում"),
        F.Text("currency", 3, "валюта", "արժույթ"),
        F.Date("valid_from", "from", "start", "действует с", "սկսած"),
        F.Date("valid_to", "to", "until", "end", "действует по", "մինչև"),
        F.Ref("product", "product", "sku", "item", "товар", "ապրանք").Required(),
        F.Money("price", "цена", "գին").Required(),
    ];

    public override IReadOnlyList<StageColumn> Stage { get; } =
    [
        new("code", NpgsqlDbType.Text), new("name", NpgsqlDbType.Text), new("currency", NpgsqlDbType.Text),
        new("valid_from", NpgsqlDbType.Date), new("valid_to", NpgsqlDbType.Date), new("product_id", NpgsqlDbType.Bigint),
        new("price", NpgsqlDbType.Numeric),
    ];

    public override IReadOnlyList<ChunkStatement> ChunkSql { get; } =
    [
        UpsertSql.Build("price_lists", ["code"], ["name", "currency", "valid_from", "valid_to"], counted: false,
            insertDefaults: new Dictionary<string, string> { ["name"] = "s.code", ["currency"] = "'AMD'", ["valid_from"] = "current_date" }),
        """
        with s as (
            select distinct on (st.code, st.product_id) l.id as price_list_id, st.product_id, st.price
            from import_stage st join price_lists l on l.code = st.code
            order by st.code, st.product_id, st.row_no desc),
        upd as (
            update price_list_items t set price = s.price from s
            where t.price_list_id = s.price_list_id and t.product_id = s.product_id and t.price is distinct from s.price
            returning 1),
        ins as (
            insert into price_list_items (price_list_id, product_id, price)
            select price_list_id, product_id, price from s
            where not exists (select 1 from price_list_items t where t.price_list_id = s.price_list_id and t.product_id = s.product_id)
            returning 1)
        select (select count(*) from ins), (select count(*) from upd), null::bigint[]
        """,
    ];

    public override void Check(RowValues row)
    {
        if (row.Get<string>("currency") is { } currency && !Currency().IsMatch(currency))
            row.Error("currency", $"\"{currency}\" is not a currency code (three capital letters, e.g. AMD)");
        if (row.Value<DateOnly>("valid_to") < row.Value<DateOnly>("valid_from")) row.Error("valid_to", "is before valid_from");
    }

    public override void Bind(RowValues row, object?[] staged)
    {
        for (var i = 0; i < BoundFields.Length; i++) staged[i] = row.Get<object>(BoundFields[i]);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();
}
