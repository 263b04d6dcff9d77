-- Oracle for rpt_sales: sale lines of live sales by product, category, agent or region, this period against the
-- equally long one before it, from the operational tables. A customer's department, region and source are its
-- root's; its segment is the one recorded at the moment of the sale (the last change before it, else the first).
with recursive {{roots_and_portfolio}},
period as (
    select @date_from::date as date_from, @date_to::date as date_to,
           @date_from::date - (@date_to::date - @date_from::date + 1) as previous_from
),
lines as (
    select
        (a.occurred_at at time zone 'UTC')::date >= p.date_from             as in_period,
        l.product_id,
        coalesce(a.agent_id, -1)                                             as agent_id,
        coalesce(nullif(trim(both '-' from regexp_replace(lower(trim(c.region)), '[^[:alnum:]]+', '-', 'g')), ''), '-1') as region_key,
        l.quantity,
        l.discount_amount,
        round(l.quantity * l.unit_price - l.discount_amount, 2)              as revenue,
        round(l.quantity * l.unit_price - l.discount_amount, 2) - round(l.quantity * l.unit_cost, 2) as margin
    from period p
    join activities a on a.type_code = 'sale' and a.deleted_at is null
         and a.occurred_at >= p.previous_from::timestamp at time zone 'UTC'
         and a.occurred_at < (p.date_to + 1)::timestamp at time zone 'UTC'
    join sale_lines l on l.sale_activity_id = a.id
    left join roots r on r.id = a.customer_id
    left join customers c on c.id = r.root_id
    where (@scope_department_id::bigint is null or coalesce(c.department_id, -1) = @scope_department_id::bigint)
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
),
keyed as (
    select
        case @group_by::text
            when 'product' then l.product_id::text
            when 'agent'   then l.agent_id::text
            when 'region'  then l.region_key
            else k.code
        end as group_key,
        l.*
    from lines l
    join products p on p.id = l.product_id
    join product_categories k on k.id = p.category_id
)
select
    group_key,
    coalesce(sum(quantity) filter (where in_period), 0)                        as quantity,
    coalesce(sum(revenue) filter (where in_period), 0)                         as revenue,
    coalesce(sum(discount_amount) filter (where in_period), 0)                 as discount,
    coalesce(sum(discount_amount) filter (where in_period), 0)
        / nullif(coalesce(sum(revenue + discount_amount) filter (where in_period), 0), 0) as discount_share,
    coalesce(sum(margin) filter (where in_period), 0)                          as margin,
    coalesce(sum(margin) filter (where in_period), 0)
        / nullif(coalesce(sum(revenue) filter (where in_period), 0), 0)        as margin_share,
    coalesce(sum(revenue) filter (where not in_period), 0)                     as previous_revenue,
    (coalesce(sum(revenue) filter (where in_period), 0) - coalesce(sum(revenue) filter (where not in_period), 0))
        / nullif(coalesce(sum(revenue) filter (where not in_period), 0), 0)    as revenue_change
from keyed
group by group_key
order by revenue desc, group_key
