-- Customers whose root, or whose root's versions, may have changed: everyone at or below (merged into, at any
-- depth) a customer dim_customer reloads. Facts take this list as "these customers' keys may have moved".
with recursive below (customer_id) as (
    select customer_id from affected_dim_customer
    union
    select c.id from raw_customers c join below b on c.merged_into_id = b.customer_id
)
select customer_id from below
