package org.smartcourt.storage.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@link VirusScanner} on a ClamAV daemon (clamd) over TCP, by its {@code INSTREAM} command: {@code zINSTREAM\0},
 * then the content as chunks each preceded by its length (4 bytes, big-endian), ended by a zero-length chunk; clamd
 * answers {@code stream: OK} or {@code stream: <signature> FOUND} (or {@code ... ERROR}), terminated by {@code \0}.
 * A file larger than clamd's {@code StreamMaxLength} gets {@code INSTREAM size limit exceeded}: no verdict, so refused.
 */
final class ClamavScanner implements VirusScanner {

	private static final int CHUNK = 64 * 1024;
	private static final int MAX_REPLY = 1024;

	private final String host;
	private final int port;
	private final Duration timeout;

	ClamavScanner(String host, int port, Duration timeout) {
		this.host = host;
		this.port = port;
		this.timeout = timeout;
	}

	@Override
	public ScanResult scan(InputStream content) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			socket.setSoTimeout((int) timeout.toMillis());
			DataOutputStream out = new DataOutputStream(socket.getOutputStream());
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			byte[] buffer = new byte[CHUNK];
			int n;
			while ((n = content.readNBytes(buffer, 0, buffer.length)) > 0) {
				out.writeInt(n);
				out.write(buffer, 0, n);
			}
			out.writeInt(0);
			out.flush();
			return verdict(reply(socket.getInputStream()));
		}
		catch (IOException ex) {
			return new ScanResult.Failed("clamd " + host + ":" + port + ": " + ex.getMessage());
		}
	}

	/** clamd ends a z-command's reply with {@code \0}; it may also just close the connection. */
	private static String reply(InputStream in) throws IOException {
		StringBuilder reply = new StringBuilder();
		int b;
		while ((b = in.read()) > 0 && reply.length() < MAX_REPLY) {
			reply.append((char) b);
		}
		return reply.toString().strip();
	}

	static ScanResult verdict(String reply) {
		if (reply.equals("stream: OK")) {
			return ScanResult.clean();
		}
		if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
			return new ScanResult.Infected(reply.substring("stream: ".length(), reply.length() - " FOUND".length()));
		}
		return new ScanResult.Failed("clamd answered: " + reply);
	}
}
