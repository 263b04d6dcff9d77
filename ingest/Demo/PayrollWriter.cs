using Npgsql;

namespace Crm.Ingest.Demo;

/// <summary>
/// Monthly sales plans for every selling agent, and salaries: base pay for the days worked plus commission
/// on the deals the agent won that month, paid on the 5th of the next month.
/// </summary>
internal sealed class PayrollWriter(DemoCalendar cal, Organisation org, int seed)
{
    public void Write(NpgsqlConnection conn, SalesLedger ledger, LoadMeter meter)
    {
        var r = RandomStreams.For(seed, RandomStreams.Payroll);
        var first = DemoCalendar.MonthOf(cal.FirstDay);
        var last = DemoCalendar.MonthOf(cal.AsOf);

        // Plans are set from what an office's agents have typically sold, shaped by the season.
        var agentMonths = org.Departments.ToDictionary(d => d.Id, _ => 0);
        foreach (var a in org.Agents.Where(a => a.OwnsCustomers))
            agentMonths[a.Department.Id] += Months(a, first, last).Count();

        var id = 0L;
        using (var w = BinaryTableWriter.Open(conn, "sales_plans", "id, agent_id, period_month, target_amount, created_at, updated_at", meter))
        {
            foreach (var a in org.Agents.Where(a => a.OwnsCustomers))
            {
                var typical = ledger.WonByDepartment.GetValueOrDefault(a.Department.Id) / Math.Max(1, agentMonths[a.Department.Id]);
                foreach (var month in Months(a, first, last))
                {
                    var target = Math.Round(typical * (decimal)(Season.Sales.Factor(month.Month) * r.Between(0.9, 1.2)) / 10_000m) * 10_000m;
                    var set = DemoCalendar.Utc(month.AddDays(-10), 10);
                    w.Row().Long(++id).Long(a.Id).Date(month).Money(target).Time(set).Time(set).End();
                }
            }
            w.Complete();
        }
        meter.Finished("sales_plans");

        id = 0;
        using (var w = BinaryTableWriter.Open(conn, "salary_payments",
                   "id, agent_id, period_month, base_amount, commission_amount, paid_at, created_at, updated_at", meter))
        {
            foreach (var a in org.Agents)
            foreach (var month in Months(a, first, last))
            {
                var paid = DemoCalendar.Utc(month.AddMonths(1).AddDays(4), 11);
                if (paid >= cal.Now) continue;
                var days = month.AddMonths(1).AddDays(-1).Day;
                var from = a.HireDate > month ? a.HireDate.Day : 1;
                var to = a.LeaveDate is { } leave && leave < month.AddMonths(1) ? leave.Day - 1 : days;
                var worked = Math.Max(0, to - from + 1);
                var baseAmount = Math.Round(a.BaseSalary * worked / days);
                var commission = Math.Round(ledger.WonByAgentMonth.GetValueOrDefault((a.Id, month)) * a.CommissionRate);
                w.Row().Long(++id).Long(a.Id).Date(month).Money(baseAmount).Money(commission).Time(paid).Time(paid).Time(paid).End();
            }
            w.Complete();
        }
        meter.Finished("salary_payments");
    }

    private static IEnumerable<DateOnly> Months(Agent a, DateOnly first, DateOnly last)
    {
        var from = DemoCalendar.MonthOf(a.HireDate) > first ? DemoCalendar.MonthOf(a.HireDate) : first;
        var to = a.LeaveDate is { } leave && DemoCalendar.MonthOf(leave) < last ? DemoCalendar.MonthOf(leave) : last;
        for (var m = from; m <= to; m = m.AddMonths(1)) yield return m;
    }
}
