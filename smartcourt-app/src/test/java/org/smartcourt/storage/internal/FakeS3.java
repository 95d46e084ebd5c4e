package org.smartcourt.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An S3 endpoint with just enough of the API for a content-addressed store: PUT, GET and HEAD object, path-style
 * ({@code /<bucket>/<key>}), objects kept in memory. A missing object is a 404 with S3's {@code NoSuchKey} error body.
 * Bodies sent {@code aws-chunked} (the SDK's streaming signature) are decoded. Requests are logged, so a test can see
 * whether a PUT was made.
 */
final class FakeS3 implements AutoCloseable {

	final Map<String, byte[]> objects = new ConcurrentHashMap<>();
	final List<String> requests = new CopyOnWriteArrayList<>();
	private final HttpServer server;

	FakeS3() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String endpoint() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	long puts() {
		return requests.stream().filter(r -> r.startsWith("PUT ")).count();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String method = exchange.getRequestMethod();
			requests.add(method + " " + path);
			byte[] body = exchange.getRequestBody().readAllBytes();
			switch (method) {
				case "PUT" -> {
					objects.put(path, isAwsChunked(exchange) ? decodeAwsChunked(body) : body);
					exchange.getResponseHeaders().add("ETag", "\"fake\"");
					exchange.sendResponseHeaders(200, -1);
				}
				case "HEAD" -> {
					byte[] object = objects.get(path);
					if (object == null) {
						exchange.sendResponseHeaders(404, -1);
					}
					else {
						exchange.getResponseHeaders().add("Content-Length", Long.toString(object.length));
						exchange.sendResponseHeaders(200, -1);
					}
				}
				case "GET" -> {
					byte[] object = objects.get(path);
					if (object == null) {
						byte[] error = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
								+ "<Message>The specified key does not exist.</Message></Error>")
							.getBytes(StandardCharsets.UTF_8);
						exchange.getResponseHeaders().add("Content-Type", "application/xml");
						exchange.sendResponseHeaders(404, error.length);
						exchange.getResponseBody().write(error);
					}
					else {
						exchange.sendResponseHeaders(200, object.length);
						exchange.getResponseBody().write(object);
					}
				}
				default -> exchange.sendResponseHeaders(405, -1);
			}
		}
	}

	private static boolean isAwsChunked(HttpExchange exchange) {
		String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
		String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
		return (encoding != null && encoding.contains("aws-chunked")) || (sha != null && sha.startsWith("STREAMING-"));
	}

	/** {@code <hex size>[;chunk-signature=…]\r\n<data>\r\n} … up to a zero-size chunk (then trailers). */
	private static byte[] decodeAwsChunked(byte[] body) throws IOException {
		InputStream in = new ByteArrayInputStream(body);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		while (true) {
			String header = line(in);
			int size = Integer.parseInt(header.split(";", 2)[0].strip(), 16);
			if (size == 0) {
				return out.toByteArray();
			}
			out.write(in.readNBytes(size));
			line(in);
		}
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int b;
		while ((b = in.read()) >= 0 && b != '\n') {
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
