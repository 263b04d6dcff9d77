-- Every key of fct_campaign_cost finds its dimension row (an unknown member at worst) and every date its day. Distinct values first:
-- cheap on big facts.
select 'campaign_id' as broken_key, f.campaign_id::varchar as key_value
from (select distinct campaign_id from fct_campaign_cost) f
where not exists (select 1 from dim_campaign d where d.campaign_id = f.campaign_id)
union all
select 'department_id', f.department_id::varchar
from (select distinct department_id from fct_campaign_cost) f
where not exists (select 1 from dim_department d where d.department_id = f.department_id)
union all
select 'region_key', f.region_key::varchar
from (select distinct region_key from fct_campaign_cost) f
where not exists (select 1 from dim_region d where d.region_key = f.region_key)
union all
select 'source_code', f.source_code::varchar
from (select distinct source_code from fct_campaign_cost) f
where not exists (select 1 from dim_source d where d.source_code = f.source_code)
union all
select 'month_date', f.month_date::varchar
from (select distinct month_date from fct_campaign_cost) f
where not exists (select 1 from dim_date d where d.date_day = f.month_date)
