-- The filer's username, so the fee of an accepted filing can be opened for the right payer.
alter table filing add column filer_username varchar(64);
