namespace Crm.Ingest.Demo;

/// <summary>
/// Writes one customer's journal: the touches that move each deal (none while a deal stalls), the sale
/// and the money that follows it, and everyday contact that fades in the half-year before a churn. Every
/// row is attributed to whoever owned the customer at that moment, so a leaver's history stays theirs.
/// </summary>
internal sealed class JournalComposer(DemoCalendar cal, Marketing marketing, int seed)
{
    private static readonly WeightedTable<string> EverydayTypes = new([("call_out", 0.26), ("call_in", 0.14), ("email", 0.2),
        ("sms", 0.14), ("visit", 0.05), ("meeting", 0.05), ("inquiry", 0.07), ("task", 0.06), ("event", 0.03)]);

    private static readonly Dictionary<string, WeightedTable<string>> StageTypes = new()
    {
        ["lead"] = new([("call_out", 0.5), ("email", 0.3), ("sms", 0.2)]),
        ["qualified"] = new([("call_out", 0.4), ("meeting", 0.3), ("call_in", 0.2), ("email", 0.1)]),
        ["proposal"] = new([("email", 0.4), ("call_out", 0.3), ("call_in", 0.2), ("meeting", 0.1)]),
        ["negotiation"] = new([("meeting", 0.35), ("call_out", 0.25), ("call_in", 0.2), ("visit", 0.2)]),
    };

    private static readonly double[] ExtraTouchChance = [0.3, 0.3, 0.4, 0.4];

    /// <summary>The window before a churn in which contact fades; the last stretch is nearly silent.</summary>
    public static readonly TimeSpan FadeBeforeChurn = TimeSpan.FromDays(180);

