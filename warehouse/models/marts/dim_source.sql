-- One row per acquisition source (how a customer or deal came to us), plus the unknown member '-1'.
with sources as (
    select * from stg_acquisition_sources
),
final as (
    select source_code, name_hy, name_en, name_ru
    from sources
    union all
    select '-1', 'Անհայտ', 'Unknown', 'Неизвестно'
)
select * from final
