with source as (
    select * from raw_sale_lines
),
final as (
    select
        id                  as sale_line_id,
        sale_activity_id,
        product_id,
        quantity,
        unit_price,
        discount_amount,
        unit_cost
    from source
)
select * from final
