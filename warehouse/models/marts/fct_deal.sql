-- One row per deal as it stands at load time.
with deals as (
    select * from stg_deals where not is_deleted
),
stages as (
    select * from dim_deal_stage
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
        d.amount,
        d.opened_at,
        d.opened_at::date               as opened_date,
        d.stage_changed_at,
        d.closed_at,
        d.expected_close_date,
        d.lost_reason
    from deals d
    join stages s on s.stage_code = d.stage_code
)
select * from final
