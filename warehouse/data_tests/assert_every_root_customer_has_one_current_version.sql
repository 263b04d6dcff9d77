-- Each root customer has exactly one current version; merged duplicates have none (their facts go to the root).
with roots as (
    select id as customer_id from raw_customers where merged_into_id is null
),
current_versions as (
    select customer_id, count(*) filter (where is_current) as current_versions
    from dim_customer
    where customer_id <> -1
    group by customer_id
)
select coalesce(r.customer_id, v.customer_id) as customer_id,
       case when r.customer_id is null then 'versions of a customer that is not a root'
            when v.customer_id is null then 'root customer without versions'
            else 'current versions: ' || v.current_versions end as problem
from roots r
full join current_versions v on v.customer_id = r.customer_id
where r.customer_id is null or v.customer_id is null or v.current_versions <> 1
