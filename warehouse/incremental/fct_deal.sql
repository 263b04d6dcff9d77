-- Deals whose rows may have changed: changed deals (soft deletes too), deals with new or changed stage history,
-- and every deal of a customer whose root or versions may have moved.
select id as deal_id from changed_deals
union
select deal_id from raw_deal_stage_history where id in (select id from changed_deal_stage_history)
union
select id from raw_deals where customer_id in (select customer_id from affected_dim_customer_alias)
