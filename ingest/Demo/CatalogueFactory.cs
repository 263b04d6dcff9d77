namespace Crm.Ingest.Demo;

/// <summary>
/// An office-and-home technology distributor: eight categories, sixty products in three price tiers, yearly
/// retail price lists (prices rise about 5% a year) and a dealer list, plus the planted cross-sell pairs
/// (<see cref="PlantedAffinities"/>).
/// </summary>
internal static class CatalogueFactory
{
    private static readonly (string Code, string Hy, string En, string Ru, string Unit)[] CategoryRows =
    [
        ("computers", "Համակարգիչներ", "Computers", "Компьютеры", "pcs"),
        ("phones", "Հեռախոսներ", "Phones", "Телефоны", "pcs"),
        ("network", "Ցանցային սարքավորումներ", "Networking", "Сетевое оборудование", "pcs"),
        ("security", "Անվտանգության համակարգեր", "Security systems", "Системы безопасности", "pcs"),
        ("software", "Ծրագրային ապահովում", "Software", "Программное обеспечение", "licence"),
        ("services", "Տեղադրում և սպասարկում", "Installation and service", "Установка и обслуживание", "service"),
        ("office", "Գրասենյակային տեխնիկա", "Office equipment", "Оргтехника", "pcs"),
        ("accessories", "Աքսեսուարներ", "Accessories", "Аксессуары", "pcs"),
    ];

    private static readonly (int Category, string Name, string Tier, decimal Price)[] ProductRows =
    [
        (0, "Նոութբուք Arev Lite 14", "basic", 220_000), (0, "Նոութբուք Arev Pro 15", "premium", 780_000),
        (0, "Գրասենյակային համակարգիչ Office", "standard", 310_000), (0, "Աշխատակայան Arev X", "premium", 1_450_000),
        (0, "Մոնիտոր 24\"", "basic", 75_000), (0, "Մոնիտոր 27\" 4K", "standard", 185_000),
        (0, "Մինի համակարգիչ Nano", "standard", 160_000), (0, "Պլանշետ Arev Tab", "basic", 140_000),
        (1, "Սմարթֆոն Basic", "basic", 65_000), (1, "Սմարթֆոն Plus", "standard", 190_000),
        (1, "Սմարթֆոն Ultra", "premium", 520_000), (1, "IP հեռախոս", "basic", 38_000),
        (1, "Կոնֆերանս հեռախոս", "standard", 145_000), (1, "Ռադիոհեռախոսների հավաքածու", "basic", 42_000),
        (2, "Wi-Fi երթուղիչ AX", "standard", 68_000), (2, "Wi-Fi երթուղիչ Home", "basic", 24_000),
        (2, "Կոմուտատոր 24 պորտ", "standard", 155_000), (2, "Կոմուտատոր 48 պորտ PoE", "premium", 520_000),
        (2, "Firewall Pro", "premium", 890_000), (2, "Mesh համակարգ (3 սարք)", "standard", 120_000),
        (2, "Սերվերային պահարան", "standard", 260_000),
        (3, "IP տեսախցիկ 4MP", "standard", 58_000), (3, "IP տեսախցիկ 8MP", "premium", 125_000),
        (3, "Տեսագրիչ NVR 16", "standard", 210_000), (3, "Ազդանշանային համակարգ", "standard", 175_000),
        (3, "Մուտքի վերահսկման համակարգ", "premium", 420_000), (3, "Խելացի կողպեք", "basic", 69_000),
        (3, "Ծխի տվիչ", "basic", 9_500),
        (4, "Գրասենյակային փաթեթ (լիցենզիա)", "standard", 95_000), (4, "Հակավիրուս (1 տարի)", "basic", 12_000),
        (4, "Հաշվապահական ծրագիր", "standard", 240_000), (4, "CRM լիցենզիա (1 օգտատեր)", "standard", 85_000),
        (4, "ERP համակարգ", "premium", 2_400_000), (4, "Ամպային պահոց 1 ՏԲ (տարի)", "basic", 36_000),
        (4, "Պահուստավորման ծրագիր", "standard", 110_000), (4, "Windows Pro լիցենզիա", "standard", 98_000),
        (5, "Տեսահսկման տեղադրում", "standard", 85_000), (5, "Ցանցի կարգավորում", "standard", 70_000),
        (5, "Տարեկան սպասարկում Basic", "basic", 180_000), (5, "Տարեկան սպասարկում Premium", "premium", 950_000),
        (5, "Տվյալների տեղափոխում", "standard", 120_000), (5, "Աշխատակիցների ուսուցում", "standard", 150_000),
        (5, "Արտագնա տեխնիկական օգնություն", "basic", 25_000), (5, "Ենթակառուցվածքի աուդիտ", "premium", 680_000),
        (6, "Բազմաֆունկցիոնալ տպիչ", "standard", 185_000), (6, "Լազերային տպիչ", "basic", 79_000),
        (6, "Գունավոր տպիչ A3", "premium", 640_000), (6, "Սկաներ", "basic", 65_000),
        (6, "Պրոյեկտոր", "standard", 290_000), (6, "Ինտերակտիվ գրատախտակ", "premium", 1_100_000),
        (6, "Թղթի կտրիչ", "basic", 35_000), (6, "Անխափան սնուցման սարք (UPS)", "standard", 95_000),
        (7, "Տոներային քարթրիջ", "basic", 28_000), (7, "Անլար ստեղնաշար և մկնիկ", "basic", 18_000),
        (7, "Ականջակալներ", "basic", 22_000), (7, "Նոութբուքի պայուսակ", "basic", 16_000),
        (7, "Docking կայան", "standard", 78_000), (7, "Արտաքին SSD 1 ՏԲ", "standard", 54_000),
        (7, "HDMI մալուխ", "basic", 4_500), (7, "Վեբ տեսախցիկ HD", "basic", 26_000),
    ];

