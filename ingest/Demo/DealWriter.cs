using Npgsql;

namespace Crm.Ingest.Demo;

/// <summary>
/// Deals with their stage history (one step at a time, the deal's stage is where the history ends), the
/// quotes of deals that reached a proposal, contracts of won deals, and the documents filed for them.
/// </summary>
internal sealed class DealWriter(DemoCalendar cal, int seed)
{
    public static readonly string[] Tables = ["deals", "deal_stage_history", "quotes", "quote_lines", "contracts", "documents"];

    public void Write(NpgsqlConnection conn, IReadOnlyList<Customer> chunk, IdSequences ids, SalesLedger ledger, LoadMeter meter)
    {
        var deals = chunk.SelectMany(c => c.Deals).ToList();
        foreach (var d in deals) d.Id = ids.Deal();

        using (var w = BinaryTableWriter.Open(conn, "deals",
                   "id, external_id, customer_id, owner_agent_id, department_id, partner_id, campaign_id, source_code, product_id, " +
                   "title, stage, amount, currency, expected_close_date, opened_at, stage_changed_at, closed_at, lost_reason, " +
                   "created_at, updated_at", meter))
        {
            foreach (var d in deals)
            {
                w.Row().Long(d.Id).Text($"DL-{d.Id:D7}").Long(d.Customer.Id).Long(d.Owner.Id).Long(d.Customer.Department.Id)
                    .Long(d.Partner?.Id).Long(d.Campaign?.Id).Text(d.Source).Long(d.MainProduct?.Id).Text(DealTitles.For(d))
                    .Text(d.Stage).Money(d.Amount).Text("AMD").Date(d.IsClosed ? null : d.ExpectedClose).Time(d.OpenedAt)
                    .Time(d.LastChange).Time(d.IsClosed ? d.LastChange : null).Text(d.LostReason).Time(d.OpenedAt)
                    .Time(d.LastChange).End();
                if (d.IsWon) ledger.Won(d);
            }
            w.Complete();
        }

        using (var w = BinaryTableWriter.Open(conn, "deal_stage_history",
                   "id, deal_id, from_stage, to_stage, changed_at, agent_id, created_at, updated_at", meter))
        {
            foreach (var d in deals)
                for (var i = 0; i < d.Steps.Count; i++)
                {
                    var s = d.Steps[i];
                    w.Row().Long(ids.History()).Long(d.Id).Text(i == 0 ? null : d.Steps[i - 1].Stage).Text(s.Stage).Time(s.At)
                        .Long(d.Customer.OwnerAt(s.At).Id).Time(s.At).Time(s.At).End();
                }
            w.Complete();
        }

        var quotes = new List<QuoteDraft>();
        var contracts = new List<ContractDraft>();
        foreach (var d in deals)
        {
            var r = RandomStreams.For(seed, RandomStreams.Documents, d.Id);
            PlanQuotes(d, ids, quotes, r);
            if (d.IsWon) contracts.Add(PlanContract(d, ids));
        }

        using (var w = BinaryTableWriter.Open(conn, "quotes",
                   "id, number, deal_id, customer_id, agent_id, price_list_id, issued_at, valid_until, amount, status, created_at, updated_at", meter))
        {
            foreach (var q in quotes)
                w.Row().Long(q.Id).Text(q.Number).Long(q.Deal.Id).Long(q.Deal.Customer.Id).Long(q.Deal.Customer.OwnerAt(q.IssuedAt).Id)
                    .Long(q.Deal.PriceList?.Id).Time(q.IssuedAt).Date(q.ValidUntil).Money(q.Amount).Text(q.Status).Time(q.IssuedAt)
                    .Time(q.IssuedAt).End();
            w.Complete();
        }

        using (var w = BinaryTableWriter.Open(conn, "quote_lines",
                   "id, quote_id, product_id, quantity, unit_price, discount_pct, created_at, updated_at", meter))
        {
            foreach (var q in quotes)
            foreach (var l in q.Lines)
                w.Row().Long(ids.QuoteLine()).Long(q.Id).Long(l.Product.Id).Money(l.Quantity).Money(l.UnitPrice).Money(l.DiscountPct)
                    .Time(q.IssuedAt).Time(q.IssuedAt).End();
            w.Complete();
        }

        using (var w = BinaryTableWriter.Open(conn, "contracts",
                   "id, number, customer_id, deal_id, agent_id, signed_at, starts_on, ends_on, amount, status, created_at, updated_at", meter))
        {
            foreach (var k in contracts)
                w.Row().Long(k.Id).Text(k.Number).Long(k.Deal.Customer.Id).Long(k.Deal.Id).Long(k.Deal.Owner.Id).Time(k.Deal.LastChange)
                    .Date(k.StartsOn).Date(k.EndsOn).Money(k.Deal.Amount).Text(k.Status).Time(k.Deal.LastChange).Time(k.UpdatedAt).End();
            w.Complete();
        }

        using (var w = DocumentRows.Open(conn, meter))
        {
            foreach (var k in contracts)
            {
                var r = RandomStreams.For(seed, RandomStreams.Documents, -k.Id);
                var at = Before(k.Deal.LastChange + r.Days(0.01, 2));
                DocumentRows.Write(w, ids.Document(), "contract", k.Id, $"contract-{k.Number}.pdf", "application/pdf",
                    r.Between(80_000, 1_500_000), $"docstore://contracts/{k.Deal.LastChange.Year}/{k.Number}.pdf", k.Deal.Owner.Id, at);
            }
            foreach (var q in quotes.Where(q => q.Status != "draft"))
            {
                var r = RandomStreams.For(seed, RandomStreams.Documents, -1_000_000_000L - q.Id);
                if (!r.Chance(0.6)) continue;
                DocumentRows.Write(w, ids.Document(), "quote", q.Id, $"quote-{q.Number}.pdf", "application/pdf",
                    r.Between(40_000, 400_000), $"docstore://quotes/{q.IssuedAt.Year}/{q.Number}.pdf",
                    q.Deal.Customer.OwnerAt(q.IssuedAt).Id, q.IssuedAt);
            }
            foreach (var c in chunk.Where(c => c.IsCompany))
            {
                var r = RandomStreams.For(seed, RandomStreams.Documents, -2_000_000_000L - c.Id);
                if (!r.Chance(0.3)) continue;
                var at = Before(c.CreatedAt + r.Days(0.1, 10));
                var scan = r.Chance(0.3);
                DocumentRows.Write(w, ids.Document(), "customer", c.Id, scan ? $"registration-{c.Id}.jpg" : $"registration-{c.Id}.pdf",
                    scan ? "image/jpeg" : "application/pdf", r.Between(150_000, 3_000_000),
                    $"docstore://customers/{c.Id}/registration.{(scan ? "jpg" : "pdf")}", c.OwnerAt(at).Id, at);
            }
            w.Complete();
        }
    }

