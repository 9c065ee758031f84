package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void unknownOffsetIsKeptAndWrittenBack() throws Exception {
        Timestamp t = mapper.readValue("\"2021-06-12T16:41:03-00:00\"", Timestamp.class);
        assertFalse(t.offsetKnown());
        assertTrue(t.toOffsetDateTime().isEmpty(), "not silently UTC");
        assertEquals("\"2021-06-12T16:41:03-00:00\"", mapper.writeValueAsString(t));
        assertNotEquals(Timestamp.parse("2021-06-12T16:41:03Z"), t);
    }

    @Test
    void knownOffsetsRoundTrip() throws Exception {
        for (String s :
                new String[] {"2017-03-29T12:29:35+02:00", "2015-04-13T21:05:51Z", "2024-12-13T00:18:26.835197Z"}) {
            Timestamp t = mapper.readValue("\"" + s + "\"", Timestamp.class);
            assertTrue(t.offsetKnown());
            assertEquals("\"" + s + "\"", mapper.writeValueAsString(t));
        }
        assertEquals(
                ZoneOffset.ofHours(2),
                Timestamp.parse("2017-03-29T12:29:35+02:00").offset().orElseThrow());
    }
}
