with source as (
    select * from raw_deal_stage_history
),
final as (
    select
        id          as transition_id,
        deal_id,
        from_stage  as from_stage_code,
        to_stage    as to_stage_code,
        changed_at,
        agent_id
    from source
)
select * from final
