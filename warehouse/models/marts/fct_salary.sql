-- One row per salary payment: the base and commission an agent was paid for a month, with the agent's present
-- department. Small, so it is rebuilt whole on every load.
with salaries as (
    select * from stg_salary_payments where not is_deleted
),
agents as (
    select agent_id, department_id from dim_agent
),
departments as (
    select department_id, region_key from dim_department
),
final as (
    select
        s.salary_payment_id,
        s.period_month                              as period_date,
        s.paid_at::date                             as paid_date,
        s.paid_at,
        s.agent_id,
        coalesce(a.department_id, -1)               as department_id,
        coalesce(d.region_key, '-1')                as region_key,
        s.base_amount,
        s.commission_amount,
        s.base_amount + s.commission_amount         as total_amount
    from salaries s
    left join agents a on a.agent_id = s.agent_id
    left join departments d on d.department_id = a.department_id
)
select * from final
