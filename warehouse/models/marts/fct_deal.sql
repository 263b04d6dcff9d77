-- One row per deal as it stands at load time, with the furthest open-or-won stage it ever reached, so the
-- funnel reads one table instead of aggregating the whole stage history on every request.
with deals as (
    select * from stg_deals where not is_deleted
),
stages as (
    select * from dim_deal_stage
),
furthest as (
    select h.deal_id, max(s.sort_order) as furthest_stage_order
    from stg_deal_stage_history h
    join stages s on s.stage_code = h.to_stage_code
    where not s.is_closed or s.is_won
    group by h.deal_id
),
final as (
    select
        d.deal_id,
        coalesce(d.customer_id, -1)     as customer_id,
        d.owner_agent_id,
        d.department_id,
        coalesce(d.campaign_id, -1)     as campaign_id,
        coalesce(d.product_id, -1)      as product_id,
        d.partner_id,
        d.source_code,
        d.stage_code,
        s.is_closed,
        s.is_won,
        coalesce(f.furthest_stage_order, 0) as furthest_stage_order,
        d.amount,
        d.opened_at,
        d.opened_at::date               as opened_date,
        d.stage_changed_at,
        d.closed_at,
        d.expected_close_date,
        d.lost_reason
    from deals d
    join stages s on s.stage_code = d.stage_code
    left join furthest f on f.deal_id = d.deal_id
)
select * from final
