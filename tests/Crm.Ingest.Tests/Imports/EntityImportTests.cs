using Crm.Ingest.Imports;
using Crm.Ingest.Imports.Mapping;
using MiniExcelLibs;

namespace Crm.Ingest.Tests.Imports;

public sealed class EntityImportTests(ImportStore store) : IClassFixture<ImportStore>
{
    [Fact]
    public async Task DepartmentsAndAgentsImportWithParentsAndManagersFromTheSameFile()
    {
        var departments = store.File("departments.csv", "code,name,parent\nTE-HQ,Test HQ,YER-C\nTE-SUB,Test Sub,Test HQ\n");
        var agents = store.File("agents.csv", """
            external_id,full_name,email,department,manager,role,hire_date
            TAG-1,Test Boss,boss@example.am,Test HQ,,department_head,2024-01-10
            TAG-2,Test Worker,worker@example.am,TE-SUB,Test Boss,,
            """);

        var d = await store.ImportAsync("departments", departments);
        var a = await store.ImportAsync("agents", agents);
        var again = await store.ImportAsync("agents", agents);

        Assert.Equal((2L, 0L), (d.RowsImported, d.RowsQuarantined));
        Assert.Equal((2L, 0L), (a.RowsImported, a.RowsQuarantined));
        Assert.Equal((0L, 0L), (again.RowsImported, again.RowsUpdated));
        Assert.Equal("TE-HQ", await store.ScalarAsync<string>(
            "select p.code from departments d join departments p on p.id = d.parent_id where d.code = 'TE-SUB'"));
        var worker = await store.RowsAsync("""
            select m.external_id, a.role, a.hire_date = current_date, a.status
            from agents a join agents m on m.id = a.manager_id where a.external_id = 'TAG-2'
            """);
        Assert.Equal(["TAG-1", "agent", true, "active"], worker.Single());
    }

    [Fact]
    public async Task AMappingFileRenamesColumnsMapsValuesGivesDefaultsResolvesByNameAndCreatesDepartments()
    {
        var agents = store.File("sales_teams.csv", "sales_agent,manager,regional_office\nMoses Frase,,Central\nDarcel Schlecht,Moses Frase,Central\n");
        var agentMapping = ImportMapping.Parse("""
            { "columns": { "full_name": "sales_agent", "department": "regional_office" },
              "create_missing": ["department"] }
            """);
        var customers = store.File("accounts.csv", "account,sector\nAcme Corporation,technolgy\nBetatech,medical\n");
        var customerMapping = ImportMapping.Parse("""
            { "columns": { "name": "account" }, "defaults": { "department": "Central", "kind": "company", "source": "import" } }
            """);
        var deals = store.File("sales_pipeline.csv", """
            opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
            1C1I7A6R,Moses Frase,GTX Plus Basic,Acme Corporation,Won,2016-10-20,2017-03-01,1054
            Z063OYW0,Darcel Schlecht,GTXPro,Betatech,Prospecting,,,
            EBUDZ8QK,Darcel Schlecht,MG Special,Acme Corporation,Engaging,2016-10-25,,
            """);
        var dealMapping = ImportMapping.Parse("""
            { "columns": { "external_id": "opportunity_id", "owner": "sales_agent", "customer": "account", "stage": "deal_stage",
                           "opened_at": "engage_date", "closed_at": "close_date", "amount": "close_value" },
              "values": { "stage": { "Prospecting": "lead", "Engaging": "negotiation", "Won": "won", "Lost": "lost" } },
              "defaults": { "source": "import" } }
            """);
        var products = store.File("products.csv", "sku,name,category,list_price\nGTX-PB,GTX Plus Basic,{0},1096\nGTX-PRO,GTXPro,{0},4821\nMG-SP,MG Special,{0},55\n"
            .Replace("{0}", await store.ScalarAsync<string>("select code from product_categories order by id limit 1")));

        var a = await store.ImportAsync("agents", agents, r => r with { Mapping = agentMapping });
        var c = await store.ImportAsync("customers", customers, r => r with { Mapping = customerMapping });
        var p = await store.ImportAsync("products", products);
        var d = await store.ImportAsync("deals", deals, r => r with { Mapping = dealMapping });
        var again = await store.ImportAsync("deals", deals, r => r with { Mapping = dealMapping });

        Assert.Equal((2L, 2L, 3L, 3L), (a.RowsImported, c.RowsImported, p.RowsImported, d.RowsImported));
        Assert.Equal(["sector"], c.UnknownHeaders);
        Assert.Equal((0L, 0L), (again.RowsImported, again.RowsUpdated));
        var stages = await store.RowsAsync("""
            select d.external_id, d.stage, a.full_name, c.name, dep.code, d.amount, d.source_code
            from deals d join agents a on a.id = d.owner_agent_id join customers c on c.id = d.customer_id
            join departments dep on dep.id = d.department_id
            where d.external_id in ('1C1I7A6R', 'Z063OYW0', 'EBUDZ8QK') order by d.external_id
            """);
        Assert.Equal(["1C1I7A6R", "won", "Moses Frase", "Acme Corporation", "Central", 1054m, "import"], stages[0]);
        Assert.Equal("negotiation", stages[1][1]);
        Assert.Equal("lead", stages[2][1]);
        Assert.Equal(5L, await store.ScalarAsync<long>("""
            select count(*) from deal_stage_history h join deals d on d.id = h.deal_id
            where d.external_id in ('1C1I7A6R', 'Z063OYW0', 'EBUDZ8QK')
            """));
    }

