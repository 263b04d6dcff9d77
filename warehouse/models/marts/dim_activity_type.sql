with types as (
    select * from raw_activity_types
),
final as (
    select code as activity_type_code, sort_order, name_hy, name_en, name_ru
    from types
)
select * from final
