-- Every stage change of every live deal, with the stage's order so "reached at least stage X" is a comparison.
with transitions as (
    select * from stg_deal_stage_history
),
deals as (
    select deal_id from fct_deal
),
stages as (
    select * from dim_deal_stage
),
final as (
    select
        t.transition_id,
        t.deal_id,
        t.from_stage_code,
        t.to_stage_code,
        s.sort_order       as to_stage_order,
        s.is_closed        as to_closed_stage,
        s.is_won           as to_won_stage,
        t.changed_at,
        t.changed_at::date as changed_date,
        coalesce(t.agent_id, -1) as agent_id
    from transitions t
    join deals d using (deal_id)
    join stages s on s.stage_code = t.to_stage_code
)
select * from final
