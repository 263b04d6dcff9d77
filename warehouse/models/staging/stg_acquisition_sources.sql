with source as (
    select * from raw_acquisition_sources
),
final as (
    select code as source_code, name_hy, name_en, name_ru
    from source
)
select * from final
