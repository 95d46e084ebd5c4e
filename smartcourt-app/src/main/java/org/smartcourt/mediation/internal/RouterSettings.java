package org.smartcourt.mediation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The router's factors and thresholds ({@code smartcourt.mediation.router.*}); the wage figures themselves are
 * reference data ({@code reference/mediation/average-wage.csv}).
 */
@ConfigurationProperties("smartcourt.mediation.router")
public class RouterSettings {

	/** The province whose wage applies (民诉法 art. 165: 各省、自治区、直辖市). */
	private String province = "吉林省";

	/** 小额诉讼: at most this share of the wage (民诉法 art. 165 para 1: 百分之五十). */
	private BigDecimal smallClaimsRatio = new BigDecimal("0.5");

	/** Mandatory 简易程序: at most this multiple of the wage (2019 延长审限规定 art. 4 para 2: 两倍). */
	private BigDecimal simpleRatio = new BigDecimal("2");

	/** More parties than this suggests 普通程序 (a court practice of 繁简分流, not a statute). */
	private int maxPartiesSimple = 10;

	/**
	 * Causes suitable for 诉前调解 (本院配置): a 案由 code covers its sub-causes; {@code code<=amount} limits it to
	 * claims of at most that many 元 (small debts).
	 */
	private List<String> preSuitCauses = new ArrayList<>(List.of(
			"2.2", // 婚姻家庭纠纷
			"2.3", // 继承纠纷
			"3.6.53", // 相邻关系纠纷
			"4.10.121", // 物业服务合同纠纷
			"4.10.103.3<=100000", // 民间借贷纠纷, small debts
			"9.31.374", // 机动车交通事故责任纠纷
			"6.17.186.5" // 追索劳动报酬纠纷
	));

	public String getProvince() {
		return province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public BigDecimal getSmallClaimsRatio() {
		return smallClaimsRatio;
	}

	public void setSmallClaimsRatio(BigDecimal smallClaimsRatio) {
		this.smallClaimsRatio = smallClaimsRatio;
	}

	public BigDecimal getSimpleRatio() {
		return simpleRatio;
	}

	public void setSimpleRatio(BigDecimal simpleRatio) {
		this.simpleRatio = simpleRatio;
	}

	public int getMaxPartiesSimple() {
		return maxPartiesSimple;
	}

	public void setMaxPartiesSimple(int maxPartiesSimple) {
		this.maxPartiesSimple = maxPartiesSimple;
	}

	public List<String> getPreSuitCauses() {
		return preSuitCauses;
	}

	public void setPreSuitCauses(List<String> preSuitCauses) {
		this.preSuitCauses = preSuitCauses;
	}
}
