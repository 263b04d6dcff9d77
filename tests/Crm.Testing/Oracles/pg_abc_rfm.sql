-- Oracle for rpt_abc_rfm: per root customer who bought in the period, revenue, sales and the last sale or payment,
-- then ABC classes and RFM quintiles by the rules in rpt_abc_rfm.sql, from the operational tables.
with recursive {{roots_and_portfolio}},
sales as (
    select
        coalesce(r.root_id, -1)                                          as customer_id,
        sum(round(l.quantity * l.unit_price - l.discount_amount, 2))    as monetary,
        count(distinct a.id)                                             as frequency,
        max((a.occurred_at at time zone 'UTC')::date)                    as last_sale_date
    from activities a
    join sale_lines l on l.sale_activity_id = a.id
    left join roots r on r.id = a.customer_id
    left join customers c on c.id = r.root_id
    where a.type_code = 'sale' and a.deleted_at is null
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
      and (@scope_department_id::bigint is null or coalesce(c.department_id, -1) = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or a.customer_id in (select id from portfolio))
      and (@department_id::bigint is null or coalesce(c.department_id, -1) = @department_id::bigint)
      and (@agent_id::bigint is null or a.agent_id = @agent_id::bigint)
      and (@region_key::text is null
           or coalesce(nullif(trim(both '-' from regexp_replace(lower(trim(c.region)), '[^[:alnum:]]+', '-', 'g')), ''), '-1') = @region_key::text)
      and (@source_code::text is null or coalesce(c.source_code, '-1') = @source_code::text)
      and (@campaign_id::bigint is null or a.campaign_id = @campaign_id::bigint)
      and (@segment::text is null or coalesce(
              (select h.segment from customer_attribute_history h
               where h.customer_id = r.root_id and h.changed_at <= a.occurred_at
               order by h.changed_at desc, h.id desc limit 1),
              (select h.segment from customer_attribute_history h
               where h.customer_id = r.root_id order by h.changed_at, h.id desc limit 1),
              c.segment) = @segment::text)
      and (@category_code::text is null or l.product_id in (
              select p.id from products p join product_categories k on k.id = p.category_id where k.code = @category_code::text))
    group by 1
),
payments as (
    select r.root_id as customer_id, max((a.occurred_at at time zone 'UTC')::date) as last_payment_date
    from activities a
    join roots r on r.id = a.customer_id
    where a.type_code in ('payment', 'bank_payment') and a.deleted_at is null
      and a.occurred_at >= @date_from::date::timestamp at time zone 'UTC'
      and a.occurred_at < (@date_to::date + 1)::timestamp at time zone 'UTC'
    group by 1
),
measured as (
    select s.*, greatest(s.last_sale_date, y.last_payment_date) as last_purchase_date
    from sales s
    left join payments y using (customer_id)
),
scored as (
    select
        *,
        @date_to::date - last_purchase_date                                               as recency_days,
        sum(monetary) over (order by monetary desc, customer_id rows unbounded preceding) as cumulative_revenue,
        sum(monetary) over ()                                                             as total_revenue,
        ntile(5) over (order by last_purchase_date, customer_id)                          as r_score,
        ntile(5) over (order by frequency, customer_id)                                   as f_score,
        ntile(5) over (order by monetary, customer_id)                                    as m_score
    from measured
)
select
    customer_id,
    monetary,
    cumulative_revenue / nullif(total_revenue, 0) as cumulative_share,
    case when cumulative_revenue <= 0.80 * total_revenue then 'A'
         when cumulative_revenue <= 0.95 * total_revenue then 'B'
         else 'C' end                             as abc_class,
    last_purchase_date,
    recency_days,
    frequency,
    r_score,
    f_score,
    m_score,
    case when r_score >= 4 and f_score >= 4 and m_score >= 4 then 'champions'
         when r_score >= 3 and f_score >= 3 then 'loyal'
         when r_score >= 4 and frequency = 1 then 'new'
         when r_score >= 3 then 'promising'
         when f_score >= 3 then 'at_risk'
         else 'lost' end                          as rfm_segment
from scored
order by monetary desc, customer_id
