-- One row per product suggested to a customer: cross-sell (a product the customer has not bought, from association
-- rules over purchase histories, with the rule's support, confidence and lift) or upsell (a higher tier or better
-- margin product in a category the customer already buys), ranked per customer, with a reason an agent can say
-- aloud, in Armenian, English and Russian. Written by a load's enrichment (ml/); built empty here so that the table
-- exists on every version and the reports over it return nothing, rather than fail, when a load ran without it.
select
    null::bigint   as customer_id,
    null::integer  as suggestion_rank,
    null::varchar  as kind,
    null::bigint   as product_id,
    null::double   as score,
    null::varchar  as reason_hy,
    null::varchar  as reason_en,
    null::varchar  as reason_ru,
    null::bigint   as because_product_id,
    null::double   as support,
    null::double   as confidence,
    null::double   as lift,
    null::varchar  as model_version,
    null::timestamp as scored_at,
    null::date            as scored_date
where false
