-- config: materialized=incremental, unique_key=deal_id, sort_by=opened_date
-- One row per live deal as it stands at load time (an accumulating snapshot): when it reached each stage, the
-- furthest open-or-won stage it ever reached (so the funnel reads one table instead of the whole stage history)
-- and how it ended; how long it stood in each open stage (seconds, summed over its stays: the funnel's velocity
-- then reads this table alone). customer_id is the root customer, customer_key its version when the deal was opened.
with deals as (
    select * from stg_deals
    where not is_deleted
    {% if is_incremental %} and deal_id in (select deal_id from affected_fct_deal) {% endif %}
),
stages as (
    select * from dim_deal_stage
),
history as (
    select h.deal_id, h.transition_id, h.from_stage_code, h.to_stage_code, h.changed_at
    from stg_deal_stage_history h
    where h.deal_id in (select deal_id from deals)
),
stays as (
    select deal_id, from_stage_code,
           date_diff('second', lag(changed_at) over (partition by deal_id order by changed_at, from_stage_code is not null, transition_id), changed_at) as seconds
    from history
),
-- bigint, not the hugeint a sum of bigints gives: scanning a hugeint column was 500 times slower.
stage_seconds as (
    select
        deal_id,
        (sum(seconds) filter (where from_stage_code = 'lead'))::bigint as lead_seconds,
        (sum(seconds) filter (where from_stage_code = 'qualified'))::bigint as qualified_seconds,
        (sum(seconds) filter (where from_stage_code = 'proposal'))::bigint as proposal_seconds,
        (sum(seconds) filter (where from_stage_code = 'negotiation'))::bigint as negotiation_seconds
    from stays
    group by deal_id
),
milestones as (
    select
        h.deal_id,
        max(s.sort_order) filter (where not s.is_closed or s.is_won)   as furthest_stage_order,
        min(h.changed_at) filter (where h.to_stage_code = 'qualified')   as qualified_at,
        min(h.changed_at) filter (where h.to_stage_code = 'proposal')    as proposal_at,
        min(h.changed_at) filter (where h.to_stage_code = 'negotiation') as negotiation_at,
        count(*)                                                         as stage_changes
    from history h
    join stages s on s.stage_code = h.to_stage_code
    group by h.deal_id
),
aliases as (
    select customer_id, root_customer_id from dim_customer_alias
),
versions as (
    select customer_id, customer_key, region_key, valid_from, valid_to from int_customer_version_spans
),
rooted as (
    select d.*, coalesce(r.root_customer_id, -1) as root_customer_id
    from deals d
    left join aliases r on r.customer_id = d.customer_id
),
final as (
    select
        d.deal_id,
        d.root_customer_id                      as customer_id,
        coalesce(v.customer_key, -1)            as customer_key,
        coalesce(d.owner_agent_id, -1)          as owner_agent_id,
        coalesce(d.department_id, -1)           as department_id,
        coalesce(v.region_key, '-1')            as region_key,
        coalesce(d.campaign_id, -1)             as campaign_id,
        coalesce(d.product_id, -1)              as product_id,
        coalesce(d.partner_id, -1)              as partner_id,
        coalesce(d.source_code, '-1')           as source_code,
        d.stage_code,
        s.sort_order                            as stage_order,
        s.is_closed,
        s.is_won,
        coalesce(m.furthest_stage_order, 0)     as furthest_stage_order,
        d.amount,
        d.opened_at::date                       as opened_date,
        d.opened_at,
        m.qualified_at,
        m.proposal_at,
        m.negotiation_at,
        d.stage_changed_at,
        d.closed_at,
        d.closed_at::date                       as closed_date,
        d.expected_close_date,
        case when d.closed_at is not null then date_diff('day', d.opened_at, d.closed_at) end as days_to_close,
        coalesce(m.stage_changes, 0)            as stage_changes,
        ss.lead_seconds,
        ss.qualified_seconds,
        ss.proposal_seconds,
        ss.negotiation_seconds,
        d.lost_reason
    from rooted d
    join stages s on s.stage_code = d.stage_code
    left join milestones m on m.deal_id = d.deal_id
    left join stage_seconds ss on ss.deal_id = d.deal_id
    left join versions v on v.customer_id = d.root_customer_id and d.opened_at >= v.valid_from and d.opened_at < v.valid_to
)
select * from final