    /// <summary>A quote when the deal reached proposal; a quarter are revised during negotiation.</summary>
    private void PlanQuotes(DealPlan d, IdSequences ids, List<QuoteDraft> quotes, Random r)
    {
        var proposal = d.TimeOf("proposal");
        if (proposal is null) return;
        var negotiation = d.TimeOf("negotiation");
        var firstEnd = negotiation ?? NextAfter(d, proposal.Value);
        var issued = proposal.Value + (firstEnd - proposal.Value) * r.Between(0.02, 0.3);
        var revise = negotiation is not null && r.Chance(0.25);
        if (revise)
        {
            var earlier = d.Basket.Select(l => l with { DiscountPct = Math.Max(0, l.DiscountPct - 5) }).ToArray();
            quotes.Add(new QuoteDraft(ids.Quote(), d, issued, ValidUntil(issued, r), "rejected", earlier));
            issued = negotiation!.Value + (NextAfter(d, negotiation.Value) - negotiation.Value) * r.Between(0.02, 0.3);
        }
        var validUntil = ValidUntil(issued, r);
        var status = d.Stage switch
        {
            "won" => "accepted",
            "lost" => r.Chance(0.7) ? "rejected" : "expired",
            _ when validUntil < cal.AsOf => "expired",
            _ when issued > cal.Now.AddDays(-3) && r.Chance(0.4) => "draft",
            _ => "sent",
        };
        quotes.Add(new QuoteDraft(ids.Quote(), d, issued, validUntil, status, d.Basket));
    }

    private ContractDraft PlanContract(DealPlan d, IdSequences ids)
    {
        var starts = DemoCalendar.LocalDate(d.LastChange);
        var ends = d.Customer.IsCompany ? starts.AddMonths(12) : starts.AddMonths(6);
        var churn = d.Customer.ChurnAt;
        var (status, updated) = churn is { } c && DemoCalendar.LocalDate(c) < ends
            ? ("terminated", c)
            : ends < cal.AsOf ? ("completed", DemoCalendar.Utc(ends, 12)) : ("active", d.LastChange);
        return new ContractDraft(ids.Contract(), d, starts, ends, status, updated);
    }

    private DateTime NextAfter(DealPlan d, DateTime t)
    {
        foreach (var s in d.Steps)
            if (s.At > t) return s.At;
        return d.TouchesUntil is { } u && u > t ? u : cal.Now;
    }

    private static DateOnly ValidUntil(DateTime issued, Random r) => DemoCalendar.LocalDate(issued).AddDays(r.Chance(0.6) ? 14 : 30);

    private DateTime Before(DateTime t) => t < cal.Now ? t : cal.Now;
}
