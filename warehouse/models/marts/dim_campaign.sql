-- One row per campaign or marketing event, soft-deleted ones included, plus the unknown member -1 ("no campaign").
with campaigns as (
    select * from stg_campaigns
),
sources as (
    select * from stg_acquisition_sources
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
        date_diff('day', c.starts_on, c.ends_on) + 1 as campaign_days,
        c.campaign_cost,
        c.is_deleted
    from campaigns c
    left join sources s on s.source_code = c.source_code
    union all
    select -1, 'No campaign', 'campaign', 'offline', '-1', 'Unknown', -1, null, null, 0, 0, false
)
select * from final
