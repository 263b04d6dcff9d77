with source as (
    select * from raw_departments
),
final as (
    select
        id          as department_id,
        code        as department_code,
        name        as department_name,
        parent_id   as parent_department_id,
        region,
        nullif(trim(regexp_replace(lower(trim(region)), '[^\p{L}\p{N}]+', '-', 'g'), '-'), '') as region_key,
        deleted_at is not null as is_deleted
    from source
)
select * from final