    [Fact]
    public async Task AMappingMayCreateMissingProductCategoriesAndIsRefusedForKindsNoImportCreates()
    {
        var products = store.File("series.csv", "product,series,sales_price\nTest Widget,TEST-SERIES,10\n");
        var creating = ImportMapping.Parse("""
            { "columns": { "sku": "product", "name": "product", "category": "series", "list_price": "sales_price" },
              "create_missing": ["product_category"] }
            """);

        var plain = await store.ImportAsync("products", products, r => r with { Mapping = creating with { CreateMissing = [] } });
        var created = await store.ImportAsync("products", products, r => r with { Mapping = creating });
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() =>
            store.ImportAsync("products", products, r => r with { Mapping = creating with { CreateMissing = ["category"] } }));

        Assert.Equal((0L, 1L), (plain.RowsImported, plain.RowsQuarantined));
        Assert.Equal((1L, 0L), (created.RowsImported, created.RowsQuarantined));
        Assert.Equal(["TEST-SERIES", "TEST-SERIES"], (await store.RowsAsync("""
            select c.code, c.name_en from products p join product_categories c on c.id = p.category_id where p.sku = 'Test Widget'
            """)).Single());
        Assert.Contains("\"category\"", refused.Message);
    }

    [Fact]
    public async Task ContactsPartnersPriceListsPaymentsAndExpensesImport()
    {
        var contacts = store.File("contacts.csv", "external_id,customer,full_name,relation_type,phone\nTC-1,YER-C-0000001,Aram Petrosyan,director,+374 91 555555\n");
        var partners = store.File("partners.csv", "external_id,name,kind,commission_rate\nTP-1,Test Reseller,reseller,\"0,05\"\n");
        var sku = await store.ScalarAsync<string>("select sku from products order by id limit 1");
        var prices = store.File("prices.csv", $"price_list,price_list_name,valid_from,product,price\nPL-TEST,Spring,01.03.2025,{sku},1500\n");
        var payments = store.File("payments.csv", "external_id,occurred_at,customer,amount,type\nTPAY-1,2025-03-05,YER-C-0000001,5000,refund\nTPAY-2,2025-03-05,YER-C-0000001,5000,call_out\n");
        var expenses = store.File("expenses.csv", "external_id,occurred_at,amount,department,vendor\nTEXP-1,2025-03-05,900,YER-C,Print shop\n");

        var results = new[]
        {
            await store.ImportAsync("contacts", contacts), await store.ImportAsync("partners", partners),
            await store.ImportAsync("price_lists", prices), await store.ImportAsync("payments", payments),
            await store.ImportAsync("expenses", expenses),
        };

        Assert.Equal([1L, 1L, 1L, 1L, 1L], results.Select(r => r.RowsImported));
        Assert.Equal(1L, results[3].RowsQuarantined);
        Assert.Equal("other", await store.ScalarAsync<string>(
            "select e.category from expenses e join activities a on a.id = e.activity_id where a.external_id = 'TEXP-1'"));
        Assert.Equal("cash", await store.ScalarAsync<string>(
            "select p.method from payments p join activities a on a.id = p.activity_id where a.external_id = 'TPAY-1'"));
        Assert.Equal(1500m, await store.ScalarAsync<decimal>(
            "select i.price from price_list_items i join price_lists l on l.id = i.price_list_id where l.code = 'PL-TEST'"));
        Assert.Equal(0.05m, await store.ScalarAsync<decimal>("select commission_rate from partners where external_id = 'TP-1'"));
    }

    [Fact]
    public async Task AnXlsxFileImportsLikeACsv()
    {
        var path = Path.Combine(store.Folder, "customers.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object> { ["external_id"] = "TX-1", ["department"] = "YER-C", ["name"] = "Excel Person", ["birthday"] = new DateTime(1990, 4, 5) },
            new Dictionary<string, object> { ["external_id"] = "TX-2", ["department"] = "YER-C", ["name"] = "=HYPERLINK(\"x\")", ["birthday"] = "" },
        });

        var summary = await store.ImportAsync("customers", path);

        Assert.Equal((2L, 1L, 1L), (summary.RowsRead, summary.RowsImported, summary.RowsQuarantined));
        Assert.Equal(3L, summary.Errors.Single().Row);
        Assert.Equal(new DateTime(1990, 4, 5), await store.ScalarAsync<DateTime>("select birthday::timestamp from customers where external_id = 'TX-1'"));
    }
}
