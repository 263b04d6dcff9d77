-- What each customer had bought before $as_of (a UTC timestamp): one row per root customer and product, with the
-- moment of the first purchase (so that rules can tell "bought X, then Y" from the other way round), how many sale
-- lines, and the product's category and price tier, from which a customer's leanings are read.
select s.customer_id, s.product_id, min(s.sold_at) as first_bought_at, count(*) as lines, p.category_id, p.price_tier
from fct_sale_line s
join dim_product p on p.product_id = s.product_id
where s.sold_at < $as_of::timestamp and s.customer_id <> -1 and s.product_id <> -1
group by s.customer_id, s.product_id, p.category_id, p.price_tier
order by s.customer_id, s.product_id
