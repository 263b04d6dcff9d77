with source as (
    select * from raw_campaigns
),
final as (
    select
        id            as campaign_id,
        name          as campaign_name,
        kind          as campaign_kind,
        channel,
        source_code,
        department_id,
        starts_on,
        ends_on,
        cost          as campaign_cost,
        deleted_at is not null as is_deleted
    from source
)
select * from final
