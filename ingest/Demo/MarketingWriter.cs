using Npgsql;

namespace Crm.Ingest.Demo;

internal static class MarketingWriter
{
    public static void Write(NpgsqlConnection conn, Marketing marketing, Organisation org, IdSequences ids, LoadMeter meter, int seed)
    {
        using (var w = BinaryTableWriter.Open(conn, "partners",
                   "id, external_id, name, kind, tax_id, phone, email, region, city, commission_rate, status, created_at, updated_at", meter))
        {
            foreach (var p in marketing.Partners)
                w.Row().Long(p.Id).Text(p.ExternalId).Text(p.Name).Text(p.Kind).Text(p.TaxId).Text(p.Phone).Text(p.Email)
                    .Text(p.City.Region).Text(p.City.NameHy).Money(p.CommissionRate).Text(p.Status).Time(p.CreatedAt).Time(p.CreatedAt).End();
            w.Complete();
        }
        meter.Finished("partners");

        using (var w = BinaryTableWriter.Open(conn, "campaigns",
                   "id, external_id, name, kind, channel, source_code, department_id, starts_on, ends_on, cost, created_at, updated_at", meter))
        {
            foreach (var c in marketing.Campaigns)
            {
                var planned = c.StartsAt.AddDays(-14);
                w.Row().Long(c.Id).Text(c.ExternalId).Text(c.Name).Text(c.Kind).Text(c.Channel).Text(c.Source).Long(c.Department?.Id)
                    .Date(c.StartsOn).Date(c.EndsOn).Money(c.Cost).Time(planned).Time(planned).End();
            }
            w.Complete();
        }
        meter.Finished("campaigns");

        // Every partner has a signed agreement on file.
        var r = RandomStreams.For(seed, RandomStreams.Documents);
        var head = org.HeadOf(org.HeadOffice);
        using (var w = DocumentRows.Open(conn, meter))
        {
            foreach (var p in marketing.Partners)
                DocumentRows.Write(w, ids.Document(), "partner", p.Id, $"partner-agreement-{p.ExternalId}.pdf", "application/pdf",
                    r.Between(60_000, 900_000), $"docstore://partners/{p.ExternalId}/agreement.pdf", head.Id, p.CreatedAt);
            w.Complete();
        }
    }
}
