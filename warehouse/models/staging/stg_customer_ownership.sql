-- Who owned a customer when: valid_from <= t < valid_to, an open row (valid_to null) runs on.
with source as (
    select * from raw_customer_ownership
),
final as (
    select
        id          as ownership_id,
        customer_id,
        agent_id,
        valid_from,
        valid_to,
        reason
    from source
)
select * from final
