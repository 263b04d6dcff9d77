using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.ReportingApi.Infrastructure;
using DuckDB.NET.Data;

namespace Crm.ReportingApi.Tests.Features.Warehouse;

[Collection(AppCollection.Name)]
public sealed class WarehouseEndpointsTests(RunningApp app)
{
    [Fact]
    public async Task TableListShowsTheStarWithItsRowCounts()
    {
        var json = await app.Client.GetFromJsonAsync<JsonElement>("/api/warehouse/tables");
        var tables = json.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);

        Assert.Contains("dim_customer", tables.Keys);
        Assert.Contains("fct_activity", tables.Keys);
        Assert.All(tables.Keys, name => Assert.True(name.StartsWith("dim_") || name.StartsWith("fct_") || name.StartsWith("mart_"), name));
        Assert.Equal(Count("fct_activity"), tables["fct_activity"].GetProperty("rows").GetInt64());
        Assert.Equal("occurred_date", tables["fct_activity"].GetProperty("partitionColumn").GetString());
        Assert.Equal("/api/warehouse/tables/dim_customer.arrow", tables["dim_customer"].GetProperty("arrow").GetString());
        Assert.NotEqual(JsonValueKind.Null, json.GetProperty("warehouseAsOf").ValueKind);
    }

    [Fact]
    public async Task ArrowStreamOfATableReadsBackWithApacheArrow()
    {
        var json = await app.Client.GetFromJsonAsync<JsonElement>("/api/warehouse/tables");
        foreach (var table in json.GetProperty("tables").EnumerateArray())
        {
            var name = table.GetProperty("name").GetString()!;
            using var response = await app.Client.GetAsync(table.GetProperty("arrow").GetString(), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(ArrowStreamResult.MediaType, response.Content.Headers.ContentType?.MediaType);

            var download = await ArrowDownload.ReadAsync(response);

            Assert.Equal(Count(name), download.Rows);
            Assert.Equal(Columns(name), download.Schema.FieldsList.Select(f => f.Name));
            Assert.Equal(name, download.Schema.Metadata["crm.table"]);
            Assert.True(download.Schema.Metadata.ContainsKey("crm.warehouse_as_of"));
            if (name == "fct_activity") Assert.True(download.Batches > 1, "the whole table came as one batch");
        }
    }

    [Theory]
    [InlineData("no_such_table")]
    [InlineData("raw_customers")]
    [InlineData("stg_deals")]
    [InlineData("etl_run")]
    [InlineData("DIM_CUSTOMER")]
    [InlineData("dim_customer%22%3B%20select%201%3B%20--")]
    public async Task UnknownTableIsNotFound(string name)
    {
        using var response = await app.Client.GetAsync($"/api/warehouse/tables/{name}.arrow");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("/api/warehouse/tables", problem.GetProperty("detail").GetString());
    }

    private long Count(string table) => Convert.ToInt64(Scalar($"select count(*) from \"{table}\""));

    private List<string> Columns(string table)
    {
        using var conn = app.Demo.Store.OpenRead();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "select column_name from duckdb_columns() where schema_name = 'main' and table_name = $t order by column_index";
        cmd.Parameters.Add(new DuckDBParameter("t", table));
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private object? Scalar(string sql)
    {
        using var conn = app.Demo.Store.OpenRead();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
