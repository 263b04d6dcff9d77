with source as (
    select * from raw_salary_payments
),
final as (
    select
        id                  as salary_payment_id,
        agent_id,
        period_month,
        base_amount,
        commission_amount,
        paid_at,
        deleted_at is not null as is_deleted
    from source
)
select * from final
