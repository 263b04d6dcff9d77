-- Facts point at a dimension row (an explicit unknown member at worst), never at nothing.
select 'fct_deal.customer_id' as broken_key, f.deal_id as row_id from fct_deal f
    left join dim_customer d on d.customer_id = f.customer_id where d.customer_id is null
union all
select 'fct_deal.owner_agent_id', f.deal_id from fct_deal f
    left join dim_agent d on d.agent_id = f.owner_agent_id where d.agent_id is null
union all
select 'fct_deal.department_id', f.deal_id from fct_deal f
    left join dim_department d on d.department_id = f.department_id where d.department_id is null
union all
select 'fct_deal.campaign_id', f.deal_id from fct_deal f
    left join dim_campaign d on d.campaign_id = f.campaign_id where d.campaign_id is null
union all
select 'fct_activity.customer_id', f.activity_id from fct_activity f
    left join dim_customer d on d.customer_id = f.customer_id where d.customer_id is null
union all
select 'fct_activity.agent_id', f.activity_id from fct_activity f
    left join dim_agent d on d.agent_id = f.agent_id where d.agent_id is null
union all
select 'fct_activity.occurred_date', f.activity_id from fct_activity f
    left join dim_date d on d.date_day = f.occurred_date where d.date_day is null
