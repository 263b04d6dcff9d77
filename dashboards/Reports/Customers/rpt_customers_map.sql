-- Distribution on the map: the live root customers (their current version) by region or by town, as they stand
-- at the end of the period (created by $date_to), with those created in the period, their sales revenue in the
-- period and where to put them on the map. Everything is read from the customer as it is now: its present place,
-- owner, department, source and segment.
-- Coordinates are the average of the customers' own (a town's or a region's centroid of its customers); the star
-- keeps no town coordinates, so a town none of whose customers has coordinates gets none. Customers with no region
-- make one 'unknown' row (region_key '-1', no coordinates) at either level: never dropped.
with customers as (
    select
        c.customer_id,
        c.region_key,
        case when c.region_key = '-1' then 'unknown' else coalesce(c.city, 'unknown') end as city,
        case when c.region_key <> '-1' and c.longitude is not null then c.latitude end   as latitude,
        case when c.region_key <> '-1' and c.latitude is not null then c.longitude end   as longitude,
        c.created_at::date >= $date_from                                                 as is_new
    from dim_customer c
    where c.is_current
      and not c.is_deleted
      and c.customer_id <> -1
      and c.created_at::date <= $date_to
      and ($scope_department_id is null or c.department_id = $scope_department_id)
      and ($scope_agent_id is null or c.owner_agent_id = $scope_agent_id)
      and ($department_id is null or c.department_id = $department_id)
      and ($agent_id is null or c.owner_agent_id = $agent_id)
      and ($source_code is null or c.source_code = $source_code)
      and ($segment is null or c.segment = $segment)
),
revenue as (
    -- the sale lines' customer_id is already the root customer, so merged duplicates' sales count here. Only the
    -- customers below get a row; the filters the sale lines carry themselves (a customer's department and source)
    -- and the portfolio just spare aggregating sales nobody asked for.
    select s.customer_id, sum(s.revenue) as revenue
    from fct_sale_line s
    where s.sale_date between $date_from and $date_to
      and ($scope_department_id is null or s.department_id = $scope_department_id)
      and ($scope_agent_id is null or s.customer_id in (select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id))
      and ($department_id is null or s.department_id = $department_id)
      and ($source_code is null or s.source_code = $source_code)
    group by s.customer_id
),
places as (
    select
        c.region_key,
        case when $level = 'city' then c.city end   as city,
        round(avg(c.latitude), 6)                   as latitude,
        round(avg(c.longitude), 6)                  as longitude,
        count(*)                                    as customers,
        count(*) filter (where c.is_new)            as new_customers,
        coalesce(sum(r.revenue), 0)                 as revenue
    from customers c
    left join revenue r on r.customer_id = c.customer_id
    group by all
),
final as (
    select
        p.region_key,
        coalesce(g.region_name, 'Unknown')                          as region_name,
        p.city,
        p.latitude,
        p.longitude,
        p.customers,
        p.new_customers,
        p.revenue,
        p.customers::double / sum(p.customers) over ()              as share_of_customers
    from places p
    left join dim_region g on g.region_key = p.region_key
)
select * from final
order by customers desc, region_key, city
