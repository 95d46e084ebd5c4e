-- The 申请费 (诉讼费用交纳办法 art. 14(二)) opened as a 待缴 payment in the fees module on grant, once the amount
-- actually preserved is known.
alter table preservation_application add column fee_payment_id uuid;
