-- 案件查询 by the beginning of a party's name: a range scan over the names in byte order (varchar_pattern_ops),
-- which works for Chinese names whatever the database's collation.
create index case_party_name_prefix_idx on case_party (name varchar_pattern_ops) where kind = 'PARTY';
