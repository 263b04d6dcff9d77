-- Salary: each agent's pay for the months of [$date_from, $date_to] (period_date, the month paid for), with what
-- the agent brought in that month. Commission is paid on the deals the agent won that month (the closing owner,
-- by the close date) at the agent's commission rate, rounded to whole dram half to even as the payroll rounds:
-- won_amount is that base, recomputed_commission the check against it and commission_share_of_revenue the rate
-- actually paid on it. sales_revenue is the agent's own sales that month, for comparison. An agent sees their own
-- salary rows and the deals and sales behind them (their own work, whoever owns those customers now).
-- Months are matched as yyyymm integers: grouping the sales on them is faster than on truncated dates. Deals and
-- sales are aggregated for every agent (a few thousand groups) and joined to the pay rows after; only an agent's
-- scope or filter narrows the scan, a semi-join on the pay rows cost more than it spared.
with salaries as (
    select
        s.period_date,
        year(s.period_date) * 100 + month(s.period_date) as month_id,
        s.agent_id,
        s.department_id,
        s.base_amount,
        s.commission_amount,
        s.total_amount
    from fct_salary s
    where s.period_date between $date_from and $date_to
      and ($scope_department_id is null or s.department_id = $scope_department_id)
      and ($scope_agent_id is null or s.agent_id = $scope_agent_id)
      and ($department_id is null or s.department_id = $department_id)
      and ($agent_id is null or s.agent_id = $agent_id)
),
won as (
    select
        d.owner_agent_id                                  as agent_id,
        year(d.closed_date) * 100 + month(d.closed_date)  as month_id,
        count(*)                                          as won_deals,
        sum(d.amount)                                     as won_amount
    from fct_deal d
    where d.is_won
      and d.closed_date between date_trunc('month', $date_from::date) and last_day($date_to::date)
      and ($scope_agent_id is null or d.owner_agent_id = $scope_agent_id)
      and ($agent_id is null or d.owner_agent_id = $agent_id)
    group by all
),
sales as (
    select
        l.agent_id,
        year(l.sale_date) * 100 + month(l.sale_date)      as month_id,
        sum(l.revenue)                                    as sales_revenue
    from fct_sale_line l
    where l.sale_date between date_trunc('month', $date_from::date) and last_day($date_to::date)
      and ($scope_agent_id is null or l.agent_id = $scope_agent_id)
      and ($agent_id is null or l.agent_id = $agent_id)
    group by all
),
final as (
    select
        s.period_date,
        s.agent_id,
        a.agent_name,
        s.department_id,
        s.base_amount,
        s.commission_amount,
        s.total_amount,
        coalesce(w.won_deals, 0)                                                      as won_deals,
        coalesce(w.won_amount, 0)                                                     as won_amount,
        coalesce(l.sales_revenue, 0)                                                  as sales_revenue,
        s.commission_amount::double / nullif(w.won_amount, 0)::double                 as commission_share_of_revenue,
        round_even(coalesce(w.won_amount, 0) * a.commission_rate, 0)::decimal(18, 2)  as recomputed_commission
    from salaries s
    left join dim_agent a on a.agent_id = s.agent_id
    left join won w on w.agent_id = s.agent_id and w.month_id = s.month_id
    left join sales l on l.agent_id = s.agent_id and l.month_id = s.month_id
)
select * from final
order by period_date, agent_id
