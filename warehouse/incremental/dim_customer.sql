-- Customers whose versions may have changed: any changed customer row (a merge or its revert makes or unmakes a
-- root, so roots and duplicates alike are listed), and customers whose ownership or attribute history changed.
select id as customer_id from changed_customers
union
select customer_id from raw_customer_ownership where id in (select id from changed_customer_ownership)
union
select customer_id from raw_customer_attribute_history where id in (select id from changed_customer_attribute_history)
