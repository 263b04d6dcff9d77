-- The details of an expense; its amount, time and agent are on its activity.
with source as (
    select * from raw_expenses
),
final as (
    select
        activity_id,
        category           as expense_category,
        campaign_id,
        department_id,
        vendor
    from source
)
select * from final
