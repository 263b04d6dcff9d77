using Npgsql;

namespace Crm.Ingest.Demo;

/// <summary>
/// Fills an empty CRM store with three years of believable, deterministic history: the same seed and scale
/// give the same rows. Everything is loaded with binary COPY in one transaction (a failure leaves the store
/// empty), customers in chunks so memory stays flat at any scale.
/// </summary>
public static class DemoGenerator
{
    private const int CustomersPerChunk = 1_000;

    private static readonly string[] MustBeEmpty = ["customers", "departments", "agents", "partners", "campaigns", "products", "deals", "activities"];

    private static readonly string[] IdentityTables =
    [
        "departments", "agents", "sales_plans", "salary_payments", "partners", "campaigns", "customers",
        "customer_attribute_history", "contacts", "customer_ownership", "product_categories", "products", "price_lists",
        "deals", "deal_stage_history", "quotes", "quote_lines", "contracts", "documents", "activities", "sale_lines",
        "loyalty_ledger",
    ];

    public static Task<DemoResult> GenerateAsync(string connectionString, DemoOptions options,
        IProgress<DemoProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The work is synchronous COPY streaming; run it off the caller's thread.
        return Task.Run(() => Generate(connectionString, options, progress, ct), ct);
    }

    private static DemoResult Generate(string connectionString, DemoOptions options, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
        var meter = new LoadMeter(progress, ct);
        using var conn = new NpgsqlConnection(connectionString);
        conn.Open();
        RefuseIfNotEmpty(conn);

        var seed = options.Seed;
        var scale = options.Scale;
        var cal = new DemoCalendar(options.AsOf);
        var cities = CityBook.Load(options.CitiesCsvPath);
        var org = OrganisationFactory.Build(scale, cal, cities, seed);
        var marketing = MarketingFactory.Build(scale, cal, org, cities, seed);
        var catalogue = CatalogueFactory.Build(scale, cal, seed);
        var customers = new CustomerFactory(cal, org, marketing, catalogue, cities, seed).Build(scale);
        var simulator = new DealSimulator(cal, marketing, catalogue, seed);
        foreach (var c in customers) simulator.Acquire(c);
        new LifetimePlanner(simulator, seed).Plan(customers, scale);
        ct.ThrowIfCancellationRequested();

        using var tx = conn.BeginTransaction();
        var triggersOff = ForeignKeyCheck.CanDisableTriggers(conn);
        if (triggersOff) Execute(conn, "set local session_replication_role = replica");
        // The demo writes each customer's attribute history itself, from its simulated life.
        Execute(conn, "set local crm.skip_attribute_history = on");
        var ids = new IdSequences();
        OrganisationWriter.Write(conn, org, meter);
        MarketingWriter.Write(conn, marketing, org, ids, meter, seed);
        CatalogueWriter.Write(conn, catalogue, cal, meter);

        var ledger = new SalesLedger();
        var dealWriter = new DealWriter(cal, seed);
        var composer = new JournalComposer(cal, marketing, seed);
        foreach (var chunk in customers.Chunk(CustomersPerChunk))
        {
            ct.ThrowIfCancellationRequested();
            foreach (var c in chunk) simulator.Complete(c);
            CustomerWriter.Write(conn, chunk, ids, meter);
            dealWriter.Write(conn, chunk, ids, ledger, meter);
            JournalWriter.WriteCustomers(conn, chunk, composer, ids, meter);
            foreach (var c in chunk) c.Forget();
        }
        foreach (var t in CustomerWriter.Tables.Concat(DealWriter.Tables)) meter.Finished(t);

        JournalWriter.WriteOffice(conn, new OfficeJournal(cal, org, marketing, seed).Compose(ledger), ids, meter);
        foreach (var t in JournalWriter.Tables) meter.Finished(t);
        new PayrollWriter(cal, org, seed).Write(conn, ledger, meter);

        if (triggersOff)
        {
            Execute(conn, "set local session_replication_role = origin");
            ForeignKeyCheck.Verify(conn);
        }
        foreach (var table in IdentityTables)
            Execute(conn, $"select setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) from {table}");
        tx.Commit();

        // Fresh statistics, or the first reports plan their joins for empty tables.
        Execute(conn, "analyze");
        var elapsed = meter.Elapsed;
        return new DemoResult(new Dictionary<string, long>(meter.Rows), meter.Total, elapsed);
    }

    private static void RefuseIfNotEmpty(NpgsqlConnection conn)
    {
        foreach (var table in MustBeEmpty)
        {
            using var cmd = new NpgsqlCommand($"select exists (select 1 from {table})", conn);
            if ((bool)cmd.ExecuteScalar()!)
                throw new InvalidOperationException(
                    $"The store already has data ({table} is not empty). The demo generator only loads into an empty store; " +
                    "use a new database.");
        }
    }

    private static void Execute(NpgsqlConnection conn, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        cmd.ExecuteNonQuery();
    }
}
