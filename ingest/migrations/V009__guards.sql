-- Every table with updated_at gets the touch trigger, and every history table the delete guard.
-- Later migrations end with `select crm_attach_guards();` so a new table cannot be forgotten.
create or replace function crm_attach_guards() returns void language plpgsql as $$
declare t text;
begin
    for t in select c.table_name from information_schema.columns c
             where c.table_schema = 'public' and c.column_name = 'updated_at'
    loop
        if not exists (select 1 from pg_trigger where tgname = t || '_touch') then
            execute format('create trigger %I before update on %I for each row execute function crm_touch_updated_at()',
                           t || '_touch', t);
        end if;
        if t not in ('activity_types', 'deal_stages', 'acquisition_sources')
           and not exists (select 1 from pg_trigger where tgname = t || '_no_delete') then
            execute format('create trigger %I before delete on %I for each row execute function crm_forbid_delete()',
                           t || '_no_delete', t);
        end if;
    end loop;
end $$;

select crm_attach_guards();
