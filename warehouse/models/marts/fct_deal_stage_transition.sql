-- config: materialized=incremental, unique_key=deal_id, sort_by=changed_date
-- One row per stage change of a live deal, with the stage's order (so "reached at least stage X" is a
-- comparison), how long the deal had stood in the stage before, and the customer as it was at the change.
-- A deal's transitions are replaced together.
with transitions as (
    select * from stg_deal_stage_history
    {% if is_incremental %} where deal_id in (select deal_id from affected_fct_deal_stage_transition) {% endif %}
),
deals as (
    select deal_id, customer_id, owner_agent_id, department_id from fct_deal
),
stages as (
    select * from dim_deal_stage
),
versions as (
    select customer_id, customer_key, valid_from, valid_to from int_customer_version_spans
),
ordered as (
    select
        *,
        lag(changed_at) over (partition by deal_id order by changed_at, from_stage_code is not null, transition_id) as previous_changed_at
    from transitions
),
final as (
    select
        t.transition_id,
        t.deal_id,
        t.from_stage_code,
        t.to_stage_code,
        s.sort_order                    as to_stage_order,
        s.is_closed                     as to_closed_stage,
        s.is_won                        as to_won_stage,
        t.changed_at,
        t.changed_at::date              as changed_date,
        coalesce(t.agent_id, -1)        as agent_id,
        d.owner_agent_id,
        d.department_id,
        d.customer_id,
        coalesce(v.customer_key, -1)    as customer_key,
        date_diff('second', t.previous_changed_at, t.changed_at) as seconds_in_previous_stage
    from ordered t
    join deals d on d.deal_id = t.deal_id
    join stages s on s.stage_code = t.to_stage_code
    left join versions v on v.customer_id = d.customer_id and t.changed_at >= v.valid_from and t.changed_at < v.valid_to
)
select * from final
