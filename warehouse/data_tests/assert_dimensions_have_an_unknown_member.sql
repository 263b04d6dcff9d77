-- Facts point at -1 when they do not know an agent, customer, campaign…: each dimension must hold that row.
select 'dim_agent' as dimension from (select 1) where not exists (select 1 from dim_agent where agent_id = -1)
union all select 'dim_customer' where not exists (select 1 from dim_customer where customer_key = -1 and customer_id = -1)
union all select 'dim_department' where not exists (select 1 from dim_department where department_id = -1)
union all select 'dim_product' where not exists (select 1 from dim_product where product_id = -1)
union all select 'dim_campaign' where not exists (select 1 from dim_campaign where campaign_id = -1)
union all select 'dim_source' where not exists (select 1 from dim_source where source_code = '-1')
union all select 'dim_region' where not exists (select 1 from dim_region where region_key = '-1')
union all select 'dim_partner' where not exists (select 1 from dim_partner where partner_id = -1)
