using Npgsql;

namespace Crm.Ingest.Demo;

/// <summary>
/// Customers, how their lifecycle and segment moved, their contact persons, who owned them when, and the planted
/// duplicates — one chunk at a time.
/// </summary>
internal static class CustomerWriter
{
    public static void Write(NpgsqlConnection conn, IReadOnlyList<Customer> chunk, IdSequences ids, LoadMeter meter)
    {
        var histories = chunk.Select(AttributeHistory.Of).ToList();
        using (var w = BinaryTableWriter.Open(conn, "customers",
                   "id, external_id, kind, name, first_name, last_name, legal_form, tax_id, phone, email, lifecycle, " +
                   "lifecycle_changed_at, source_code, campaign_id, partner_id, referred_by_customer_id, region, city, address, " +
                   "latitude, longitude, birthday, language, department_id, owner_agent_id, segment, created_at, updated_at", meter))
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                var c = chunk[i];
                var last = histories[i][^1];
                var changed = c.LifecycleChangedAt;
                var updated = new[] { c.CreatedAt, changed, c.Ownership[^1].From, last.At }.Max();
                w.Row().Long(c.Id).Text(c.ExternalId).Text(c.Kind).Text(c.Name).Text(c.FirstName).Text(c.LastName)
                    .Text(c.LegalForm).Text(c.TaxId).Text(c.PhoneText).Text(c.Email).Text(c.Lifecycle).Time(changed)
                    .Text(c.Source).Long(c.Campaign?.Id).Long(c.Partner?.Id).Long(c.ReferredById).Text(c.City.Region)
                    .Text(c.City.NameHy).Text(c.Address).Double(c.Latitude).Double(c.Longitude).Date(c.Birthday)
                    .Text(c.Language).Long(c.Department.Id).Long(c.CurrentOwner.Id).Text(last.Segment).Time(c.CreatedAt)
                    .Time(updated).End();
            }
            w.Complete();
        }

        using (var w = BinaryTableWriter.Open(conn, "customer_attribute_history",
                   "id, customer_id, changed_at, lifecycle, segment, created_at, updated_at", meter))
        {
            for (var i = 0; i < chunk.Count; i++)
            foreach (var h in histories[i])
                w.Row().Long(ids.AttributeChange()).Long(chunk[i].Id).Time(h.At).Text(h.Lifecycle).Text(h.Segment).Time(h.At)
                    .Time(h.At).End();
            w.Complete();
        }

        using (var w = BinaryTableWriter.Open(conn, "contacts",
                   "id, customer_id, full_name, position, relation_type, phone, email, birthday, is_primary, created_at, updated_at", meter))
        {
            foreach (var c in chunk)
            foreach (var k in c.Contacts)
            {
                k.Id = ids.Contact();
                w.Row().Long(k.Id).Long(c.Id).Text(k.FullName).Text(k.Position).Text(k.Relation).Text(k.Phone).Text(k.Email)
                    .Date(k.Birthday).Bool(k.IsPrimary).Time(k.CreatedAt).Time(k.CreatedAt).End();
            }
            w.Complete();
        }

        using (var w = BinaryTableWriter.Open(conn, "customer_ownership",
                   "id, customer_id, agent_id, valid_from, valid_to, reason, created_at, updated_at", meter))
        {
            foreach (var c in chunk)
            foreach (var s in c.Ownership)
            {
                s.Id = ids.Ownership();
                w.Row().Long(s.Id).Long(c.Id).Long(s.Agent.Id).Time(s.From).Time(s.To).Text(s.Reason).Time(s.From)
                    .Time(s.To ?? s.From).End();
            }
            w.Complete();
        }

        using (var w = BinaryTableWriter.Open(conn, "demo_duplicates",
                   "duplicate_customer_id, original_customer_id, variation, created_at, updated_at", meter))
        {
            foreach (var c in chunk)
                if (c.DuplicateOf is { } original)
                    w.Row().Long(c.Id).Long(original.Id).Text(c.Variation).Time(c.CreatedAt).Time(c.CreatedAt).End();
            w.Complete();
        }
    }

    public static readonly string[] Tables = ["customers", "customer_attribute_history", "contacts", "customer_ownership", "demo_duplicates"];
}
