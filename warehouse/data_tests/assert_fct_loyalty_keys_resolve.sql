-- Every key of fct_loyalty finds its dimension row (an unknown member at worst) and every date its day;
-- customer_key must be a version of the fact's own customer_id. Distinct values first: cheap on big facts.
select 'customer_key' as broken_key, f.customer_id || '/' || f.customer_key as key_value
from (select distinct customer_id, customer_key from fct_loyalty) f
where not exists (select 1 from dim_customer d where d.customer_key = f.customer_key and d.customer_id = f.customer_id)
union all
select 'referrer_customer_id', f.referrer_customer_id::varchar
from (select distinct referrer_customer_id from fct_loyalty) f
where not exists (select 1 from dim_customer d where d.customer_id = f.referrer_customer_id)
union all
select 'department_id', f.department_id::varchar
from (select distinct department_id from fct_loyalty) f
where not exists (select 1 from dim_department d where d.department_id = f.department_id)
union all
select 'region_key', f.region_key::varchar
from (select distinct region_key from fct_loyalty) f
where not exists (select 1 from dim_region d where d.region_key = f.region_key)
union all
select 'source_code', f.source_code::varchar
from (select distinct source_code from fct_loyalty) f
where not exists (select 1 from dim_source d where d.source_code = f.source_code)
union all
select 'occurred_date', f.occurred_date::varchar
from (select distinct occurred_date from fct_loyalty) f
where not exists (select 1 from dim_date d where d.date_day = f.occurred_date)
