-- The details of a payment, refund or bank payment; its amount, time and people are on its activity.
with source as (
    select * from raw_payments
),
final as (
    select
        activity_id,
        method             as payment_method,
        due_date,
        sale_activity_id
    from source
)
select * from final
