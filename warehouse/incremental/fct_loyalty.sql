-- Ledger entries whose rows may have changed: changed entries, and the entries of every customer (as holder or
-- referrer) whose root or versions may have moved.
select id as loyalty_entry_id from changed_loyalty_ledger
union
select id from raw_loyalty_ledger
where customer_id in (select customer_id from affected_dim_customer_alias)
   or referrer_customer_id in (select customer_id from affected_dim_customer_alias)
