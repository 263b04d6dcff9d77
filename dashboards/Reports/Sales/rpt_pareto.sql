-- Pareto (80/20): the customers who bought in [$date_from, $date_to], ranked by their revenue (ties by customer id),
-- with the running total, so one result draws the curve (customer_share against cumulative_share) and lists the
-- top 20% of customers (is_top_20). Merged duplicates count for their root customer, as everywhere.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
by_customer as (
    select f.customer_id, sum(f.revenue) as revenue
    from fct_sale_line f
    where f.sale_date between $date_from and $date_to
      and ($scope_department_id is null or f.department_id = $scope_department_id)
      and ($scope_agent_id is null or f.customer_id in (select customer_id from portfolio))
      and ($department_id is null or f.department_id = $department_id)
      and ($agent_id is null or f.agent_id = $agent_id)
      and ($region_key is null or f.region_key = $region_key)
      and ($source_code is null or f.source_code = $source_code)
      and ($campaign_id is null or f.campaign_id = $campaign_id)
      and ($segment is null or f.customer_key in (select customer_key from dim_customer where segment = $segment))
      and ($category_code is null or f.product_id in (select product_id from dim_product where category_code = $category_code))
    group by f.customer_id
),
ranked as (
    select
        customer_id,
        revenue,
        row_number() over w                          as rank,
        sum(revenue) over (w rows unbounded preceding) as cumulative_revenue,
        sum(revenue) over ()                         as total_revenue,
        count(*) over ()                             as customers
    from by_customer
    window w as (order by revenue desc, customer_id)
),
names as (
    select customer_id, customer_name from dim_customer where is_current
),
final as (
    select
        r.rank,
        r.customer_id,
        coalesce(n.customer_name, 'unknown')                           as customer_name,
        r.revenue,
        r.cumulative_revenue,
        (r.cumulative_revenue / nullif(r.total_revenue, 0))::double    as cumulative_share,
        r.rank / r.customers                                           as customer_share,
        -- integers, so the customer exactly at 20% is in on both engines
        r.rank * 5 <= r.customers                                      as is_top_20
    from ranked r
    left join names n on n.customer_id = r.customer_id
)
select * from final
order by rank
limit $row_limit
