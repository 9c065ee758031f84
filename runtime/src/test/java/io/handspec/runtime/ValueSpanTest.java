package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the response reader finds a value's bytes without asking the parser for a location object:
 * the same offsets as the parser's locations say, at every value of documents of every kind of token
 * and spacing, stepping through them as the reader does (member names with {@code nextFieldName}).
 */
class ValueSpanTest {
    private static final ObjectMapper MAPPER = Json.newMapper();

    @Test
    void everyValueStartsAndEveryContainerEndsWhereTheParsersLocationsSay() throws IOException {
        List<String> documents = List.of(
                "{\"data\":{\"name\":\"a\",\"n\":1,\"f\":-1.5e3,\"t\":true,\"x\":false,\"z\":null}}",
                " \n\t{ \"data\" :\r\n [ 1 , \"two\" , [ ] , { } , [ [ 3 ] ] ] , \"meta\" : { \"total\" : 3 } }  ",
                "[1,2,{\"a\":[{}]},\"é\\u00e9\\\"\",12345678901234567890,0.1]",
                "{\"é\":{\"ü\":\"😀\"},\"k\":[null,true]}",
                "{\"long name " + "x".repeat(300) + "\":[\"" + "y".repeat(10_000) + "\",{\"a\":1}]}",
                "[]",
                "{}",
                "\"text\"",
                "17",
                "null");
        for (String document : documents) {
            try (JsonParser p = MAPPER.createParser(document.getBytes(StandardCharsets.UTF_8))) {
                // the reader's shortcut is for this parser: checked here, not passed over
                assertEquals(UTF8StreamJsonParser.class, p.getClass());
                p.nextToken();
                check(p, document);
            }
        }
    }

    /** Checks the value the parser is on and every value inside it, as the reader steps through them. */
    private static void check(JsonParser p, String document) throws IOException {
        assertEquals(p.currentTokenLocation().getByteOffset(), ResponseReader.tokenStart(p), document);
        if (p.hasToken(JsonToken.START_OBJECT)) {
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                check(p, document);
            }
        } else if (p.hasToken(JsonToken.START_ARRAY)) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                check(p, document);
            }
        } else {
            // a scalar ends where the parser has read it to
            p.getText();
            return;
        }
        assertEquals(p.currentLocation().getByteOffset(), ResponseReader.valueEnd(p), document);
    }
}
