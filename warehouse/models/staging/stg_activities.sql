with source as (
    select * from raw_activities
),
final as (
    select
        id                as activity_id,
        type_code         as activity_type_code,
        occurred_at,
        agent_id,
        customer_id,
        contact_id,
        deal_id,
        campaign_id,
        partner_id,
        duration_seconds,
        outcome,
        amount,
        due_at,
        completed_at,
        deleted_at is not null as is_deleted
    from source
)
select * from final
