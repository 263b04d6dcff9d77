with source as (
    select * from raw_agents
),
final as (
    select
        id               as agent_id,
        full_name        as agent_name,
        email,
        department_id,
        manager_id       as manager_agent_id,
        role,
        hire_date,
        leave_date,
        status,
        base_salary,
        commission_rate,
        deleted_at is not null as is_deleted
    from source
)
select * from final
