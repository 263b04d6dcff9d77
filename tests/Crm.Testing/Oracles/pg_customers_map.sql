-- customers_map on the operational tables: live root customers created by the end of the period, by region (a slug
-- of the region's name, '-1' when there is none) or town, with their sales revenue in the period.
with recursive {{roots_and_portfolio}},
live as (
    select
        c.id,
        coalesce(nullif(trim(both '-' from regexp_replace(lower(trim(c.region)), '[^[:alnum:]]+', '-', 'g')), ''), '-1') as region_key,
        c.city,
        c.latitude,
        c.longitude,
        (c.created_at at time zone 'UTC')::date as created_date
    from customers c
    where c.merged_into_id is null
      and c.deleted_at is null
      and (c.created_at at time zone 'UTC')::date <= @date_to::date
      and (@scope_department_id::bigint is null or c.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or c.id in (select id from portfolio))
      and (@department_id::bigint is null or c.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or c.owner_agent_id = @agent_id::bigint)
      and (@source_code::text is null or c.source_code = @source_code::text)
      and (@segment::text is null or c.segment = @segment::text)
),
placed as (
    select
        id,
        region_key,
        case when region_key = '-1' then 'unknown' else coalesce(city, 'unknown') end as city,
        case when region_key <> '-1' and latitude is not null and longitude is not null then latitude end  as latitude,
        case when region_key <> '-1' and latitude is not null and longitude is not null then longitude end as longitude,
        created_date >= @date_from::date as is_new
    from live
),
sales as (
    select r.root_id as customer_id, sum(round(l.quantity * l.unit_price - l.discount_amount, 2)) as revenue
    from activities a
    join sale_lines l on l.sale_activity_id = a.id
    join roots r on r.id = a.customer_id
    where a.type_code = 'sale'
      and a.deleted_at is null
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
    group by r.root_id
),
places as (
    select
        p.region_key,
        case when @level::text = 'city' then p.city end as city,
        avg(p.latitude)                                  as latitude,
        avg(p.longitude)                                 as longitude,
        count(*)                                         as customers,
        count(*) filter (where p.is_new)                 as new_customers,
        coalesce(sum(s.revenue), 0)                      as revenue
    from placed p
    left join sales s on s.customer_id = p.id
    group by 1, 2
)
select
    region_key,
    city,
    latitude,
    longitude,
    customers,
    new_customers,
    revenue,
    customers::double precision / sum(customers) over () as share_of_customers
from places
order by customers desc, region_key, city
