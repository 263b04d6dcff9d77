-- Plan versus actual by month, per agent or per department ($level): the sales targets of fct_sales_plan for the
-- months of [$date_from, $date_to] against the revenue of the sale lines in the period. Both belong to the agent
-- and to the agent's present department (as the targets do), not to the customer's department. A department's
-- plan is its own target for the month when it has one, else the sum of its agents' targets. attainment =
-- actual / plan (null without a plan), gap = plan - actual (what is still missing; negative when exceeded).
-- Targets are an agent's own figures, so an agent's scope is the agent's own targets and sales, whoever owns the
-- customers now; a department head's is the department's agents.
with agents as (
    select agent_id, agent_name, department_id from dim_agent
),
plans as (
    select p.period_date as month_date, p.plan_level, p.agent_id, p.department_id, p.target_amount
    from fct_sales_plan p
    where p.period_date between date_trunc('month', $date_from)::date and $date_to
      and ($scope_department_id is null or p.department_id = $scope_department_id)
      and ($scope_agent_id is null or p.agent_id = $scope_agent_id)
      and ($department_id is null or p.department_id = $department_id)
      and ($agent_id is null or p.agent_id = $agent_id)
),
sold as (
    select date_trunc('month', f.sale_date)::date as month_date, f.agent_id, sum(f.revenue) as actual_amount
    from fct_sale_line f
    where f.sale_date between $date_from and $date_to
      and ($scope_agent_id is null or f.agent_id = $scope_agent_id)
      and ($agent_id is null or f.agent_id = $agent_id)
    group by all
),
actuals as (
    select s.month_date, s.agent_id, coalesce(a.department_id, -1) as department_id, s.actual_amount
    from sold s
    left join agents a on a.agent_id = s.agent_id
    where ($scope_department_id is null or coalesce(a.department_id, -1) = $scope_department_id)
      and ($department_id is null or coalesce(a.department_id, -1) = $department_id)
),
per_agent as (
    select
        coalesce(p.month_date, s.month_date)          as month_date,
        coalesce(p.department_id, s.department_id)    as department_id,
        coalesce(p.agent_id, s.agent_id)              as agent_id,
        coalesce(p.target_amount, 0)                  as plan_amount,
        coalesce(s.actual_amount, 0)                  as actual_amount
    from (select * from plans where plan_level = 'agent') p
    full join actuals s on s.month_date = p.month_date and s.agent_id = p.agent_id
),
per_department as (
    select
        coalesce(a.month_date, d.month_date)                      as month_date,
        coalesce(a.department_id, d.department_id)                as department_id,
        null::bigint                                              as agent_id,
        coalesce(d.target_amount, a.plan_amount, 0)               as plan_amount,
        coalesce(a.actual_amount, 0)                              as actual_amount
    from (
        select month_date, department_id, sum(plan_amount) as plan_amount, sum(actual_amount) as actual_amount
        from per_agent group by all
    ) a
    full join (select * from plans where plan_level = 'department') d
        on d.month_date = a.month_date and d.department_id = a.department_id
),
rows as (
    select * from per_agent where $level = 'agent'
    union all
    select * from per_department where $level = 'department'
),
final as (
    select
        r.month_date,
        r.department_id,
        coalesce(d.department_name, 'unknown')                         as department_name,
        r.agent_id,
        case when r.agent_id is not null then coalesce(a.agent_name, 'unknown') end as agent_name,
        r.plan_amount,
        r.actual_amount,
        (r.actual_amount / nullif(r.plan_amount, 0))::double           as attainment,
        r.plan_amount - r.actual_amount                                as gap
    from rows r
    left join dim_department d on d.department_id = r.department_id
    left join agents a on a.agent_id = r.agent_id
)
select * from final
order by month_date, department_id, agent_id
