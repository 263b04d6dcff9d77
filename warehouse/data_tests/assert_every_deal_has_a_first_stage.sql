-- A deal with no 'lead' transition would vanish from the funnel.
select d.deal_id
from fct_deal d
left join fct_deal_stage_transition t on t.deal_id = d.deal_id and t.to_stage_code = 'lead'
where t.deal_id is null
