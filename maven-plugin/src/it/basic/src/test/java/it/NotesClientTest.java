package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import it.notes.NotesClient;
import it.notes.model.Note;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NotesClientTest {
    @Test
    void theGeneratedClientTalksToAServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicReference<String> posted = new AtomicReference<>();
        server.createContext("/notes", exchange -> {
            byte[] body;
            int status;
            if (exchange.getRequestMethod().equals("POST")) {
                posted.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                body = "{\"id\":7,\"text\":\"hello\"}".getBytes(StandardCharsets.UTF_8);
                status = 201;
            } else {
                body = "[{\"id\":1,\"text\":\"a\"},{\"id\":2,\"text\":\"b\",\"colour\":\"red\"}]".getBytes(StandardCharsets.UTF_8);
                status = 200;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            NotesClient client = NotesClient.builder().baseUri("http://127.0.0.1:" + server.getAddress().getPort()).build();
            List<Note> notes = client.notes().listNotes();
            assertEquals(2, notes.size());
            assertEquals("red", notes.get(1).additionalProperties().get("colour").asText());
            Note created = client.notes().createNote(Note.builder().text("hello").build());
            assertEquals(7L, created.id());
            assertEquals("{\"text\":\"hello\"}", posted.get());
        } finally {
            server.stop(0);
        }
    }
}
