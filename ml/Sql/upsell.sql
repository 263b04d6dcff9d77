-- Upsell: for each live customer, products of a higher price tier than the highest they bought in a category they
-- buy, or of the same tier with at least 25% more margin a unit than they usually buy there, not bought yet; only
-- where spend and usage suggest it: at least two purchases in the category in the year before $as_of, or more
-- spend there than the category's median buyer. Up to $per_customer per customer: the categories they spend most
-- in first, the smallest step up in tier, then the best margin.
with bought as (
    select
        s.customer_id,
        p.category_id,
        count(distinct s.sale_activity_id)                                               as purchases,
        sum(s.revenue)                                                                   as spend,
        max(case p.price_tier when 'basic' then 1 when 'standard' then 2 else 3 end)     as top_tier,
        sum(s.quantity * (s.unit_price - s.unit_cost)) / nullif(sum(s.quantity), 0)      as unit_margin
    from fct_sale_line s
    join dim_product p on p.product_id = s.product_id
    where s.sold_at < $as_of::timestamp and s.sold_at >= $as_of::timestamp - interval 365 day
      and s.customer_id <> -1 and s.product_id <> -1
    group by s.customer_id, p.category_id
),
norms as (
    select category_id, median(spend) as median_spend from bought group by category_id
),
eligible as (
    select b.*
    from bought b
    join norms n on n.category_id = b.category_id
    join dim_customer c on c.customer_id = b.customer_id and c.is_current and c.lifecycle <> 'lost' and not c.is_deleted
    where b.purchases >= 2 or b.spend > n.median_spend
),
owned as (
    select distinct customer_id, product_id from fct_sale_line where sold_at < $as_of::timestamp
),
offers as (
    select
        e.customer_id,
        p.product_id,
        e.purchases,
        e.spend,
        case e.top_tier when 1 then 'basic' when 2 then 'standard' else 'premium' end   as top_tier_name,
        p.price_tier,
        case p.price_tier when 'basic' then 1 when 'standard' then 2 else 3 end         as tier,
        e.top_tier,
        p.list_price - p.unit_cost                                                      as margin,
        coalesce(e.unit_margin, 0)                                                      as unit_margin
    from eligible e
    join dim_product p on p.category_id = e.category_id and p.is_active and not p.is_deleted and p.product_id <> -1
    left join owned o on o.customer_id = e.customer_id and o.product_id = p.product_id
    where o.product_id is null
      and (case p.price_tier when 'basic' then 1 when 'standard' then 2 else 3 end > e.top_tier
           or (case p.price_tier when 'basic' then 1 when 'standard' then 2 else 3 end = e.top_tier
               and p.list_price - p.unit_cost >= 1.25 * e.unit_margin))
)
select customer_id, product_id, purchases, spend::double as spend, top_tier_name, price_tier,
       margin::double as margin, unit_margin::double as unit_margin,
       row_number() over (partition by customer_id order by spend desc, tier - top_tier, margin desc, product_id) as offer_rank
from offers
qualify offer_rank <= $per_customer
order by customer_id, offer_rank
