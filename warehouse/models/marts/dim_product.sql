with products as (
    select * from stg_products where not is_deleted
),
final as (
    select product_id, sku, product_name, category_id, category_code,
           category_name_hy, category_name_en, category_name_ru, price_tier, list_price, unit_cost
    from products
    union all
    select -1, 'unknown', 'Unknown', -1, 'unknown', 'Անհայտ', 'Unknown', 'Неизвестно', 'standard', 0, 0
)
select * from final
