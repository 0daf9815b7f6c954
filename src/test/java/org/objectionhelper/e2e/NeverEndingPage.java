package org.objectionhelper.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on 127.0.0.1 whose pages never finish: each answer sends its headers and the beginning
 * of its body, then holds the connection open until the test closes the server.
 */
final class NeverEndingPage implements AutoCloseable {
  private static final byte[] BEGINNING =
      ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 100000\r\n\r\n"
              + "<!doctype html><html><head><title>Loading</title></head><body><p>Loading")
          .getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private final Thread answering;

  NeverEndingPage() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    answering = new Thread(this::answer, "never-ending-page");
    answering.setDaemon(true);
    answering.start();
  }

  URI origin() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  private void answer() {
    while (!server.isClosed()) {
      try {
        Socket connection = server.accept();
        held.add(connection);
        OutputStream out = connection.getOutputStream();
        out.write(BEGINNING);
        out.flush();
      } catch (IOException closed) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    server.close();
    for (Socket connection : held) {
      connection.close();
    }
    answering.join();
  }
}
