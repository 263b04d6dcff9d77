-- The deal's current stage is where its history ends (ties in time broken by the order of recording).
with last_transition as (
    select deal_id, to_stage_code
    from fct_deal_stage_transition
    qualify row_number() over (partition by deal_id order by changed_at desc, transition_id desc) = 1
)
select d.deal_id, d.stage_code, t.to_stage_code
from fct_deal d
join last_transition t using (deal_id)
where t.to_stage_code <> d.stage_code
