using Crm.ReportingApi.Features.Agents;
using Crm.ReportingApi.Features.Assets;
using Crm.ReportingApi.Features.Customers;
using Crm.ReportingApi.Features.Dedup;
using Crm.ReportingApi.Features.Funnel;
using Crm.ReportingApi.Features.Imports;
using Crm.ReportingApi.Features.Ingest;
using Crm.ReportingApi.Features.Warehouse;
using Crm.Warehouse.Store;
using Npgsql;

namespace Crm.ReportingApi;

/// <summary>The HTTP side: services and endpoint groups, built over the warehouse (reports) and the operational
/// store (imports, dedup, handover).</summary>
public static class CrmWebApp
{
    public static WebApplication Build(string[] args, IConfiguration config, WarehouseStore store, string operationalConnectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddConfiguration(config);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(operationalConnectionString));
        builder.Services.AddSingleton(TimeProvider.System);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/", () => TypedResults.Redirect("/dashboards/funnel"));
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        app.MapFunnel();
        app.MapAssets();
        app.MapAgents();
        app.MapCustomers();
        app.MapDedup();
        app.MapImports();
        app.MapIngest();
        app.MapWarehouse();
        return app;
    }
}
