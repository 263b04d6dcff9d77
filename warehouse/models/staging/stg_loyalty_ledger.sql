with source as (
    select * from raw_loyalty_ledger
),
final as (
    select
        id                  as loyalty_entry_id,
        customer_id,
        occurred_at,
        points_earned,
        points_spent,
        discount_level,
        discount_pct,
        club_card_no,
        referrer_customer_id,
        reason,
        sale_activity_id
    from source
)
select * from final
