package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AllClientsTest {
    @Test
    void eachSpecOfTheFolderAndTheOneFromTheJarHasItsClient() {
        assertEquals("http://localhost:8080", it.folder.notes.NotesClient.DEFAULT_BASE_URI);
        assertEquals("http://localhost:8080", it.folder.todolist.TodoListClient.DEFAULT_BASE_URI);
        assertEquals("x", it.shipped.model.Note.builder().text("x").build().text());
        assertEquals("http://localhost:8080", it.shipped.ShippedClient.DEFAULT_BASE_URI);
    }
}
