using Npgsql;

namespace Crm.Ingest.Demo;

internal static class OrganisationWriter
{
    public static void Write(NpgsqlConnection conn, Organisation org, LoadMeter meter)
    {
        using (var w = BinaryTableWriter.Open(conn, "departments", "id, code, name, parent_id, region, created_at, updated_at", meter))
        {
            foreach (var d in org.Departments)
                w.Row().Long(d.Id).Text(d.Code).Text(d.Name).Long(d.ParentId).Text(d.Region).Time(d.CreatedAt).Time(d.CreatedAt).End();
            w.Complete();
        }
        meter.Finished("departments");

        using (var w = BinaryTableWriter.Open(conn, "agents",
                   "id, external_id, full_name, email, phone, department_id, manager_id, role, hire_date, leave_date, status, " +
                   "base_salary, commission_rate, created_at, updated_at", meter))
        {
            foreach (var a in org.Agents)
                w.Row().Long(a.Id).Text(a.ExternalId).Text(a.FullName).Text(a.Email).Text(a.Phone).Long(a.Department.Id)
                    .Long(a.Manager?.Id).Text(a.Role).Date(a.HireDate).Date(a.LeaveDate).Text(a.Status).Money(a.BaseSalary)
                    .Money(a.CommissionRate).Time(a.HiredAt).Time(a.LeftAt ?? a.HiredAt).End();
            w.Complete();
        }
        meter.Finished("agents");
    }
}
