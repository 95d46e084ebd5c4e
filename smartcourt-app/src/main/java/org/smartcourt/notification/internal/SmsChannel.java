package org.smartcourt.notification.internal;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.SmsGateway;
import org.smartcourt.accounts.SmsGateway.SmsDeliveryException;
import org.smartcourt.notification.Channel;

/**
 * 短信 through the platform's {@link SmsGateway} ({@code mode: gateway}; the gateway itself is chosen by
 * {@code smartcourt.sms.gateway}), with the delivery id as the request id.
 */
class SmsChannel implements ChannelSender {

	private final SmsGateway gateway;

	SmsChannel(SmsGateway gateway) {
		this.gateway = gateway;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public String send(Outgoing o) {
		if (!MobileNumber.isValid(o.mobile())) {
			throw new ChannelFailure("手机号码格式不正确");
		}
		try {
			gateway.send(MobileNumber.parse(o.mobile()), o.sms(), o.deliveryId().toString());
		}
		catch (SmsDeliveryException ex) {
			throw new ChannelFailure("短信平台未接收：" + ex.getMessage(), ex);
		}
		return o.deliveryId().toString();
	}
}
