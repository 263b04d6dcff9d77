with source as (
    select * from raw_customers
),
final as (
    select
        id                       as customer_id,
        kind                     as customer_kind,
        name                     as customer_name,
        lifecycle,
        lifecycle_changed_at,
        source_code,
        campaign_id,
        partner_id,
        region,
        city,
        latitude,
        longitude,
        birthday,
        language,
        department_id,
        owner_agent_id,
        merged_into_id,
        created_at,
        deleted_at is not null   as is_deleted
    from source
)
select * from final
