-- Current state of each customer (one row per customer). Merged duplicates stay as rows of their own,
-- pointing at the customer they were recognised as.
with customers as (
    select * from stg_customers where not is_deleted
),
final as (
    select
        customer_id,
        customer_kind,
        customer_name,
        lifecycle,
        source_code,
        coalesce(campaign_id, -1)     as campaign_id,
        partner_id,
        region,
        city,
        latitude,
        longitude,
        birthday,
        language,
        coalesce(department_id, -1)   as department_id,
        coalesce(owner_agent_id, -1)  as owner_agent_id,
        merged_into_id,
        created_at
    from customers
    union all
    select -1, 'person', 'Unknown', 'lead', 'import', -1, null, null, null, null, null, null, 'hy', -1, -1, null, null
)
select * from final
