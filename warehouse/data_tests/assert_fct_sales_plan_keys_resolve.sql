-- Every key of fct_sales_plan finds its dimension row (an unknown member at worst) and every month its day.
select 'agent_id' as broken_key, f.agent_id::varchar as key_value
from (select distinct agent_id from fct_sales_plan) f
where not exists (select 1 from dim_agent d where d.agent_id = f.agent_id)
union all
select 'department_id', f.department_id::varchar
from (select distinct department_id from fct_sales_plan) f
where not exists (select 1 from dim_department d where d.department_id = f.department_id)
union all
select 'region_key', f.region_key::varchar
from (select distinct region_key from fct_sales_plan) f
where not exists (select 1 from dim_region d where d.region_key = f.region_key)
union all
select 'period_date', f.period_date::varchar
from (select distinct period_date from fct_sales_plan) f
where not exists (select 1 from dim_date d where d.date_day = f.period_date)
