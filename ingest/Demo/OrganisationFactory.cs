namespace Crm.Ingest.Demo;

/// <summary>
/// Builds the company: regional offices sized by the population they serve, agents of uneven skill, a
/// tenth of them leaving during the history with their portfolio handed to a colleague of the same office.
/// </summary>
internal static class OrganisationFactory
{
    public const string MailDomain = "arevtech.am";

    private static readonly (string Code, string Name, string Region)[] Offices =
    [
        ("YER-C", "Երևան – Կենտրոն (գլխավոր գրասենյակ)", "Yerevan"),
        ("SHR-G", "Գյումրու մասնաճյուղ", "Shirak"),
        ("LOR-V", "Վանաձորի մասնաճյուղ", "Lori"),
        ("KOT-A", "Աբովյանի մասնաճյուղ", "Kotayk"),
        ("YER-A", "Երևան – Արաբկիր", "Yerevan"),
        ("YER-S", "Երևան – Շենգավիթ", "Yerevan"),
        ("ARM-E", "Էջմիածնի մասնաճյուղ", "Armavir"),
        ("ARR-A", "Արտաշատի մասնաճյուղ", "Ararat"),
        ("ARG-A", "Աշտարակի մասնաճյուղ", "Aragatsotn"),
        ("GEG-G", "Գավառի մասնաճյուղ", "Gegharkunik"),
        ("SYU-K", "Կապանի մասնաճյուղ", "Syunik"),
        ("TAV-I", "Իջևանի մասնաճյուղ", "Tavush"),
        ("VDZ-Y", "Եղեգնաձորի մասնաճյուղ", "Vayots Dzor"),
        ("YER-M", "Երևան – Մալաթիա", "Yerevan"),
        ("KOT-H", "Հրազդանի մասնաճյուղ", "Kotayk"),
        ("ARM-A", "Արմավիրի մասնաճյուղ", "Armavir"),
        ("ARR-M", "Մասիսի մասնաճյուղ", "Ararat"),
        ("GEG-S", "Սևանի մասնաճյուղ", "Gegharkunik"),
        ("SYU-G", "Գորիսի մասնաճյուղ", "Syunik"),
        ("LOR-A", "Ալավերդու մասնաճյուղ", "Lori"),
    ];

    public static Organisation Build(DemoScale scale, DemoCalendar cal, CityBook cities, int seed)
    {
        var r = RandomStreams.For(seed, RandomStreams.Organisation);
        var departments = BuildDepartments(scale.Departments, cal);
        var agents = BuildAgents(scale, departments, cal, cities, r);
        PlanLeavers(agents, cal, r);
        return new Organisation(departments, agents);
    }

    private static List<Department> BuildDepartments(int count, DemoCalendar cal)
    {
        var list = new List<Department>();
        var opened = cal.FirstDay.AddYears(-9);
        for (var i = 0; i < count; i++)
        {
            var (code, name, region) = i < Offices.Length
                ? Offices[i]
                : ($"BR-{i + 1:D2}", $"Մասնաճյուղ {i + 1}", Offices[i % Offices.Length].Region);
            var createdAt = DemoCalendar.Utc(opened.AddDays(i * 61), 10);
            list.Add(new Department(i + 1, code, name, i == 0 ? null : 1, region, createdAt));
        }
        return list;
    }

