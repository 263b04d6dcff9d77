-- Every key of fct_salary finds its dimension row (an unknown member at worst) and every date its day. Distinct values first:
-- cheap on big facts.
select 'agent_id' as broken_key, f.agent_id::varchar as key_value
from (select distinct agent_id from fct_salary) f
where not exists (select 1 from dim_agent d where d.agent_id = f.agent_id)
union all
select 'department_id', f.department_id::varchar
from (select distinct department_id from fct_salary) f
where not exists (select 1 from dim_department d where d.department_id = f.department_id)
union all
select 'region_key', f.region_key::varchar
from (select distinct region_key from fct_salary) f
where not exists (select 1 from dim_region d where d.region_key = f.region_key)
union all
select 'period_date', f.period_date::varchar
from (select distinct period_date from fct_salary) f
where not exists (select 1 from dim_date d where d.date_day = f.period_date)
union all
select 'paid_date', f.paid_date::varchar
from (select distinct paid_date from fct_salary) f
where not exists (select 1 from dim_date d where d.date_day = f.paid_date)
