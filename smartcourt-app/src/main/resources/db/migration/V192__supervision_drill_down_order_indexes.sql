-- The cases behind a number are read in a fixed order, a page at a time, filtered by the measure's condition: flows
-- by the day of 立案 or 结案, stocks by the day they leave the stock (pending ones last, oldest first). These indexes
-- give each order straight from the index, for one court (court first) and for an area or the province (the day
-- first), so the first page of a province's list does not sort the province.

drop index supervision_fact_received_idx;
create index supervision_fact_received_idx on supervision_case_fact (court_id, registered_on, case_id);
create index supervision_fact_received_all_idx on supervision_case_fact (registered_on, case_id);

drop index supervision_fact_closed_idx;
create index supervision_fact_closed_idx on supervision_case_fact (court_id, closed_on, case_id)
    where closed_on is not null;
create index supervision_fact_closed_all_idx on supervision_case_fact (closed_on, case_id)
    where closed_on is not null;

create index supervision_fact_stock_idx on supervision_case_fact
    (court_id, coalesce(closed_on, 'infinity'::date), registered_on, case_id);
create index supervision_fact_stock_all_idx on supervision_case_fact
    (coalesce(closed_on, 'infinity'::date), registered_on, case_id);
