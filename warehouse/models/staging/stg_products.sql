with products as (
    select * from raw_products
),
categories as (
    select * from raw_product_categories
),
final as (
    select
        p.id          as product_id,
        p.sku,
        p.name        as product_name,
        p.category_id,
        c.code        as category_code,
        c.name_hy     as category_name_hy,
        c.name_en     as category_name_en,
        c.name_ru     as category_name_ru,
        p.price_tier,
        p.list_price,
        p.unit_cost,
        p.unit,
        p.is_active,
        p.deleted_at is not null as is_deleted
    from products p
    join categories c on c.id = p.category_id
)
select * from final
