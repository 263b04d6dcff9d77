-- One row per department (office or team), soft-deleted ones included, plus the unknown member -1.
with departments as (
    select * from stg_departments
),
final as (
    select
        department_id,
        department_code,
        department_name,
        parent_department_id,
        region,
        coalesce(region_key, '-1') as region_key,
        is_deleted
    from departments
    union all
    select -1, 'unknown', 'Unknown', null, null, '-1', false
)
select * from final