    private static List<Agent> BuildAgents(DemoScale scale, List<Department> departments, DemoCalendar cal, CityBook cities, Random r)
    {
        // Offices get sales staff in proportion to the people living in the regions they serve.
        var regionWeight = cities.Cities.GroupBy(c => c.Region).ToDictionary(g => g.Key, g => g.Sum(c => c.Weight));
        var served = departments.ToDictionary(d => d.Id, _ => 0.0);
        foreach (var (region, weight) in regionWeight)
        {
            var local = departments.Where(d => d.Region == region).ToList();
            if (local.Count == 0) local = departments.Where(d => d.Region == departments[0].Region).ToList();
            foreach (var d in local) served[d.Id] += weight / local.Count;
        }

        var marketers = Math.Max(1, departments.Count / 5);
        var management = scale.Agents >= 100 ? 1 : 0;
        var sellers = Math.Max(departments.Count, scale.Agents - departments.Count - marketers - management);
        var total = served.Values.Sum();
        var perDepartment = departments.ToDictionary(d => d.Id, d => 1 + (int)Math.Floor((sellers - departments.Count) * served[d.Id] / total));
        var remainder = sellers - perDepartment.Values.Sum();
        foreach (var d in departments.OrderByDescending(d => served[d.Id]).ThenBy(d => d.Id).Cycle().Take(Math.Max(0, remainder)))
            perDepartment[d.Id]++;

        var agents = new List<Agent>();
        var emails = new HashSet<string>();
        Agent Make(Department d, string role)
        {
            var female = r.Chance(0.45);
            var first = r.Pick(female ? NameBook.FemaleFirst : NameBook.MaleFirst);
            var last = r.Pick(NameBook.Surnames);
            var id = agents.Count + 1;
            var mail = $"{Transliteration.ToLatin(first)[0]}.{Transliteration.ToLatin(last)}".ToLowerInvariant();
            if (!emails.Add(mail)) mail = $"{mail}{id}";
            emails.Add(mail);
            var hire = role switch
            {
                "department_head" or "management" => cal.FirstDay.AddDays(-r.Between(700, 3300)),
                _ when r.Chance(0.72) => cal.FirstDay.AddDays(-r.Between(30, 2600)),
                _ => cal.FirstDay.AddDays(r.Between(0, 730)),
            };
            var agent = new Agent
            {
                Id = id,
                FullName = $"{first} {last}",
                Email = $"{mail}@{MailDomain}",
                Phone = ArmenianPhone.Draw(r).Format(PhoneStyle.International),
                Department = d,
                Role = role,
                HireDate = hire,
                BaseSalary = role switch
                {
                    "management" => Round(r.Between(1_200_000, 1_800_000), 50_000),
                    "department_head" => Round(r.Between(600_000, 900_000), 10_000),
                    "marketer" => Round(r.Between(400_000, 600_000), 10_000),
                    _ => Round(r.Between(250_000, 450_000), 10_000),
                },
                CommissionRate = role switch
                {
                    "agent" => Math.Round((decimal)r.Between(0.02, 0.05), 4),
                    "department_head" => 0.01m,
                    _ => 0m,
                },
                Skill = role == "department_head"
                    ? Math.Clamp(1.1 * r.LogNormal(0, 0.15), 0.8, 1.5)
                    : Math.Clamp(r.LogNormal(0, 0.32), 0.5, 1.8),
            };
            agents.Add(agent);
            return agent;
        }

        var heads = departments.Select(d => Make(d, "department_head")).ToList();
        var boss = management == 1 ? Make(departments[0], "management") : null;
        foreach (var h in heads) h.Manager = h == heads[0] ? boss : heads[0];
        for (var i = 0; i < marketers; i++) Make(departments[i * 5 % departments.Count], "marketer").Manager = heads[0];
        foreach (var d in departments)
            for (var i = 0; i < perDepartment[d.Id]; i++)
                Make(d, "agent").Manager = heads[(int)d.Id - 1];
        return agents;
    }

    private static void PlanLeavers(List<Agent> agents, DemoCalendar cal, Random r)
    {
        var candidates = agents.Where(a => a.Role == "agent").OrderBy(_ => r.Next()).ToList();
        var leavers = Math.Min((int)Math.Round(agents.Count * 0.1), candidates.Count / 2);
        var firstLeave = cal.FirstDay.AddDays(150);
        var lastLeave = cal.AsOf.AddDays(-60);
        foreach (var a in candidates.Take(leavers).OrderBy(a => a.Id))
        {
            var leave = firstLeave.AddDays(r.Next(lastLeave.DayNumber - firstLeave.DayNumber));
            if (a.HireDate > leave.AddDays(-200)) a.HireDate = leave.AddDays(-r.Between(200, 900));
            a.LeaveDate = leave;
        }
        // A few are away (sick, parental leave) at the end of the history but keep their customers.
        foreach (var a in candidates.Skip(leavers).Take(Math.Max(1, agents.Count / 60))) a.OnLeave = true;

        foreach (var leaver in agents.Where(a => a.LeaveDate is not null).OrderBy(a => a.LeaveDate).ThenBy(a => a.Id))
        {
            var at = leaver.LeftAt!.Value;
            var colleagues = agents.Where(a => a != leaver && a.Department == leaver.Department && a.OwnsCustomers && a.IsActiveAt(at))
                .OrderBy(a => a.Role == "department_head" ? 1 : 0).ThenBy(a => a.Id).ToList();
            var sellers = colleagues.Where(a => a.Role == "agent").ToList();
            leaver.Receiver = sellers.Count > 0 ? r.Pick(sellers) : colleagues[^1];
        }
    }

    private static decimal Round(double value, int step) => (decimal)(Math.Round(value / step) * step);

    private static IEnumerable<T> Cycle<T>(this IEnumerable<T> source)
    {
        var items = source.ToList();
        while (true)
            foreach (var item in items) yield return item;
    }
}
