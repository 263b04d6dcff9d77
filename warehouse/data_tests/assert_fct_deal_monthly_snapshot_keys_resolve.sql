-- Every key of fct_deal_monthly_snapshot finds its dimension row (an unknown member at worst) and every date its day;
-- customer_key must be a version of the fact's own customer_id. Distinct values first: cheap on big facts.
select 'customer_key' as broken_key, f.customer_id || '/' || f.customer_key as key_value
from (select distinct customer_id, customer_key from fct_deal_monthly_snapshot) f
where not exists (select 1 from dim_customer d where d.customer_key = f.customer_key and d.customer_id = f.customer_id)
union all
select 'owner_agent_id', f.owner_agent_id::varchar
from (select distinct owner_agent_id from fct_deal_monthly_snapshot) f
where not exists (select 1 from dim_agent d where d.agent_id = f.owner_agent_id)
union all
select 'department_id', f.department_id::varchar
from (select distinct department_id from fct_deal_monthly_snapshot) f
where not exists (select 1 from dim_department d where d.department_id = f.department_id)
union all
select 'product_id', f.product_id::varchar
from (select distinct product_id from fct_deal_monthly_snapshot) f
where not exists (select 1 from dim_product d where d.product_id = f.product_id)
union all
select 'stage_code', f.stage_code::varchar
from (select distinct stage_code from fct_deal_monthly_snapshot) f
where not exists (select 1 from dim_deal_stage d where d.stage_code = f.stage_code)
union all
select 'snapshot_date', f.snapshot_date::varchar
from (select distinct snapshot_date from fct_deal_monthly_snapshot) f
where not exists (select 1 from dim_date d where d.date_day = f.snapshot_date)
