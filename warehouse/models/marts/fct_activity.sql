-- config: materialized=incremental, unique_key=activity_id, sort_by=activity_type_code+occurred_date
-- One row per live activity of the journal, all 16 types: customer_id is the root customer (merged duplicates
-- count for it) and customer_key its version when the activity happened. department_id, region_key and
-- source_code are the customer's (an expense's own department when there is no customer). Refunds carry a
-- negative signed_amount so money sums net out.
with activities as (
    select * from stg_activities
    where not is_deleted
    {% if is_incremental %} and activity_id in (select activity_id from affected_fct_activity) {% endif %}
),
aliases as (
    select customer_id, root_customer_id from dim_customer_alias
),
versions as (
    select customer_id, customer_key, department_id, region_key, source_code, valid_from, valid_to from int_customer_version_spans
),
expenses as (
    select e.activity_id, e.department_id, d.region_key
    from stg_expenses e
    left join dim_department d on d.department_id = e.department_id
),
rooted as (
    select a.*, coalesce(r.root_customer_id, -1) as root_customer_id
    from activities a
    left join aliases r on r.customer_id = a.customer_id
),
final as (
    select
        a.activity_id,
        a.activity_type_code,
        a.occurred_at,
        a.occurred_at::date                                     as occurred_date,
        hour(a.occurred_at)                                     as occurred_hour,
        coalesce(a.agent_id, -1)                                as agent_id,
        a.root_customer_id                                      as customer_id,
        coalesce(v.customer_key, -1)                            as customer_key,
        coalesce(v.department_id, e.department_id, -1)         as department_id,
        coalesce(v.region_key, e.region_key, '-1')              as region_key,
        coalesce(v.source_code, '-1')                           as source_code,
        a.deal_id,
        coalesce(a.campaign_id, -1)                             as campaign_id,
        coalesce(a.partner_id, -1)                              as partner_id,
        a.duration_seconds,
        a.outcome,
        a.amount,
        case when a.activity_type_code = 'refund' then -a.amount else a.amount end as signed_amount,
        a.due_at,
        a.completed_at
    from rooted a
    left join versions v on v.customer_id = a.root_customer_id and a.occurred_at >= v.valid_from and a.occurred_at < v.valid_to
    left join expenses e on e.activity_id = a.activity_id
)
select * from final
