package org.smartcourt.storage;

/** The kinds of file the courts accept, recognised by their content (magic bytes). */
public enum DocumentType {
	PDF("application/pdf", "PDF"), OFD("application/ofd", "OFD"), JPEG("image/jpeg", "JPG"), PNG("image/png", "PNG"),
	TIFF("image/tiff", "TIFF"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
	MP3("audio/mpeg", "MP3"), MP4("video/mp4", "MP4");

	private final String mediaType;
	private final String label;

	DocumentType(String mediaType, String label) {
		this.mediaType = mediaType;
		this.label = label;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The name people know the format by (the usual file extension, upper case), e.g. {@code JPG}. */
	public String label() {
		return label;
	}
}
