package org.smartcourt.preservation;

import org.smartcourt.fees.Money;

/**
 * 被保全财产 or a 财产线索 (保全规定第一条第一款第（四）项, 第十条).
 *
 * @param seq position in the application, from 1.
 * @param identifier what identifies it: 开户行及账号, 车牌号, 不动产权证号, 公司名称及持股比例…; may be blank for a lead.
 * @param estimatedValue 估计价值, or {@literal null} when unknown.
 * @param leadOnly only a lead (线索), not definite property information.
 */
public record PreservedProperty(int seq, PropertyKind kind, String description, String identifier,
		Money estimatedValue, boolean leadOnly) {
}
