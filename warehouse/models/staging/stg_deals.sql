with source as (
    select * from raw_deals
),
final as (
    select
        id                   as deal_id,
        customer_id,
        owner_agent_id,
        department_id,
        partner_id,
        campaign_id,
        source_code,
        product_id,
        title                as deal_title,
        stage                as stage_code,
        amount,
        expected_close_date,
        opened_at,
        stage_changed_at,
        closed_at,
        lost_reason,
        deleted_at is not null as is_deleted
    from source
)
select * from final
