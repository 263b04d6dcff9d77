with source as (
    select * from raw_partners
),
final as (
    select
        id               as partner_id,
        name             as partner_name,
        kind             as partner_kind,
        region,
        nullif(trim(regexp_replace(lower(trim(region)), '[^\p{L}\p{N}]+', '-', 'g'), '-'), '') as region_key,
        city,
        commission_rate,
        status,
        deleted_at is not null as is_deleted
    from source
)
select * from final
