-- Every key of fct_expense finds its dimension row (an unknown member at worst) and every date its day. Distinct values first:
-- cheap on big facts.
select 'agent_id' as broken_key, f.agent_id::varchar as key_value
from (select distinct agent_id from fct_expense) f
where not exists (select 1 from dim_agent d where d.agent_id = f.agent_id)
union all
select 'department_id', f.department_id::varchar
from (select distinct department_id from fct_expense) f
where not exists (select 1 from dim_department d where d.department_id = f.department_id)
union all
select 'region_key', f.region_key::varchar
from (select distinct region_key from fct_expense) f
where not exists (select 1 from dim_region d where d.region_key = f.region_key)
union all
select 'campaign_id', f.campaign_id::varchar
from (select distinct campaign_id from fct_expense) f
where not exists (select 1 from dim_campaign d where d.campaign_id = f.campaign_id)
union all
select 'source_code', f.source_code::varchar
from (select distinct source_code from fct_expense) f
where not exists (select 1 from dim_source d where d.source_code = f.source_code)
union all
select 'partner_id', f.partner_id::varchar
from (select distinct partner_id from fct_expense) f
where not exists (select 1 from dim_partner d where d.partner_id = f.partner_id)
union all
select 'expense_date', f.expense_date::varchar
from (select distinct expense_date from fct_expense) f
where not exists (select 1 from dim_date d where d.date_day = f.expense_date)
