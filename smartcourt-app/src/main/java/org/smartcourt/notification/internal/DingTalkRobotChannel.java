package org.smartcourt.notification.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcourt.notification.Channel;

/**
 * 钉钉群机器人 ({@code mode: webhook}): a markdown message POSTed to the named robot's webhook, signed with its
 * secret ({@link DingTalkSignature}); robots are configured as
 * {@code smartcourt.notification.dingtalk.robots.<name>.webhook/secret}. The delivery id travels as
 * {@code msgUuid}, our reference for the message.
 */
class DingTalkRobotChannel implements ChannelSender {

	/** One configured group robot. */
	record Robot(String webhook, String secret) {
	}

	private final Map<String, Robot> robots;
	private final DingTalkAnswers dingtalk;
	private final Clock clock;

	DingTalkRobotChannel(Map<String, Robot> robots, DingTalkAnswers dingtalk, Clock clock) {
		this.robots = Map.copyOf(robots);
		this.dingtalk = dingtalk;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.DINGTALK_ROBOT;
	}

	@Override
	public String send(Outgoing o) {
		Robot robot = robots.get(o.robot());
		if (robot == null || robot.webhook() == null) {
			throw new ChannelFailure("钉钉群机器人未配置：" + o.robot());
		}
		String url = robot.secret() == null || robot.secret().isBlank() ? robot.webhook()
				: DingTalkSignature.of(robot.secret(), clock.millis()).appendTo(robot.webhook());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("msgtype", "markdown");
		body.put("markdown", Map.of("title", o.title(), "text", markdown(o)));
		body.put("msgUuid", o.deliveryId().toString());
		dingtalk.post(url, body);
		return o.deliveryId().toString();
	}

	static String markdown(Outgoing o) {
		return "### " + o.title() + "\n\n" + o.body().replace("\n", "\n\n")
				+ (o.link() == null ? "" : "\n\n[查看详情](" + o.link() + ")");
	}
}
