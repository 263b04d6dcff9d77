-- Writers refresh customers' stale dedup keys before checking a new customer (every lead the API takes):
-- this index lists just those rows, so the check does not read the whole customers table each time.
create index customers_stale_keys_idx on customers (id) where keys_at is null or keys_at < updated_at;
