package org.smartcourt.fees;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-case amounts a province fixes inside the ranges of 《诉讼费用交纳办法》 (第十三条末款 lets 省、自治区、直辖市人民政府
 * set them for 第十三条第（二）项、第（三）项、第（六）项; 第十四条第（一）项第1目 also gives a range). Bound from
 * {@code smartcourt.fees.province.*}, in 元; start-up fails when a value lies outside its legal range.
 *
 * <p>The defaults are the lower bound of each range: until the province's own schedule is configured, the platform
 * never asks more than every province may ask (第三条 forbids charging beyond the 办法's scope and standards).
 *
 * @param name the province whose schedule this is, e.g. 吉林省.
 * @param divorce 离婚案件每件, 50–300 元.
 * @param personalityRights 侵害人格权案件每件, 100–500 元.
 * @param otherNonProperty 其他非财产案件每件, 50–100 元.
 * @param intellectualPropertyWithoutAmount 没有争议金额的知识产权民事案件每件, 500–1000 元.
 * @param jurisdictionObjection 管辖权异议不成立每件, 50–100 元.
 * @param enforcementWithoutAmount 没有执行金额的申请执行每件, 50–500 元.
 */
@ConfigurationProperties("smartcourt.fees.province")
public record FeeSchedule(@DefaultValue("吉林省") String name, @DefaultValue("50") BigDecimal divorce,
		@DefaultValue("100") BigDecimal personalityRights, @DefaultValue("50") BigDecimal otherNonProperty,
		@DefaultValue("500") BigDecimal intellectualPropertyWithoutAmount,
		@DefaultValue("50") BigDecimal jurisdictionObjection,
		@DefaultValue("50") BigDecimal enforcementWithoutAmount) {

	/**
	 * One provincial choice and its legal range.
	 *
	 * @param property the configuration property under {@code smartcourt.fees.province}.
	 * @param labelKey the message key of its Chinese name.
	 */
	public record Choice(String property, String labelKey, Money amount, Money min, Money max, Citation citation) {

		public boolean inRange() {
			return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
		}
	}

	public FeeSchedule {
		if (divorce == null || personalityRights == null || otherNonProperty == null
				|| intellectualPropertyWithoutAmount == null || jurisdictionObjection == null
				|| enforcementWithoutAmount == null) {
			throw new IllegalArgumentException("smartcourt.fees.province: every per-case amount must be set");
		}
		choices(divorce, personalityRights, otherNonProperty, intellectualPropertyWithoutAmount, jurisdictionObjection,
				enforcementWithoutAmount)
			.stream()
			.filter(c -> !c.inRange())
			.findFirst()
			.ifPresent(c -> {
				throw new IllegalArgumentException("smartcourt.fees.province." + c.property() + " = " + c.amount()
						+ " 元 lies outside the legal range " + c.min() + "–" + c.max() + " 元 of "
						+ c.citation().text());
			});
	}

	/** The 《诉讼费用交纳办法》 defaults: the lower bound of every range. */
	public static FeeSchedule defaults() {
		return new FeeSchedule("吉林省", BigDecimal.valueOf(50), BigDecimal.valueOf(100), BigDecimal.valueOf(50),
				BigDecimal.valueOf(500), BigDecimal.valueOf(50), BigDecimal.valueOf(50));
	}

	/** Every choice with its range and article, to show with the rules. */
	public List<Choice> choices() {
		return choices(divorce, personalityRights, otherNonProperty, intellectualPropertyWithoutAmount,
				jurisdictionObjection, enforcementWithoutAmount);
	}

	public Money divorceFee() {
		return Money.ofYuan(divorce);
	}

	public Money personalityRightsFee() {
		return Money.ofYuan(personalityRights);
	}

	public Money otherNonPropertyFee() {
		return Money.ofYuan(otherNonProperty);
	}

	public Money intellectualPropertyFee() {
		return Money.ofYuan(intellectualPropertyWithoutAmount);
	}

	public Money jurisdictionObjectionFee() {
		return Money.ofYuan(jurisdictionObjection);
	}

	public Money enforcementWithoutAmountFee() {
		return Money.ofYuan(enforcementWithoutAmount);
	}

	private static List<Choice> choices(BigDecimal divorce, BigDecimal personality, BigDecimal other, BigDecimal ip,
			BigDecimal jurisdiction, BigDecimal enforcement) {
		return List.of(
				choice("divorce", "fees.schedule.divorce", divorce, 50, 300, "第十三条第（二）项第1目"),
				choice("personality-rights", "fees.schedule.personality", personality, 100, 500, "第十三条第（二）项第2目"),
				choice("other-non-property", "fees.schedule.other", other, 50, 100, "第十三条第（二）项第3目"),
				choice("intellectual-property-without-amount", "fees.schedule.ip", ip, 500, 1000, "第十三条第（三）项"),
				choice("jurisdiction-objection", "fees.schedule.jurisdiction", jurisdiction, 50, 100, "第十三条第（六）项"),
				choice("enforcement-without-amount", "fees.schedule.enforcement", enforcement, 50, 500,
						"第十四条第（一）项第1目"));
	}

	private static Choice choice(String property, String labelKey, BigDecimal amount, long min, long max,
			String article) {
		return new Choice(property, labelKey, Money.ofYuan(amount), Money.ofYuan(min), Money.ofYuan(max),
				Citation.measures(article));
	}
}
