namespace Crm.Ingest.Demo;

/// <summary>Partners and the campaigns, exhibitions, events and seminars of the three years.</summary>
internal static class MarketingFactory
{
    private static readonly string[] Exhibitions = ["ArmProdExpo", "ArmTech Congress", "Expo Yerevan", "DigiTec Expo", "BuildExpo Armenia"];
    private static readonly string[] SeminarTopics =
        ["Թվային անվտանգություն", "Գրասենյակի ավտոմատացում", "Ցանցային լուծումներ", "Ամպային ծառայություններ", "Տեսահսկում բիզնեսի համար"];

    public static Marketing Build(DemoScale scale, DemoCalendar cal, Organisation org, CityBook cities, int seed)
    {
        var r = RandomStreams.For(seed, RandomStreams.Marketing);
        return new Marketing(BuildPartners(scale.Partners, cal, cities, r), BuildCampaigns(scale, cal, org, r));
    }

    private static List<Partner> BuildPartners(int count, DemoCalendar cal, CityBook cities, Random r)
    {
        var kinds = new WeightedTable<string>([("reseller", 0.4), ("referral", 0.25), ("agency", 0.2), ("supplier", 0.15)]);
        var list = new List<Partner>();
        for (var i = 1; i <= count; i++)
        {
            var company = CompanyIdentity.Draw(r);
            var kind = kinds.Draw(r);
            var created = cal.Start.AddDays(-r.Between(30, 1500) + (r.Chance(0.2) ? r.Between(60, 900) : 0));
            list.Add(new Partner(i, company.Render(NameScript.Armenian), kind, TaxIds.Draw(r),
                ArmenianPhone.Draw(r).Format(PhoneStyle.International), company.Mailbox(r.Chance(0.5) ? "info" : "office"),
                cities.Draw(r), kind == "supplier" ? 0m : Math.Round((decimal)r.Between(0.03, 0.12), 4),
                r.Chance(0.1) ? "inactive" : "active", Math.Clamp(r.LogNormal(0, 0.3), 0.6, 1.7), created));
        }
        return list;
    }

    private static List<Campaign> BuildCampaigns(DemoScale scale, DemoCalendar cal, Organisation org, Random r)
    {
        // Budgets follow how many customers each campaign is meant to reach, so ROI looks alike at S and M.
        var costScale = Math.Clamp(scale.Customers / (double)Math.Max(1, scale.Campaigns) / 100.0, 0.3, 5.0);
        var kinds = new WeightedTable<string>([("campaign", 0.6), ("exhibition", 0.12), ("event", 0.14), ("seminar", 0.14)]);
        var channels = new WeightedTable<string>([("email", 0.14), ("sms", 0.12), ("social", 0.2), ("search", 0.18),
            ("outdoor", 0.08), ("tv", 0.05), ("radio", 0.06), ("partner", 0.09), ("offline", 0.08)]);
        var list = new List<Campaign>();
        var from = cal.Start.AddDays(-20);
        var to = cal.Now.AddDays(-7);
        for (var i = 1; i <= scale.Campaigns; i++)
        {
            var kind = kinds.Draw(r);
            var channel = kind == "campaign" ? channels.Draw(r) : "offline";
            var starts = DemoCalendar.LocalDate(cal.Moment(r, from, to, Season.DealOpenings));
            var days = kind switch
            {
                "campaign" => r.Between(14, 60),
                "exhibition" => r.Between(2, 4),
                _ => 1,
            };
            var source = (kind, channel) switch
            {
                ("exhibition", _) or ("seminar", _) => "exhibition",
                ("event", _) => "walk_in",
                (_, "search") => "website",
                (_, "social") => "social",
                (_, "partner") => "partner",
                (_, "offline") => "cold_call",
                (_, "email") when r.Chance(0.4) => "referral",
                _ => "advertising",
            };
            var baseCost = (kind, channel) switch
            {
                ("exhibition", _) => r.Between(3e6, 15e6),
                ("event", _) => r.Between(0.5e6, 3e6),
                ("seminar", _) => r.Between(0.3e6, 1.5e6),
                (_, "tv") => r.Between(5e6, 20e6),
                (_, "radio") => r.Between(1e6, 5e6),
                (_, "outdoor") => r.Between(2e6, 8e6),
                (_, "search") => r.Between(0.5e6, 4e6),
                (_, "social") => r.Between(0.5e6, 3e6),
                (_, "email") => r.Between(0.1e6, 0.5e6),
                (_, "sms") => r.Between(0.2e6, 1e6),
                _ => r.Between(0.3e6, 2e6),
            };
            var department = r.Chance(0.5) ? null : r.Pick(org.Departments);
            list.Add(new Campaign(i, Name(kind, channel, source, starts, department, r), kind, channel, source, department,
                starts, starts.AddDays(days - 1), Math.Round((decimal)(baseCost * costScale) / 1000m) * 1000m,
                Math.Clamp(r.LogNormal(0, 0.4), 0.4, 2.0)));
        }
        return list;
    }

    private static string Name(string kind, string channel, string source, DateOnly starts, Department? department, Random r)
    {
        var season = starts.Month switch
        {
            11 or 12 => "Ամանորյա",
            1 or 2 => "Ձմեռային",
            >= 3 and <= 5 => "Գարնանային",
            >= 6 and <= 8 => "Ամառային",
            _ => "Աշնանային",
        };
        var where = department is null ? "" : $" ({department.Code})";
        return kind switch
        {
            "exhibition" => $"{r.Pick(Exhibitions)} {starts.Year}",
            "event" => $"Բաց դռների օր {starts:yyyy-MM}{where}",
            "seminar" => $"Սեմինար՝ {r.Pick(SeminarTopics)} {starts:yyyy-MM}",
            _ when source == "referral" => $"Բեր ընկերոջդ {starts.Year}",
            _ => $"{season} ակցիա – {ChannelName(channel)} {starts.Year}{where}",
        };
    }

    private static string ChannelName(string channel) => channel switch
    {
        "email" => "էլ. նամակներ",
        "sms" => "SMS",
        "social" => "Facebook/Instagram",
        "search" => "Google Ads",
        "outdoor" => "գովազդային վահանակներ",
        "tv" => "հեռուստատեսություն",
        "radio" => "ռադիո",
        "partner" => "գործընկերներ",
        _ => "հեռախոսային արշավ",
    };
}
