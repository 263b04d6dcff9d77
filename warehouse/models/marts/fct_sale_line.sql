-- config: materialized=incremental, unique_key=sale_line_id, sort_by=sale_date
-- One row per line of a live sale: the product, how many, at what price and cost, with the sale's date, agent
-- and customer (as it was then). revenue = quantity * unit_price - discount_amount, cost = quantity * unit_cost,
-- margin = revenue - cost, each rounded to the dram's hundredths per line.
with lines as (
    select * from stg_sale_lines
    {% if is_incremental %} where sale_line_id in (select sale_line_id from affected_fct_sale_line) {% endif %}
),
sales as (
    select activity_id, occurred_at, occurred_date, agent_id, customer_id, customer_key, department_id, region_key,
           source_code, deal_id, campaign_id, partner_id
    from fct_activity
),
priced as (
    select
        *,
        round(quantity * unit_price - discount_amount, 2)  as revenue,
        round(quantity * unit_cost, 2)                     as cost
    from lines
),
final as (
    select
        l.sale_line_id,
        l.sale_activity_id,
        s.occurred_date                 as sale_date,
        s.occurred_at                   as sold_at,
        s.agent_id,
        s.customer_id,
        s.customer_key,
        s.department_id,
        s.region_key,
        s.source_code,
        s.campaign_id,
        s.partner_id,
        s.deal_id,
        coalesce(l.product_id, -1)      as product_id,
        l.quantity,
        l.unit_price,
        l.discount_amount,
        l.unit_cost,
        l.revenue,
        l.cost,
        l.revenue - l.cost              as margin
    from priced l
    join sales s on s.activity_id = l.sale_activity_id
)
select * from final
