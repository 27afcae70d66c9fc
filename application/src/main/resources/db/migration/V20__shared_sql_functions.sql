-- Two functions the shared SQL (src/main/resources/sql) uses where PostgreSQL and Spark SQL spell an ordered
-- aggregate differently: the national jobs register functions of the same names and meaning in Spark.
-- sorted_list(array_agg(force)) gives 'Essex Police, Surrey Police'; sorted_numbers(array_agg(line)) gives '3, 10'.
create function sorted_list(items text[]) returns text
    language sql immutable strict
    as $$ select string_agg(item, ', ' order by item) from unnest(items) as item $$;

create function sorted_numbers(items bigint[]) returns text
    language sql immutable strict
    as $$ select string_agg(item::text, ', ' order by item) from unnest(items) as item $$;
