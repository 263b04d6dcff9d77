-- ABC and RFM segmentation of the customers who bought in [$date_from, $date_to], one row per customer: the list an
-- agent works through. Merged duplicates count for their root customer.
--   ABC: customers ranked by revenue (ties by id); A while the running share of the revenue is at most 80%, B up to
--        95%, C the rest.
--   R:   recency_days, days from the customer's last sale or payment in the period to $date_to (payments count for
--        any of the customer's purchases, whatever the filters on the sale lines).
--   F:   frequency, the sales (not lines) in the period;  M: monetary, their revenue.
--   Scores 1..5 are quintiles (ntile) over the customers in the result: 5 is the most recent, most frequent, biggest;
--   ties are split by customer id so the same data always scores the same.
--   rfm_segment, first rule that holds:
--     champions  R >= 4 and F >= 4 and M >= 4   recent, frequent and big: keep them close
--     loyal      R >= 3 and F >= 3              buy often and not long ago
--     new        R >= 4 and a single sale       first purchase lately: turn it into a second one
--     promising  R >= 3                         recent, not yet frequent
--     at_risk    F >= 3                         used to buy often, not lately (R <= 2): call them now
--     lost       the rest                       neither recent nor frequent
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
-- a sale's totals are fct_sale's; with a category filter only the lines of that category count, so then they are
-- summed from the lines (one branch runs: the other's filter on $category_code is false)
sale_totals as (
    select f.customer_id, f.sale_activity_id, f.revenue, f.sale_date
    from fct_sale f
    where $category_code is null
      and f.sale_date between $date_from and $date_to
      and ($scope_department_id is null or f.department_id = $scope_department_id)
      and ($scope_agent_id is null or f.customer_id in (select customer_id from portfolio))
      and ($department_id is null or f.department_id = $department_id)
      and ($agent_id is null or f.agent_id = $agent_id)
      and ($region_key is null or f.region_key = $region_key)
      and ($source_code is null or f.source_code = $source_code)
      and ($campaign_id is null or f.campaign_id = $campaign_id)
      and ($segment is null or f.customer_key in (select customer_key from dim_customer where segment = $segment))
    union all
    select f.customer_id, f.sale_activity_id, sum(f.revenue) as revenue, max(f.sale_date) as sale_date
    from fct_sale_line f
    where $category_code is not null
      and f.sale_date between $date_from and $date_to
      and ($scope_department_id is null or f.department_id = $scope_department_id)
      and ($scope_agent_id is null or f.customer_id in (select customer_id from portfolio))
      and ($department_id is null or f.department_id = $department_id)
      and ($agent_id is null or f.agent_id = $agent_id)
      and ($region_key is null or f.region_key = $region_key)
      and ($source_code is null or f.source_code = $source_code)
      and ($campaign_id is null or f.campaign_id = $campaign_id)
      and ($segment is null or f.customer_key in (select customer_key from dim_customer where segment = $segment))
      and f.product_id in (select product_id from dim_product where category_code = $category_code)
    group by f.customer_id, f.sale_activity_id
),
sales as (
    select customer_id, sum(revenue) as monetary, count(*) as frequency, max(sale_date) as last_sale_date
    from sale_totals
    group by customer_id
),
payments as (
    select p.customer_id, max(p.payment_date) as last_payment_date
    from fct_payment p
    where p.payment_date between $date_from and $date_to
      and not p.is_refund
      and p.customer_id in (select customer_id from sales)
    group by p.customer_id
),
measured as (
    select
        s.customer_id,
        s.monetary,
        s.frequency,
        greatest(s.last_sale_date, coalesce(y.last_payment_date, s.last_sale_date)) as last_purchase_date
    from sales s
    left join payments y on y.customer_id = s.customer_id
),
scored as (
    select
        *,
        $date_to - last_purchase_date                                                   as recency_days,
        sum(monetary) over (order by monetary desc, customer_id rows unbounded preceding) as cumulative_revenue,
        sum(monetary) over ()                                                           as total_revenue,
        ntile(5) over (order by last_purchase_date, customer_id)                        as r_score,
        ntile(5) over (order by frequency, customer_id)                                 as f_score,
        ntile(5) over (order by monetary, customer_id)                                  as m_score
    from measured
),
-- the page first, then its names and labels: 500 rows joined instead of every customer
page as (
    select * from scored
    order by monetary desc, customer_id
    limit $row_limit
),
names as (
    select customer_id, customer_name from dim_customer where is_current and customer_id in (select customer_id from page)
),
final as (
    select
        s.customer_id,
        coalesce(n.customer_name, 'unknown')                            as customer_name,
        s.monetary,
        (s.cumulative_revenue / nullif(s.total_revenue, 0))::double     as cumulative_share,
        -- in integers, so a customer exactly on a boundary falls the same way on every engine
        case when s.cumulative_revenue * 5 <= s.total_revenue * 4 then 'A'
             when s.cumulative_revenue * 20 <= s.total_revenue * 19 then 'B'
             else 'C' end                                               as abc_class,
        s.last_purchase_date,
        s.recency_days,
        s.frequency,
        s.r_score,
        s.f_score,
        s.m_score,
        case when s.r_score >= 4 and s.f_score >= 4 and s.m_score >= 4 then 'champions'
             when s.r_score >= 3 and s.f_score >= 3 then 'loyal'
             when s.r_score >= 4 and s.frequency = 1 then 'new'
             when s.r_score >= 3 then 'promising'
             when s.f_score >= 3 then 'at_risk'
             else 'lost' end                                            as rfm_segment
    from page s
    left join names n on n.customer_id = s.customer_id
)
select * from final
order by monetary desc, customer_id
limit $row_limit
