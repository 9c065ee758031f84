package io.handspec.runtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The Jackson set-up every generated client uses. */
public final class Json {
    private Json() {}

    /**
     * A new mapper: java.time support with ISO-8601 text (offsets kept as sent), unknown JSON fields
     * ignored (models keep them in their additional properties), byte arrays as base64, and generated
     * models read and written through their property tables.
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(modelModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * What {@link #newMapper()} reads and writes generated models with, for a mapper of your own
     * ({@code ClientConfig.Builder.mapper}): models are read straight into their builders' storage and
     * written straight from theirs. Without it a mapper still reads and writes them, by their
     * builders' setters and a map of their properties, only slower.
     *
     * @return a new module
     */
    public static Module modelModule() {
        return new ModelCodec();
    }
}
