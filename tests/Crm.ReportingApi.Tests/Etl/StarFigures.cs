using Crm.Testing;
using DuckDB.NET.Data;

namespace Crm.ReportingApi.Tests.Etl;

/// <summary>
/// Figures counted on both sides independently of the engine's own checks: live customers (and how many are
/// leads), deals and their amounts, activities and their amounts. A customer is its current version in the
/// warehouse (the dimension keeps history); the unknown customer (-1) is a member of the dimension, not a customer.
/// </summary>
public sealed record StarFigures(long Customers, long Leads, long Deals, decimal DealAmount, long Activities, decimal ActivityAmount)
{
    public static async Task<StarFigures> OfSourceAsync(DemoStore source)
    {
        var rows = await source.RowsAsync("""
            select (select count(*) from customers where deleted_at is null and merged_into_id is null),
                   (select count(*) from customers where deleted_at is null and merged_into_id is null and lifecycle = 'lead'),
                   (select count(*) from deals where deleted_at is null),
                   (select coalesce(sum(amount), 0) from deals where deleted_at is null),
                   (select count(*) from activities where deleted_at is null),
                   (select coalesce(sum(amount), 0) from activities where deleted_at is null)
            """);
        return From(rows[0]);
    }

    public static StarFigures OfWarehouse(DuckDBConnection warehouse)
    {
        using var cmd = warehouse.CreateCommand();
        cmd.CommandText = """
            select (select count(*) from dim_customer where customer_id <> -1 and is_current and not is_deleted),
                   (select count(*) from dim_customer where customer_id <> -1 and is_current and not is_deleted and lifecycle = 'lead'),
                   (select count(*) from fct_deal),
                   (select coalesce(sum(amount), 0) from fct_deal),
                   (select count(*) from fct_activity),
                   (select coalesce(sum(amount), 0) from fct_activity)
            """;
        using var reader = cmd.ExecuteReader();
        reader.Read();
        var row = new object[reader.FieldCount];
        reader.GetValues(row);
        return From(row);
    }

    private static StarFigures From(object?[] row) => new(
        Convert.ToInt64(row[0]), Convert.ToInt64(row[1]), Convert.ToInt64(row[2]), Convert.ToDecimal(row[3]),
        Convert.ToInt64(row[4]), Convert.ToDecimal(row[5]));
}
