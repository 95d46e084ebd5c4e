package org.smartcourt.mediation;

/**
 * One reason of a routing suggestion.
 *
 * @param text the reason in Chinese, with the figures it compares.
 * @param citation the rule that decides it (law and article), or 本院配置 for a court setting.
 */
public record RoutingReason(String text, String citation) {

	/** "text：citation", as shown to the filing clerk. */
	public String line() {
		return text + "：" + citation;
	}
}
