-- rpt_partners on the operational tables: sales (priced from their lines) in the period and the one before it,
-- the payments of the period's sales, and the deals opened in the period, each by partner (-1: none).
with recursive {{roots_and_portfolio}},
bounds as (
    select @date_from::date - (@date_to::date - @date_from::date + 1) as previous_from
),
sales as (
    select
        a.id                                                   as sale_id,
        coalesce(a.partner_id, -1)                             as partner_id,
        (a.occurred_at at time zone 'UTC')::date               as sale_date,
        (a.occurred_at at time zone 'UTC')::date >= @date_from::date as is_current_period,
        sum(round(l.quantity * l.unit_price - l.discount_amount, 2)) as revenue
    from activities a
    join sale_lines l on l.sale_activity_id = a.id
    join roots r on r.id = a.customer_id
    join customers root on root.id = r.root_id
    where a.type_code = 'sale' and a.deleted_at is null
      and (a.occurred_at at time zone 'UTC')::date between (select previous_from from bounds) and @date_to::date
      and (@scope_department_id::bigint is null or root.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or a.customer_id in (select id from portfolio))
      and (@department_id::bigint is null or root.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or a.agent_id = @agent_id::bigint)
      and (@region_key::text is null
           or trim(both '-' from regexp_replace(lower(trim(root.region)), '[^[:alnum:]]+', '-', 'g')) = @region_key::text)
      and (@partner_id::bigint is null or a.partner_id = @partner_id::bigint)
    group by a.id
),
revenue as (
    select
        partner_id,
        coalesce(sum(revenue) filter (where is_current_period), 0)      as revenue,
        coalesce(sum(revenue) filter (where not is_current_period), 0)  as previous_revenue
    from sales
    group by partner_id
),
paid as (
    select
        s.partner_id,
        sum(pa.amount)                                                                 as paid,
        sum(pa.amount * ((pa.occurred_at at time zone 'UTC')::date - s.sale_date))     as paid_days,
        sum(pa.amount) filter (where p.due_date is not null)                           as paid_with_due,
        sum(pa.amount * greatest((pa.occurred_at at time zone 'UTC')::date - p.due_date, 0))
            filter (where p.due_date is not null)                                      as paid_days_late
    from payments p
    join activities pa on pa.id = p.activity_id and pa.deleted_at is null and pa.type_code in ('payment', 'bank_payment')
    join sales s on s.sale_id = p.sale_activity_id and s.is_current_period
    group by s.partner_id
),
deal_figures as (
    select
        coalesce(d.partner_id, -1)                          as partner_id,
        count(*)                                            as deals,
        count(*) filter (where d.stage = 'won')             as won_deals,
        avg(d.amount) filter (where d.stage = 'won')        as average_won_deal
    from deals d
    left join roots r on r.id = d.customer_id
    left join customers root on root.id = r.root_id
    where d.deleted_at is null
      and (d.opened_at at time zone 'UTC')::date between @date_from::date and @date_to::date
      and (@scope_department_id::bigint is null or d.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or d.customer_id in (select id from portfolio))
      and (@department_id::bigint is null or d.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or d.owner_agent_id = @agent_id::bigint)
      and (@region_key::text is null
           or trim(both '-' from regexp_replace(lower(trim(root.region)), '[^[:alnum:]]+', '-', 'g')) = @region_key::text)
      and (@partner_id::bigint is null or d.partner_id = @partner_id::bigint)
    group by 1
)
select
    coalesce(r.partner_id, d.partner_id)                                as partner_id,
    coalesce(r.revenue, 0)                                              as revenue,
    coalesce(r.previous_revenue, 0)                                     as previous_revenue,
    ((r.revenue - r.previous_revenue) / nullif(r.previous_revenue, 0))::float8 as revenue_trend,
    coalesce(d.deals, 0)                                                as deals,
    coalesce(d.won_deals, 0)                                            as won_deals,
    d.won_deals::float8 / nullif(d.deals, 0)                            as conversion,
    round(d.average_won_deal, 2)                                        as average_won_deal,
    (y.paid_days / nullif(y.paid, 0))::float8                           as payment_days,
    (y.paid_days_late / nullif(y.paid_with_due, 0))::float8             as days_past_due
from revenue r
full join deal_figures d on d.partner_id = r.partner_id
left join paid y on y.partner_id = coalesce(r.partner_id, d.partner_id)
