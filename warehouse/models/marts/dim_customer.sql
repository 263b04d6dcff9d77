-- config: materialized=incremental, unique_key=customer_id
-- One row per version of a root customer: a new version opens whenever its owner, segment or lifecycle changes
-- (slowly changing, type 2), so a fact can be read with the customer as it was when it happened. Owners come from
-- customer_ownership, lifecycle and segment from customer_attribute_history; the other columns are the customer's
-- present ones on every version. Merged duplicates have no versions: their facts count for their root (the alias
-- mart maps any id to its root). customer_key = customer_id * 1000 + version_no, so it survives reloads; -1 is unknown.
with roots as (
    select * from stg_customers
    where merged_into_id is null
    {% if is_incremental %} and customer_id in (select customer_id from affected_dim_customer) {% endif %}
),
ownership as (
    select customer_id, agent_id, valid_from, valid_to
    from stg_customer_ownership
    where customer_id in (select customer_id from roots)
),
owned as (
    select distinct customer_id from ownership
),
attributes as (
    -- two changes written in one transaction share their moment: the later written wins
    select customer_id, changed_at, lifecycle, segment
    from stg_customer_attribute_history
    where customer_id in (select customer_id from roots)
    qualify row_number() over (partition by customer_id, changed_at order by attribute_change_id desc) = 1
),
first_attributes as (
    select customer_id, arg_min(lifecycle, changed_at) as lifecycle, arg_min(segment, changed_at) as segment
    from attributes
    group by customer_id
),
change_points as (
    select customer_id, created_at as changed_at from roots
    union
    select customer_id, valid_from from ownership
    union
    select customer_id, valid_to from ownership where valid_to is not null
    union
    select customer_id, changed_at from attributes
),
owner_at as (
    -- the ownership row covering the moment (the latest begun, should rows overlap)
    select p.customer_id, p.changed_at, arg_max(o.agent_id, o.valid_from) as agent_id
    from change_points p
    join ownership o on o.customer_id = p.customer_id
     and o.valid_from <= p.changed_at and (o.valid_to is null or p.changed_at < o.valid_to)
    group by p.customer_id, p.changed_at
),
attributes_at as (
    select p.customer_id, p.changed_at, a.lifecycle, a.segment
    from change_points p
    asof left join attributes a on a.customer_id = p.customer_id and p.changed_at >= a.changed_at
),
states as (
    -- before its first recorded attributes a customer had those; a customer whose owners were never recorded
    -- had the owner on its record all along
    select
        p.customer_id,
        p.changed_at,
        coalesce(w.agent_id, case when d.customer_id is null then r.owner_agent_id end, -1) as owner_agent_id,
        coalesce(a.segment, f.segment, r.segment)       as segment,
        coalesce(a.lifecycle, f.lifecycle, r.lifecycle) as lifecycle
    from change_points p
    join roots r on r.customer_id = p.customer_id
    left join owner_at w on w.customer_id = p.customer_id and w.changed_at = p.changed_at
    left join owned d on d.customer_id = p.customer_id
    left join attributes_at a on a.customer_id = p.customer_id and a.changed_at = p.changed_at
    left join first_attributes f on f.customer_id = p.customer_id
),
compared as (
    select
        *,
        lag(owner_agent_id) over w as previous_owner_agent_id,
        lag(segment) over w        as previous_segment,
        lag(lifecycle) over w      as previous_lifecycle
    from states
    window w as (partition by customer_id order by changed_at)
),
changes as (
    -- a point where nothing of the three changed continues the version before it
    select customer_id, changed_at, owner_agent_id, segment, lifecycle
    from compared
    where previous_segment is null
       or owner_agent_id <> previous_owner_agent_id
       or segment <> previous_segment
       or lifecycle <> previous_lifecycle
),
versions as (
    select
        customer_id,
        row_number() over w   as version_no,
        changed_at            as valid_from,
        lead(changed_at) over w as valid_to,
        owner_agent_id,
        segment,
        lifecycle
    from changes
    window w as (partition by customer_id order by changed_at)
),
unknown as (
    select
        -1 as customer_key, -1 as customer_id, 1 as version_no, timestamp '1900-01-01' as valid_from,
        null::timestamp as valid_to, true as is_current, -1 as owner_agent_id, 'unknown' as segment,
        'unknown' as lifecycle, 'Unknown' as customer_name, 'unknown' as customer_kind, '-1' as region_key,
        null as city, null::double as latitude, null::double as longitude, -1 as department_id,
        '-1' as source_code, -1 as campaign_id, -1 as partner_id, null as language, null::date as birthday,
        null::timestamp as created_at, false as is_deleted
    {% if is_incremental %} where false {% endif %}
),
final as (
    select
        v.customer_id * 1000 + v.version_no   as customer_key,
        v.customer_id,
        v.version_no,
        v.valid_from,
        v.valid_to,
        v.valid_to is null                    as is_current,
        v.owner_agent_id,
        v.segment,
        v.lifecycle,
        r.customer_name,
        r.customer_kind,
        coalesce(r.region_key, '-1')          as region_key,
        r.city,
        r.latitude,
        r.longitude,
        coalesce(r.department_id, -1)         as department_id,
        coalesce(r.source_code, '-1')         as source_code,
        coalesce(r.campaign_id, -1)           as campaign_id,
        coalesce(r.partner_id, -1)            as partner_id,
        r.language,
        r.birthday,
        r.created_at,
        r.is_deleted
    from versions v
    join roots r on r.customer_id = v.customer_id
    union all
    select * from unknown
)
select * from final
