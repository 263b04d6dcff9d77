-- A customer's lifecycle and segment from changed_at on, until its next row.
with source as (
    select * from raw_customer_attribute_history
),
final as (
    select
        id          as attribute_change_id,
        customer_id,
        changed_at,
        lifecycle,
        segment
    from source
)
select * from final
