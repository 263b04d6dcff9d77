-- One row per agent, those who left and soft-deleted ones included (facts keep pointing at them), plus the
-- unknown member -1 for work nobody is recorded as having done.
with agents as (
    select * from stg_agents
),
final as (
    select
        a.agent_id,
        a.agent_name,
        a.email,
        coalesce(a.department_id, -1)  as department_id,
        a.manager_agent_id,
        m.agent_name                   as manager_name,
        a.role,
        a.hire_date,
        a.leave_date,
        a.status,
        a.status <> 'left'             as is_active,
        a.base_salary,
        a.commission_rate,
        a.is_deleted
    from agents a
    left join agents m on m.agent_id = a.manager_agent_id
    union all
    select -1, 'Unknown', null, -1, null, null, 'agent', null, null, 'active', false, 0, 0, false
)
select * from final
