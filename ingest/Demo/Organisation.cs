namespace Crm.Ingest.Demo;

/// <summary>Departments and agents, with the look-ups the simulation needs about who worked where and when.</summary>
internal sealed class Organisation
{
    private readonly Dictionary<long, Agent[]> _ownersByDepartment;
    private readonly Dictionary<string, Department[]> _departmentsByRegion;
    private readonly Department[] _fallbackDepartments;

    public Organisation(IReadOnlyList<Department> departments, IReadOnlyList<Agent> agents)
    {
        Departments = departments;
        Agents = agents;
        _ownersByDepartment = departments.ToDictionary(d => d.Id,
            d => agents.Where(a => a.Department.Id == d.Id && a.OwnsCustomers).ToArray());
        _departmentsByRegion = departments.GroupBy(d => d.Region).ToDictionary(g => g.Key, g => g.ToArray());
        _fallbackDepartments = departments.Where(d => d.Region == departments[0].Region).ToArray();
    }

    public IReadOnlyList<Department> Departments { get; }
    public IReadOnlyList<Agent> Agents { get; }
    public Department HeadOffice => Departments[0];

    public IEnumerable<Agent> Marketers => Agents.Where(a => a.Role == "marketer");

    public Agent HeadOf(Department d) => Agents.First(a => a.Department.Id == d.Id && a.Role == "department_head");

    /// <summary>Customers are served by an office of their region; regions without one by the capital's offices.</summary>
    public Department DepartmentFor(string region, Random r) =>
        r.Pick(_departmentsByRegion.TryGetValue(region, out var local) ? local : _fallbackDepartments);

    /// <summary>An agent of the department who is working at t; department heads take fewer customers.</summary>
    public Agent OwnerFor(Department d, DateTime t, Random r)
    {
        var owners = _ownersByDepartment[d.Id];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var a = r.Pick(owners);
            if (!a.IsActiveAt(t)) continue;
            if (a.Role == "department_head" && r.Chance(0.6)) continue;
            return a;
        }
        return owners.First(a => a.Role == "department_head");
    }

    public IReadOnlyList<Agent> OwnersOf(Department d) => _ownersByDepartment[d.Id];
}
