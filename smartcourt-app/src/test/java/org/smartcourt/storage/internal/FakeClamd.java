package org.smartcourt.storage.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A clamd speaking just {@code zINSTREAM} on a local port, as clamd does: length-prefixed chunks up to a zero-length
 * one, then {@code stream: OK\0} or, when the stream contains the EICAR test string, {@code stream:
 * Eicar-Test-Signature FOUND\0}. Streams over {@code maxStream} bytes get clamd's size-limit error.
 */
final class FakeClamd implements AutoCloseable {

	static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	private final ServerSocket server;
	private final long maxStream;
	final AtomicInteger scans = new AtomicInteger();

	FakeClamd(long maxStream) throws IOException {
		this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		this.maxStream = maxStream;
		Thread thread = new Thread(this::serve, "fake-clamd");
		thread.setDaemon(true);
		thread.start();
	}

	int port() {
		return server.getLocalPort();
	}

	private void serve() {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				answer(socket);
			}
			catch (IOException ex) {
				// closed, or a client that went away; next
			}
		}
	}

	private void answer(Socket socket) throws IOException {
		DataInputStream in = new DataInputStream(socket.getInputStream());
		OutputStream out = socket.getOutputStream();
		byte[] command = in.readNBytes("zINSTREAM\0".length());
		if (!new String(command, StandardCharsets.US_ASCII).equals("zINSTREAM\0")) {
			out.write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
			return;
		}
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		int length;
		while ((length = in.readInt()) > 0) {
			stream.write(in.readNBytes(length));
			if (stream.size() > maxStream) {
				out.write("INSTREAM size limit exceeded. ERROR\0".getBytes(StandardCharsets.US_ASCII));
				return;
			}
		}
		scans.incrementAndGet();
		boolean eicar = stream.toString(StandardCharsets.ISO_8859_1).contains(EICAR);
		out.write((eicar ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
