-- The deals fct_deal reloads: a deal's transitions change with its history, its deletion or its customer.
select deal_id from affected_fct_deal
