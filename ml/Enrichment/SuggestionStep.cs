using Crm.Ml.CrossSell;
using Crm.Ml.Reasons;
using Crm.Ml.Sql;
using DuckDB.NET.Data;

namespace Crm.Ml.Enrichment;

/// <summary>
/// Mines the association rules from every purchase so far and writes, for every live customer who has bought,
/// the top cross-sell products (not bought yet, active) and the upsell offers of upsell.sql into fct_suggestion,
/// each with a sentence an agent can say, in Armenian, English and Russian.
/// </summary>
internal static class SuggestionStep
{
    private static readonly Lazy<string> UpsellSql = new(() => MlSql.Load("upsell"));

    public static ModelRun Run(DuckDBConnection duck, DateTime asOfUtc, MlOptions options, Action<string> say, CancellationToken ct)
    {
        var history = PurchaseHistory.Read(duck, asOfUtc);
        var rules = AssociationRules.Mine(history, options.MinRuleCustomers);
        var recommender = new CrossSellRecommender(rules, history);
        var products = Products(duck);
        var live = LiveCustomers(duck);
        var version = $"rules-{asOfUtc:yyyyMMdd'T'HHmmss'Z'}";
        var scoredAt = DateTime.SpecifyKind(asOfUtc, DateTimeKind.Unspecified);
        var day = (DateOnly?)DateOnly.FromDateTime(asOfUtc);
        say($"suggestions: {rules.All.Count} rules from {rules.CustomerCount} customers' purchases");

        using (var clear = duck.CreateCommand())
        {
            clear.CommandText = "delete from fct_suggestion";
            clear.ExecuteNonQuery();
        }
        long written = 0;
        using (var appender = duck.CreateAppender("fct_suggestion"))
        {
            foreach (var (customer, bought) in history.Customers)
            {
                ct.ThrowIfCancellationRequested();
                if (!live.Contains(customer)) continue;
                var rank = 0;
                foreach (var r in recommender.Recommend(bought, options.CrossSellPerCustomer * 2)
                             .Where(r => products.TryGetValue(r.Product, out var p) && p.Active).Take(options.CrossSellPerCustomer))
                {
                    var rule = r.Because;
                    var reason = CrossSellReason(r, products);
                    appender.CreateRow().AppendValue(customer).AppendValue((int?)++rank).AppendValue("cross_sell").AppendValue((long?)r.Product)
                        .AppendValue((double?)r.Score).AppendValue(reason.Hy).AppendValue(reason.En).AppendValue(reason.Ru)
                        .AppendValue(rule?.First).AppendValue(rule?.Support).AppendValue(rule?.Confidence).AppendValue(rule?.Lift)
                        .AppendValue(version).AppendValue((DateTime?)scoredAt).AppendValue(day).EndRow();
                    written++;
                }
            }
        }
        written += Upsells(duck, asOfUtc, options.UpsellPerCustomer, version, scoredAt, day, products);
        return new ModelRun("suggestions", "mined", version, "association_rules", null, null, null, history.Customers.Count,
            null, asOfUtc, $"{rules.All.Count} rules", written);
    }

    private static Localized CrossSellReason(Recommendation r, Dictionary<long, ProductLabel> products)
    {
        var then = products[r.Product];
        if (r.Because is { } rule)
            return Sentences.Say(s => s.CrossSell(products[rule.First].Name, then.Name, rule.Lift, rule.Confidence));
        return Sentences.Say(s => s.Popular(s.Pick(then.Category)));
    }

    private static long Upsells(DuckDBConnection duck, DateTime asOfUtc, int perCustomer, string version, DateTime scoredAt, DateOnly? day,
        Dictionary<long, ProductLabel> products)
    {
        var rows = new List<(long Customer, long Product, int Rank, double Score, Localized Reason)>();
        using (var cmd = duck.CreateCommand())
        {
            cmd.CommandText = UpsellSql.Value;
            cmd.Parameters.Add(new DuckDBParameter("as_of", DateTime.SpecifyKind(asOfUtc, DateTimeKind.Unspecified)));
            cmd.Parameters.Add(new DuckDBParameter("per_customer", perCustomer));
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var product = products[reader.GetInt64(1)];
                var (purchases, spend, top, tier) = (reader.GetInt64(2), reader.GetDouble(3), reader.GetString(4), reader.GetString(5));
                var (margin, usual) = (reader.GetDouble(6), reader.GetDouble(7));
                // The offer is in a category the customer buys, so its category names theirs.
                var reason = Sentences.Say(s => s.Upsell(new UpsellFacts(s.Pick(product.Category), purchases, spend, top, product.Name, tier, margin, usual)));
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), (int)reader.GetInt64(8), usual > 0 ? margin / usual : margin, reason));
            }
        }
        using var appender = duck.CreateAppender("fct_suggestion");
        foreach (var r in rows)
            appender.CreateRow().AppendValue(r.Customer).AppendValue((int?)r.Rank).AppendValue("upsell").AppendValue((long?)r.Product)
                .AppendValue((double?)r.Score).AppendValue(r.Reason.Hy).AppendValue(r.Reason.En).AppendValue(r.Reason.Ru)
                .AppendValue((long?)null).AppendValue((double?)null).AppendValue((double?)null).AppendValue((double?)null)
                .AppendValue(version).AppendValue((DateTime?)scoredAt).AppendValue(day).EndRow();
        return rows.Count;
    }

    private static Dictionary<long, ProductLabel> Products(DuckDBConnection duck)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = """
            select product_id, product_name, category_name_hy, category_name_en, category_name_ru, is_active and not is_deleted
            from dim_product
            """;
        using var reader = cmd.ExecuteReader();
        var products = new Dictionary<long, ProductLabel>();
        while (reader.Read())
            products[reader.GetInt64(0)] = new ProductLabel(reader.GetString(1),
                new Localized(reader.GetString(2), reader.GetString(3), reader.GetString(4)), reader.GetBoolean(5));
        return products;
    }

    private static HashSet<long> LiveCustomers(DuckDBConnection duck)
    {
        using var cmd = duck.CreateCommand();
        cmd.CommandText = "select customer_id from dim_customer where is_current and customer_id <> -1 and lifecycle <> 'lost' and not is_deleted";
        using var reader = cmd.ExecuteReader();
        var ids = new HashSet<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
