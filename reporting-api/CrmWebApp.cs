using Crm.ReportingApi.Features.Agents;
using Crm.ReportingApi.Features.Assets;
using Crm.ReportingApi.Features.Customers;
using Crm.ReportingApi.Features.Dashboards;
using Crm.ReportingApi.Features.Dedup;
using Crm.ReportingApi.Features.Etl;
using Crm.ReportingApi.Features.Funnel;
using Crm.ReportingApi.Features.Imports;
using Crm.ReportingApi.Features.Map;
using Crm.ReportingApi.Features.Ingest;
using Crm.ReportingApi.Features.Reports;
using Crm.ReportingApi.Features.Suggestions;
using Crm.ReportingApi.Features.Warehouse;
using Crm.ReportingApi.Infrastructure;
using Crm.ReportingApi.Jobs;
using Crm.Warehouse.Store;
using Npgsql;

namespace Crm.ReportingApi;

/// <summary>The HTTP side: services and endpoint groups, built over the warehouse (reports) and the operational
/// store (imports, dedup, handover), and the nightly warehouse load.</summary>
public static class CrmWebApp
{
    /// <exception cref="InvalidSettingException">Etl:Schedule or Etl:TimeZone cannot be used.</exception>
    public static WebApplication Build(string[] args, IConfiguration config, WarehouseStore store, string operationalConnectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddConfiguration(config);
        // From the caller's configuration: a chained one drops empty values, and an empty schedule means "no nightly load".
        var schedule = EtlSchedule.From(config);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(store);
        builder.Services.AddScoped<RequestWarehouse>();
        builder.Services.AddSingleton<ReportCache>();
        builder.Services.AddHostedService<LiveVersionKeeper>();
        builder.Services.AddSingleton(new ApiKeyPrincipals(config));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(operationalConnectionString));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddWarehouseLoads(schedule, operationalConnectionString, MlSettings.Enrichments(config, store));
        builder.Services.AddMapBoundaries(config);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWarehouseAsOfHeader();
        app.MapGet("/", () => TypedResults.Redirect("/dashboards"));
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        app.MapOpenApi("/openapi/{documentName}.json");
        // The browsable API page: Swagger UI over the OpenAPI document, its assets served from the package.
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "api";
            ui.SwaggerEndpoint("/openapi/v1.json", "CRM reporting API");
            ui.DocumentTitle = "CRM reporting API";
        });
        app.MapReports();
        app.MapFunnel();
        app.MapDashboards();
        app.MapMap();
        app.MapAssets();
        app.MapAgents();
        app.MapSuggestions();
        app.MapCustomers();
        app.MapDedup();
        app.MapImports();
        app.MapIngest();
        app.MapWarehouse();

        // Administration. There is no sign-in yet: issue 9 puts an administrator policy on this whole group.
        var admin = app.MapGroup("/api/admin");
        admin.MapEtl();
        return app;
    }
}
