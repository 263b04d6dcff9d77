-- rpt_customers on the operational tables: live root customers (not merged, not deleted) with their place (region as
-- a slug of its name, '-1' when there is none), current owner and department, and the revenue of every sale of
-- theirs or of a duplicate merged into them (lines priced as quantity * unit price - discount, to the hundredth).
with recursive {{roots_and_portfolio}},
live as (
    select
        c.*,
        coalesce(nullif(trim(both '-' from regexp_replace(lower(trim(c.region)), '[^[:alnum:]]+', '-', 'g')), ''), '-1') as region_key
    from customers c
    where c.merged_into_id is null
      and c.deleted_at is null
      and (@scope_department_id::bigint is null or c.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or c.id in (select id from portfolio))
      and (@department_id::bigint is null or c.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or c.owner_agent_id = @agent_id::bigint)
      and (@city::text is null or c.city = @city::text)
      and (@segment::text is null or c.segment = @segment::text)
      and (@source_code::text is null or c.source_code = @source_code::text)
),
sales as (
    select r.root_id as customer_id,
           sum(round(l.quantity * l.unit_price - l.discount_amount, 2)) as revenue,
           max((a.occurred_at at time zone 'UTC')::date)               as last_sale_date
    from activities a
    join sale_lines l on l.sale_activity_id = a.id
    join roots r on r.id = a.customer_id
    where a.type_code = 'sale' and a.deleted_at is null
    group by r.root_id
)
select
    c.id                                       as customer_id,
    c.name                                     as customer_name,
    c.kind                                     as customer_kind,
    c.segment,
    c.lifecycle,
    c.region_key,
    c.city,
    c.latitude,
    c.longitude,
    coalesce(c.owner_agent_id, -1)             as owner_agent_id,
    coalesce(a.full_name, 'unknown')           as owner_name,
    c.department_id,
    (c.created_at at time zone 'UTC')::date    as created_date,
    coalesce(s.revenue, 0)                     as lifetime_revenue,
    s.last_sale_date
from live c
left join sales s on s.customer_id = c.id
left join agents a on a.id = c.owner_agent_id
where (@region_key::text is null or c.region_key = @region_key::text)
order by lifetime_revenue desc, c.id
limit @row_limit::int
