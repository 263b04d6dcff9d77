-- Oracle for rpt_plan_vs_actual: live sales_plans against the revenue of the live sales of each agent by month, both
-- under the agent's present department, from the operational tables. A department's plan is its own target for
-- the month, else the sum of its agents'. An agent's scope is the agent's own targets and sales.
with plans as (
    select
        date_trunc('month', p.period_month)::date            as month_date,
        p.agent_id,
        coalesce(p.department_id, g.department_id, -1)       as department_id,
        p.target_amount
    from sales_plans p
    left join agents g on g.id = p.agent_id
    where p.deleted_at is null
      and p.period_month between date_trunc('month', @date_from::date)::date and @date_to::date
),
scoped_plans as (
    select * from plans
    where (@scope_department_id::bigint is null or department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or agent_id = @scope_agent_id::bigint)
      and (@department_id::bigint is null or department_id = @department_id::bigint)
      and (@agent_id::bigint is null or agent_id = @agent_id::bigint)
),
actuals as (
    select
        date_trunc('month', a.occurred_at at time zone 'UTC')::date        as month_date,
        coalesce(a.agent_id, -1)                                           as agent_id,
        coalesce(g.department_id, -1)                                      as department_id,
        sum(round(l.quantity * l.unit_price - l.discount_amount, 2))       as actual_amount
    from activities a
    join sale_lines l on l.sale_activity_id = a.id
    left join agents g on g.id = a.agent_id
    where a.type_code = 'sale' and a.deleted_at is null
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
      and (@scope_agent_id::bigint is null or a.agent_id = @scope_agent_id::bigint)
      and (@agent_id::bigint is null or a.agent_id = @agent_id::bigint)
      and (@scope_department_id::bigint is null or coalesce(g.department_id, -1) = @scope_department_id::bigint)
      and (@department_id::bigint is null or coalesce(g.department_id, -1) = @department_id::bigint)
    group by 1, 2, 3
),
per_agent as (
    select
        coalesce(p.month_date, s.month_date)          as month_date,
        coalesce(p.department_id, s.department_id)    as department_id,
        coalesce(p.agent_id, s.agent_id)              as agent_id,
        coalesce(p.target_amount, 0)                  as plan_amount,
        coalesce(s.actual_amount, 0)                  as actual_amount
    from (select * from scoped_plans where agent_id is not null) p
    full join actuals s on s.month_date = p.month_date and s.agent_id = p.agent_id
),
department_sums as (
    select month_date, department_id, sum(plan_amount) as plan_amount, sum(actual_amount) as actual_amount
    from per_agent
    group by 1, 2
),
per_department as (
    select
        coalesce(a.month_date, d.month_date)          as month_date,
        coalesce(a.department_id, d.department_id)    as department_id,
        null::bigint                                  as agent_id,
        coalesce(d.target_amount, a.plan_amount, 0)   as plan_amount,
        coalesce(a.actual_amount, 0)                  as actual_amount
    from department_sums a
    full join (select * from scoped_plans where agent_id is null) d
        on d.month_date = a.month_date and d.department_id = a.department_id
),
chosen as (
    select * from per_agent where @level::text = 'agent'
    union all
    select * from per_department where @level::text = 'department'
)
select
    month_date,
    department_id,
    agent_id,
    plan_amount,
    actual_amount,
    actual_amount / nullif(plan_amount, 0)   as attainment,
    plan_amount - actual_amount              as gap
from chosen
order by month_date, department_id, agent_id
