package org.smartcourt.bench.data;

import java.util.SplittableRandom;

/**
 * Deterministic Chinese personal and company names. Surnames are weighted roughly by their frequency in the north-east
 * (王李张刘 first); given names are one or two characters from a list of common ones.
 */
final class ChineseNames {

	private static final String COMMON_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽鹏飞宇浩然志强建国建华建军国庆海波立新永刚东升文博宏伟振华德明春生秋实长青松柏";
	private static final String[] COMPANY_WORDS = { "恒通", "长盛", "吉华", "北方", "松江", "鑫源", "宏达", "金桥", "瑞丰",
			"东北", "汇丰", "嘉禾", "天成", "同创", "万达", "博远", "龙腾", "华誉", "安泰", "兴隆", "诚信", "润泽", "广源",
			"中吉", "启航", "盛世", "新起点", "白山", "黑土地", "长白" };
	private static final String[] TRADES = { "商贸", "建筑工程", "房地产开发", "汽车销售", "农业科技", "物流", "餐饮管理",
			"物业服务", "小额贷款", "装饰工程", "医药", "信息技术", "粮食收储", "机械制造", "劳务派遣", "化工", "文化传媒" };
	private static final String[] FORMS = { "有限公司", "有限责任公司", "股份有限公司" };

	private ChineseNames() {
	}

	static String person(SplittableRandom random) {
		// a skewed pick: low indexes (the commonest surnames) come up far more often
		int index = (int) (COMMON_SURNAMES.length() * Math.pow(random.nextDouble(), 2.2));
		StringBuilder name = new StringBuilder().append(COMMON_SURNAMES.charAt(index));
		name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		if (random.nextInt(100) < 70) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	/** e.g. 长春市恒通商贸有限公司. */
	static String company(SplittableRandom random, String city) {
		return city + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + TRADES[random.nextInt(TRADES.length)]
				+ FORMS[random.nextInt(FORMS.length)];
	}
}
