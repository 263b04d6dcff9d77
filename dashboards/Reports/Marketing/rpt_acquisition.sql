-- Acquisition sources and campaign ROI, one row per source ($group_by = 'source') or per campaign ('campaign').
-- leads: customers created in [$date_from, $date_to] with that source / campaign (root customers, as they stand);
-- converted: those of them with a deal won by the end of the period, won_revenue the amounts of those won deals.
-- cost: what was spent on the campaigns (fct_campaign_cost.spent_amount) in the months that begin in the period; a
-- source costs the sum of its campaigns. A member with cost but no leads, or leads but no cost, still has its row.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
acquired as (
    select c.customer_id, c.source_code, c.campaign_id
    from dim_customer c
    where c.is_current and not c.is_deleted and c.customer_id <> -1
      and c.created_at::date between $date_from and $date_to
      and ($scope_department_id is null or c.department_id = $scope_department_id)
      and ($scope_agent_id is null or c.customer_id in (select customer_id from portfolio))
      and ($department_id is null or c.department_id = $department_id)
      and ($source_code is null or c.source_code = $source_code)
      and ($campaign_id is null or c.campaign_id = $campaign_id)
),
won as (
    select d.customer_id, sum(d.amount) as won_revenue
    from fct_deal d
    where d.is_won and d.closed_date <= $date_to
      and d.customer_id in (select customer_id from acquired)
      and ($scope_department_id is null or d.department_id = $scope_department_id)
      and ($department_id is null or d.department_id = $department_id)
    group by d.customer_id
),
spent as (
    -- Campaign money has no customer and no agent: an agent's portfolio is shown without it (cost 0, roi null).
    select k.campaign_id, k.source_code, sum(k.spent_amount) as cost
    from fct_campaign_cost k
    where k.month_date between $date_from and $date_to
      and $scope_agent_id is null
      and ($scope_department_id is null or k.department_id = $scope_department_id)
      and ($department_id is null or k.department_id = $department_id)
      and ($source_code is null or k.source_code = $source_code)
      and ($campaign_id is null or k.campaign_id = $campaign_id)
    group by all
),
-- The member key is (source_key, campaign_key): ('-', campaign) by campaign, (source, 0) by source.
leads as (
    select
        if($group_by = 'campaign', '-', a.source_code)  as source_key,
        if($group_by = 'campaign', a.campaign_id, 0)    as campaign_key,
        count(*)                                        as leads,
        count(w.customer_id)                            as converted,
        coalesce(sum(w.won_revenue), 0)                 as won_revenue
    from acquired a
    left join won w on w.customer_id = a.customer_id
    group by all
),
costs as (
    select
        if($group_by = 'campaign', '-', s.source_code)  as source_key,
        if($group_by = 'campaign', s.campaign_id, 0)    as campaign_key,
        sum(s.cost)                                     as cost
    from spent s
    group by all
),
members as (
    select
        coalesce(l.source_key, c.source_key)            as source_key,
        coalesce(l.campaign_key, c.campaign_key)        as campaign_key,
        coalesce(l.leads, 0)                            as leads,
        coalesce(l.converted, 0)                        as converted,
        coalesce(l.won_revenue, 0)                      as won_revenue,
        coalesce(c.cost, 0)                             as cost
    from leads l
    full join costs c on c.source_key = l.source_key and c.campaign_key = l.campaign_key
),
final as (
    select
        coalesce(cm.source_code, m.source_key)                              as source_code,
        nullif(m.campaign_key, 0)                                           as campaign_id,
        coalesce(cm.campaign_name, s.name_en, 'unknown')                    as name,
        m.leads::bigint                                                     as leads,
        m.converted::bigint                                                 as converted,
        m.converted / nullif(m.leads, 0)                                    as conversion,
        m.won_revenue::decimal(18, 2)                                       as won_revenue,
        m.cost::decimal(18, 2)                                              as cost,
        ((m.won_revenue - m.cost) / nullif(m.cost, 0))::double              as roi,
        round(nullif(m.cost, 0) / nullif(m.leads, 0), 2)::decimal(18, 2)    as cost_per_acquired_customer
    from members m
    left join dim_campaign cm on cm.campaign_id = m.campaign_key and m.source_key = '-'
    left join dim_source s on s.source_code = m.source_key
)
select * from final
order by won_revenue desc, leads desc, source_code, campaign_id
