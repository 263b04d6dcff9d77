-- config: sort_by=sale_date
-- One row per live sale that has lines: the sale's date, agent and customer (as it was then) with its lines'
-- totals. Reports that count sales or rank customers read this instead of grouping the lines on every request.
-- Rebuilt whole on every load (under a second at scale M): a line moved from one sale to another changes both
-- sales, and the lines' changed keys do not say which sale it left.
with lines as (
    select * from fct_sale_line
),
final as (
    select
        sale_activity_id,
        any_value(sale_date)        as sale_date,
        any_value(sold_at)          as sold_at,
        any_value(agent_id)         as agent_id,
        any_value(customer_id)      as customer_id,
        any_value(customer_key)     as customer_key,
        any_value(department_id)    as department_id,
        any_value(region_key)       as region_key,
        any_value(source_code)      as source_code,
        any_value(campaign_id)      as campaign_id,
        any_value(partner_id)       as partner_id,
        any_value(deal_id)          as deal_id,
        count(*)                    as line_count,
        sum(quantity)               as units,
        sum(discount_amount)        as discount_amount,
        sum(revenue)                as revenue,
        sum(cost)                   as cost,
        sum(margin)                 as margin
    from lines
    group by sale_activity_id
)
select * from final
