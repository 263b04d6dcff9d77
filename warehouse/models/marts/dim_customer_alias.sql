-- config: materialized=incremental, unique_key=customer_id
-- One row per customer id the source knows, merged duplicates included: the root customer its facts count for
-- (merged_into_id followed to the end; -1 if the chain never ends) and that root's current dim_customer version,
-- for looking customers up by their source id.
with recursive chain as (
    select customer_id, customer_id as root_customer_id, 0 as merge_depth
    from stg_customers
    where merged_into_id is null
    union all
    select c.customer_id, chain.root_customer_id, chain.merge_depth + 1
    from stg_customers c
    join chain on c.merged_into_id = chain.customer_id
    where chain.merge_depth < 100
),
customers as (
    select customer_id from stg_customers
    {% if is_incremental %} where customer_id in (select customer_id from affected_dim_customer_alias) {% endif %}
),
current_versions as (
    select customer_id, customer_key from dim_customer where is_current
),
final as (
    select
        c.customer_id,
        coalesce(ch.root_customer_id, -1)   as root_customer_id,
        coalesce(v.customer_key, -1)        as current_customer_key,
        ch.merge_depth
    from customers c
    left join chain ch on ch.customer_id = c.customer_id
    left join current_versions v on v.customer_id = ch.root_customer_id
)
select * from final
