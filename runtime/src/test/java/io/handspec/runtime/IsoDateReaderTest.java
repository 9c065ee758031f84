package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut for {@code yyyy-MM-dd} reads every input exactly as Jackson's own reader does. */
class IsoDateReaderTest {
    private final ObjectMapper ours = Json.newMapper();
    /** The same settings without the models' module: Jackson's time module alone. */
    private final ObjectMapper jacksons = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void theClientsMapperReadsDatesThroughTheShortcut() throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) ours.getDeserializationContext())
                .createInstance(ours.getDeserializationConfig(), null, null);
        assertInstanceOf(IsoDateReader.class, context.findRootValueDeserializer(ours.constructType(LocalDate.class)));
    }

    @Test
    void everyDayOfAFewYearsAndTheNumbersAroundThemReadAsJacksonReadsThem() {
        List<String> inputs = new ArrayList<>();
        for (int year : new int[] {0, 1, 999, 1900, 2000, 2001, 2016, 2017, 2100, 2400, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    inputs.add(String.format(java.util.Locale.ROOT, "\"%04d-%02d-%02d\"", year, month, day));
                }
            }
        }
        inputs.forEach(this::sameAsJackson);
        assertEquals(LocalDate.of(2016, 2, 29), read(ours, "\"2016-02-29\""));
        assertEquals(LocalDate.of(0, 1, 1), read(ours, "\"0000-01-01\""));
    }

    @Test
    void textThatIsNotExactlyADateGoesToJacksonsReader() {
        for (String input : List.of(
                "\"2017-4-30\"",
                "\" 2017-04-30\"",
                "\"2017-04-30 \"",
                "\"2017/04/30\"",
                "\"2017-04/30\"",
                "\"+2017-04-30\"",
                "\"-001-01-01\"",
                "\"20170-01-01\"",
                "\"+20170-01-01\"",
                "\"2017-04-30T10:15:30\"",
                "\"2017-04-30T10:15:30Z\"",
                "\"\"",
                "\"          \"",
                "\"2017-0a-30\"",
                "\"2017-04-3a\"",
                "\"２０１７-04-30\"",
                "\"2017-04-30\\u0000\"",
                "\"2017\\u002d04-30\"",
                "17532",
                "[2017,8,14]",
                "null",
                "true",
                "{}")) {
            sameAsJackson(input);
        }
        assertEquals(LocalDate.of(2017, 4, 30), read(ours, "\"2017\\u002d04-30\""));
    }

    @Test
    void randomTenCharacterTextsReadAsJacksonReadsThem() {
        Random random = new Random(18);
        String alphabet = "0123456789--+ T:Z/a";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder("\"");
            for (int i = 0; i < 10; i++) {
                // mostly digits where a date has them, so that many texts come close to one
                s.append(
                        random.nextInt(4) > 0 && i != 4 && i != 7
                                ? (char) ('0' + random.nextInt(10))
                                : random.nextInt(3) > 0 && (i == 4 || i == 7)
                                        ? '-'
                                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            sameAsJackson(s.append('"').toString());
        }
    }

    @Test
    void datesInsideListsMapsAndModelsTakeTheSameWay() throws Exception {
        String json = "{\"a\":[\"2017-08-14\",\"2017-02-29\"],\"b\":{\"c\":\"1999-12-31\"}}";
        TypeReference<Map<String, Object>> loose = new TypeReference<>() {};
        assertEquals(jacksons.readValue(json, loose), ours.readValue(json, loose));
        assertEquals(
                List.of(LocalDate.of(2017, 8, 14), LocalDate.of(1999, 12, 31)),
                ours.readValue("[\"2017-08-14\",\"1999-12-31\"]", new TypeReference<List<LocalDate>>() {}));
        assertEquals(
                outcome(jacksons, "[\"2017-08-14\",\"2017-02-29\"]", new TypeReference<List<LocalDate>>() {}),
                outcome(ours, "[\"2017-08-14\",\"2017-02-29\"]", new TypeReference<List<LocalDate>>() {}));
    }

    /** A property with its own pattern. */
    record DayFirst(@JsonFormat(pattern = "yyyy-dd-MM") LocalDate date) {}

    @Test
    void aReaderWithAFormatOfItsOwnReadsAsItWasSetUpTo() throws Exception {
        // as the shortcut would read it, 2017-01-02 is 2 January; the property's pattern says 1 February
        assertEquals(
                LocalDate.of(2017, 2, 1),
                ours.readValue("{\"date\":\"2017-01-02\"}", DayFirst.class).date());
        ObjectMapper overridden = Json.newMapper();
        overridden.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forPattern("yyyy-dd-MM"));
        assertEquals(LocalDate.of(2017, 2, 1), overridden.readValue("\"2017-01-02\"", LocalDate.class));
    }

    private void sameAsJackson(String json) {
        assertEquals(
                outcome(jacksons, json, new TypeReference<LocalDate>() {}),
                outcome(ours, json, new TypeReference<LocalDate>() {}),
                json);
    }

    private static LocalDate read(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, LocalDate.class);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    /** The value read, or the failure's class and message. */
    private static String outcome(ObjectMapper mapper, String json, TypeReference<?> type) {
        try {
            return "value " + mapper.readValue(json, type);
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
