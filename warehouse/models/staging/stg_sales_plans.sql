-- A sales target for one month: an agent's (agent_id set) or a whole department's (department_id set), never both.
with source as (
    select * from raw_sales_plans
),
final as (
    select
        id                  as sales_plan_id,
        agent_id,
        department_id,
        period_month,
        target_amount,
        deleted_at is not null as is_deleted
    from source
)
select * from final
