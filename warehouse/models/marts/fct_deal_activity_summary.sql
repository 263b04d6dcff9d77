-- config: sort_by=deal_id
-- One row per live deal that has activities: how many, the first and the latest. Reports that judge open deals by
-- their last touch (stalled negotiations) read this instead of the whole journal. Rebuilt whole on every load (a
-- second at scale M): an activity moved from one deal to another changes both, and the journal's changed keys do
-- not say which deal it left.
with touches as (
    select deal_id, occurred_at from fct_activity where deal_id is not null
),
deals as (
    select deal_id from fct_deal
),
final as (
    select
        t.deal_id,
        max(t.occurred_at)::date as last_activity_date,
        count(*)              as activity_count,
        min(t.occurred_at)    as first_activity_at,
        max(t.occurred_at)    as last_activity_at
    from touches t
    where t.deal_id in (select deal_id from deals)
    group by t.deal_id
)
select * from final
