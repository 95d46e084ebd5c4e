-- Every case page lists the case's extension requests: without an index on case_id, 24 ms per page on a million
-- cases (issue 10).
create index if not exists extension_request_case_idx on extension_request (case_id, nth);
