package org.smartcourt.storage;

/** The kinds of file the courts accept, recognised by their content (magic bytes). */
public enum DocumentType {
	PDF("application/pdf"), OFD("application/ofd"), JPEG("image/jpeg"), PNG("image/png"), TIFF("image/tiff"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), MP3("audio/mpeg"),
	MP4("video/mp4");

	private final String mediaType;

	DocumentType(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}
}
