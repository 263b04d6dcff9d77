using Npgsql;

namespace Crm.Ingest.Demo;

internal static class CatalogueWriter
{
    public static void Write(NpgsqlConnection conn, Catalogue catalogue, DemoCalendar cal, LoadMeter meter)
    {
        var since = DemoCalendar.Utc(cal.FirstDay.AddYears(-5), 10);
        using (var w = BinaryTableWriter.Open(conn, "product_categories", "id, code, name_hy, name_en, name_ru, created_at, updated_at", meter))
        {
            foreach (var c in catalogue.Categories)
                w.Row().Long(c.Id).Text(c.Code).Text(c.NameHy).Text(c.NameEn).Text(c.NameRu).Time(since).Time(since).End();
            w.Complete();
        }
        meter.Finished("product_categories");

        using (var w = BinaryTableWriter.Open(conn, "products",
                   "id, sku, name, category_id, price_tier, list_price, unit_cost, unit, is_active, created_at, updated_at", meter))
        {
            var repriced = DemoCalendar.Utc(new DateOnly(cal.AsOf.Year, 1, 1), 9);
            foreach (var p in catalogue.Products)
                w.Row().Long(p.Id).Text(p.Sku).Text(p.Name).Long(p.Category.Id).Text(p.Tier).Money(p.ListPrice).Money(p.UnitCost)
                    .Text(p.Unit).Bool(true).Time(since.AddDays(p.Index * 7)).Time(repriced).End();
            w.Complete();
        }
        meter.Finished("products");

        using (var w = BinaryTableWriter.Open(conn, "price_lists", "id, name, currency, valid_from, valid_to, created_at, updated_at", meter))
        {
            foreach (var l in catalogue.PriceLists)
            {
                var at = DemoCalendar.Utc(l.ValidFrom.AddDays(-7), 10);
                w.Row().Long(l.Id).Text(l.Name).Text("AMD").Date(l.ValidFrom).Date(l.ValidTo).Time(at).Time(at).End();
            }
            w.Complete();
        }
        meter.Finished("price_lists");

        using (var w = BinaryTableWriter.Open(conn, "price_list_items", "price_list_id, product_id, price, created_at, updated_at", meter))
        {
            foreach (var l in catalogue.PriceLists)
            {
                var at = DemoCalendar.Utc(l.ValidFrom.AddDays(-7), 10);
                foreach (var p in catalogue.Products)
                    w.Row().Long(l.Id).Long(p.Id).Money(l.Prices[p.Index]).Time(at).Time(at).End();
            }
            w.Complete();
        }
        meter.Finished("price_list_items");
    }
}
