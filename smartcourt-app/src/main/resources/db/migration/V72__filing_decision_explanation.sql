-- The decision period is now explained in full by the deadlines engine (start, rule and article, holiday shifts).
alter table filing alter column decision_period_citation type varchar(1000);
