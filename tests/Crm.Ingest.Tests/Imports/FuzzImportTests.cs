using System.Globalization;
using System.Text;
using Crm.Ingest.Imports;

namespace Crm.Ingest.Tests.Imports;

/// <summary>
/// Thousands of malformed rows (wrong types, missing fields, broken UTF-8, 100 kB cells, CSV injection,
/// impossible dates, SQL-looking text) among valid ones: nothing crashes, every bad row is quarantined
/// with a reason, every good row is stored exactly.
/// </summary>
public sealed class FuzzImportTests(ImportStore store) : IClassFixture<ImportStore>
{
    private const int Rows = 12_000;

    private static readonly string[] ValidSubjects =
    [
        "'; drop table activities; --", "Robert'); DROP TABLE customers;--", "Price, \"special\" offer", "Line one\nline two",
        "Հանդիպում գործընկերոջ հետ", "Звонок по счёту №5", "-5% discount talk", "+374 10 123456 called back", "1 OR 1=1", "😀 emoji",
    ];

    private static readonly string[] Injections = ["=cmd|' /C calc'!A0", "@SUM(A1:A9)", "+HYPERLINK(\"http://x\")", "-cmd|calc", "\t=1+2"];

    [Fact]
    public async Task MalformedActivitiesAreQuarantinedAndValidOnesStoredExactly()
    {
        var random = new Random(20250301);
        var path = Path.Combine(store.Folder, "fuzz-activities.csv");
        var customers = (await store.RowsAsync("select external_id from customers order by id limit 50")).Select(r => (string)r[0]!).ToArray();
        var valid = new Dictionary<string, (string Subject, DateTime At, int Duration, string Agent)>();
        var invalid = 0;
        using (var csv = new FuzzCsv(path, "external_id", "type", "occurred_at", "agent", "customer", "subject", "duration_seconds", "amount"))
        {
            for (var i = 0; i < Rows; i++)
            {
                var id = $"FZ-{i}";
                var at = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(i);
                object[] cells =
                [
                    id, "call_out", at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), $"AG-{1 + random.Next(5):D4}",
                    customers[random.Next(customers.Length)], ValidSubjects[random.Next(ValidSubjects.Length)] + $" #{i}",
                    random.Next(0, 3600).ToString(CultureInfo.InvariantCulture), "",
                ];
                var kind = random.Next(16);
                switch (kind)
                {
                    case 0: cells[6] = "abc"; break;
                    case 1: cells[2] = ""; break;
                    case 2: cells[5] = Encoding.UTF8.GetBytes($"broken {i} ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray(); break;
                    case 3: cells[5] = new string('x', 100_000) + i; break;
                    case 4: cells[5] = Injections[random.Next(Injections.Length)] + i; break;
                    case 5: cells[2] = random.Next(2) == 0 ? "2025-02-30 10:00" : "31.02.2025"; break;
                    case 6: cells[1] = "teleport"; break;
                    case 7: cells[6] = "-5"; break;
                    case 8: cells[3] = "AG-9999"; break;
                    case 9: cells[5] = $"bell \u0007 {i}"; break;
                    case 10: cells[1] = "sale"; break; // a sale needs an amount
                    case 11: cells[7] = "12e5x"; break;
                    case 12: cells[2] = "0000-00-00"; break;
                    default:
                        valid[id] = ((string)cells[5], at, int.Parse((string)cells[6], CultureInfo.InvariantCulture), (string)cells[3]);
                        csv.Row(cells);
                        continue;
                }
                invalid++;
                csv.Row(cells);
            }
        }

        var summary = await store.ImportAsync("activities", path);

        Assert.Equal(Rows, summary.RowsRead);
        Assert.Equal(invalid, summary.RowsQuarantined);
        Assert.Equal(valid.Count, summary.RowsImported);
        Assert.Equal((long)invalid, await store.ScalarAsync<long>(
            "select count(*) from import_quarantine where batch_id = $1 and jsonb_array_length(errors::jsonb) > 0 and errors::jsonb->0->>'reason' <> ''",
            summary.BatchId));
        var stored = await store.RowsAsync("""
            select a.external_id, a.subject, a.occurred_at, a.duration_seconds, g.external_id
            from activities a join agents g on g.id = a.agent_id where a.external_id like 'FZ-%'
            """);
        Assert.Equal(valid.Count, stored.Count);
        foreach (var row in stored)
        {
            var expected = valid[(string)row[0]!];
            Assert.Equal(expected, ((string)row[1]!, (DateTime)row[2]!, (int)row[3]!, (string)row[4]!));
        }
        Assert.Equal("activities", await store.ScalarAsync<string>("select to_regclass('activities')::text"));
        Assert.Equal("customers", await store.ScalarAsync<string>("select to_regclass('customers')::text"));
    }

    [Fact]
    public async Task MalformedCustomersAreQuarantinedAndValidOnesStoredExactly()
    {
        var random = new Random(7);
        var path = Path.Combine(store.Folder, "fuzz-customers.csv");
        var valid = new Dictionary<string, (string Name, string Phone, string Email)>();
        var invalid = 0;
        using (var csv = new FuzzCsv(path, "external_id", "department", "name", "phone", "email", "birthday"))
        {
            for (var i = 0; i < Rows; i++)
            {
                var id = $"FC-{i}";
                object[] cells =
                [
                    id, "YER-C", ValidSubjects[random.Next(ValidSubjects.Length)] + $" {i}", $"+374 9{random.Next(10)} {100000 + i}",
                    $"user{i}@example.am", "1985-07-15",
                ];
                switch (random.Next(12))
                {
                    case 0: cells[4] = "not an email"; break;
                    case 1: cells[3] = "call me maybe"; break;
                    case 2: cells[5] = "1985-13-45"; break;
                    case 3: cells[2] = ""; break;
                    case 4: cells[1] = "NOWHERE"; break;
                    case 5: cells[2] = Injections[random.Next(Injections.Length)] + i; break;
                    case 6: cells[2] = new byte[] { 0x41, 0xE2, 0x82, 0x20, 0x42 }.Concat(Encoding.UTF8.GetBytes(i.ToString())).ToArray(); break;
                    case 7: cells[2] = new string('n', 100_000) + i; break;
                    case 8: cells[2] = $"nul \0 {i}"; break;
                    default:
                        valid[id] = ((string)cells[2], (string)cells[3], (string)cells[4]);
                        csv.Row(cells);
                        continue;
                }
                invalid++;
                csv.Row(cells);
            }
        }

        var summary = await store.ImportAsync("customers", path);

        Assert.Equal((Rows, invalid, valid.Count), ((int)summary.RowsRead, (int)summary.RowsQuarantined, (int)summary.RowsImported));
        Assert.Equal((long)invalid, await store.ScalarAsync<long>(
            "select count(*) from import_quarantine where batch_id = $1 and errors::jsonb->0->>'reason' <> ''", summary.BatchId));
        var stored = await store.RowsAsync("select external_id, name, phone, email from customers where external_id like 'FC-%'");
        Assert.Equal(valid.Count, stored.Count);
        foreach (var row in stored)
            Assert.Equal(valid[(string)row[0]!], ((string)row[1]!, (string)row[2]!, (string)row[3]!));
    }
}
