-- Sales funnel: of the deals opened in [$date_from, $date_to], how many reached each stage, and how long deals
-- stay in a stage before moving on (velocity: the median over the deals of the days each stood in the stage).
-- A deal "reached" a stage when its furthest non-lost stage is at or beyond it (a won deal passed them all).
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
deals as (
    select d.furthest_stage_order, d.amount, d.lead_seconds, d.qualified_seconds, d.proposal_seconds, d.negotiation_seconds
    from fct_deal d
    where d.opened_date between $date_from and $date_to
      and ($scope_department_id is null or d.department_id = $scope_department_id)
      and ($scope_agent_id is null or d.customer_id in (select customer_id from portfolio))
      and ($department_id is null or d.department_id = $department_id)
      and ($agent_id is null or d.owner_agent_id = $agent_id)
      and ($region_key is null or d.region_key = $region_key)
      and ($source_code is null or d.source_code = $source_code)
      and ($campaign_id is null or d.campaign_id = $campaign_id)
      -- semi-joins, not joins: with the filter off they cost nothing, and a join would cost every deal a lookup
      and ($segment is null or d.customer_key in (select customer_key from dim_customer where segment = $segment))
      and ($category_code is null or d.product_id in (select product_id from dim_product where category_code = $category_code))
),
by_furthest as (
    select furthest_stage_order, count(*) as deals, sum(amount) as amount
    from deals
    group by furthest_stage_order
),
velocity as (
    unpivot (
        select median(lead_seconds) as lead, median(qualified_seconds) as qualified,
               median(proposal_seconds) as proposal, median(negotiation_seconds) as negotiation
        from deals
    ) on lead, qualified, proposal, negotiation into name stage_code value median_seconds
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
        round(v.median_seconds / 86400.0, 1)                                 as median_days_in_stage
    from per_stage p
    left join velocity v using (stage_code)
)
select * from final
order by sort_order
