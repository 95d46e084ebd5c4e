-- The notification service's record of the answer reaching the requester (发送成功), or of giving up on it, so the
-- desk knows whom to call instead.
alter table hotline_request add column answer_delivered_at timestamptz;
alter table hotline_request add column answer_delivered_via varchar(16);
alter table hotline_request add column answer_undelivered varchar(500);
