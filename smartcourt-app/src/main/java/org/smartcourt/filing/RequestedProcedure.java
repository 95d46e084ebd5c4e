package org.smartcourt.filing;

/** The procedure a filer asks for; the court decides at registration. */
public enum RequestedProcedure {
	/** 普通程序. */
	ORDINARY,
	/** 简易程序. */
	SIMPLE,
	/** 小额诉讼程序. */
	SMALL_CLAIMS
}
