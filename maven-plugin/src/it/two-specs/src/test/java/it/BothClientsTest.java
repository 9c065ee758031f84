package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.notes.NotesClient;
import it.notes.model.Note;
import it.todo.TodoClient;
import it.todo.model.Todo;
import org.junit.jupiter.api.Test;

class BothClientsTest {
    @Test
    void bothClientsAreGeneratedIntoTheirOwnPackages() {
        assertEquals("http://localhost:8080", NotesClient.DEFAULT_BASE_URI);
        assertEquals("http://localhost:8080", TodoClient.DEFAULT_BASE_URI);
        assertEquals("a", Note.builder().text("a").build().text());
        assertEquals("b", Todo.builder().text("b").build().text());
    }
}
