-- One row per live sales target and month: plan_level says whether it is an agent's (agent_id) or a whole
-- department's (agent_id -1). An agent's target counts for the agent's present department, as salaries do, so a
-- department's plan and the sum of its agents' plans can be read side by side. Small: rebuilt whole on every load.
with plans as (
    select * from stg_sales_plans where not is_deleted
),
agents as (
    select agent_id, department_id from dim_agent
),
departments as (
    select department_id, region_key from dim_department
),
final as (
    select
        p.sales_plan_id,
        p.period_month                                              as period_date,
        case when p.agent_id is null then 'department' else 'agent' end as plan_level,
        coalesce(p.agent_id, -1)                                    as agent_id,
        coalesce(p.department_id, a.department_id, -1)              as department_id,
        coalesce(d.region_key, '-1')                                as region_key,
        p.target_amount
    from plans p
    left join agents a on a.agent_id = p.agent_id
    left join departments d on d.department_id = coalesce(p.department_id, a.department_id)
)
select * from final
