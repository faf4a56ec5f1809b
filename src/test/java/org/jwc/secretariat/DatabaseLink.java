package org.jwc.secretariat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between the application and a real database server, which a test can cut: stopped,
 * the database refuses connections and drops the open ones, as a stopped MariaDB does.
 */
public final class DatabaseLink implements AutoCloseable {

    private final InetSocketAddress server;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public DatabaseLink(String host, int serverPort) {
        this.server = new InetSocketAddress(host, serverPort);
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    public int port() {
        return port;
    }

    /** The database is stopped: open connections drop, new ones are refused. */
    public synchronized void stop() {
        close(listener);
        sockets.forEach(DatabaseLink::close);
        sockets.clear();
    }

    /** The database is back, at the same address. */
    public synchronized void start() {
        if (listener.isClosed()) {
            listener = listen(port);
            accept(listener);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static ServerSocket listen(int port) {
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket from) {
        Thread.ofPlatform().daemon().name("database-link").start(() -> {
            while (!from.isClosed()) {
                Socket client;
                try {
                    client = from.accept();
                } catch (IOException e) {
                    return; // stopped
                }
                sockets.add(client);
                var toServer = new Socket();
                sockets.add(toServer);
                try {
                    toServer.connect(server, 2_000);
                    pump(client, toServer);
                    pump(toServer, client);
                } catch (IOException e) {
                    close(client); // the server refused: so does the link
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("database-link-pump").start(() -> {
            var buffer = new byte[16_384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: close the other
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private static void close(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
