-- salary on the operational tables: live salary payments for the months of the period with, per agent and month,
-- the deals the agent won (closing owner, closed that month in UTC) and the agent's own sales revenue; the
-- commission recomputed as won amount x commission rate rounded half to even.
with salaries as (
    select p.period_month as period_date, p.agent_id, a.department_id, a.commission_rate,
           p.base_amount, p.commission_amount, p.base_amount + p.commission_amount as total_amount
    from salary_payments p
    join agents a on a.id = p.agent_id
    where p.deleted_at is null
      and p.period_month between @date_from::date and @date_to::date
      and (@scope_department_id::bigint is null or a.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or p.agent_id = @scope_agent_id::bigint)
      and (@department_id::bigint is null or a.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or p.agent_id = @agent_id::bigint)
),
won as (
    select d.owner_agent_id as agent_id,
           date_trunc('month', d.closed_at at time zone 'UTC')::date as period_date,
           count(*) as won_deals,
           sum(d.amount) as won_amount
    from deals d
    where d.stage = 'won'
      and d.deleted_at is null
      and d.owner_agent_id in (select agent_id from salaries)
      and d.closed_at >= date_trunc('month', @date_from::date)::timestamp at time zone 'UTC'
      and d.closed_at < (date_trunc('month', @date_to::date) + interval '1 month')::timestamp at time zone 'UTC'
    group by 1, 2
),
sales as (
    select a.agent_id,
           date_trunc('month', a.occurred_at at time zone 'UTC')::date as period_date,
           sum(round(l.quantity * l.unit_price - l.discount_amount, 2)) as sales_revenue
    from activities a
    join sale_lines l on l.sale_activity_id = a.id
    where a.type_code = 'sale'
      and a.deleted_at is null
      and a.agent_id in (select agent_id from salaries)
      and a.occurred_at >= date_trunc('month', @date_from::date)::timestamp at time zone 'UTC'
      and a.occurred_at < (date_trunc('month', @date_to::date) + interval '1 month')::timestamp at time zone 'UTC'
    group by 1, 2
),
owed as (
    select s.*, w.won_deals, w.won_amount, l.sales_revenue, coalesce(w.won_amount, 0) * s.commission_rate as exact_commission
    from salaries s
    left join won w on w.agent_id = s.agent_id and w.period_date = s.period_date
    left join sales l on l.agent_id = s.agent_id and l.period_date = s.period_date
)
select
    period_date,
    agent_id,
    department_id,
    base_amount,
    commission_amount,
    total_amount,
    coalesce(won_deals, 0)        as won_deals,
    coalesce(won_amount, 0)       as won_amount,
    coalesce(sales_revenue, 0)    as sales_revenue,
    commission_amount::double precision / nullif(won_amount, 0) as commission_share_of_revenue,
    -- half to even, as the payroll rounds; PostgreSQL's round() goes half away from zero
    case when exact_commission - trunc(exact_commission) = 0.5 and mod(trunc(exact_commission), 2) = 0
         then trunc(exact_commission) else round(exact_commission) end as recomputed_commission
from owed
order by period_date, agent_id
