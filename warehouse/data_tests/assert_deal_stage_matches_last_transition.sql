-- The deal's current stage is where its history ends. Ties in time: a deal's entry (from no stage) comes first, as
-- imports record it in the same instant as the move to the stage the deal is in; then the order of recording.
with last_transition as (
    select deal_id, to_stage_code
    from fct_deal_stage_transition
    qualify row_number() over (partition by deal_id order by changed_at desc, from_stage_code is not null desc, transition_id desc) = 1
)
select d.deal_id, d.stage_code, t.to_stage_code
from fct_deal d
join last_transition t using (deal_id)
where t.to_stage_code <> d.stage_code
