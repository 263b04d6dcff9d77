namespace Crm.Ingest.Demo;

/// <summary>Running totals the payroll and partner commissions are computed from once all deals are written.</summary>
internal sealed class SalesLedger
{
    public Dictionary<(long AgentId, DateOnly Month), decimal> WonByAgentMonth { get; } = new();
    public Dictionary<(long PartnerId, DateOnly Month), decimal> RevenueByPartnerMonth { get; } = new();
    public Dictionary<long, decimal> WonByDepartment { get; } = new();

    public void Won(DealPlan deal)
    {
        var month = DemoCalendar.MonthOf(DemoCalendar.LocalDate(deal.LastChange));
        var owner = deal.Owner;
        var amount = deal.Amount;
        WonByAgentMonth[(owner.Id, month)] = WonByAgentMonth.GetValueOrDefault((owner.Id, month)) + amount;
        WonByDepartment[owner.Department.Id] = WonByDepartment.GetValueOrDefault(owner.Department.Id) + amount;
        if (deal.Partner is { } p)
            RevenueByPartnerMonth[(p.Id, month)] = RevenueByPartnerMonth.GetValueOrDefault((p.Id, month)) + amount;
    }
}
