package dev.appaloft.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * The one Jackson configuration of the product: absent optional fields are omitted (the spec has
 * no nullable fields), unknown stored fields are ignored so old documents still load, and instants
 * are stored as epoch milliseconds (wire timestamps are formatted strings made by the views).
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Decoded aggregates by their exact JSON. Aggregates are immutable records, so the same body
     * always decodes to an equal value: reusing it is safe and spares hot reads (lists) the parse.
     */
    private static final ConcurrentMap<Class<?>, Cache<String, Object>> DECODED = new ConcurrentHashMap<>();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** An enum constant as it reads on the wire (its Jackson value, e.g. {@code pending}); null stays null. */
    public static String wire(Enum<?> value) {
        return value == null ? null : MAPPER.convertValue(value, String.class);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #read}, for immutable aggregate types only. */
    public static <T> T readAggregate(String json, Class<T> type) {
        Cache<String, Object> cache = DECODED.computeIfAbsent(type,
                t -> CacheBuilder.newBuilder().maximumSize(10_000).build());
        try {
            return type.cast(cache.get(json, () -> read(json, type)));
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new java.io.IOException(e.getCause()));
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
