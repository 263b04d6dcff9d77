-- Sales analysis: the sale lines of [$date_from, $date_to] by product, category, agent (who sold) or region
-- ($group_by), with the same figures' revenue in the period of equal length just before it, so each group shows its
-- trend. A group sold in either period has a row; one sold only before shows zero revenue and a change of -1.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
lines as (
    -- both periods in one scan: the previous one is as many days as the chosen one, ending the day before it
    select
        f.sale_date >= $date_from  as in_period,
        f.product_id,
        f.agent_id,
        f.region_key,
        f.quantity,
        f.discount_amount,
        f.revenue,
        f.margin
    from fct_sale_line f
    where f.sale_date between $date_from - ($date_to - $date_from + 1)::integer and $date_to
      and ($scope_department_id is null or f.department_id = $scope_department_id)
      and ($scope_agent_id is null or f.customer_id in (select customer_id from portfolio))
      and ($department_id is null or f.department_id = $department_id)
      and ($agent_id is null or f.agent_id = $agent_id)
      and ($region_key is null or f.region_key = $region_key)
      and ($source_code is null or f.source_code = $source_code)
      and ($campaign_id is null or f.campaign_id = $campaign_id)
      and ($segment is null or f.customer_key in (select customer_key from dim_customer where segment = $segment))
      and ($category_code is null or f.product_id in (select product_id from dim_product where category_code = $category_code))
),
products as (
    select product_id, category_code from dim_product
),
keyed as (
    select
        case $group_by
            when 'product' then l.product_id::varchar
            when 'agent'   then l.agent_id::varchar
            when 'region'  then l.region_key
            else coalesce(p.category_code, 'unknown')
        end as group_key,
        l.*
    from lines l
    left join products p on p.product_id = l.product_id
),
by_group as (
    select
        group_key,
        coalesce(sum(quantity) filter (where in_period), 0)        as quantity,
        coalesce(sum(revenue) filter (where in_period), 0)         as revenue,
        coalesce(sum(discount_amount) filter (where in_period), 0) as discount,
        coalesce(sum(margin) filter (where in_period), 0)          as margin,
        coalesce(sum(revenue) filter (where not in_period), 0)     as previous_revenue
    from keyed
    group by group_key
),
names as (
    select 'product' as grouping, product_id::varchar as group_key, product_name as group_name from dim_product
    union all
    select 'category', category_code, any_value(category_name_en) from dim_product group by category_code
    union all
    select 'agent', agent_id::varchar, agent_name from dim_agent
    union all
    select 'region', region_key, region_name from dim_region
),
final as (
    select
        g.group_key,
        coalesce(n.group_name, 'unknown')                               as group_name,
        g.quantity,
        g.revenue,
        g.discount,
        (g.discount / nullif(g.revenue + g.discount, 0))::double        as discount_share,
        g.margin,
        (g.margin / nullif(g.revenue, 0))::double                       as margin_share,
        g.previous_revenue,
        ((g.revenue - g.previous_revenue) / nullif(g.previous_revenue, 0))::double as revenue_change
    from by_group g
    left join names n on n.grouping = coalesce($group_by, 'category') and n.group_key = g.group_key
)
select * from final
order by revenue desc, group_key
