-- Who owned a deal when: valid_from <= t < valid_to, an open row (valid_to null) runs on.
with source as (
    select * from raw_deal_ownership
),
final as (
    select
        id          as deal_ownership_id,
        deal_id,
        agent_id,
        valid_from,
        valid_to
    from source
)
select * from final
