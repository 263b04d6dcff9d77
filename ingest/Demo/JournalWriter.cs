using Npgsql;

namespace Crm.Ingest.Demo;

/// <summary>
/// Streams the activity journal: activities go straight into one COPY while the rows hanging off them
/// (sale lines, payments, expenses, loyalty) wait for it to finish, because their foreign keys need the
/// activities in place. Only one chunk of customers is ever held, so M's ten million rows never are.
/// </summary>
internal static class JournalWriter
{
    public static readonly string[] Tables = ["activities", "sale_lines", "payments", "expenses", "loyalty_ledger"];

    private const string ActivityColumns =
        "id, type_code, occurred_at, agent_id, customer_id, contact_id, deal_id, campaign_id, partner_id, subject, " +
        "duration_seconds, outcome, amount, due_at, completed_at, created_at, updated_at";

    public static void WriteCustomers(NpgsqlConnection conn, IReadOnlyList<Customer> chunk, JournalComposer composer, IdSequences ids,
        LoadMeter meter)
    {
        var children = new List<ActivityDraft>();
        var loyalty = new List<LoyaltyDraft>();
        using (var w = BinaryTableWriter.Open(conn, "activities", ActivityColumns, meter))
        {
            foreach (var c in chunk)
            {
                var (activities, ledger) = composer.Compose(c);
                foreach (var a in activities)
                {
                    a.Id = ids.Activity();
                    WriteActivity(w, a, c.Id);
                    if (a.Sale is not null || a.Payment is not null) children.Add(a);
                }
                loyalty.AddRange(ledger);
            }
            w.Complete();
        }
        WriteChildren(conn, children, ids, meter);
        WriteLoyalty(conn, loyalty, ids, meter);
    }

    public static void WriteOffice(NpgsqlConnection conn, IReadOnlyList<ActivityDraft> expenses, IdSequences ids, LoadMeter meter)
    {
        using (var w = BinaryTableWriter.Open(conn, "activities", ActivityColumns, meter))
        {
            foreach (var a in expenses)
            {
                a.Id = ids.Activity();
                WriteActivity(w, a, null);
            }
            w.Complete();
        }
        using (var w = BinaryTableWriter.Open(conn, "expenses",
                   "activity_id, category, campaign_id, department_id, vendor, created_at, updated_at", meter))
        {
            foreach (var a in expenses)
            {
                var e = a.Expense!;
                w.Row().Long(a.Id).Text(e.Category).Long(e.Campaign?.Id).Long(e.Department.Id).Text(e.Vendor).Time(a.At).Time(a.At).End();
            }
            w.Complete();
        }
    }

    private static void WriteActivity(BinaryTableWriter w, ActivityDraft a, long? customerId) =>
        w.Row().Long(a.Id).Text(a.Type).Time(a.At).Long(a.Agent?.Id).Long(customerId).Long(a.ContactId).Long(a.Deal?.Id)
            .Long(a.Campaign?.Id).Long(a.Partner?.Id).Text(a.Subject).Int(a.Duration).Text(a.Outcome).Money(a.Amount)
            .Time(a.DueAt).Time(a.CompletedAt).Time(a.At).Time(a.UpdatedAt).End();

    private static void WriteChildren(NpgsqlConnection conn, List<ActivityDraft> children, IdSequences ids, LoadMeter meter)
    {
        using (var w = BinaryTableWriter.Open(conn, "sale_lines",
                   "id, sale_activity_id, product_id, quantity, unit_price, discount_amount, unit_cost, created_at, updated_at", meter))
        {
            foreach (var a in children)
                if (a.Sale is { } sale)
                    foreach (var l in sale.Lines)
                        w.Row().Long(ids.SaleLine()).Long(a.Id).Long(l.Product.Id).Money(l.Quantity).Money(l.UnitPrice)
                            .Money(l.DiscountAmount).Money(l.Product.UnitCost).Time(a.At).Time(a.At).End();
            w.Complete();
        }
        using (var w = BinaryTableWriter.Open(conn, "payments", "activity_id, method, due_date, sale_activity_id, created_at, updated_at", meter))
        {
            foreach (var a in children)
                if (a.Payment is { } p)
                    w.Row().Long(a.Id).Text(p.Method).Date(p.DueDate).Long(p.SaleActivity.Id).Time(a.At).Time(a.At).End();
            w.Complete();
        }
    }

    private static void WriteLoyalty(NpgsqlConnection conn, List<LoyaltyDraft> rows, IdSequences ids, LoadMeter meter)
    {
        using var w = BinaryTableWriter.Open(conn, "loyalty_ledger",
            "id, customer_id, occurred_at, points_earned, points_spent, discount_level, discount_pct, club_card_no, " +
            "referrer_customer_id, reason, sale_activity_id, created_at, updated_at", meter);
        foreach (var l in rows)
            w.Row().Long(ids.Loyalty()).Long(l.CustomerId).Time(l.At).Int(l.Earned).Int(l.Spent).Text(l.Level).Money(l.Pct)
                .Text(l.CardNo).Long(l.ReferrerId).Text(l.Reason).Long(l.Sale?.Id).Time(l.At).Time(l.At).End();
        w.Complete();
    }
}
