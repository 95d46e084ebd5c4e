package org.smartcourt.notification.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server for contract tests (RFC 5321: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeping each
 * accepted message; it can be told to refuse recipients.
 */
final class FakeSmtpServer implements AutoCloseable {

	/** One accepted message: envelope and raw data. */
	record Mail(String from, List<String> to, String data) {
	}

	final List<Mail> mails = new CopyOnWriteArrayList<>();
	volatile String refuseRecipientsWith;
	private final ServerSocket socket;
	private final Thread acceptor;

	FakeSmtpServer() throws IOException {
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::accept, "fake-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return socket.getLocalPort();
	}

	private void accept() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				converse(client);
			}
			catch (IOException ex) {
				// closed, or the client went away
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		OutputStream out = client.getOutputStream();
		reply(out, "220 fake.smtp ESMTP");
		String from = null;
		List<String> to = new ArrayList<>();
		String line;
		while ((line = in.readLine()) != null) {
			String upper = line.toUpperCase();
			if (upper.startsWith("EHLO")) {
				reply(out, "250-fake.smtp\r\n250 8BITMIME");
			}
			else if (upper.startsWith("HELO") || upper.startsWith("NOOP")) {
				reply(out, "250 OK");
			}
			else if (upper.startsWith("MAIL FROM:")) {
				from = line.substring(10).strip();
				to.clear();
				reply(out, "250 OK");
			}
			else if (upper.startsWith("RCPT TO:")) {
				if (refuseRecipientsWith != null) {
					reply(out, refuseRecipientsWith);
				}
				else {
					to.add(line.substring(8).strip());
					reply(out, "250 OK");
				}
			}
			else if (upper.equals("DATA")) {
				reply(out, "354 End data with <CR><LF>.<CR><LF>");
				StringBuilder data = new StringBuilder();
				String d;
				while ((d = in.readLine()) != null && !d.equals(".")) {
					data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
				}
				mails.add(new Mail(from, List.copyOf(to), data.toString()));
				reply(out, "250 OK queued");
			}
			else if (upper.startsWith("RSET")) {
				from = null;
				to.clear();
				reply(out, "250 OK");
			}
			else if (upper.startsWith("QUIT")) {
				reply(out, "221 Bye");
				return;
			}
			else {
				reply(out, "502 Command not implemented");
			}
		}
	}

	private static void reply(OutputStream out, String text) {
		try {
			out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
