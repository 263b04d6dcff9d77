namespace Crm.Ingest.Demo;

/// <summary>
/// Expenses that belong to no customer: every campaign's budget spent in a few invoices (linked, so
/// campaign ROI adds up), each office's running costs, and partners' monthly commissions on their sales.
/// </summary>
internal sealed class OfficeJournal(DemoCalendar cal, Organisation org, Marketing marketing, int seed)
{
    private static readonly (string Category, double Min, double Max)[] RunningCosts =
    [
        ("office", 50_000, 400_000), ("travel", 20_000, 300_000), ("communication", 30_000, 150_000),
        ("software", 20_000, 500_000), ("other", 10_000, 200_000),
    ];

    public List<ActivityDraft> Compose(SalesLedger ledger)
    {
        var r = RandomStreams.For(seed, RandomStreams.Office);
        var list = new List<ActivityDraft>();
        foreach (var c in marketing.Campaigns) CampaignSpend(c, list, r);
        foreach (var d in org.Departments) RunningSpend(d, list, r);
        Commissions(ledger, list);
        list.Sort((a, b) => a.At.CompareTo(b.At));
        return list;
    }

    private void CampaignSpend(Campaign c, List<ActivityDraft> list, Random r)
    {
        var parts = c.IsGathering ? r.Between(1, 2) : r.Between(1, 4);
        var shares = Enumerable.Range(0, parts).Select(_ => r.Between(0.5, 1.5)).ToArray();
        var total = shares.Sum();
        var remaining = c.Cost;
        var marketer = org.Marketers.FirstOrDefault(m => m.Department == c.Department) ?? org.Marketers.First();
        var department = c.Department ?? org.HeadOffice;
        // Invoices arrive from ten days before the start; none before the history begins.
        var from = c.StartsAt.AddDays(-10) > cal.Start ? c.StartsAt.AddDays(-10) : cal.Start;
        var to = c.EndsAt < cal.Now ? c.EndsAt : cal.Now;
        for (var i = 0; i < parts; i++)
        {
            var amount = i == parts - 1 ? remaining : Math.Round(c.Cost * (decimal)(shares[i] / total) / 1000m) * 1000m;
            remaining -= amount;
            var at = cal.Moment(r, from, to);
            // Budget still to be spent on a campaign that runs past AsOf stays unspent.
            if (at >= cal.Now || amount <= 0) continue;
            list.Add(Expense(at, marketer, amount, c.IsGathering ? "events" : "advertising", c, department, Vendor(c, r)));
        }
    }

    private void RunningSpend(Department d, List<ActivityDraft> list, Random r)
    {
        var head = org.HeadOf(d);
        var size = Math.Sqrt(Math.Max(1, org.OwnersOf(d).Count) / 5.0);
        for (var month = DemoCalendar.MonthOf(cal.FirstDay); month <= cal.AsOf; month = month.AddMonths(1))
        {
            var from = DemoCalendar.Utc(month, 9);
            var to = DemoCalendar.Utc(month.AddMonths(1), 0);
            if (to > cal.Now) to = cal.Now;
            for (var i = r.Between(2, 4); i > 0; i--)
            {
                var (category, min, max) = r.Pick(RunningCosts);
                var amount = Math.Round((decimal)(r.Between(min, max) * size) / 100m) * 100m;
                list.Add(Expense(cal.Moment(r, from, to), head, amount, category, null, d, null));
            }
        }
    }

    /// <summary>Partners are paid on the 10th for the previous month's sales they brought.</summary>
    private void Commissions(SalesLedger ledger, List<ActivityDraft> list)
    {
        var head = org.HeadOf(org.HeadOffice);
        foreach (var ((partnerId, month), revenue) in ledger.RevenueByPartnerMonth.OrderBy(x => x.Key.PartnerId).ThenBy(x => x.Key.Month))
        {
            var partner = marketing.Partners[(int)partnerId - 1];
            var amount = Math.Round(revenue * partner.CommissionRate);
            var at = DemoCalendar.Utc(month.AddMonths(1).AddDays(9), 11);
            if (amount <= 0 || at >= cal.Now) continue;
            list.Add(Expense(at, head, amount, "commission", null, org.HeadOffice, partner.Name, partner));
        }
    }

    private static ActivityDraft Expense(DateTime at, Agent agent, decimal amount, string category, Campaign? campaign,
        Department department, string? vendor, Partner? partner = null) =>
        new("expense", at, agent)
        {
            Amount = amount, Campaign = campaign, Partner = partner, Subject = $"Ծախս՝ {Category(category)}",
            Expense = new ExpenseDraft(category, campaign, department, vendor),
        };

    private static string Vendor(Campaign c, Random r) => (c.Kind, c.Channel) switch
    {
        ("exhibition", _) => "Expo Yerevan ՓԲԸ",
        ("event", _) or ("seminar", _) => r.Pick(new[] { "«Ռոյալ Քեյթրինգ» ՍՊԸ", "«Իվենթ Պրո» ՍՊԸ" }),
        (_, "tv") => r.Pick(new[] { "Արմենիա TV", "Շանթ TV" }),
        (_, "radio") => "Ռադիո Վան",
        (_, "search") => "Google Ireland Ltd",
        (_, "social") => "Meta Platforms Ireland",
        (_, "outdoor") => "«Ալեքս Գրաֆիքս» ՍՊԸ",
        (_, "sms") => "SMS.am",
        (_, "email") => "Mailchimp",
        _ => "«Կոլ Սենթր» ՍՊԸ",
    };

    private static string Category(string code) => code switch
    {
        "advertising" => "գովազդ",
        "events" => "միջոցառումներ",
        "travel" => "գործուղում",
        "office" => "գրասենյակ",
        "communication" => "կապ",
        "software" => "ծրագրեր",
        "commission" => "գործընկերոջ միջնորդավճար",
        _ => "այլ",
    };
}
