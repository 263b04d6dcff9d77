-- Deals: the live deals opened in [$date_from, $date_to] with their stage, status, customer, owner, partner and
-- amount; the list a funnel stage, a partner or a region opens. $stage is the stage a deal stands in now, $reached
-- a stage it has reached or passed as the funnel counts it (its furthest open-or-won stage is at or beyond it),
-- $status open, won or lost. Largest first, then the newest id; the first $row_limit.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
reached as (
    select sort_order from dim_deal_stage where stage_code = $reached
),
deals as (
    select
        d.*,
        case when d.is_won then 'won' when d.is_closed then 'lost' else 'open' end as status
    from fct_deal d
    where d.opened_date between $date_from and $date_to
      and ($scope_department_id is null or d.department_id = $scope_department_id)
      and ($scope_agent_id is null or d.customer_id in (select customer_id from portfolio))
      and ($department_id is null or d.department_id = $department_id)
      and ($agent_id is null or d.owner_agent_id = $agent_id)
      and ($region_key is null or d.region_key = $region_key)
      and ($source_code is null or d.source_code = $source_code)
      and ($campaign_id is null or d.campaign_id = $campaign_id)
      and ($partner_id is null or d.partner_id = $partner_id)
      and ($stage is null or d.stage_code = $stage)
      and ($reached is null or d.furthest_stage_order >= (select sort_order from reached))
),
final as (
    select
        d.deal_id,
        d.opened_date,
        d.expected_close_date,
        d.closed_date,
        d.status,
        d.stage_code,
        s.name_hy                                   as stage_name_hy,
        s.name_en                                   as stage_name_en,
        s.name_ru                                   as stage_name_ru,
        d.amount,
        d.customer_id,
        coalesce(c.customer_name, 'unknown')        as customer_name,
        d.owner_agent_id,
        coalesce(a.agent_name, 'unknown')           as owner_name,
        d.partner_id,
        coalesce(p.partner_name, 'Unknown')         as partner_name,
        d.department_id,
        coalesce(dp.department_name, 'Unknown')     as department_name,
        d.region_key,
        coalesce(g.region_name, 'Unknown')          as region_name
    from deals d
    join dim_deal_stage s on s.stage_code = d.stage_code
    left join dim_customer c on c.customer_id = d.customer_id and c.is_current and c.customer_id <> -1
    left join dim_agent a on a.agent_id = d.owner_agent_id and a.agent_id <> -1
    left join dim_partner p on p.partner_id = d.partner_id
    left join dim_department dp on dp.department_id = d.department_id
    left join dim_region g on g.region_key = d.region_key
    where $status is null or d.status = $status
)
select * from final
order by amount desc, deal_id desc
limit $row_limit