    public (List<ActivityDraft> Activities, List<LoyaltyDraft> Loyalty) Compose(Customer c)
    {
        var r = RandomStreams.For(seed, RandomStreams.Journal, c.Id);
        var list = new List<ActivityDraft>();
        foreach (var deal in c.Deals) DealTouches(c, deal, list, r);
        var saleDrafts = new List<(SaleEvent Sale, ActivityDraft Draft)>();
        foreach (var sale in c.Sales) saleDrafts.Add((sale, SaleWithMoney(c, sale, list, r)));
        for (var i = 0; i < c.Touches; i++) Everyday(c, list, r);

        for (var i = 0; i < list.Count; i++) list[i].Order = i;
        list.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order.CompareTo(b.Order));
        return (list, Loyalty(c, saleDrafts, r));
    }

    private void DealTouches(Customer c, DealPlan deal, List<ActivityDraft> list, Random r)
    {
        if (!deal.IsRepeat && deal.Source is "website" or "social" or "advertising" or "walk_in")
        {
            var asked = deal.OpenedAt - r.Days(0.01, 2);
            if (asked < c.CreatedAt) asked = c.CreatedAt;
            if (asked < deal.OpenedAt) list.Add(Contact(c, "inquiry", asked, r, deal));
        }
        if (deal == c.Deals[0] && c.Campaign is { IsGathering: true } gathering && c.CreatedAt <= deal.OpenedAt)
            list.Add(new ActivityDraft("event", c.CreatedAt, c.OwnerAt(c.CreatedAt))
            {
                Campaign = gathering, Subject = $"Մասնակցություն՝ {gathering.Name}", Outcome = "positive",
            });
        list.Add(new ActivityDraft("deal", deal.OpenedAt, c.OwnerAt(deal.OpenedAt))
        {
            Deal = deal, Campaign = deal.Campaign, Partner = deal.Partner, Subject = DealTitles.For(deal),
        });

        for (var i = 0; i < deal.Steps.Count; i++)
        {
            var step = deal.Steps[i];
            if (step.Stage is "won" or "lost") break;
            var start = step.At;
            var end = i + 1 < deal.Steps.Count ? deal.Steps[i + 1].At : cal.Now;
            if (deal.TouchesUntil is { } until && until < end) end = until;
            if (end <= start) continue;
            var stage = Array.IndexOf(["lead", "qualified", "proposal", "negotiation"], step.Stage);
            var touches = 1 + (r.Chance(ExtraTouchChance[stage]) ? 1 : 0) + (stage >= 2 && r.Chance(0.15) ? 1 : 0);
            for (var k = 0; k < touches; k++)
                list.Add(Contact(c, StageTypes[step.Stage].Draw(r), cal.Moment(r, start, end), r, deal));
            if (r.Chance(0.2)) list.Add(Task(c, start + (end - start) * r.Between(0, 0.3), r, deal));
        }

        if (deal.IsWon)
        {
            var negotiation = deal.TimeOf("negotiation") ?? deal.OpenedAt;
            var agreed = deal.LastChange - (deal.LastChange - negotiation) * r.Between(0.02, 0.5);
            list.Add(Contact(c, "agreement", agreed, r, deal));
        }
        else if (deal.Stage == "lost" && deal.TouchesUntil is null && r.Chance(0.3))
            list.Add(Contact(c, "call_out", deal.LastChange, r, deal));
    }

    private ActivityDraft SaleWithMoney(Customer c, SaleEvent sale, List<ActivityDraft> list, Random r)
    {
        var amount = sale.Amount;
        var saleDraft = new ActivityDraft("sale", sale.At, c.OwnerAt(sale.At))
        {
            Deal = sale.Deal, Campaign = sale.Deal?.Campaign, Partner = sale.Deal?.Partner, Amount = amount, Sale = sale,
            Subject = Subjects.For("sale", r), ContactId = PickContact(c, r),
        };
        list.Add(saleDraft);

        // Money stops with the customer: nothing is paid after a churn (that debt stays open).
        var limit = c.ChurnAt is { } churn && churn < cal.Now ? churn : cal.Now;
        var payments = new List<(DateTime At, decimal Amount, string Type, string Method, DateOnly Due)>();
        var saleDay = DemoCalendar.LocalDate(sale.At);
        if (!c.IsCompany)
        {
            var method = r.Next(20) switch { < 7 => "cash", < 16 => "card", _ => "online" };
            var at = r.Chance(0.7) ? cal.Moment(r, sale.At, sale.At.AddHours(2)) : cal.Moment(r, sale.At.AddDays(1), sale.At.AddDays(10));
            payments.Add((at, amount, "payment", method, saleDay));
        }
        else
        {
            var bank = r.Chance(0.85);
            var (type, method) = bank ? ("bank_payment", "bank_transfer") : ("payment", r.Chance(0.5) ? "card" : "online");
            var terms = r.Next(10) switch { < 2 => 0, < 6 => 15, _ => 30 };
            var due = saleDay.AddDays(terms);
            var behaviour = r.NextDouble();
            if (behaviour < 0.92)
            {
                var at = behaviour < 0.7
                    ? cal.Moment(r, sale.At.AddHours(2), sale.At.AddDays(Math.Max(terms, 1)))
                    : cal.Moment(r, DemoCalendar.Utc(due, 9).AddDays(3), DemoCalendar.Utc(due, 9).AddDays(60));
                if (amount > 1_000_000m && r.Chance(0.2))
                {
                    var first = Math.Round(amount * 0.4m);
                    payments.Add((at, first, type, method, due));
                    payments.Add((cal.Moment(r, at.AddDays(15), at.AddDays(45)), amount - first, type, method, due));
                }
                else payments.Add((at, amount, type, method, due));
            }
        }

        var paid = 0m;
        DateTime? firstPaid = null;
        var firstMethod = "cash";
        foreach (var p in payments.Where(p => p.At < limit && p.Amount > 0))
        {
            list.Add(new ActivityDraft(p.Type, p.At, c.OwnerAt(p.At))
            {
                Amount = p.Amount, Subject = Subjects.For(p.Type, r), Deal = sale.Deal,
                Payment = new PaymentDraft(p.Method, p.Due, saleDraft),
            });
            paid += p.Amount;
            if (firstPaid is null) { firstPaid = p.At; firstMethod = p.Method; }
        }

        if (firstPaid is { } paidAt && r.Chance(0.025))
        {
            var at = cal.Moment(r, paidAt.AddDays(3), paidAt.AddDays(40));
            var refund = Math.Min(paid, Math.Round(amount * (decimal)r.Between(0.1, 1.0)));
            if (at < limit && refund > 0)
                list.Add(new ActivityDraft("refund", at, c.OwnerAt(at))
                {
                    Amount = refund, Subject = Subjects.For("refund", r), Deal = sale.Deal,
                    Payment = new PaymentDraft(firstMethod, null, saleDraft),
                });
        }
        return saleDraft;
    }

    private void Everyday(Customer c, List<ActivityDraft> list, Random r)
    {
        if (c.ActiveUntil <= c.CreatedAt) return;
        var at = FadingMoment(c, r);
        var type = EverydayTypes.Draw(r);
        if (type == "email" && c.Email is null) type = "call_out";
        if (type is "sms" or "call_out" or "call_in" && c.Phone is null) type = c.Email is null ? "visit" : "email";
        if (type == "event")
        {
            var gathering = marketing.GatheringNear(at, r);
            var when = gathering?.StartsAt.AddHours(r.Between(0, 6));
            if (gathering is not null && when >= c.CreatedAt && when < c.ActiveUntil)
            {
                list.Add(new ActivityDraft("event", when.Value, c.OwnerAt(when.Value))
                {
                    Campaign = gathering, Subject = $"Մասնակցություն՝ {gathering.Name}", Outcome = r.Chance(0.7) ? "positive" : "neutral",
                    ContactId = PickContact(c, r),
                });
                return;
            }
            type = "call_out";
        }
        list.Add(type == "task" ? Task(c, at, r, null) : Contact(c, type, at, r, null));
    }

    /// <summary>Uniform over the customer's active life, thinning linearly to ~15% over the months before a churn.</summary>
    private DateTime FadingMoment(Customer c, Random r)
    {
        for (var attempt = 0; ; attempt++)
        {
            var t = cal.Moment(r, c.CreatedAt, c.ActiveUntil, Season.Contact);
            if (c.ChurnAt is not { } churn || attempt > 20) return t;
            var fadeStart = churn - FadeBeforeChurn;
            if (t < fadeStart) return t;
            var x = (t - fadeStart) / FadeBeforeChurn;
            if (r.NextDouble() < 1 - 0.85 * x) return t;
        }
    }

    private ActivityDraft Contact(Customer c, string type, DateTime at, Random r, DealPlan? deal)
    {
        var (outcome, duration) = ContactOutcomes.For(type, r);
        return new ActivityDraft(type, at, c.OwnerAt(at))
        {
            Deal = deal, Subject = Subjects.For(type, r), Outcome = outcome, Duration = duration, ContactId = PickContact(c, r),
        };
    }

    /// <summary>Tasks have a due date; most are done around it, some are still open and overdue at AsOf.</summary>
    private ActivityDraft Task(Customer c, DateTime at, Random r, DealPlan? deal)
    {
        var due = at + r.Days(1, 7);
        DateTime? completed = null;
        string outcome;
        var x = r.NextDouble();
        if (x < 0.05) outcome = "cancelled";
        else if (x < 0.87)
        {
            var done = at + (due - at) * r.Between(0.2, 1.4);
            if (done < cal.Now) { completed = done; outcome = "done"; }
            else outcome = "open";
        }
        else outcome = "open";
        return new ActivityDraft("task", at, c.OwnerAt(at))
        {
            Deal = deal, Subject = Subjects.For("task", r), Outcome = outcome, DueAt = due, CompletedAt = completed,
        };
    }

    private static long? PickContact(Customer c, Random r)
    {
        if (c.Contacts.Count == 0) return null;
        if (c.IsCompany) return r.Chance(0.7) ? c.Contacts[r.Chance(0.6) ? 0 : r.Next(c.Contacts.Count)].Id : null;
        return r.Chance(0.1) ? c.Contacts[0].Id : null;
    }

    /// <summary>
    /// A club card at the first purchase, points for every purchase, level changes as spend accumulates,
    /// occasional redemptions, and referral bonuses: the new customer's row names its referrer, and the
    /// referrer earns points on its own row.
    /// </summary>
    private List<LoyaltyDraft> Loyalty(Customer c, List<(SaleEvent Sale, ActivityDraft Draft)> sales, Random r)
    {
        var rows = new List<LoyaltyDraft>();
        if (sales.Count == 0) return rows;
        var first = sales[0].Sale.At;
        rows.Add(new LoyaltyDraft(c.Id, first, 0, 0, "none", 0m, $"AC{c.Id:D8}", null, "card_issued", null));
        if (c.ReferredById is { } referrer)
        {
            rows.Add(new LoyaltyDraft(c.Id, first, 500, 0, null, null, null, referrer, "referral", null));
            rows.Add(new LoyaltyDraft(referrer, first, 1000, 0, null, null, null, null, "referral", null));
        }
        var balance = 0;
        var level = "none";
        foreach (var (sale, draft) in sales)
        {
            var points = LoyaltyLadder.PointsFor(sale.Amount);
            rows.Add(new LoyaltyDraft(c.Id, sale.At, points, 0, null, null, null, null, "purchase", draft));
            balance += points;
            var (now, pct) = LoyaltyLadder.At(sale.SpentBefore + sale.Amount);
            if (now != level)
            {
                rows.Add(new LoyaltyDraft(c.Id, sale.At, 0, 0, now, pct, null, null, "level_change", null));
                level = now;
            }
            if (balance >= 2000 && r.Chance(0.25))
            {
                var spend = (int)(balance * r.Between(0.3, 1.0)) / 100 * 100;
                if (spend <= 0) continue;
                rows.Add(new LoyaltyDraft(c.Id, sale.At, 0, spend, null, null, null, null, "redemption", draft));
                balance -= spend;
            }
        }
        if (r.Chance(0.01))
            rows.Add(new LoyaltyDraft(c.Id, sales[^1].Sale.At, r.Between(1, 5) * 100, 0, null, null, null, null, "adjustment", null));
        return rows;
    }
}
