package org.smartcourt.notification.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A local stand-in for DingTalk's open API: records each request and answers what the test says. */
final class FakeDingTalk implements AutoCloseable {

	/** One request as received. */
	record Request(String method, URI uri, String contentType, String body) {
	}

	final List<Request> requests = new CopyOnWriteArrayList<>();
	volatile int status = 200;
	volatile Function<Request, String> answer = r -> "{\"errcode\":0,\"errmsg\":\"ok\"}";
	private final HttpServer server;

	FakeDingTalk() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	private void handle(HttpExchange exchange) throws IOException {
		Request r = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
				exchange.getRequestHeaders().getFirst("Content-Type"),
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		requests.add(r);
		byte[] bytes = answer.apply(r).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
