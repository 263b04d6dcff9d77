-- Sales funnel: of the deals opened in [$date_from, $date_to], how many reached each stage, and how long deals
-- stay in a stage before moving on (velocity: median days, from the stage history of the same deals).
-- A deal "reached" a stage when its furthest non-lost stage is at or beyond it (a won deal passed them all).
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
deals as (
    select d.deal_id, d.furthest_stage_order, d.amount
    from fct_deal d
    left join dim_customer c on c.customer_key = d.customer_key
    left join dim_product p on p.product_id = d.product_id
    where d.opened_date between $date_from and $date_to
      and ($scope_department_id is null or d.department_id = $scope_department_id)
      and ($scope_agent_id is null or d.customer_id in (select customer_id from portfolio))
      and ($department_id is null or d.department_id = $department_id)
      and ($agent_id is null or d.owner_agent_id = $agent_id)
      and ($region_key is null or d.region_key = $region_key)
      and ($source_code is null or d.source_code = $source_code)
      and ($campaign_id is null or d.campaign_id = $campaign_id)
      and ($segment is null or c.segment = $segment)
      and ($category_code is null or p.category_code = $category_code)
),
by_furthest as (
    select furthest_stage_order, count(*) as deals, sum(amount) as amount
    from deals
    group by furthest_stage_order
),
velocity as (
    select t.from_stage_code as stage_code, median(t.seconds_in_previous_stage) / 86400.0 as median_days_in_stage
    from fct_deal_stage_transition t
    where t.deal_id in (select deal_id from deals) and t.seconds_in_previous_stage is not null
    group by t.from_stage_code
),
stages as (
    select * from dim_deal_stage where not is_closed or is_won
),
per_stage as (
    select
        s.sort_order,
        s.stage_code,
        s.name_hy,
        s.name_en,
        s.name_ru,
        coalesce(sum(b.deals), 0)::bigint  as deals,
        coalesce(sum(b.amount), 0)         as amount
    from stages s
    left join by_furthest b on b.furthest_stage_order >= s.sort_order
    group by all
),
final as (
    select
        p.*,
        p.deals / nullif(lag(p.deals) over (order by p.sort_order), 0)       as conversion_from_previous,
        coalesce(p.deals / nullif(first_value(p.deals) over (order by p.sort_order), 0), 0) as conversion_from_start,
        round(v.median_days_in_stage, 1)                                     as median_days_in_stage
    from per_stage p
    left join velocity v using (stage_code)
)
select * from final
order by sort_order
