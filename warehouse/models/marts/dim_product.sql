-- One row per product with its category, soft-deleted ones included, plus the unknown member -1.
with products as (
    select * from stg_products
),
final as (
    select product_id, sku, product_name, category_id, category_code,
           category_name_hy, category_name_en, category_name_ru, price_tier, list_price, unit_cost, unit, is_active, is_deleted
    from products
    union all
    select -1, 'unknown', 'Unknown', -1, 'unknown', 'Անհայտ', 'Unknown', 'Неизвестно', 'standard', 0, 0, 'pcs', false, false
)
select * from final