    public const double AffinityBoost = PlantedAffinities.Boost;

    public static Catalogue Build(DemoScale scale, DemoCalendar cal, int seed)
    {
        var r = RandomStreams.For(seed, RandomStreams.Catalogue);
        var categoryCount = Math.Clamp(scale.ProductCategories, 1, CategoryRows.Length);
        var categories = CategoryRows.Take(categoryCount)
            .Select((c, i) => new ProductCategory(i + 1, c.Code, c.Hy, c.En, c.Ru)).ToList();

        var rows = ProductRows.Where(p => p.Category < categoryCount).ToList();
        var thenNames = PlantedAffinities.Pairs.Select(p => p.Then).ToHashSet();
        var products = new List<Product>();
        for (var i = 0; i < Math.Max(1, scale.Products); i++)
        {
            var row = rows[i % rows.Count];
            var edition = i / rows.Count;
            var name = edition == 0 ? row.Name : $"{row.Name} v{edition + 1}";
            var price = Math.Round(row.Price * (decimal)(1 + 0.1 * edition) / 100m) * 100m;
            var cost = Math.Round(price * (decimal)r.Between(0.45, 0.68) / 100m) * 100m;
            var category = categories[row.Category];
            // The "then" half of a pair is rarely bought on its own, so buying the first half visibly lifts it.
            var popularity = thenNames.Contains(name) ? 0.15
                : row.Tier switch { "basic" => 1.2, "premium" => 0.6, _ => 1.0 } * r.Between(0.6, 1.4);
            products.Add(new Product(i, $"{category.Code[..3].ToUpperInvariant()}-{i + 1:D3}", name, category, row.Tier,
                price, cost, CategoryRows[row.Category].Unit, popularity));
        }

        var pairs = PlantedAffinities.Pairs
            .Select(p => (First: products.FirstOrDefault(x => x.Name == p.First), Then: products.FirstOrDefault(x => x.Name == p.Then)))
            .Where(p => p.First is not null && p.Then is not null)
            .Select(p => new AffinityPair(p.First!, p.Then!, AffinityBoost))
            .ToList();

        return new Catalogue(categories, products, PriceLists(products, cal), pairs);
    }

    private static List<PriceList> PriceLists(List<Product> products, DemoCalendar cal)
    {
        var lists = new List<PriceList>();
        var firstYear = cal.FirstDay.Year;
        var lastYear = cal.AsOf.Year;
        for (var year = firstYear; year <= lastYear; year++)
        {
            var factor = (decimal)Math.Pow(1.05, year - lastYear);
            var prices = products.Select(p => Math.Round(p.ListPrice * factor / 100m) * 100m).ToArray();
            lists.Add(new PriceList(lists.Count + 1, $"Մանրածախ գնացուցակ {year}", new DateOnly(year, 1, 1),
                year == lastYear ? null : new DateOnly(year, 12, 31), prices, Dealer: false));
        }
        var dealer = products.Select(p => Math.Round(p.ListPrice * 0.85m / 100m) * 100m).ToArray();
        lists.Add(new PriceList(lists.Count + 1, "Դիլերային գնացուցակ", new DateOnly(firstYear, 1, 1), null, dealer, Dealer: true));
        return lists;
    }
}
