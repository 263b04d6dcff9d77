with departments as (
    select * from stg_departments where not is_deleted
),
final as (
    select department_id, department_code, department_name, parent_department_id, region
    from departments
    union all
    select -1, 'unknown', 'Unknown', null, null
)
select * from final
