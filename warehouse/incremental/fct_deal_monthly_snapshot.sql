-- Deals whose month-end rows may have changed: those fct_deal reloads, those whose ownership history changed,
-- and open deals without a row for the current month yet (a month has ended since the last load).
select deal_id from affected_fct_deal
union
select deal_id from raw_deal_ownership where id in (select id from changed_deal_ownership)
union
select d.id from raw_deals d
where d.closed_at is null and d.deleted_at is null
  and not exists (
      select 1 from fct_deal_monthly_snapshot s where s.deal_id = d.id and s.snapshot_date = last_day(current_date))
