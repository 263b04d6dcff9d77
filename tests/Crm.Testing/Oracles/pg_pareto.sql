-- Oracle for rpt_pareto: customers (roots) ranked by the revenue of their live sales' lines in the period, with the
-- running total, from the operational tables. Filters as pg_sales.sql reads them.
with recursive {{roots_and_portfolio}},
by_customer as (
    select coalesce(r.root_id, -1) as customer_id, sum(round(l.quantity * l.unit_price - l.discount_amount, 2)) as revenue
    from activities a
    join sale_lines l on l.sale_activity_id = a.id
    left join roots r on r.id = a.customer_id
    left join customers c on c.id = r.root_id
    where a.type_code = 'sale' and a.deleted_at is null
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
      and (@scope_department_id::bigint is null or coalesce(c.department_id, -1) = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or a.customer_id in (select id from portfolio))
      and (@department_id::bigint is null or coalesce(c.department_id, -1) = @department_id::bigint)
      and (@agent_id::bigint is null or a.agent_id = @agent_id::bigint)
      and (@region_key::text is null
           or coalesce(nullif(trim(both '-' from regexp_replace(lower(trim(c.region)), '[^[:alnum:]]+', '-', 'g')), ''), '-1') = @region_key::text)
      and (@source_code::text is null or coalesce(c.source_code, '-1') = @source_code::text)
      and (@campaign_id::bigint is null or a.campaign_id = @campaign_id::bigint)
      and (@segment::text is null or coalesce(
              (select h.segment from customer_attribute_history h
               where h.customer_id = r.root_id and h.changed_at <= a.occurred_at
               order by h.changed_at desc, h.id desc limit 1),
              (select h.segment from customer_attribute_history h
               where h.customer_id = r.root_id order by h.changed_at, h.id desc limit 1),
              c.segment) = @segment::text)
      and (@category_code::text is null or l.product_id in (
              select p.id from products p join product_categories k on k.id = p.category_id where k.code = @category_code::text))
    group by 1
),
ranked as (
    select
        customer_id,
        revenue,
        row_number() over w                                  as rank,
        sum(revenue) over (w rows unbounded preceding)       as cumulative_revenue,
        sum(revenue) over ()                                 as total_revenue,
        count(*) over ()                                     as customers
    from by_customer
    window w as (order by revenue desc, customer_id)
)
select
    rank,
    customer_id,
    revenue,
    cumulative_revenue,
    cumulative_revenue / nullif(total_revenue, 0)       as cumulative_share,
    rank::numeric / customers                          as customer_share,
    rank * 5 <= customers                              as is_top_20
from ranked
order by rank
