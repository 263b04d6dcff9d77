-- The journal, all 16 types. Refunds carry a negative signed_amount so money sums net out.
with activities as (
    select * from stg_activities where not is_deleted
),
final as (
    select
        activity_id,
        activity_type_code,
        occurred_at,
        occurred_at::date                 as occurred_date,
        hour(occurred_at)                 as occurred_hour,
        coalesce(agent_id, -1)            as agent_id,
        coalesce(customer_id, -1)         as customer_id,
        deal_id,
        coalesce(campaign_id, -1)         as campaign_id,
        partner_id,
        duration_seconds,
        outcome,
        amount,
        case when activity_type_code = 'refund' then -amount else amount end as signed_amount,
        due_at,
        completed_at
    from activities
)
select * from final
