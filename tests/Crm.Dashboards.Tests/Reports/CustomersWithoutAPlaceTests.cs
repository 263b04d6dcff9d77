using Crm.Dashboards.Reports;
using Crm.Dashboards.Reports.Customers;
using Crm.Testing;
using Crm.Warehouse.Etl;
using Crm.Warehouse.Store;
using Npgsql;

namespace Crm.Dashboards.Tests.Reports;

/// <summary>
/// Customers the map cannot place (no region; no coordinates) on a small store of the class's own: the demo's
/// customers all have a town, so these are written by hand.
/// </summary>
public sealed class CustomersWithoutAPlaceTests(ThrowawayPostgres pg) : IClassFixture<ThrowawayPostgres>, IDisposable
{
    private static readonly DateOnly Today = new(2026, 10, 31);
    private readonly string _folder = Directory.CreateTempSubdirectory("crm-map-").FullName;

    [Fact]
    public async Task CustomersWithoutARegionAreOneUnknownRowWithTheirRevenue()
    {
        await WriteCustomersAsync();
        var store = new WarehouseStore(Path.Combine(_folder, "crm.duckdb"));
        await WarehouseEtl.RunFullAsync(pg.ConnectionString, store);
        using var conn = store.OpenRead();

        foreach (var level in new[] { "region", "city" })
        {
            var args = ReportArguments.For(CustomersMapReport.Definition, Today, ("from", "2026-01-01"), ("to", "2026-10-31"), ("level", level));
            var result = ReportRunner.Run(conn, args, ReportScope.All);
            var rows = result.Rows.ToDictionary(r => (string)r[result.Ordinal("region_key")]!);

            Assert.Equal(["-1", "yerevan"], rows.Keys.Order());
            var unknown = rows["-1"];
            Assert.Equal(2L, Convert.ToInt64(unknown[result.Ordinal("customers")]));
            Assert.Equal(150m, Convert.ToDecimal(unknown[result.Ordinal("revenue")]));
            Assert.Null(unknown[result.Ordinal("latitude")]);
            Assert.Equal("Unknown", unknown[result.Ordinal("region_name")]);
            Assert.Equal(level == "city" ? "unknown" : null, unknown[result.Ordinal("city")]);

            // the customer without coordinates is counted in Yerevan, which stands where its other customer does
            var yerevan = rows["yerevan"];
            Assert.Equal(2L, Convert.ToInt64(yerevan[result.Ordinal("customers")]));
            Assert.Equal(40.18, Convert.ToDouble(yerevan[result.Ordinal("latitude")]), 6);
            Assert.Equal(0.5, Convert.ToDouble(yerevan[result.Ordinal("share_of_customers")]), 9);

            await using var source = await pg.OpenAsync();
            var oracle = await ReportOracle.RunAsync(source, CustomersMapReport.Name, new Dictionary<string, object?>(args.Values)
            {
                ["scope_agent_id"] = null,
                ["scope_department_id"] = null,
            });
            Assert.Equal(2L, Convert.ToInt64(oracle.Single(r => (string)r["region_key"]! == "-1")["customers"]));
            Assert.Equal(150m, Convert.ToDecimal(oracle.Single(r => (string)r["region_key"]! == "-1")["revenue"]));
        }
    }

    // Yerevan: one customer with coordinates, one without; no region: one with a town and coordinates (which say
    // nothing of its region) and a sale, one with nothing; and a deleted customer, which is not counted.
    private async Task WriteCustomersAsync()
    {
        await using var conn = await pg.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            insert into departments (id, code, name, region) values (1, 'YER', 'Yerevan office', 'Yerevan');
            insert into agents (id, full_name, department_id, hire_date) values (1, 'Agent One', 1, '2020-01-01');
            insert into customers (id, kind, name, source_code, region, city, latitude, longitude, department_id, owner_agent_id, created_at, deleted_at) values
                (1, 'person', 'Placed', 'website', 'Yerevan', 'Երևան', 40.18, 44.51, 1, 1, '2025-05-01', null),
                (2, 'person', 'No coordinates', 'website', 'Yerevan', 'Երևան', null, null, 1, 1, '2025-05-01', null),
                (3, 'person', 'No region', 'website', null, 'Գյումրի', 40.79, 43.85, 1, 1, '2026-02-01', null),
                (4, 'person', 'Nothing known', 'website', null, null, null, null, 1, 1, '2025-05-01', null),
                (5, 'person', 'Deleted', 'website', null, null, null, null, 1, 1, '2025-05-01', '2026-03-01');
            insert into product_categories (id, code, name_hy, name_en, name_ru) values (1, 'misc', 'Այլ', 'Other', 'Прочее');
            insert into products (id, sku, name, category_id, price_tier, list_price, unit_cost) values (1, 'X-1', 'Thing', 1, 'basic', 50, 20);
            insert into activities (id, type_code, occurred_at, agent_id, customer_id, amount) values (1, 'sale', '2026-03-10 10:00+00', 1, 3, 150);
            insert into sale_lines (sale_activity_id, product_id, quantity, unit_price, unit_cost) values (1, 1, 3, 50, 20);
            """, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
