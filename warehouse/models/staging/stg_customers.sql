-- One row per customer record, merged duplicates included; region_key is a slug of the region's name (stable across loads).
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
        segment,
        source_code,
        campaign_id,
        partner_id,
        region,
        nullif(trim(regexp_replace(lower(trim(region)), '[^\p{L}\p{N}]+', '-', 'g'), '-'), '') as region_key,
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
