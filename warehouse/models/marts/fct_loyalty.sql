-- config: materialized=incremental, unique_key=loyalty_entry_id, sort_by=occurred_date
-- One row per loyalty ledger entry: points earned and spent, level changes, cards, referral bonuses, with the
-- root customer and its version at the time; points_net = earned - spent, so a sum is the balance.
with entries as (
    select * from stg_loyalty_ledger
    {% if is_incremental %} where loyalty_entry_id in (select loyalty_entry_id from affected_fct_loyalty) {% endif %}
),
aliases as (
    select customer_id, root_customer_id from dim_customer_alias
),
versions as (
    select customer_id, customer_key, department_id, region_key, source_code, valid_from, valid_to from int_customer_version_spans
),
rooted as (
    select
        e.*,
        coalesce(r.root_customer_id, -1)    as root_customer_id,
        coalesce(rr.root_customer_id, -1)   as root_referrer_customer_id
    from entries e
    left join aliases r on r.customer_id = e.customer_id
    left join aliases rr on rr.customer_id = e.referrer_customer_id
),
final as (
    select
        e.loyalty_entry_id,
        e.occurred_at::date                         as occurred_date,
        e.occurred_at,
        e.root_customer_id                          as customer_id,
        coalesce(v.customer_key, -1)                as customer_key,
        coalesce(v.department_id, -1)               as department_id,
        coalesce(v.region_key, '-1')                as region_key,
        coalesce(v.source_code, '-1')               as source_code,
        e.reason,
        e.points_earned,
        e.points_spent,
        e.points_earned - e.points_spent            as points_net,
        e.discount_level,
        e.discount_pct,
        e.club_card_no,
        e.root_referrer_customer_id                 as referrer_customer_id,
        e.sale_activity_id
    from rooted e
    left join versions v on v.customer_id = e.root_customer_id and e.occurred_at >= v.valid_from and e.occurred_at < v.valid_to
)
select * from final
