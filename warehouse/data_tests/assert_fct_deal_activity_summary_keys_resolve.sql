-- Every deal of fct_deal_activity_summary is a live deal of fct_deal, once.
select 'deal_id' as broken_key, s.deal_id::varchar as key_value
from fct_deal_activity_summary s
where not exists (select 1 from fct_deal d where d.deal_id = s.deal_id)
union all
select 'duplicate deal_id', deal_id::varchar
from fct_deal_activity_summary
group by deal_id
having count(*) > 1
