with stages as (
    select * from raw_deal_stages
),
final as (
    select code as stage_code, sort_order, is_closed, is_won, name_hy, name_en, name_ru
    from stages
)
select * from final
