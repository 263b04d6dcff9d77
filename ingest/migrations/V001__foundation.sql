-- Shared machinery: timestamps kept by the database (the incremental ETL reads updated_at) and a guard
-- that refuses hard deletes on history a CRM must not lose (rows are closed with deleted_at instead).
create or replace function crm_touch_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end $$;

create or replace function crm_forbid_delete() returns trigger language plpgsql as $$
begin
    raise exception 'rows of % are never deleted; set deleted_at instead', tg_table_name
        using errcode = 'restrict_violation';
end $$;

create table activity_types (
    code        text primary key,
    sort_order  int  not null unique,
    name_hy     text not null,
    name_en     text not null,
    name_ru     text not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

insert into activity_types (code, sort_order, name_hy, name_en, name_ru) values
    ('event',        1, 'Միջոցառում', 'Event', 'Мероприятие'),
    ('task',         2, 'Հանձնարարություն', 'Task', 'Поручение'),
    ('inquiry',      3, 'Գնորդի հարցում', 'Customer inquiry', 'Запрос покупателя'),
    ('agreement',    4, 'Պայմանավորվածություն', 'Agreement', 'Договорённость'),
    ('call_out',     5, 'Հեռախոսազանգ ելքային', 'Outgoing call', 'Исходящий звонок'),
    ('call_in',      6, 'Հեռախոսազանգ մուտքային', 'Incoming call', 'Входящий звонок'),
    ('meeting',      7, 'Հանդիպում', 'Meeting', 'Встреча'),
    ('visit',        8, 'Այցելություն', 'Visit', 'Визит'),
    ('sms',          9, 'SMS հաղորդագրություն', 'SMS', 'SMS-сообщение'),
    ('email',       10, 'Էլեկտրոնային հաղորդագրություն', 'E-mail', 'Электронное письмо'),
    ('sale',        11, 'Իրացում', 'Sale', 'Реализация'),
    ('payment',     12, 'Վճարում գնորդից', 'Payment from customer', 'Оплата от покупателя'),
    ('expense',     13, 'Ծախս', 'Expense', 'Расход'),
    ('refund',      14, 'Գումարի վերադարձ գնորդին', 'Refund to customer', 'Возврат средств покупателю'),
    ('bank_payment',15, 'Վճարում բանկով', 'Bank payment', 'Оплата через банк'),
    ('deal',        16, 'Գործարք', 'Deal', 'Сделка');

create table deal_stages (
    code        text primary key,
    sort_order  int  not null unique,
    is_closed   boolean not null,
    is_won      boolean not null,
    name_hy     text not null,
    name_en     text not null,
    name_ru     text not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

insert into deal_stages (code, sort_order, is_closed, is_won, name_hy, name_en, name_ru) values
    ('lead',        1, false, false, 'Պոտենցիալ հաճախորդ', 'Lead', 'Лид'),
    ('qualified',   2, false, false, 'Որակավորված', 'Qualified', 'Квалифицирован'),
    ('proposal',    3, false, false, 'Կոմերցիոն առաջարկ', 'Proposal', 'Коммерческое предложение'),
    ('negotiation', 4, false, false, 'Բանակցություններ', 'Negotiation', 'Переговоры'),
    ('won',         5, true,  true,  'Շահված', 'Won', 'Выиграна'),
    ('lost',        6, true,  false, 'Կորցրած', 'Lost', 'Проиграна');

create table acquisition_sources (
    code        text primary key,
    name_hy     text not null,
    name_en     text not null,
    name_ru     text not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

insert into acquisition_sources (code, name_hy, name_en, name_ru) values
    ('website',     'Կայք', 'Website', 'Сайт'),
    ('referral',    'Երաշխավորություն', 'Referral', 'Рекомендация'),
    ('cold_call',   'Սառը զանգ', 'Cold call', 'Холодный звонок'),
    ('exhibition',  'Ցուցահանդես', 'Exhibition', 'Выставка'),
    ('social',      'Սոցիալական ցանցեր', 'Social media', 'Социальные сети'),
    ('partner',     'Գործընկեր', 'Partner', 'Партнёр'),
    ('advertising', 'Գովազդ', 'Advertising', 'Реклама'),
    ('walk_in',     'Այցելու', 'Walk-in', 'Визит в офис'),
    ('import',      'Ներմուծում', 'Import', 'Импорт');
