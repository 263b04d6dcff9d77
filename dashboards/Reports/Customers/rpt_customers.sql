-- Customers: the live root customers as they are now (their current version: owner, segment, lifecycle, place), with
-- the revenue of all their sales (merged duplicates' sales count for their root) and their last sale. Biggest
-- lifetime revenue first; the first $row_limit.
with customers as (
    select c.*
    from dim_customer c
    where c.is_current
      and not c.is_deleted
      and c.customer_id <> -1
      and ($scope_department_id is null or c.department_id = $scope_department_id)
      and ($scope_agent_id is null or c.owner_agent_id = $scope_agent_id)
      and ($department_id is null or c.department_id = $department_id)
      and ($agent_id is null or c.owner_agent_id = $agent_id)
      and ($region_key is null or c.region_key = $region_key)
      and ($city is null or c.city = $city)
      and ($segment is null or c.segment = $segment)
      and ($source_code is null or c.source_code = $source_code)
),
sales as (
    select s.customer_id, sum(s.revenue) as revenue, max(s.sale_date) as last_sale_date
    from fct_sale_line s
    where s.customer_id in (select customer_id from customers)
    group by s.customer_id
),
final as (
    select
        c.customer_id,
        c.customer_name,
        c.customer_kind,
        c.segment,
        c.lifecycle,
        c.region_key,
        coalesce(g.region_name, 'Unknown')      as region_name,
        c.city,
        c.latitude,
        c.longitude,
        c.owner_agent_id,
        coalesce(a.agent_name, 'unknown')       as owner_name,
        c.department_id,
        coalesce(dp.department_name, 'Unknown') as department_name,
        c.created_at::date                      as created_date,
        coalesce(s.revenue, 0)                  as lifetime_revenue,
        s.last_sale_date
    from customers c
    left join sales s on s.customer_id = c.customer_id
    left join dim_region g on g.region_key = c.region_key
    left join dim_agent a on a.agent_id = c.owner_agent_id and a.agent_id <> -1
    left join dim_department dp on dp.department_id = c.department_id
)
select * from final
order by lifetime_revenue desc, customer_id
limit $row_limit
