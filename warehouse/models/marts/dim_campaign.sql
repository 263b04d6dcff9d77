with campaigns as (
    select * from stg_campaigns where not is_deleted
),
sources as (
    select * from raw_acquisition_sources
),
final as (
    select
        c.campaign_id,
        c.campaign_name,
        c.campaign_kind,
        c.channel,
        c.source_code,
        s.name_en                       as source_name_en,
        coalesce(c.department_id, -1)   as department_id,
        c.starts_on,
        c.ends_on,
        c.campaign_cost
    from campaigns c
    left join sources s on s.code = c.source_code
    union all
    select -1, 'No campaign', 'campaign', 'offline', 'import', 'Import', -1, null, null, 0
)
select * from final
